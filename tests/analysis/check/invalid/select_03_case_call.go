// kind: select
package main

import "fmt"

func ready() bool { return true }

func main() {
	done := make(chan bool, 1)
	select {
	case ready():
		fmt.Println("ready")
	case <-done:
		fmt.Println("done")
	}
}
