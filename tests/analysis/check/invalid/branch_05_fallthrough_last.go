// kind: branch
package main

import "fmt"

func main() {
	level := 2
	switch level {
	case 1:
		fmt.Println("low")
	case 2:
		fmt.Println("high")
		fallthrough
	}
}
