// kind: duplicate
package main

import "fmt"

func day(n int) string {
	switch n {
	case 0:
		return "sun"
	case 1:
		return "mon"
	case 0:
		return "sunday"
	}
	return "?"
}

func main() {
	fmt.Println(day(0))
}
