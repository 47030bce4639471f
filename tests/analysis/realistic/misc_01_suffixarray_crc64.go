// family: misc-std
package main

import (
	"fmt"
	"hash/crc64"
	"index/suffixarray"
	"sort"
)

type Corpus struct {
	text  []byte
	index *suffixarray.Index
}

func NewCorpus(docs []string) *Corpus {
	var text []byte
	for _, d := range docs {
		text = append(text, d...)
		text = append(text, 0)
	}
	return &Corpus{text: text, index: suffixarray.New(text)}
}

func (c *Corpus) Find(term string) []int {
	offs := c.index.Lookup([]byte(term), -1)
	sort.Ints(offs)
	return offs
}

func main() {
	c := NewCorpus([]string{"the stack grows", "the heap is shared", "stack or heap"})
	fmt.Println(c.Find("heap"), c.Find("stack"), len(c.Find("queue")))
	tab := crc64.MakeTable(crc64.ECMA)
	fmt.Printf("%016x\n", crc64.Checksum(c.text, tab))
}
