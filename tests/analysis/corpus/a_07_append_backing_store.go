// constructs: functions, pointers, append, loops, builtins
package main

func local() int {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	return len(s)
}

func returned() []int {
	var s []int
	s = append(s, 1)
	return s
}

func ptrs() int {
	x := 1
	var s []*int
	s = append(s, &x)
	return len(s)
}

func main() { _, _, _ = local(), returned(), ptrs() }
