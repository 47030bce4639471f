// kind: compare
package main

import "fmt"

type version struct{ major, minor int }

func main() {
	a := version{1, 2}
	b := version{1, 3}
	fmt.Println(a < b)
}
