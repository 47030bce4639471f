// accepts: an interface method called on a call or receive result goes through a temporary
package main

import (
	"errors"
	"fmt"
)

type S struct{ e error }

func get() error { return errors.New("x") }

func main() {
	s := S{get()}
	es := []error{get()}
	var p *S = &s
	m := map[int]error{1: get()}
	fmt.Println(get().Error(), s.e.Error(), es[0].Error(), p.e.Error(), m[1].Error())
	fmt.Println(any(1).(error).Error())
	f := get
	fmt.Println(f().Error(), (<-make(chan error)).Error())
}
