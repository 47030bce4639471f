// family: strings
package main

import (
	"fmt"
	"strings"
)

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

type Attr struct {
	Name, Value string
}

func tag(name string, attrs []Attr, body string) string {
	var sb strings.Builder
	sb.WriteString("<" + name)
	for _, a := range attrs {
		fmt.Fprintf(&sb, ` %s="%s"`, a.Name, escaper.Replace(a.Value))
	}
	sb.WriteString(">")
	sb.WriteString(escaper.Replace(body))
	sb.WriteString("</" + name + ">")
	return sb.String()
}

func main() {
	fmt.Println(tag("a", []Attr{{"href", "/q?a=1&b=2"}, {"title", `say "hi"`}}, "1 < 2"))
	parts := strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' })
	fmt.Println(parts, strings.Title("x"), strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found, strings.LastIndex("go gopher", "go"))
}
