// family: time
package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("timed out")

func withTimeout(d time.Duration, work func() int) (int, error) {
	done := make(chan int, 1)
	go func() { done <- work() }()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case v := <-done:
		return v, nil
	case <-timer.C:
		return 0, ErrTimeout
	}
}

func main() {
	v, err := withTimeout(50*time.Millisecond, func() int { return 42 })
	fmt.Println(v, err)
	v, err = withTimeout(time.Millisecond, func() int {
		time.Sleep(20 * time.Millisecond)
		return 7
	})
	fmt.Println(v, err)
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("tick")
	}
}
