// family: strings
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type INI map[string]map[string]string

func parseINI(src string) (INI, error) {
	ini := INI{"": {}}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := ini[section]; !ok {
				ini[section] = map[string]string{}
			}
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: expected key=value", lineNo)
		}
		ini[section][strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
	}
	return ini, sc.Err()
}

func main() {
	ini, err := parseINI(`
name = demo
[server]
host = "0.0.0.0"
port = 8080
; comment
[db]
url = postgres://localhost/app
`)
	fmt.Println(err, ini[""]["name"], ini["server"]["port"], ini["db"]["url"])
}
