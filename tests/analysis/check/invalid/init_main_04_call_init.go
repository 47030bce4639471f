// kind: init-main
package main

import "fmt"

var table map[string]int

func init() {
	table = map[string]int{"a": 1}
}

func main() {
	init()
	fmt.Println(table)
}
