// family: net-url
package main

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/textproto"
)

func buildForm() (*bytes.Buffer, string, error) {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	if err := w.WriteField("title", "report"); err != nil {
		return nil, "", err
	}
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", `form-data; name="file"; filename="r.csv"`)
	h.Set("Content-Type", "text/csv")
	part, err := w.CreatePart(h)
	if err != nil {
		return nil, "", err
	}
	io.WriteString(part, "a,b\n1,2\n")
	return &body, w.FormDataContentType(), w.Close()
}

func main() {
	body, ctype, err := buildForm()
	if err != nil {
		panic(err)
	}
	mt, params, _ := mime.ParseMediaType(ctype)
	fmt.Println(mt)
	r := multipart.NewReader(body, params["boundary"])
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			break
		}
		data, _ := io.ReadAll(p)
		fmt.Println(p.FormName(), p.FileName(), len(data))
	}
	fmt.Println(mime.TypeByExtension(".json"))
}
