// family: container
package main

import (
	"container/ring"
	"fmt"
)

type MovingAverage struct {
	r    *ring.Ring
	size int
	n    int
}

func NewMovingAverage(size int) *MovingAverage {
	return &MovingAverage{r: ring.New(size), size: size}
}

func (m *MovingAverage) Add(v float64) float64 {
	m.r.Value = v
	m.r = m.r.Next()
	if m.n < m.size {
		m.n++
	}
	sum := 0.0
	m.r.Do(func(x any) {
		if f, ok := x.(float64); ok {
			sum += f
		}
	})
	return sum / float64(m.n)
}

func main() {
	ma := NewMovingAverage(3)
	for _, v := range []float64{1, 2, 3, 4, 5} {
		fmt.Printf("%.2f ", ma.Add(v))
	}
	fmt.Println(ma.r.Len())
}
