// family: encoding
package main

import (
	"encoding/xml"
	"fmt"
)

type Item struct {
	Title string   `xml:"title"`
	Link  string   `xml:"link"`
	Tags  []string `xml:"tag"`
}

type Feed struct {
	XMLName xml.Name `xml:"rss"`
	Version string   `xml:"version,attr"`
	Items   []Item   `xml:"channel>item"`
}

const doc = `<rss version="2.0"><channel>
<item><title>Go 1.27</title><link>https://go.dev</link><tag>go</tag><tag>release</tag></item>
<item><title>Escape analysis</title><link>https://example.com/ea</link></item>
</channel></rss>`

func main() {
	var f Feed
	if err := xml.Unmarshal([]byte(doc), &f); err != nil {
		panic(err)
	}
	fmt.Println(f.Version, len(f.Items))
	for _, it := range f.Items {
		fmt.Println(it.Title, it.Tags)
	}
	out, err := xml.MarshalIndent(f.Items[0], "", "  ")
	fmt.Println(string(out), err)
}
