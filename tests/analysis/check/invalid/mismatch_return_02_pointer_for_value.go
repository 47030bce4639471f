// kind: mismatch-return
package main

import "fmt"

type config struct{ port int }

func defaults() config {
	return &config{port: 8080}
}

func main() {
	fmt.Println(defaults().port)
}
