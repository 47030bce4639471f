// kind: undefined
package main

import "fmt"

func main() {
	count := 0
	for i := 0; i < 5; i++ {
		count += i
	}
	fmt.Println(cout)
}
