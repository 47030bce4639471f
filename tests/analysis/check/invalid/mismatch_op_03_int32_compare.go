// kind: mismatch-op
package main

import "fmt"

func main() {
	var limit int32 = 10
	xs := []int{1, 2, 3}
	if len(xs) < limit {
		fmt.Println("short")
	}
}
