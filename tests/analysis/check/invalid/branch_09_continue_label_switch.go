// kind: branch
package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	for _, x := range xs {
	sw:
		switch {
		case x == 2:
			continue sw
		}
		fmt.Println(x)
	}
}
