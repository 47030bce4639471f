// family: bufio-scan
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

type WordCount struct {
	Word  string
	Count int
}

func topWords(text string, n int) []WordCount {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	for sc.Scan() {
		counts[strings.ToLower(sc.Text())]++
	}
	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func main() {
	text := "to be or not to be that is the question to ask"
	for _, wc := range topWords(text, 3) {
		fmt.Println(wc.Word, wc.Count)
	}
}
