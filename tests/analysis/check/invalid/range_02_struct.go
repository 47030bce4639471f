// kind: range
package main

import "fmt"

type team struct {
	members []string
}

func main() {
	t := team{members: []string{"ann", "bob"}}
	for _, m := range t {
		fmt.Println(m)
	}
}
