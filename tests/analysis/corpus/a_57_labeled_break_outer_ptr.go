// constructs: functions, pointers, loops, labels
package main

func firstBig() int {
	var p *int
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			v := i * j
			if v > 2 {
				p = &v
				break outer
			}
		}
	}
	if p == nil {
		return 0
	}
	return *p
}

func main() { _ = firstBig() }
