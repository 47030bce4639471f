// family: generics-std
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func MapResult[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Result[U]{Val: f(r.Val)}
}

func Collect[T any](rs []Result[T]) ([]T, error) {
	var out []T
	var errs []error
	for _, r := range rs {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		out = append(out, r.Val)
	}
	return out, errors.Join(errs...)
}

func main() {
	inputs := []string{"1", "two", "3"}
	var rs []Result[int]
	for _, in := range inputs {
		r := Try(func() (int, error) { return strconv.Atoi(in) })
		rs = append(rs, MapResult(r, func(n int) int { return n * 10 }))
	}
	vals, err := Collect(rs)
	fmt.Println(vals)
	fmt.Println(err)
}
