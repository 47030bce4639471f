// accepts: return inside range-over-function loops (gc's #next and #rv results)
package main

import "iter"

func find(seq iter.Seq[int], want int) (int, bool) {
	for v := range seq {
		if v == want {
			return v, true
		}
	}
	return 0, false
}

func first(seq iter.Seq[string]) string {
	for s := range seq {
		return s
	}
	return ""
}

func each(seq iter.Seq[int], f func(int)) {
	for v := range seq {
		if v < 0 {
			return
		}
		f(v)
	}
}

func named(seq iter.Seq2[int, *int]) (n int, p *int) {
	for k, v := range seq {
		if k > 3 {
			n, p = k, v
			return
		}
	}
	return -1, nil
}

func main() {
	seq := func(yield func(int) bool) {
		for i := 0; i < 5; i++ {
			if !yield(i) {
				return
			}
		}
	}
	println(find(seq, 3))
	each(seq, func(int) {})
}
