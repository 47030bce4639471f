// family: web-handler
package main

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

type Broker struct {
	events chan string
}

func (b *Broker) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	for {
		select {
		case <-r.Context().Done():
			return
		case ev, open := <-b.events:
			if !open {
				return
			}
			fmt.Fprintf(w, "data: %s\n\n", ev)
			flusher.Flush()
		}
	}
}

func main() {
	b := &Broker{events: make(chan string, 3)}
	b.events <- "hello"
	b.events <- "world"
	close(b.events)
	rec := httptest.NewRecorder()
	b.ServeHTTP(rec, httptest.NewRequest("GET", "/events", nil))
	sc := bufio.NewScanner(strings.NewReader(rec.Body.String()))
	n := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "data: ") {
			n++
		}
	}
	fmt.Println(n, rec.Header().Get("Content-Type"), time.Duration(n)*time.Second)
}
