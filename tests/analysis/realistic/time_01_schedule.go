// family: time
package main

import (
	"fmt"
	"time"
)

type Shift struct {
	Worker string
	Start  time.Time
	Length time.Duration
}

func (s Shift) End() time.Time { return s.Start.Add(s.Length) }

func overlaps(a, b Shift) bool {
	return a.Start.Before(b.End()) && b.Start.Before(a.End())
}

func main() {
	loc := time.FixedZone("CET", 3600)
	day := time.Date(2025, time.June, 2, 0, 0, 0, 0, loc)
	shifts := []Shift{
		{"ann", day.Add(8 * time.Hour), 8 * time.Hour},
		{"ben", day.Add(15 * time.Hour), 6 * time.Hour},
		{"cy", day.Add(22 * time.Hour), 4 * time.Hour},
	}
	for i := range shifts {
		for j := i + 1; j < len(shifts); j++ {
			if overlaps(shifts[i], shifts[j]) {
				fmt.Println(shifts[i].Worker, "overlaps", shifts[j].Worker)
			}
		}
	}
	fmt.Println(shifts[2].End().Format(time.RFC3339), shifts[2].End().Weekday())
	fmt.Println(shifts[2].End().Sub(shifts[0].Start).Hours())
}
