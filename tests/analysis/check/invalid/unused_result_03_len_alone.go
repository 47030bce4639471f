// kind: unused-result
package main

import "fmt"

func main() {
	names := []string{"ann"}
	go func() {
		len(names)
		fmt.Println(names)
	}()
}
