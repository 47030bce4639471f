// family: sort
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Index struct {
	words []string
}

func (ix *Index) Add(w string) {
	w = strings.ToLower(w)
	i := sort.SearchStrings(ix.words, w)
	if i < len(ix.words) && ix.words[i] == w {
		return
	}
	ix.words = append(ix.words, "")
	copy(ix.words[i+1:], ix.words[i:])
	ix.words[i] = w
}

func (ix *Index) Prefix(p string) []string {
	i := sort.Search(len(ix.words), func(i int) bool { return ix.words[i] >= p })
	var out []string
	for ; i < len(ix.words) && strings.HasPrefix(ix.words[i], p); i++ {
		out = append(out, ix.words[i])
	}
	return out
}

func main() {
	ix := &Index{}
	for _, w := range strings.Fields("go gopher Golang rust ruby go python gofmt") {
		ix.Add(w)
	}
	fmt.Println(ix.words)
	fmt.Println(ix.Prefix("go"), ix.Prefix("ru"), ix.Prefix("z"))
}
