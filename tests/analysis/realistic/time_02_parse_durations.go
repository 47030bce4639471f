// family: time
package main

import (
	"fmt"
	"time"
)

func parseLogTime(s string) (time.Time, error) {
	layouts := []string{time.RFC3339, "2006-01-02 15:04:05", "02/Jan/2006:15:04:05 -0700"}
	var firstErr error
	for _, l := range layouts {
		t, err := time.Parse(l, s)
		if err == nil {
			return t, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return time.Time{}, firstErr
}

func main() {
	for _, s := range []string{"2025-01-02T03:04:05Z", "2025-01-02 03:04:05", "10/Oct/2000:13:55:36 -0700", "yesterday"} {
		t, err := parseLogTime(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t.UTC().Format(time.Kitchen), t.YearDay())
	}
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d.Round(time.Minute), d.Truncate(time.Hour), d.Minutes())
}
