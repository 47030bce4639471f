// kind: duplicate
package main

import "fmt"

func main() {
	prices := map[string]float64{
		"apple":  1.2,
		"banana": 0.5,
		"apple":  1.5,
	}
	fmt.Println(prices)
}
