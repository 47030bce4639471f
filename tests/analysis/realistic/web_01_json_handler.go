// family: web-handler
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

type Store struct {
	todos  []Todo
	nextID int
}

func (s *Store) Add(title string) Todo {
	s.nextID++
	t := Todo{ID: s.nextID, Title: title}
	s.todos = append(s.todos, t)
	return t
}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(s.todos)
	case http.MethodPost:
		var in struct {
			Title string `json:"title"`
		}
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		t := s.Add(in.Title)
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(t)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func main() {
	s := &Store{}
	req := httptest.NewRequest("POST", "/todos", strings.NewReader(`{"title":"write tests"}`))
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	fmt.Println(rec.Code, rec.Body.String())

	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/todos", nil))
	fmt.Println(rec.Body.String())
}
