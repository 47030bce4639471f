// kind: init-main
package main

import "fmt"

func main(args []string) {
	fmt.Println(len(args))
}
