// family: filepath
package main

import (
	"fmt"
	"io/fs"
	"sort"
	"testing/fstest"
)

func readConfigs(fsys fs.FS) (map[string]string, error) {
	names, err := fs.Glob(fsys, "conf/*.ini")
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		out[n] = string(b)
	}
	return out, nil
}

func main() {
	fsys := fstest.MapFS{
		"conf/app.ini":  {Data: []byte("port=80")},
		"conf/db.ini":   {Data: []byte("host=db")},
		"conf/notes.md": {Data: []byte("# notes")},
	}
	cfgs, err := readConfigs(fsys)
	if err != nil {
		panic(err)
	}
	keys := make([]string, 0, len(cfgs))
	for k := range cfgs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, cfgs[k])
	}
	entries, _ := fs.ReadDir(fsys, "conf")
	fmt.Println(len(entries))
}
