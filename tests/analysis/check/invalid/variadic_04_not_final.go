// kind: variadic
package main

import "fmt"

func log(prefix ...string, n int) {
	fmt.Println(prefix, n)
}

func main() {
	log("a", 1)
}
