// accepts: generic standard-library functions, instantiated in the program's package
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type User struct {
	Name string
	Age  int
}

func main() {
	us := []User{{"a", 3}, {"b", 1}}
	i := slices.IndexFunc(us, func(u User) bool { return u.Age > 2 })
	m := map[string]int{"x": 1, "y": 2}
	keys := slices.Sorted(maps.Keys(m))
	s := []int{3, 1, 2}
	slices.Sort(s)
	fmt.Println(i, keys, strings.Join(keys, ","), s)
}
