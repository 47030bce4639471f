// kind: mismatch-return
package main

import "fmt"

type point struct{ x, y int }

func origin(ok bool) point {
	if !ok {
		return nil
	}
	return point{}
}

func main() {
	fmt.Println(origin(true))
}
