// family: sort
package main

import (
	"fmt"
	"sort"
)

type Player struct {
	Name  string
	Score int
	Wins  int
}

type byRank []Player

func (b byRank) Len() int      { return len(b) }
func (b byRank) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byRank) Less(i, j int) bool {
	if b[i].Score != b[j].Score {
		return b[i].Score > b[j].Score
	}
	if b[i].Wins != b[j].Wins {
		return b[i].Wins > b[j].Wins
	}
	return b[i].Name < b[j].Name
}

func main() {
	ps := []Player{{"ann", 30, 2}, {"bob", 30, 3}, {"cy", 45, 1}, {"dee", 10, 0}}
	sort.Sort(byRank(ps))
	for i, p := range ps {
		fmt.Println(i+1, p.Name, p.Score)
	}
	sort.Stable(sort.Reverse(byRank(ps)))
	fmt.Println(ps[0].Name, sort.IsSorted(byRank(ps)))
	scores := []int{5, 2, 8}
	sort.Sort(sort.Reverse(sort.IntSlice(scores)))
	fmt.Println(scores, sort.SearchInts([]int{1, 3, 5, 7}, 5))
}
