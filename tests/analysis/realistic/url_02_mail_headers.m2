./main.go:27:18: from.Name escapes to heap in main:
./main.go:27:18:   flow: {storage for ... argument} ← &{storage for from.Name}:
./main.go:27:18:     from from.Name (spill) at ./main.go:27:18
./main.go:27:18:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:18:   flow: {heap} ← {storage for ... argument}:
./main.go:27:18:     from ... argument (spill) at ./main.go:27:13
./main.go:27:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:29: from.Address escapes to heap in main:
./main.go:27:29:   flow: {storage for ... argument} ← &{storage for from.Address}:
./main.go:27:29:     from from.Address (spill) at ./main.go:27:29
./main.go:27:29:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:29:   flow: {heap} ← {storage for ... argument}:
./main.go:27:29:     from ... argument (spill) at ./main.go:27:13
./main.go:27:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:42: len(tos) escapes to heap in main:
./main.go:27:42:   flow: {storage for ... argument} ← &{storage for len(tos)}:
./main.go:27:42:     from len(tos) (spill) at ./main.go:27:42
./main.go:27:42:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:42:   flow: {heap} ← {storage for ... argument}:
./main.go:27:42:     from ... argument (spill) at ./main.go:27:13
./main.go:27:42:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:55: tos[1].Name escapes to heap in main:
./main.go:27:55:   flow: {storage for ... argument} ← &{storage for tos[1].Name}:
./main.go:27:55:     from tos[1].Name (spill) at ./main.go:27:55
./main.go:27:55:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:55:   flow: {heap} ← {storage for ... argument}:
./main.go:27:55:     from ... argument (spill) at ./main.go:27:13
./main.go:27:55:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:29:19: mail.Header.Get(h, "Subject") escapes to heap in main:
./main.go:29:19:   flow: {storage for ... argument} ← &{storage for mail.Header.Get(h, "Subject")}:
./main.go:29:19:     from mail.Header.Get(h, "Subject") (spill) at ./main.go:29:19
./main.go:29:19:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:19:   flow: {heap} ← {storage for ... argument}:
./main.go:29:19:     from ... argument (spill) at ./main.go:29:13
./main.go:29:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:29:41: time.Time.Weekday(d) escapes to heap in main:
./main.go:29:41:   flow: {storage for ... argument} ← &{storage for time.Time.Weekday(d)}:
./main.go:29:41:     from time.Time.Weekday(d) (spill) at ./main.go:29:41
./main.go:29:41:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:41:   flow: {heap} ← {storage for ... argument}:
./main.go:29:41:     from ... argument (spill) at ./main.go:29:13
./main.go:29:41:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:31:31: strings.TrimSpace(string(body)) escapes to heap in main:
./main.go:31:31:   flow: {storage for ... argument} ← &{storage for strings.TrimSpace(string(body))}:
./main.go:31:31:     from strings.TrimSpace(string(body)) (spill) at ./main.go:31:31
./main.go:31:31:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:31:   flow: {heap} ← {storage for ... argument}:
./main.go:31:31:     from ... argument (spill) at ./main.go:31:13
./main.go:31:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:39: string(body) escapes to heap in main:
./main.go:31:39:   flow: {storage for strings.TrimSpace(string(body))} ← &{storage for string(body)}:
./main.go:31:39:     from string(body) (spill) at ./main.go:31:39
./main.go:31:39:     from strings.TrimSpace(string(body)) (call parameter) at ./main.go:31:31
./main.go:31:39:     from strings.TrimSpace(string(body)) (interface-converted) at ./main.go:31:31
./main.go:27:13: ... argument does not escape
./main.go:27:18: from.Name escapes to heap
./main.go:27:29: from.Address escapes to heap
./main.go:27:42: len(tos) escapes to heap
./main.go:27:55: tos[1].Name escapes to heap
./main.go:29:13: ... argument does not escape
./main.go:29:19: mail.Header.Get(h, "Subject") escapes to heap
./main.go:29:41: time.Time.Weekday(d) escapes to heap
./main.go:31:13: ... argument does not escape
./main.go:31:31: strings.TrimSpace(string(body)) escapes to heap
./main.go:31:39: string(body) escapes to heap
