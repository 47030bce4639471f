// constructs: functions, pointers, slice-literals, loops
package main

func sumLocal() int {
	a, b := 1, 2
	ps := []*int{&a, &b}
	t := 0
	for _, p := range ps {
		t += *p
	}
	return t
}

func escaping() []*int {
	c, d := 3, 4
	return []*int{&c, &d}
}

func main() { _, _ = sumLocal(), escaping() }
