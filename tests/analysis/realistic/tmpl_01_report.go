// family: text-template
package main

import (
	"os"
	"strings"
	"text/template"
)

type Invoice struct {
	Customer string
	Lines    []Line
}

type Line struct {
	Item  string
	Qty   int
	Price float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Price }

const invoiceTmpl = `Invoice for {{.Customer | upper}}
{{range $i, $l := .Lines}}{{$i}}. {{$l.Item}} x{{$l.Qty}} = {{printf "%.2f" $l.Total}}
{{else}}(no lines)
{{end}}`

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(invoiceTmpl))
	inv := Invoice{Customer: "acme", Lines: []Line{{"bolt", 10, 0.25}, {"nut", 5, 0.1}}}
	if err := t.Execute(os.Stdout, inv); err != nil {
		panic(err)
	}
}
