// kind: mismatch-op
package main

import "fmt"

func main() {
	var count int = 3
	var price float64 = 2.5
	total := count * price
	fmt.Println(total)
}
