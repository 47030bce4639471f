// kind: compare
package main

import "fmt"

type key struct {
	parts []string
}

func main() {
	seen := map[key]bool{}
	fmt.Println(len(seen))
}
