// kind: nil
package main

import "fmt"

func main() {
	count := len([]int{})
	if count == nil {
		fmt.Println("none")
	}
}
