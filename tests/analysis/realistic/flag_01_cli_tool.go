// family: flag
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type options struct {
	verbose bool
	workers int
	timeout time.Duration
	tags    []string
}

func parseArgs(args []string) (*options, []string, error) {
	opts := &options{}
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.BoolVar(&opts.verbose, "v", false, "verbose output")
	fs.IntVar(&opts.workers, "workers", 4, "number of workers")
	fs.DurationVar(&opts.timeout, "timeout", 30*time.Second, "overall timeout")
	tags := fs.String("tags", "", "comma-separated tags")
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	if *tags != "" {
		opts.tags = strings.Split(*tags, ",")
	}
	return opts, fs.Args(), nil
}

func main() {
	opts, rest, err := parseArgs([]string{"-v", "-workers=8", "-tags=a,b", "input.txt"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fmt.Println(opts.verbose, opts.workers, opts.timeout, opts.tags, rest)
}
