// family: iterators
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func wordFreq(text string) map[string]int {
	freq := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		freq[strings.Trim(w, ".,!?")]++
	}
	return freq
}

func main() {
	freq := wordFreq("The cat sat. The cat ran! A dog sat, the end.")
	words := slices.Sorted(maps.Keys(freq))
	fmt.Println(words)
	top := slices.Collect(maps.Keys(freq))
	slices.SortFunc(top, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Println(top[:3])
}
