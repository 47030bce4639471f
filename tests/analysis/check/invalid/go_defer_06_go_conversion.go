// kind: go-defer
package main

import "fmt"

type handler func()

func main() {
	h := func() { fmt.Println("hi") }
	go handler(h)
}
