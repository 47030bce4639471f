// family: unique-weak
package main

import (
	"fmt"
	"hash/maphash"
)

type Bloom struct {
	bits  []uint64
	seeds []maphash.Seed
}

func NewBloom(m, k int) *Bloom {
	b := &Bloom{bits: make([]uint64, (m+63)/64)}
	for i := 0; i < k; i++ {
		b.seeds = append(b.seeds, maphash.MakeSeed())
	}
	return b
}

func (b *Bloom) positions(s string) []uint64 {
	n := uint64(len(b.bits) * 64)
	ps := make([]uint64, len(b.seeds))
	for i, seed := range b.seeds {
		ps[i] = maphash.String(seed, s) % n
	}
	return ps
}

func (b *Bloom) Add(s string) {
	for _, p := range b.positions(s) {
		b.bits[p/64] |= 1 << (p % 64)
	}
}

func (b *Bloom) MayContain(s string) bool {
	for _, p := range b.positions(s) {
		if b.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

func main() {
	b := NewBloom(1024, 3)
	for _, w := range []string{"stack", "heap", "escape"} {
		b.Add(w)
	}
	fmt.Println(b.MayContain("heap"), b.MayContain("register"))
	var h maphash.Hash
	h.WriteString("hello")
	fmt.Println(h.Sum64() != 0)
}
