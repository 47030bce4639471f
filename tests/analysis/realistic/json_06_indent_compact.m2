./main.go:10:13: raw does not escape
./main.go:18:13: raw does not escape
./main.go:19:12: new(bytes.Buffer) does not escape
./main.go:27:15: ([]byte)("{ \"a\": [1, 2, 3],  \"b\": {\"c\": null} }") escapes to heap in main:
./main.go:27:15:   flow: in ← &{storage for ([]byte)("{ \"a\": [1, 2, 3],  \"b\": {\"c\": null} }")}:
./main.go:27:15:     from ([]byte)("{ \"a\": [1, 2, 3],  \"b\": {\"c\": null} }") (spill) at ./main.go:27:15
./main.go:27:15:     from in := ([]byte)("{ \"a\": [1, 2, 3],  \"b\": {\"c\": null} }") (assign) at ./main.go:27:5
./main.go:27:15:   flow: {heap} ← in:
./main.go:27:15:     from json.Valid(in) (call parameter) at ./main.go:28:16
./main.go:29:15: "invalid" escapes to heap in main:
./main.go:29:15:   flow: {storage for ... argument} ← &{storage for "invalid"}:
./main.go:29:15:     from "invalid" (spill) at ./main.go:29:15
./main.go:29:15:     from ... argument (slice-literal-element) at ./main.go:29:14
./main.go:29:15:   flow: {heap} ← {storage for ... argument}:
./main.go:29:15:     from ... argument (spill) at ./main.go:29:14
./main.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:14
./main.go:33:14: p escapes to heap in main:
./main.go:33:14:   flow: {storage for ... argument} ← &{storage for p}:
./main.go:33:14:     from p (spill) at ./main.go:33:14
./main.go:33:14:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:14:   flow: {heap} ← {storage for ... argument}:
./main.go:33:14:     from ... argument (spill) at ./main.go:33:13
./main.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:35:20: string(m) escapes to heap in main:
./main.go:35:20:   flow: {storage for ... argument} ← &{storage for string(m)}:
./main.go:35:20:     from string(m) (spill) at ./main.go:35:20
./main.go:35:20:     from ... argument (slice-literal-element) at ./main.go:35:13
./main.go:35:20:   flow: {heap} ← {storage for ... argument}:
./main.go:35:20:     from ... argument (spill) at ./main.go:35:13
./main.go:35:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:35:13
./main.go:35:21: string(m) escapes to heap in main:
./main.go:35:21:   flow: {storage for string(m)} ← &{storage for string(m)}:
./main.go:35:21:     from string(m) (spill) at ./main.go:35:21
./main.go:35:21:     from string(m) (interface-converted) at ./main.go:35:20
./main.go:27:15: ([]byte)("{ \"a\": [1, 2, 3],  \"b\": {\"c\": null} }") escapes to heap
./main.go:29:14: ... argument does not escape
./main.go:29:15: "invalid" escapes to heap
./main.go:33:13: ... argument does not escape
./main.go:33:14: p escapes to heap
./main.go:35:13: ... argument does not escape
./main.go:35:20: string(m) escapes to heap
./main.go:35:21: string(m) escapes to heap
