// constructs: functions, defer, labels, pointers
package main

func touch(p *int) { *p = 0 }

func retry(n int) {
	a := 1
	defer touch(&a)
again:
	b := n
	defer touch(&b)
	n--
	if n > 0 {
		goto again
	}
}

func main() { retry(2) }
