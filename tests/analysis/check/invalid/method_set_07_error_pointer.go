// kind: method-set
package main

import "fmt"

type notFound struct{ key string }

func (e *notFound) Error() string {
	return "not found: " + e.key
}

func lookup(k string) error {
	return notFound{key: k}
}

func main() {
	fmt.Println(lookup("x"))
}
