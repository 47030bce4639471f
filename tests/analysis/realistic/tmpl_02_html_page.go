// family: text-template
package main

import (
	"bytes"
	"fmt"
	"html/template"
)

type Comment struct {
	Author string
	Body   string
}

type Page struct {
	Title    string
	Comments []Comment
}

var page = template.Must(template.New("page").Parse(`<h1>{{.Title}}</h1>
<ul>{{range .Comments}}<li><b>{{.Author}}</b>: {{.Body}}</li>{{end}}</ul>`))

func render(p *Page) (string, error) {
	var buf bytes.Buffer
	if err := page.Execute(&buf, p); err != nil {
		return "", err
	}
	return buf.String(), nil
}

func main() {
	p := &Page{
		Title: "Guestbook",
		Comments: []Comment{
			{"eve", "<script>alert(1)</script>"},
			{"bob", "nice & tidy"},
		},
	}
	out, err := render(p)
	fmt.Println(out, err)
}
