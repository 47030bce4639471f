// family: sync
package main

import (
	"bytes"
	"fmt"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

type Event struct {
	Name  string
	Value int
}

func encode(e Event) string {
	buf := bufPool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		bufPool.Put(buf)
	}()
	buf.WriteString(e.Name)
	buf.WriteByte('=')
	fmt.Fprintf(buf, "%d", e.Value)
	return buf.String()
}

func main() {
	events := []Event{{"cpu", 93}, {"mem", 41}, {"disk", 7}}
	var wg sync.WaitGroup
	out := make(chan string, len(events))
	for _, e := range events {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- encode(e)
		}()
	}
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		n += len(s)
	}
	fmt.Println(n)
}
