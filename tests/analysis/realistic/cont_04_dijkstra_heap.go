// family: container
package main

import (
	"container/heap"
	"fmt"
	"math"
)

type Edge struct {
	To     string
	Weight float64
}

type Graph map[string][]Edge

type node struct {
	name string
	dist float64
}

type minHeap []node

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i].dist < h[j].dist }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(node)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func shortest(g Graph, src string) map[string]float64 {
	dist := map[string]float64{}
	for n := range g {
		dist[n] = math.Inf(1)
	}
	dist[src] = 0
	h := &minHeap{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(node)
		if cur.dist > dist[cur.name] {
			continue
		}
		for _, e := range g[cur.name] {
			if nd := cur.dist + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				heap.Push(h, node{e.To, nd})
			}
		}
	}
	return dist
}

func main() {
	g := Graph{
		"a": {{"b", 1}, {"c", 4}},
		"b": {{"c", 2}, {"d", 5}},
		"c": {{"d", 1}},
		"d": nil,
	}
	d := shortest(g, "a")
	fmt.Println(d["a"], d["b"], d["c"], d["d"])
}
