// kind: nil
package main

import "fmt"

func main() {
	var cache = nil
	go func() {
		fmt.Println(cache)
	}()
}
