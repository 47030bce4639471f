// family: errors
package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
)

type PanicError struct {
	Value any
	Stack []byte
}

func (p *PanicError) Error() string { return fmt.Sprintf("panic: %v", p.Value) }

func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Stack: debug.Stack()}
		}
	}()
	f()
	return nil
}

func divide(a, b int) int { return a / b }

func main() {
	err := safely(func() { fmt.Println(divide(10, 2)) })
	fmt.Println(err)
	err = safely(func() { fmt.Println(divide(1, 0)) })
	var pe *PanicError
	if errors.As(err, &pe) {
		fmt.Println(pe.Error(), strings.Contains(string(pe.Stack), "goroutine"))
	}
	err = safely(func() {
		var m map[string]int
		m["x"] = 1
	})
	fmt.Println(err)
}
