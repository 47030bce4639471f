// family: runtime
package main

import (
	"expvar"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

var (
	requests = expvar.NewInt("requests")
	lastPath = expvar.NewString("last_path")
	byStatus = expvar.NewMap("by_status")
)

func instrument(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		lastPath.Set(r.URL.Path)
		h(w, r)
		byStatus.Add("200", 1)
	}
}

func main() {
	h := instrument(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	for _, p := range []string{"/a", "/b"} {
		h(httptest.NewRecorder(), httptest.NewRequest("GET", p, nil))
	}
	rec := httptest.NewRecorder()
	expvar.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/debug/vars", nil))
	fmt.Println(requests.Value(), lastPath.Value(), strings.Contains(rec.Body.String(), "by_status"))
}
