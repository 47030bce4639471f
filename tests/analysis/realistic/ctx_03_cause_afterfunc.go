// family: context
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errShutdown = errors.New("server shutting down")

type Conn struct {
	id     int
	closed bool
}

func (c *Conn) Close() { c.closed = true }

func serve(ctx context.Context, c *Conn) error {
	stop := context.AfterFunc(ctx, c.Close)
	defer stop()
	for i := 0; i < 3; i++ {
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case <-time.After(time.Millisecond):
		}
	}
	return nil
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	c := &Conn{id: 1}
	go func() {
		time.Sleep(time.Millisecond / 2)
		cancel(errShutdown)
	}()
	err := serve(ctx, c)
	fmt.Println(err, errors.Is(err, errShutdown))
	time.Sleep(time.Millisecond)
	fmt.Println("closed:", c.closed)

	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer dcancel()
	dl, ok := dctx.Deadline()
	fmt.Println(dctx.Err(), ok, !dl.IsZero())
}
