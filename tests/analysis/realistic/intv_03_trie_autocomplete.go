// family: interview
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	word     bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = NewTrie()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.word = true
}

func (t *Trie) collect(prefix []rune, out *[]string) {
	if t.word {
		*out = append(*out, string(prefix))
	}
	for r, c := range t.children {
		c.collect(append(prefix, r), out)
	}
}

func (t *Trie) Complete(prefix string) []string {
	n := t
	for _, r := range prefix {
		c, ok := n.children[r]
		if !ok {
			return nil
		}
		n = c
	}
	var out []string
	n.collect([]rune(prefix), &out)
	sort.Strings(out)
	return out
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("go gopher golang goroutine gc heap help") {
		t.Insert(w)
	}
	fmt.Println(t.Complete("go"), t.Complete("he"), t.Complete("x"))
}
