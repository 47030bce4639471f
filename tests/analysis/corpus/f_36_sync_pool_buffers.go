// constructs: closures, interfaces, stdlib
package main

import (
	"bytes"
	"fmt"
	"sync"
)

var pool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

func main() {
	b := pool.Get().(*bytes.Buffer)
	b.Reset()
	b.WriteString("pooled")
	fmt.Println(b.String())
	pool.Put(b)
	s := make([]byte, 8)
	pool.Put(s)
}
