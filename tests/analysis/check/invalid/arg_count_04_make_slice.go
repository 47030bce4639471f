// kind: arg-count
package main

import "fmt"

func main() {
	buf := make([]byte)
	buf = append(buf, 'x')
	fmt.Println(len(buf))
}
