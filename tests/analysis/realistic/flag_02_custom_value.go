// family: flag
package main

import (
	"flag"
	"fmt"
	"strings"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }

func (l *level) Set(v string) error {
	switch v {
	case "low":
		*l = 0
	case "high":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", v)
	}
	return nil
}

func main() {
	var includes listFlag
	var lvl level = 1
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.Var(&includes, "I", "include directory (repeatable)")
	fs.Var(&lvl, "level", "optimisation level")
	err := fs.Parse([]string{"-I", "/usr/include", "-I", "./inc", "-level", "high"})
	fmt.Println(includes, lvl, err)
	fs.VisitAll(func(f *flag.Flag) {
		fmt.Println(f.Name, f.Value.String(), f.Usage)
	})
}
