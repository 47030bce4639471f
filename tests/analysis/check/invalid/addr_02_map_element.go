// kind: addr
package main

import "fmt"

func main() {
	scores := map[string]int{"ann": 1}
	p := &scores["ann"]
	*p++
	fmt.Println(scores)
}
