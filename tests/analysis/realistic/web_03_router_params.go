// family: web-handler
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
)

type User struct {
	ID   int
	Name string
}

var users = map[int]*User{
	1: {ID: 1, Name: "ada"},
	2: {ID: 2, Name: "grace"},
}

func getUser(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	u, ok := users[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	fmt.Fprintf(w, "user %d: %s", u.ID, u.Name)
}

func deleteUser(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	delete(users, id)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", getUser)
	mux.HandleFunc("DELETE /users/{id}", deleteUser)

	for _, path := range []string{"/users/1", "/users/9", "/users/x"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		fmt.Println(path, rec.Code, rec.Body.String())
	}
}
