// kind: undefined
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println(i)
		}
		fmt.Println("last was", i)
		done <- true
	}()
	<-done
}
