// constructs: functions, interfaces, stdlib
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")

func level1() error { return fmt.Errorf("level1: %w", ErrBase) }

func level2() error {
	if err := level1(); err != nil {
		return fmt.Errorf("level2: %w", err)
	}
	return nil
}

func main() {
	err := level2()
	fmt.Println(err, errors.Is(err, ErrBase), errors.Unwrap(err))
	joined := errors.Join(err, ErrBase)
	fmt.Println(joined)
}
