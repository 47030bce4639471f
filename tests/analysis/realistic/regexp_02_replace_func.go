// family: regexp
package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"
)

var varRE = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}`)

func expand(tmpl string, lookup func(string) (string, bool)) string {
	return varRE.ReplaceAllStringFunc(tmpl, func(m string) string {
		parts := varRE.FindStringSubmatch(m)
		if v, ok := lookup(parts[1]); ok {
			return v
		}
		return parts[2]
	})
}

func main() {
	env := map[string]string{"HOST": "db.local", "PORT": "5432"}
	lookup := func(k string) (string, bool) {
		if v, ok := env[k]; ok {
			return v, true
		}
		return os.LookupEnv(k)
	}
	s := expand("postgres://${USER:-admin}@${HOST}:${PORT}/${DB:-app}", lookup)
	fmt.Println(s)
	fmt.Println(strings.Count(s, "/"))
}
