// accepts: shape names of every kind of type argument (link spelling)
package main

import (
	"fmt"
	"net/netip"
	"time"
)

func Swap[T any](s []T) {
	s[0], s[1] = s[1], s[0]
}

type User struct {
	ID   int    `json:"id"`
	name string
	When time.Time
	Addr netip.Addr
}

type Stringer interface{ String() string }

type MyInt int

func main() {
	type local struct{ a, b int }
	Swap([]User{{}, {}})
	Swap([]*User{nil, nil})
	Swap([]func(int) bool{nil, nil})
	Swap([]chan<- string{nil, nil})
	Swap([]map[string][]byte{nil, nil})
	Swap([]Stringer{nil, nil})
	Swap([]fmt.Stringer{nil, nil})
	Swap([]any{nil, nil})
	Swap([]error{nil, nil})
	Swap([][2]rune{{}, {}})
	Swap([]MyInt{1, 2})
	Swap([]local{{}, {}})
	Swap([]time.Time{{}, {}})
	Swap([]struct{ X, Y float64 }{{}, {}})
	Swap([][]User{nil, nil})
	Swap([]interface{ Len() int }{nil, nil})
}
