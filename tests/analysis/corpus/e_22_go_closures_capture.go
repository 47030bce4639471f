// constructs: go, closures, pointers, channels
package main

func use(p *int) {}

func main() {
	done := make(chan bool)
	x := 0
	p := &x
	go func() {
		*p = 1
		done <- true
	}()
	<-done
	y := 0
	go func(r *int) { *r = 2 }(&y)
	z := 0
	go use(&z)
	w := 0
	func() { use(&w) }()
	n := 0
	go func() { n++ }()
	println(x, y, z, w, n)
}
