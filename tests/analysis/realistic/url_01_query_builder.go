// family: net-url
package main

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
)

type SearchParams struct {
	Query string
	Page  int
	Tags  []string
}

func buildURL(base string, p SearchParams) (string, error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	q := u.Query()
	q.Set("q", p.Query)
	if p.Page > 1 {
		q.Set("page", strconv.Itoa(p.Page))
	}
	for _, t := range p.Tags {
		q.Add("tag", t)
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

func main() {
	s, err := buildURL("https://example.com/search?lang=en", SearchParams{"go & rust", 2, []string{"b", "a"}})
	fmt.Println(s, err)
	u, _ := url.Parse(s)
	vals := u.Query()
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, u.Hostname(), u.Port() == "", url.PathEscape("a b/c"))
}
