./main.go:10:7: &strings.Builder{} escapes to heap in newBuilder:
./main.go:10:7:   flow: b ← &{storage for &strings.Builder{}}:
./main.go:10:7:     from &strings.Builder{} (spill) at ./main.go:10:7
./main.go:10:7:     from b := &strings.Builder{} (assign) at ./main.go:10:4
./main.go:10:7:   flow: ~r0 ← b:
./main.go:10:7:     from return b (return) at ./main.go:12:2
./main.go:10:7: &strings.Builder{} escapes to heap
./main.go:17:26: 1 escapes to heap in main:
./main.go:17:26:   flow: {storage for ... argument} ← &{storage for 1}:
./main.go:17:26:     from 1 (spill) at ./main.go:17:26
./main.go:17:26:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:26:   flow: {heap} ← {storage for ... argument}:
./main.go:17:26:     from ... argument (spill) at ./main.go:17:13
./main.go:17:26:     from fmt.Fprintf(b, "%d-%s", ... argument...) (call parameter) at ./main.go:17:13
./main.go:17:29: "x" escapes to heap in main:
./main.go:17:29:   flow: {storage for ... argument} ← &{storage for "x"}:
./main.go:17:29:     from "x" (spill) at ./main.go:17:29
./main.go:17:29:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:29:   flow: {heap} ← {storage for ... argument}:
./main.go:17:29:     from ... argument (spill) at ./main.go:17:13
./main.go:17:29:     from fmt.Fprintf(b, "%d-%s", ... argument...) (call parameter) at ./main.go:17:13
./main.go:19:22: (*strings.Builder).String(b) escapes to heap in main:
./main.go:19:22:   flow: {storage for ... argument} ← &{storage for (*strings.Builder).String(b)}:
./main.go:19:22:     from (*strings.Builder).String(b) (spill) at ./main.go:19:22
./main.go:19:22:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:22:   flow: {heap} ← {storage for ... argument}:
./main.go:19:22:     from ... argument (spill) at ./main.go:19:13
./main.go:19:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:19:31: (*strings.Builder).Len(b) escapes to heap in main:
./main.go:19:31:   flow: {storage for ... argument} ← &{storage for (*strings.Builder).Len(b)}:
./main.go:19:31:     from (*strings.Builder).Len(b) (spill) at ./main.go:19:31
./main.go:19:31:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:31:   flow: {heap} ← {storage for ... argument}:
./main.go:19:31:     from ... argument (spill) at ./main.go:19:13
./main.go:19:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:17:13: ... argument does not escape
./main.go:17:26: 1 escapes to heap
./main.go:17:29: "x" escapes to heap
./main.go:19:13: ... argument does not escape
./main.go:19:22: (*strings.Builder).String(b) escapes to heap
./main.go:19:31: (*strings.Builder).Len(b) escapes to heap
