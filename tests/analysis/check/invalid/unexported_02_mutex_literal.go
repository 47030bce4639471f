// kind: unexported
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := &sync.Mutex{state: 0}
	m.Lock()
	fmt.Println("locked")
}
