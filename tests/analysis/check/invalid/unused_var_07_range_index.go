// kind: unused-var
package main

import "fmt"

func main() {
	names := []string{"ann", "bob"}
	for i, name := range names {
		fmt.Println(name)
	}
}
