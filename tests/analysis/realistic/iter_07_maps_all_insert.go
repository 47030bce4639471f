// family: iterators
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Inventory map[string]int

func (inv Inventory) LowStock(limit int) []string {
	var out []string
	for name, qty := range maps.All(inv) {
		if qty < limit {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

func main() {
	inv := Inventory{"apples": 3, "pears": 12, "kiwis": 1}
	restock := map[string]int{"kiwis": 20, "plums": 5}
	fmt.Println(inv.LowStock(5))
	maps.Copy(inv, restock)
	fmt.Println(inv.LowStock(5), len(inv))
	upper := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range inv {
			if !yield(strings.ToUpper(k), v) {
				return
			}
		}
	})
	fmt.Println(upper["PLUMS"], maps.Equal(inv, Inventory(maps.Clone(inv))))
	for i, name := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, name, " ")
	}
	fmt.Println()
}
