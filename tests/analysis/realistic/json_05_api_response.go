// family: json
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

type Page[T any] struct {
	Items    []T    `json:"items"`
	Next     string `json:"next,omitempty"`
	Total    int    `json:"total"`
	Returned int    `json:"returned"`
}

type Order struct {
	ID      string    `json:"id"`
	Amount  float64   `json:"amount"`
	Created time.Time `json:"created"`
	Notes   *string   `json:"notes,omitempty"`
}

func paginate(orders []Order, size int) Page[Order] {
	p := Page[Order]{Total: len(orders)}
	if len(orders) > size {
		p.Items = orders[:size]
		p.Next = orders[size].ID
	} else {
		p.Items = orders
	}
	p.Returned = len(p.Items)
	return p
}

func main() {
	note := "gift"
	orders := []Order{
		{ID: "o1", Amount: 9.5, Created: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)},
		{ID: "o2", Amount: 20, Notes: &note},
		{ID: "o3", Amount: 1.25},
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(paginate(orders, 2)); err != nil {
		panic(err)
	}
	fmt.Print(buf.String())
}
