// kind: branch
package main

import "fmt"

func main() {
	n := 3
	if n > 2 {
		goto end
	}
	msg := fmt.Sprint(n)
	fmt.Println(msg)
end:
	fmt.Println("done")
}
