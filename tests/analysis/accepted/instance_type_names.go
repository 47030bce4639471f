// accepts: instances of generic types print their arguments as gc links them
package main

import "fmt"

type User struct{ N int }

type Box[T any] struct{ v T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	b := &Box[User]{User{1}}
	c := &Box[[]byte]{nil}
	p := &Pair[string, *User]{"a", nil}
	m := map[string]Box[rune]{}
	fmt.Println(b, c, p, m)
}
