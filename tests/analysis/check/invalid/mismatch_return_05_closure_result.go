// kind: mismatch-return
package main

import "fmt"

func main() {
	makeName := func(id int) string {
		return id
	}
	fmt.Println(makeName(1))
}
