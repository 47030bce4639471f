// kind: syntax
package main

import "fmt"

func main() {
	int count = 3
	fmt.Println(count)
}
