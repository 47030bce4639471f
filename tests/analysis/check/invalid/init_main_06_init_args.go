// kind: init-main
package main

import "fmt"

var level int

func init(n int) {
	level = n
}

func main() {
	fmt.Println(level)
}
