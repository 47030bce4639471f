// family: text-template
package main

import (
	"fmt"
	"html"
	"html/template"
	"net/url"
)

type Link struct {
	Text string
	Href string
}

func safeLink(l Link) template.HTML {
	u, err := url.Parse(l.Href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return template.HTML(html.EscapeString(l.Text))
	}
	return template.HTML(fmt.Sprintf(`<a href="%s">%s</a>`,
		template.HTMLEscapeString(u.String()), html.EscapeString(l.Text)))
}

func main() {
	links := []Link{
		{"Go", "https://go.dev"},
		{"<evil>", "javascript:alert(1)"},
	}
	for _, l := range links {
		fmt.Println(safeLink(l))
	}
	fmt.Println(html.UnescapeString("&lt;b&gt; &amp; &#39;"))
	fmt.Println(template.JSEscapeString(`he said "hi"`))
}
