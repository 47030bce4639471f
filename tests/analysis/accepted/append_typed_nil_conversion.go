// accepts: append to a nil converted to a slice type
package main

func main() {
	var s []int
	s = append(s, 1)
	s = append([]int(nil), s...)
	_ = s
}
