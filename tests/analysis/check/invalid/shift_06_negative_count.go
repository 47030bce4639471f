// kind: shift
package main

import "fmt"

func main() {
	mask := 1
	fmt.Println(mask << -1)
}
