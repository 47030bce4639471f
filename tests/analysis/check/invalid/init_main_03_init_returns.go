// kind: init-main
package main

import "fmt"

var ready bool

func init() error {
	ready = true
	return nil
}

func main() {
	fmt.Println(ready)
}
