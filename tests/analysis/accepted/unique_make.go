// accepts: unique.Make compiled from its source (canonMap, HashTrieMap, runtime.AddCleanup, abi.EscapeNonString)
package main

import (
	"fmt"
	"unique"
)

type point struct{ x, y int }

type tagged struct {
	name string
	meta any
}

func intern(words []string) []unique.Handle[string] {
	out := make([]unique.Handle[string], 0, len(words))
	for _, w := range words {
		out = append(out, unique.Make(w))
	}
	return out
}

func label(name string, meta any) unique.Handle[tagged] {
	return unique.Make(tagged{name, meta})
}

func main() {
	hs := intern([]string{"a", "b", "a"})
	fmt.Println(hs[0] == hs[2], hs[1].Value())
	p := unique.Make(point{1, 2})
	fmt.Println(p.Value().x, label("n", 3).Value().name)
}
