// family: filepath
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

func writeLines(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for _, l := range lines {
		if _, err := w.WriteString(l + "\n"); err != nil {
			return err
		}
	}
	return w.Flush()
}

func countLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		n++
	}
	return n, sc.Err()
}

func main() {
	dir, err := os.MkdirTemp("", "demo")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "notes.txt")
	if err := writeLines(p, []string{"one", "two", "three"}); err != nil {
		panic(err)
	}
	n, err := countLines(p)
	info, _ := os.Stat(p)
	fmt.Println(n, err, info.Size(), info.Mode().IsRegular())
}
