// family: web-handler
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"time"
)

type APIClient struct {
	base   string
	http   *http.Client
	apiKey string
}

func NewAPIClient(base, key string) *APIClient {
	return &APIClient{base: base, http: &http.Client{Timeout: 2 * time.Second}, apiKey: key}
}

func (c *APIClient) Get(ctx context.Context, path string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", path, resp.Status)
	}
	return io.ReadAll(resp.Body)
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		io.WriteString(w, `{"ok":true}`)
	}))
	defer srv.Close()

	c := NewAPIClient(srv.URL, "k123")
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	body, err := c.Get(ctx, "/status")
	fmt.Println(string(body), err)
}
