// kind: branch
package main

import "fmt"

func main() {
	for i := 0; i < 10; i++ {
		check := func() {
			if i == 5 {
				break
			}
		}
		check()
		fmt.Println(i)
	}
}
