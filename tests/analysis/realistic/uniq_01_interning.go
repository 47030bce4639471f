// family: unique-weak
package main

import (
	"fmt"
	"strings"
	"unique"
)

type Tag = unique.Handle[string]

type Document struct {
	Title string
	Tags  []Tag
}

func parseTags(s string) []Tag {
	var out []Tag
	for _, t := range strings.Split(s, ",") {
		out = append(out, unique.Make(strings.TrimSpace(strings.ToLower(t))))
	}
	return out
}

func hasTag(d *Document, t Tag) bool {
	for _, x := range d.Tags {
		if x == t {
			return true
		}
	}
	return false
}

func main() {
	docs := []*Document{
		{"a", parseTags("Go, Memory")},
		{"b", parseTags("rust,memory")},
		{"c", parseTags("go")},
	}
	mem := unique.Make("memory")
	for _, d := range docs {
		fmt.Println(d.Title, hasTag(d, mem), d.Tags[0].Value())
	}
}
