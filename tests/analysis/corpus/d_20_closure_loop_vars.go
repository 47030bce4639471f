// constructs: closures, loops, pointers, append
package main

func main() {
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	var ps []*int
	for j := 0; j < 3; j++ {
		ps = append(ps, &j)
	}
	for k := 0; k < 3; k++ {
		inc := func() { k++ }
		inc()
	}
	var gs []func() *int
	for _, v := range []int{1, 2} {
		gs = append(gs, func() *int { return &v })
	}
	println(len(fs), len(ps), len(gs))
}
