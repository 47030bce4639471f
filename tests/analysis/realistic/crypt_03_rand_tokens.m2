./main.go:24:16: string(out) escapes to heap in randomCode:
./main.go:24:16:   flow: ~r0 ← &{storage for string(out)}:
./main.go:24:16:     from string(out) (spill) at ./main.go:24:16
./main.go:24:16:     from return string(out), nil (return) at ./main.go:24:2
./main.go:15:13: make([]byte, n) does not escape
./main.go:24:16: string(out) escapes to heap
./main.go:35:22: prefix + "." + secret escapes to heap in newAPIKey:
./main.go:35:22:   flow: ~r0 ← &{storage for prefix + "." + secret}:
./main.go:35:22:     from prefix + "." + secret (spill) at ./main.go:35:22
./main.go:35:22:     from return prefix + "." + secret, APIKey{...} (return) at ./main.go:35:2
./main.go:35:22: prefix + "." + secret escapes to heap
./main.go:35:82: ([]byte)(secret) does not escape
./main.go:40:17: len(code) escapes to heap in main:
./main.go:40:17:   flow: {storage for ... argument} ← &{storage for len(code)}:
./main.go:40:17:     from len(code) (spill) at ./main.go:40:17
./main.go:40:17:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:17:   flow: {heap} ← {storage for ... argument}:
./main.go:40:17:     from ... argument (spill) at ./main.go:40:13
./main.go:40:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:42:24: len(full) > 10 escapes to heap in main:
./main.go:42:24:   flow: {storage for ... argument} ← &{storage for len(full) > 10}:
./main.go:42:24:     from len(full) > 10 (spill) at ./main.go:42:24
./main.go:42:24:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:24:   flow: {heap} ← {storage for ... argument}:
./main.go:42:24:     from ... argument (spill) at ./main.go:42:13
./main.go:42:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:42:39: k.Prefix == full[:6] escapes to heap in main:
./main.go:42:39:   flow: {storage for ... argument} ← &{storage for k.Prefix == full[:6]}:
./main.go:42:39:     from k.Prefix == full[:6] (spill) at ./main.go:42:39
./main.go:42:39:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:39:   flow: {heap} ← {storage for ... argument}:
./main.go:42:39:     from ... argument (spill) at ./main.go:42:13
./main.go:42:39:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:43:63: (*base64.Encoding).EncodeToString(base64.RawStdEncoding, k.Hash[:3]) != "" escapes to heap in main:
./main.go:43:63:   flow: {storage for ... argument} ← &{storage for (*base64.Encoding).EncodeToString(base64.RawStdEncoding, k.Hash[:3]) != ""}:
./main.go:43:63:     from (*base64.Encoding).EncodeToString(base64.RawStdEncoding, k.Hash[:3]) != "" (spill) at ./main.go:43:63
./main.go:43:63:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:63:   flow: {heap} ← {storage for ... argument}:
./main.go:43:63:     from ... argument (spill) at ./main.go:43:13
./main.go:43:63:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:40:13: ... argument does not escape
./main.go:40:17: len(code) escapes to heap
./main.go:42:13: ... argument does not escape
./main.go:42:24: len(full) > 10 escapes to heap
./main.go:42:39: k.Prefix == full[:6] escapes to heap
./main.go:43:13: ... argument does not escape
./main.go:43:63: (*base64.Encoding).EncodeToString(base64.RawStdEncoding, k.Hash[:3]) != "" escapes to heap
