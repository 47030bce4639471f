// kind: nil
package main

import "fmt"

func main() {
	head := nil
	fmt.Println(head)
}
