// family: text-template
package main

import (
	"fmt"
	"strings"
	"text/template"
	"time"
)

const layout = `{{define "greeting"}}Hi {{.Name}},{{end}}
{{define "footer"}}-- sent {{.When.Format "2006-01-02"}}{{end}}
{{template "greeting" .}}
{{if .Overdue}}Your invoice is {{.Days}} days overdue.{{else}}Thanks for paying on time.{{end}}
{{template "footer" .}}`

type Mail struct {
	Name    string
	Overdue bool
	Days    int
	When    time.Time
}

func renderAll(t *template.Template, mails []Mail) ([]string, error) {
	out := make([]string, 0, len(mails))
	for _, m := range mails {
		var sb strings.Builder
		if err := t.Execute(&sb, m); err != nil {
			return nil, err
		}
		out = append(out, sb.String())
	}
	return out, nil
}

func main() {
	t, err := template.New("mail").Parse(layout)
	if err != nil {
		panic(err)
	}
	when := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	texts, err := renderAll(t, []Mail{{"Ann", true, 12, when}, {"Ben", false, 0, when}})
	fmt.Println(strings.Join(texts, "\n====\n"), err)
}
