// kind: method-set
package main

import "fmt"

type task interface {
	run()
}

type job struct{ id int }

func (j *job) run() {
	fmt.Println("job", j.id)
}

func main() {
	var tasks []task
	for i := range 3 {
		tasks = append(tasks, job{id: i})
	}
	for _, t := range tasks {
		t.run()
	}
}
