// kind: addr
package main

import "fmt"

type config struct{ debug bool }

func load() config {
	return config{debug: true}
}

func main() {
	c := &load()
	fmt.Println(c.debug)
}
