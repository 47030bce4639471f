// kind: duplicate
package main

import "fmt"

func main() {
	cmd := "stop"
	switch cmd {
	case "start", "run":
		fmt.Println("starting")
	case "stop", "run":
		fmt.Println("stopping")
	}
}
