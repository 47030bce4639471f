// kind: const
package main

import "fmt"

func main() {
	var offset uint = -1
	fmt.Println(offset)
}
