// kind: unused-result
package main

import "fmt"

func main() {
	counter := 0
	for i := 0; i < 3; i++ {
		counter + 1
	}
	fmt.Println(counter)
}
