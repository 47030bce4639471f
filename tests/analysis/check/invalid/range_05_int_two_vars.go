// kind: range
package main

import "fmt"

func main() {
	go func() {
		for i, v := range 10 {
			fmt.Println(i, v)
		}
	}()
}
