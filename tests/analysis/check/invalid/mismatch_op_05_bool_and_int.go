// kind: mismatch-op
package main

import "fmt"

func main() {
	ready := true
	count := 1
	if ready && count {
		fmt.Println("go")
	}
}
