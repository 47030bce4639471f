// constructs: functions, methods, defer, stdlib
package main

import (
	"strings"
	"sync"
)

func f() string {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	var sb strings.Builder
	sb.WriteString("x")
	return sb.String()
}

func main() { _ = f() }
