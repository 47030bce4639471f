// kind: const
package main

import "fmt"

func main() {
	n := 10
	go func() {
		fmt.Println(n % 0)
	}()
}
