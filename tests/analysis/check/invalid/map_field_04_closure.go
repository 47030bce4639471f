// kind: map-field
package main

import "fmt"

type item struct{ qty int }

func main() {
	cart := map[string]item{"pen": {1}}
	add := func(name string) {
		cart[name].qty += 1
	}
	add("pen")
	fmt.Println(cart)
}
