// family: filepath
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

type Stats struct {
	Files int
	Dirs  int
	ByExt map[string]int
}

func scan(root string) (*Stats, error) {
	st := &Stats{ByExt: map[string]int{}}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && path != root {
				return filepath.SkipDir
			}
			st.Dirs++
			return nil
		}
		st.Files++
		st.ByExt[strings.ToLower(filepath.Ext(path))]++
		return nil
	})
	return st, err
}

func main() {
	root := os.TempDir()
	st, err := scan(root)
	if err != nil {
		fmt.Println("scan:", err)
		return
	}
	fmt.Println(st.Files > 0 || st.Dirs > 0)
}
