// kind: unused-import
package main

import (
	"fmt"
	str "strings"
)

type user struct{ name string }

func main() {
	u := &user{name: "ann"}
	fmt.Println(u.name)
}
