// kind: go-defer
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	defer (mu.Unlock())
	fmt.Println("locked")
}
