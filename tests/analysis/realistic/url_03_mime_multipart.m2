./main.go:14:6: body escapes to heap in buildForm:
./main.go:14:6:   flow: {heap} ← &body:
./main.go:14:6:     from &body (address-of) at ./main.go:15:27
./main.go:14:6:     from &body (interface-converted) at ./main.go:15:27
./main.go:14:6:     from multipart.NewWriter(&body) (call parameter) at ./main.go:15:26
./main.go:14:6: moved to heap: body
./main.go:19:11: make(textproto.MIMEHeader) does not escape
./main.go:36:14: mt escapes to heap in main:
./main.go:36:14:   flow: {storage for ... argument} ← &{storage for mt}:
./main.go:36:14:     from mt (spill) at ./main.go:36:14
./main.go:36:14:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:14:   flow: {heap} ← {storage for ... argument}:
./main.go:36:14:     from ... argument (spill) at ./main.go:36:13
./main.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:44:25: (*multipart.Part).FormName(p) escapes to heap in main:
./main.go:44:25:   flow: {storage for ... argument} ← &{storage for (*multipart.Part).FormName(p)}:
./main.go:44:25:     from (*multipart.Part).FormName(p) (spill) at ./main.go:44:25
./main.go:44:25:     from ... argument (slice-literal-element) at ./main.go:44:14
./main.go:44:25:   flow: {heap} ← {storage for ... argument}:
./main.go:44:25:     from ... argument (spill) at ./main.go:44:14
./main.go:44:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:14
./main.go:44:39: (*multipart.Part).FileName(p) escapes to heap in main:
./main.go:44:39:   flow: {storage for ... argument} ← &{storage for (*multipart.Part).FileName(p)}:
./main.go:44:39:     from (*multipart.Part).FileName(p) (spill) at ./main.go:44:39
./main.go:44:39:     from ... argument (slice-literal-element) at ./main.go:44:14
./main.go:44:39:   flow: {heap} ← {storage for ... argument}:
./main.go:44:39:     from ... argument (spill) at ./main.go:44:14
./main.go:44:39:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:14
./main.go:44:46: len(data) escapes to heap in main:
./main.go:44:46:   flow: {storage for ... argument} ← &{storage for len(data)}:
./main.go:44:46:     from len(data) (spill) at ./main.go:44:46
./main.go:44:46:     from ... argument (slice-literal-element) at ./main.go:44:14
./main.go:44:46:   flow: {heap} ← {storage for ... argument}:
./main.go:44:46:     from ... argument (spill) at ./main.go:44:14
./main.go:44:46:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:14
./main.go:46:34: mime.TypeByExtension(".json") escapes to heap in main:
./main.go:46:34:   flow: {storage for ... argument} ← &{storage for mime.TypeByExtension(".json")}:
./main.go:46:34:     from mime.TypeByExtension(".json") (spill) at ./main.go:46:34
./main.go:46:34:     from ... argument (slice-literal-element) at ./main.go:46:13
./main.go:46:34:   flow: {heap} ← {storage for ... argument}:
./main.go:46:34:     from ... argument (spill) at ./main.go:46:13
./main.go:46:34:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:13
./main.go:36:13: ... argument does not escape
./main.go:36:14: mt escapes to heap
./main.go:44:14: ... argument does not escape
./main.go:44:25: (*multipart.Part).FormName(p) escapes to heap
./main.go:44:39: (*multipart.Part).FileName(p) escapes to heap
./main.go:44:46: len(data) escapes to heap
./main.go:46:13: ... argument does not escape
./main.go:46:34: mime.TypeByExtension(".json") escapes to heap
