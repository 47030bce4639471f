// constructs: defer, go, builtins, channels, maps, pointers
package main

func main() {
	c := make(chan int)
	m := map[string]*int{}
	x := 1
	defer close(c)
	defer delete(m, "a")
	defer println(&x)
	s := []int{1}
	defer print(len(s))
	defer recover()
	var p *int
	go println(p)
	y := 2
	go print(&y)
	for i := 0; i < 2; i++ {
		z := i
		defer println(&z)
	}
}
