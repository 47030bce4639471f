// family: context
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type TemporaryError struct{ Op string }

func (e *TemporaryError) Error() string { return e.Op + ": temporary failure" }

func Retry(ctx context.Context, attempts int, base time.Duration, op func(context.Context) error) error {
	var err error
	delay := base
	for i := 0; i < attempts; i++ {
		if err = op(ctx); err == nil {
			return nil
		}
		var te *TemporaryError
		if !errors.As(err, &te) {
			return err
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(delay):
		}
		delay *= 2
	}
	return fmt.Errorf("after %d attempts: %w", attempts, err)
}

func main() {
	calls := 0
	err := Retry(context.Background(), 5, time.Microsecond, func(ctx context.Context) error {
		calls++
		if calls < 3 {
			return &TemporaryError{Op: "dial"}
		}
		return nil
	})
	fmt.Println(calls, err)

	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	err = Retry(ctx, 10, 2*time.Millisecond, func(context.Context) error {
		return &TemporaryError{Op: "read"}
	})
	fmt.Println(err)
}
