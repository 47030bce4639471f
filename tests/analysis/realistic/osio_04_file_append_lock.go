// family: os-io
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

type Journal struct {
	mu   sync.Mutex
	f    *os.File
	path string
}

func OpenJournal(dir string) (*Journal, error) {
	p := filepath.Join(dir, "journal.log")
	f, err := os.OpenFile(p, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, err
	}
	return &Journal{f: f, path: p}, nil
}

func (j *Journal) Append(entry string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	_, err := j.f.WriteString(entry + "\n")
	return err
}

func (j *Journal) Close() error { return j.f.Close() }

func main() {
	dir, _ := os.MkdirTemp("", "j")
	defer os.RemoveAll(dir)
	j, err := OpenJournal(dir)
	if err != nil {
		panic(err)
	}
	j.Append("start")
	j.Append("stop")
	j.Close()
	data, _ := os.ReadFile(j.path)
	fmt.Print(string(data))
	_, err = os.ReadFile(filepath.Join(dir, "nope"))
	fmt.Println(errors.Is(err, fs.ErrNotExist))
}
