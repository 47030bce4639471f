// kind: duplicate
package main

import "fmt"

func main() {
	var buf []byte
	var buf [16]byte
	fmt.Println(len(buf))
}
