// family: sort
package main

import (
	"fmt"
	"sort"
)

type Reading struct {
	Sensor string
	Values []float64
}

func median(xs []float64) float64 {
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	n := len(c)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

func main() {
	rs := []Reading{
		{"t2", []float64{21.5, 22.1, 20.9}},
		{"t1", []float64{19.0, 18.5, 19.2, 30.0}},
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Sensor < rs[j].Sensor })
	for _, r := range rs {
		fmt.Printf("%s %.2f\n", r.Sensor, median(r.Values))
	}
	names := []string{"b", "a", "c"}
	sort.Strings(names)
	fmt.Println(names, sort.StringsAreSorted(names))
}
