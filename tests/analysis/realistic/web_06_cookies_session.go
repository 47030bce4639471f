// family: web-handler
package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

type Session struct {
	User    string
	Expires time.Time
}

type SessionStore struct {
	mu       sync.Mutex
	sessions map[string]Session
}

func newToken() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (s *SessionStore) Login(w http.ResponseWriter, user string) {
	tok := newToken()
	s.mu.Lock()
	s.sessions[tok] = Session{User: user, Expires: time.Now().Add(time.Hour)}
	s.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: tok, HttpOnly: true, Path: "/"})
}

func (s *SessionStore) Current(r *http.Request) (string, bool) {
	c, err := r.Cookie("sid")
	if err != nil {
		return "", false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sess, ok := s.sessions[c.Value]
	if !ok || time.Now().After(sess.Expires) {
		return "", false
	}
	return sess.User, true
}

func main() {
	store := &SessionStore{sessions: map[string]Session{}}
	rec := httptest.NewRecorder()
	store.Login(rec, "alice")
	cookies := rec.Result().Cookies()

	req := httptest.NewRequest("GET", "/", nil)
	for _, c := range cookies {
		req.AddCookie(c)
	}
	user, ok := store.Current(req)
	fmt.Println(user, ok)
}
