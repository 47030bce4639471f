// constructs: functions, structs, pointers, labels, builtins
package main

type box struct{ n int }

func skip(flag bool) int {
	var p *box
	if flag {
		goto done
	}
	p = &box{n: 1}
done:
	if p == nil {
		p = &box{n: 2}
	}
	return p.n
}

func main() { println(skip(true)) }
