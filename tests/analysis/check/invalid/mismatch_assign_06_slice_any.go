// kind: mismatch-assign
package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	var items []any = nums
	fmt.Println(items...)
}
