// accepts: index bounds check elided (walk's lines after escape's: initialiser, functions, literals, instances)
package main

var tab [16]int
var gi uint = 7
var g0 = tab[gi&15]

type T struct{ a [8]int }

func (t *T) get(i int) int { return t.a[i&7] }

func gen[X ~uint8](x X) int {
	var big [256]int
	return big[x]
}

func a(i uint) int {
	f := func() int { return tab[i&1] }
	h := func() int { return tab[i&2] }
	return tab[tab[i&15]&15] + f() + h() + tab[i&3]
}

var g1 = tab[gi&14]

func init() { println(tab[gi&13]) }

func main() {
	t := &T{}
	println(a(3), t.get(2), gen(uint8(3)))
	tab[gi&12] += 1
	p := &tab
	println(p[gi&11], "abc"[gi%3])
	const s = "hello"
	println(s[gi&3], more(1, 2, []int{1, 2, 3, 4}))
}

var g2 = tab[gi&10]

func more(u uint32, s int, sl []int) int {
	var small [8]byte
	var wide [1 << 20]bool
	n := int(small[u/(1<<29)]) + int(small[u&^0xfffffff8])
	if wide[u>>12] || wide[uint16(s)] {
		n++
	}
	return n + tab[s%16] + tab[s&15] + sl[s&3] + tab[3] + tab[u&31]
}
