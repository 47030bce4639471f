// family: worker-pool
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Length int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Length: len(j.Input) * id / id}
	}
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	inputs := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	for i, in := range inputs {
		jobs <- Job{ID: i, Input: in}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	total := 0
	for r := range results {
		total += r.Length
	}
	fmt.Println("total length:", total)
}
