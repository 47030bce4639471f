// kind: init-main
package main

import "fmt"

func main() int {
	fmt.Println("exit")
	return 0
}
