// family: web-handler
package main

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
)

type SignupForm struct {
	Email    string
	Password string
}

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

func parseSignup(r *http.Request) (SignupForm, error) {
	if err := r.ParseForm(); err != nil {
		return SignupForm{}, err
	}
	f := SignupForm{
		Email:    strings.TrimSpace(r.PostForm.Get("email")),
		Password: r.PostForm.Get("password"),
	}
	if !strings.Contains(f.Email, "@") {
		return f, &FieldError{"email", "must contain @"}
	}
	if len(f.Password) < 8 {
		return f, &FieldError{"password", "too short"}
	}
	return f, nil
}

func signup(w http.ResponseWriter, r *http.Request) {
	f, err := parseSignup(r)
	var fe *FieldError
	if errors.As(err, &fe) {
		w.WriteHeader(http.StatusUnprocessableEntity)
		fmt.Fprintln(w, fe.Field, fe.Msg)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, "welcome", f.Email)
}

func main() {
	form := url.Values{}
	form.Set("email", "a@example.com")
	form.Set("password", "hunter2")
	req := httptest.NewRequest("POST", "/signup", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	signup(rec, req)
	fmt.Print(rec.Code, " ", rec.Body.String())
}
