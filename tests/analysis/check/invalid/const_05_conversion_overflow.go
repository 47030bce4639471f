// kind: const
package main

import "fmt"

func main() {
	level := int8(200)
	fmt.Println(level)
}
