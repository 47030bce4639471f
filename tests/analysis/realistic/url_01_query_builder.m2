./main.go:17:15: parameter base leaks to {heap} for buildURL with derefs=0:
./main.go:17:15:   flow: {heap} ← base:
./main.go:17:15:     from url.Parse(base) (call parameter) at ./main.go:18:21
./main.go:17:28: parameter p leaks to {heap} for buildURL with derefs=0:
./main.go:17:28:   flow: {heap} ← p:
./main.go:17:28:     from p.Query (dot) at ./main.go:23:14
./main.go:17:28:     from url.Values.Set(q, "q", p.Query) (call parameter) at ./main.go:23:7
./main.go:17:15: leaking param: base
./main.go:17:28: leaking param: p
./main.go:35:96: []string{...} escapes to heap in main:
./main.go:35:96:   flow: {heap} ← &{storage for []string{...}}:
./main.go:35:96:     from []string{...} (spill) at ./main.go:35:96
./main.go:35:96:     from SearchParams{...} (struct literal element) at ./main.go:35:71
./main.go:35:96:     from buildURL("https://example.com/search?lang=en", SearchParams{...}) (call parameter) at ./main.go:35:20
./main.go:36:14: s escapes to heap in main:
./main.go:36:14:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:36:14:     from s (spill) at ./main.go:36:14
./main.go:36:14:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:14:   flow: {heap} ← {storage for ... argument}:
./main.go:36:14:     from ... argument (spill) at ./main.go:36:13
./main.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:44:14: keys escapes to heap in main:
./main.go:44:14:   flow: {storage for ... argument} ← &{storage for keys}:
./main.go:44:14:     from keys (spill) at ./main.go:44:14
./main.go:44:14:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:14:   flow: {heap} ← {storage for ... argument}:
./main.go:44:14:     from ... argument (spill) at ./main.go:44:13
./main.go:44:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:44:30: (*url.URL).Hostname(u) escapes to heap in main:
./main.go:44:30:   flow: {storage for ... argument} ← &{storage for (*url.URL).Hostname(u)}:
./main.go:44:30:     from (*url.URL).Hostname(u) (spill) at ./main.go:44:30
./main.go:44:30:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:30:   flow: {heap} ← {storage for ... argument}:
./main.go:44:30:     from ... argument (spill) at ./main.go:44:13
./main.go:44:30:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:44:43: (*url.URL).Port(u) == "" escapes to heap in main:
./main.go:44:43:   flow: {storage for ... argument} ← &{storage for (*url.URL).Port(u) == ""}:
./main.go:44:43:     from (*url.URL).Port(u) == "" (spill) at ./main.go:44:43
./main.go:44:43:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:43:   flow: {heap} ← {storage for ... argument}:
./main.go:44:43:     from ... argument (spill) at ./main.go:44:13
./main.go:44:43:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:44:64: url.PathEscape("a b/c") escapes to heap in main:
./main.go:44:64:   flow: {storage for ... argument} ← &{storage for url.PathEscape("a b/c")}:
./main.go:44:64:     from url.PathEscape("a b/c") (spill) at ./main.go:44:64
./main.go:44:64:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:64:   flow: {heap} ← {storage for ... argument}:
./main.go:44:64:     from ... argument (spill) at ./main.go:44:13
./main.go:44:64:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:39:14: make([]string, 0, len(vals)) escapes to heap in main:
./main.go:39:14:   flow: keys ← &{storage for make([]string, 0, len(vals))}:
./main.go:39:14:     from make([]string, 0, len(vals)) (spill) at ./main.go:39:14
./main.go:39:14:     from keys := make([]string, 0, len(vals)) (assign) at ./main.go:39:7
./main.go:39:14:   flow: {storage for keys} ← keys:
./main.go:39:14:     from keys (interface-converted) at ./main.go:44:14
./main.go:41:16: append(keys, k) escapes to heap in main:
./main.go:41:16:   flow: keys ← &{storage for append(keys, k)}:
./main.go:41:16:     from append(keys, k) (spill) at ./main.go:41:16
./main.go:41:16:     from keys = append(keys, k) (assign) at ./main.go:41:8
./main.go:41:16:   flow: {storage for keys} ← keys:
./main.go:41:16:     from keys (interface-converted) at ./main.go:44:14
./main.go:35:96: []string{...} escapes to heap
./main.go:36:13: ... argument does not escape
./main.go:36:14: s escapes to heap
./main.go:39:14: make([]string, 0, len(vals)) escapes to heap
./main.go:41:16: append escapes to heap
./main.go:44:13: ... argument does not escape
./main.go:44:14: keys escapes to heap
./main.go:44:30: (*url.URL).Hostname(u) escapes to heap
./main.go:44:43: (*url.URL).Port(u) == "" escapes to heap
./main.go:44:64: url.PathEscape("a b/c") escapes to heap
