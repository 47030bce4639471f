// constructs: functions, stdlib
package main

import (
	"fmt"
	"time"
)

func work() time.Duration {
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	return time.Since(start)
}

func main() {
	d := work()
	fmt.Println("took", d)
	fmt.Printf("%.2fs\n", d.Seconds())
	timeout := 2 * time.Second
	fmt.Println(timeout, time.Minute)
}
