// kind: string-assign
package main

import "fmt"

type file struct{ name string }

func main() {
	f := &file{name: "main.go"}
	f.name[0] = 'M'
	fmt.Println(f.name)
}
