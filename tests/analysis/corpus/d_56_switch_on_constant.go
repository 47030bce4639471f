// constructs: functions, pointers, structs
package main

import "fmt"

const debug = false

const level = 2

type config struct{ name string }

var current *config

func setup(name string) {
	switch {
	case debug:
		c := config{name + "-debug"}
		current = &c
	case level > 3:
		c := config{name + "-verbose"}
		current = &c
	default:
		c := config{name}
		current = &c
	}
	switch level {
	case 1:
		n := len(name)
		fmt.Println(&n)
	case 2:
		m := len(name) * 2
		fmt.Println(&m)
	}
	switch level {
	case 3:
		k := 0
		fmt.Println(&k)
	}
	switch level {
	case 2:
		f := 1
		current.name = fmt.Sprint(&f)
		fallthrough
	case 5:
		g := 2
		fmt.Println(&g)
	}
}

func main() {
	setup("app")
	fmt.Println(current.name)
}
