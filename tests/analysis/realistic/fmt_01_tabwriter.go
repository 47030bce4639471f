// family: formatting
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
	"time"
)

type Job struct {
	Name     string
	Status   string
	Duration time.Duration
	Retries  int
}

func printJobs(jobs []Job) {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "NAME\tSTATUS\tTIME\tRETRIES\t")
	for _, j := range jobs {
		fmt.Fprintf(w, "%s\t%s\t%v\t%d\t\n", j.Name, j.Status, j.Duration, j.Retries)
	}
	w.Flush()
}

func main() {
	printJobs([]Job{
		{"build", "ok", 42 * time.Second, 0},
		{"test", "failed", 3*time.Minute + 5*time.Second, 2},
		{"deploy", "skipped", 0, 0},
	})
}
