// constructs: functions, make
package main

func local() int {
	s := make([]int, 16)
	s[3] = 1
	return s[3]
}

func leak() []int {
	return make([]int, 16)
}

func main() {
	_ = local()
	_ = leak()
}
