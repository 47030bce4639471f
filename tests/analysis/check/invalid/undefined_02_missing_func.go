// kind: undefined
package main

import "fmt"

type result struct{ value int }

func main() {
	r := &result{}
	r.value = compute(3)
	fmt.Println(r.value)
}
