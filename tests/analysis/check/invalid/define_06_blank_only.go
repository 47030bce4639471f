// kind: define
package main

import "fmt"

func compute() int {
	return 42
}

func main() {
	_ := compute()
	fmt.Println("done")
}
