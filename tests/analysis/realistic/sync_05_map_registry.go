// family: sync
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Metric struct {
	Name  string
	Count int64
}

type Metrics struct {
	m sync.Map
}

func (ms *Metrics) Get(name string) *Metric {
	v, _ := ms.m.LoadOrStore(name, &Metric{Name: name})
	return v.(*Metric)
}

func (ms *Metrics) Snapshot() []Metric {
	var out []Metric
	ms.m.Range(func(_, v any) bool {
		out = append(out, *v.(*Metric))
		return true
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func main() {
	var ms Metrics
	ms.Get("requests").Count += 3
	ms.Get("errors").Count++
	ms.Get("requests").Count++
	ms.m.Delete("missing")
	fmt.Println(ms.Snapshot())
}
