./main.go:17:19: parameter raw leaks to {heap} for readResponse with derefs=0:
./main.go:17:19:   flow: {heap} ← raw:
./main.go:17:19:     from strings.NewReader(raw) (call parameter) at ./main.go:18:61
./main.go:27:9: &Response{...} escapes to heap in readResponse:
./main.go:27:9:   flow: ~r0 ← &{storage for &Response{...}}:
./main.go:27:9:     from &Response{...} (spill) at ./main.go:27:9
./main.go:27:9:     from return &Response{...}, nil (return) at ./main.go:27:2
./main.go:17:19: leaking param: raw
./main.go:27:9: &Response{...} escapes to heap
./main.go:36:15: r.Code escapes to heap in main:
./main.go:36:15:   flow: {storage for ... argument} ← &{storage for r.Code}:
./main.go:36:15:     from r.Code (spill) at ./main.go:36:15
./main.go:36:15:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:15:   flow: {heap} ← {storage for ... argument}:
./main.go:36:15:     from ... argument (spill) at ./main.go:36:13
./main.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:36:40: strings.ReplaceAll(r.Message, "\n", " | ") escapes to heap in main:
./main.go:36:40:   flow: {storage for ... argument} ← &{storage for strings.ReplaceAll(r.Message, "\n", " | ")}:
./main.go:36:40:     from strings.ReplaceAll(r.Message, "\n", " | ") (spill) at ./main.go:36:40
./main.go:36:40:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:40:   flow: {heap} ← {storage for ... argument}:
./main.go:36:40:     from ... argument (spill) at ./main.go:36:13
./main.go:36:40:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:36:79: textproto.MIMEHeader.Get(r.Headers, "X-Server") escapes to heap in main:
./main.go:36:79:   flow: {storage for ... argument} ← &{storage for textproto.MIMEHeader.Get(r.Headers, "X-Server")}:
./main.go:36:79:     from textproto.MIMEHeader.Get(r.Headers, "X-Server") (spill) at ./main.go:36:79
./main.go:36:79:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:79:   flow: {heap} ← {storage for ... argument}:
./main.go:36:79:     from ... argument (spill) at ./main.go:36:13
./main.go:36:79:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:37:46: textproto.CanonicalMIMEHeaderKey("content-type") escapes to heap in main:
./main.go:37:46:   flow: {storage for ... argument} ← &{storage for textproto.CanonicalMIMEHeaderKey("content-type")}:
./main.go:37:46:     from textproto.CanonicalMIMEHeaderKey("content-type") (spill) at ./main.go:37:46
./main.go:37:46:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:46:   flow: {heap} ← {storage for ... argument}:
./main.go:37:46:     from ... argument (spill) at ./main.go:37:13
./main.go:37:46:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:33:14: ... argument does not escape
./main.go:36:13: ... argument does not escape
./main.go:36:15: r.Code escapes to heap
./main.go:36:40: strings.ReplaceAll(r.Message, "\n", " | ") escapes to heap
./main.go:36:79: textproto.MIMEHeader.Get(r.Headers, "X-Server") escapes to heap
./main.go:37:13: ... argument does not escape
./main.go:37:46: textproto.CanonicalMIMEHeaderKey("content-type") escapes to heap
