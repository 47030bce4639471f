// kind: go-defer
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	defer len(s)
	fmt.Println(s)
}
