// family: runtime
package main

import (
	"fmt"
	"os"
	"runtime"
)

type TempFile struct {
	f    *os.File
	name string
}

func NewTempFile() (*TempFile, error) {
	f, err := os.CreateTemp("", "tf")
	if err != nil {
		return nil, err
	}
	t := &TempFile{f: f, name: f.Name()}
	runtime.AddCleanup(t, func(name string) { os.Remove(name) }, t.name)
	return t, nil
}

func (t *TempFile) Write(s string) error {
	_, err := t.f.WriteString(s)
	return err
}

func main() {
	t, err := NewTempFile()
	if err != nil {
		panic(err)
	}
	t.Write("scratch data")
	t.f.Close()
	info, err := os.Stat(t.name)
	fmt.Println(info.Size(), err)
	os.Remove(t.name)
}
