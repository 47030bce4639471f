// kind: nil
package main

import "fmt"

func name(ok bool) string {
	var s string = nil
	if ok {
		s = "ann"
	}
	return s
}

func main() {
	fmt.Println(name(true))
}
