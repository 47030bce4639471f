// family: os-io
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Env struct {
	lookup func(string) (string, bool)
}

func (e Env) String(key, def string) string {
	if v, ok := e.lookup(key); ok {
		return v
	}
	return def
}

func (e Env) Int(key string, def int) int {
	v, ok := e.lookup(key)
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s=%q is not a number, using %d\n", key, v, def)
		return def
	}
	return n
}

func main() {
	e := Env{lookup: os.LookupEnv}
	fmt.Println(e.String("APP_NAME", "demo"), e.Int("APP_WORKERS", 4))
	fake := map[string]string{"APP_WORKERS": "many"}
	f := Env{lookup: func(k string) (string, bool) { v, ok := fake[k]; return v, ok }}
	fmt.Println(f.Int("APP_WORKERS", 2))
	host, _ := os.Hostname()
	fmt.Println(len(os.Args) > 0, host != "", strings.Contains(os.ExpandEnv("$HOME"), "/"))
}
