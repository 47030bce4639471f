// family: flag
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

type command struct {
	name string
	fs   *flag.FlagSet
	run  func(args []string) error
}

func newCommands() []*command {
	addFS := flag.NewFlagSet("add", flag.ContinueOnError)
	priority := addFS.Int("p", 0, "priority")
	listFS := flag.NewFlagSet("list", flag.ContinueOnError)
	all := listFS.Bool("all", false, "include done items")
	return []*command{
		{"add", addFS, func(args []string) error {
			if len(args) == 0 {
				return errors.New("add: missing title")
			}
			fmt.Println("adding", args[0], "priority", *priority)
			return nil
		}},
		{"list", listFS, func(args []string) error {
			fmt.Println("listing, all =", *all)
			return nil
		}},
	}
}

func dispatch(args []string) error {
	if len(args) < 1 {
		return errors.New("usage: todo add|list")
	}
	for _, c := range newCommands() {
		if c.name == args[0] {
			if err := c.fs.Parse(args[1:]); err != nil {
				return err
			}
			return c.run(c.fs.Args())
		}
	}
	return fmt.Errorf("unknown command %q", args[0])
}

func main() {
	for _, argv := range [][]string{{"add", "-p", "2", "buy milk"}, {"list", "-all"}, {"rm"}} {
		if err := dispatch(argv); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
}
