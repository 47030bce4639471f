./main.go:6:15: n does not escape
./main.go:11:14: "value:" escapes to heap in show:
./main.go:11:14:   flow: {storage for ... argument} ← &{storage for "value:"}:
./main.go:11:14:     from "value:" (spill) at ./main.go:11:14
./main.go:11:14:     from ... argument (slice-literal-element) at ./main.go:11:13
./main.go:11:14:   flow: {heap} ← {storage for ... argument}:
./main.go:11:14:     from ... argument (spill) at ./main.go:11:13
./main.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:11:13
./main.go:11:24: *n escapes to heap in show:
./main.go:11:24:   flow: {storage for ... argument} ← &{storage for *n}:
./main.go:11:24:     from *n (spill) at ./main.go:11:24
./main.go:11:24:     from ... argument (slice-literal-element) at ./main.go:11:13
./main.go:11:24:   flow: {heap} ← {storage for ... argument}:
./main.go:11:24:     from ... argument (spill) at ./main.go:11:13
./main.go:11:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:11:13
./main.go:10:11: n does not escape
./main.go:11:13: ... argument does not escape
./main.go:11:14: "value:" escapes to heap
./main.go:11:24: *n escapes to heap
./main.go:18:14: n escapes to heap in main:
./main.go:18:14:   flow: {storage for ... argument} ← &{storage for n}:
./main.go:18:14:     from n (spill) at ./main.go:18:14
./main.go:18:14:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:14:   flow: {heap} ← {storage for ... argument}:
./main.go:18:14:     from ... argument (spill) at ./main.go:18:13
./main.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:19:2: m escapes to heap in main:
./main.go:19:2:   flow: {storage for ... argument} ← &m:
./main.go:19:2:     from &m (address-of) at ./main.go:21:14
./main.go:19:2:     from &m (interface-converted) at ./main.go:21:14
./main.go:19:2:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:19:2:   flow: {heap} ← {storage for ... argument}:
./main.go:19:2:     from ... argument (spill) at ./main.go:21:13
./main.go:19:2:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:19:2: moved to heap: m
./main.go:18:13: ... argument does not escape
./main.go:18:14: n escapes to heap
./main.go:21:13: ... argument does not escape
