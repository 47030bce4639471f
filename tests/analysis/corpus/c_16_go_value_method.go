// constructs: functions, methods, structs, go, pointers
package main

type job struct{ out *int }

func (j job) do() { *j.out = 1 }

func launch() {
	r := 0
	j := job{out: &r}
	go j.do()
}

func main() { launch() }
