// kind: mismatch-op
package main

import "fmt"

func main() {
	n := 42
	msg := "n=" + n
	fmt.Println(msg)
}
