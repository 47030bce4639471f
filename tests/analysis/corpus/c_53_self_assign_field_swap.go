// constructs: functions, methods, structs, pointers, self-assignment
package main

type queue struct{ items []*int }

func (q *queue) swap(i, j int) {
	q.items[i], q.items[j] = q.items[j], q.items[i]
}

func cross(a, b *queue, i int) {
	a.items[i], b.items[i] = b.items[i], a.items[i]
}

func main() {
	var q, r queue
	q.swap(0, 0)
	cross(&q, &r, 0)
}
