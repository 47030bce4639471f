// kind: map-field
package main

import "fmt"

type stat struct{ count int }

func main() {
	stats := map[string]stat{"a": {}}
	stats["a"].count++
	fmt.Println(stats)
}
