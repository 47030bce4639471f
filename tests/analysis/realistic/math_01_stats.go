// family: math
package main

import (
	"fmt"
	"math"
	"slices"
)

type Summary struct {
	Mean, StdDev, Min, Max, P95 float64
}

func summarize(xs []float64) Summary {
	if len(xs) == 0 {
		return Summary{Mean: math.NaN()}
	}
	sorted := slices.Clone(xs)
	slices.Sort(sorted)
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	mean := sum / float64(len(xs))
	ss := 0.0
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	idx := int(math.Ceil(0.95*float64(len(sorted)))) - 1
	return Summary{
		Mean:   mean,
		StdDev: math.Sqrt(ss / float64(len(xs))),
		Min:    sorted[0],
		Max:    sorted[len(sorted)-1],
		P95:    sorted[idx],
	}
}

func main() {
	lat := []float64{12, 15, 11, 90, 14, 13, 16, 12, 200, 15}
	s := summarize(lat)
	fmt.Printf("%+v\n", s)
	fmt.Println(math.Round(s.StdDev*100)/100, math.IsNaN(summarize(nil).Mean), math.MaxInt32)
}
