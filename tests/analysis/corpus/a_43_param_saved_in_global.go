// constructs: functions, structs, pointers
package main

type Item struct{ id int }

var last *Item

func remember(it *Item) { last = it }

func main() {
	a := Item{id: 1}
	remember(&a)
	b := &Item{id: 2}
	remember(b)
}
