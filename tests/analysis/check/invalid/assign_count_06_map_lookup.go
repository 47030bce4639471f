// kind: assign-count
package main

import "fmt"

func main() {
	ages := map[string]int{"ann": 30}
	var age, ok, extra = ages["ann"]
	fmt.Println(age, ok, extra)
}
