// kind: select
package main

import "fmt"

func main() {
	jobs := []int{1, 2}
	select {
	case j := <-jobs:
		fmt.Println(j)
	default:
	}
}
