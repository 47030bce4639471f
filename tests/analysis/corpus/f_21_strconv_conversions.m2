./main.go:15:14: s escapes to heap in main:
./main.go:15:14:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:15:14:     from s (spill) at ./main.go:15:14
./main.go:15:14:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:14:   flow: {heap} ← {storage for ... argument}:
./main.go:15:14:     from ... argument (spill) at ./main.go:15:13
./main.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:15:17: q escapes to heap in main:
./main.go:15:17:   flow: {storage for ... argument} ← &{storage for q}:
./main.go:15:17:     from q (spill) at ./main.go:15:17
./main.go:15:17:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:17:   flow: {heap} ← {storage for ... argument}:
./main.go:15:17:     from ... argument (spill) at ./main.go:15:13
./main.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:15:20: b escapes to heap in main:
./main.go:15:20:   flow: {storage for ... argument} ← &{storage for b}:
./main.go:15:20:     from b (spill) at ./main.go:15:20
./main.go:15:20:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:20:   flow: {heap} ← {storage for ... argument}:
./main.go:15:20:     from ... argument (spill) at ./main.go:15:13
./main.go:15:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:15:23: v escapes to heap in main:
./main.go:15:23:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:15:23:     from v (spill) at ./main.go:15:23
./main.go:15:23:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:23:   flow: {heap} ← {storage for ... argument}:
./main.go:15:23:     from ... argument (spill) at ./main.go:15:13
./main.go:15:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:18:15: s + "!" escapes to heap in main:
./main.go:18:15:   flow: {storage for ... argument} ← &{storage for s + "!"}:
./main.go:18:15:     from s + "!" (spill) at ./main.go:18:15
./main.go:18:15:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:15:   flow: {heap} ← {storage for ... argument}:
./main.go:18:15:     from ... argument (spill) at ./main.go:18:13
./main.go:18:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:18:21: f escapes to heap in main:
./main.go:18:21:   flow: {storage for ... argument} ← &{storage for f}:
./main.go:18:21:     from f (spill) at ./main.go:18:21
./main.go:18:21:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:21:   flow: {heap} ← {storage for ... argument}:
./main.go:18:21:     from ... argument (spill) at ./main.go:18:13
./main.go:18:21:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:18:24: ok escapes to heap in main:
./main.go:18:24:   flow: {storage for ... argument} ← &{storage for ok}:
./main.go:18:24:     from ok (spill) at ./main.go:18:24
./main.go:18:24:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:24:   flow: {heap} ← {storage for ... argument}:
./main.go:18:24:     from ... argument (spill) at ./main.go:18:13
./main.go:18:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:20:20: string(buf) escapes to heap in main:
./main.go:20:20:   flow: {storage for ... argument} ← &{storage for string(buf)}:
./main.go:20:20:     from string(buf) (spill) at ./main.go:20:20
./main.go:20:20:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:20:   flow: {heap} ← {storage for ... argument}:
./main.go:20:20:     from ... argument (spill) at ./main.go:20:13
./main.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:20:21: string(buf) escapes to heap in main:
./main.go:20:21:   flow: {storage for string(buf)} ← &{storage for string(buf)}:
./main.go:20:21:     from string(buf) (spill) at ./main.go:20:21
./main.go:20:21:     from string(buf) (interface-converted) at ./main.go:20:20
./main.go:18:15: s + "!" escapes to heap in main:
./main.go:18:15:   flow: {storage for s + "!"} ← &{storage for s + "!"}:
./main.go:18:15:     from s + "!" (spill) at ./main.go:18:15
./main.go:18:15:     from s + "!" (interface-converted) at ./main.go:18:15
./main.go:15:13: ... argument does not escape
./main.go:15:14: s escapes to heap
./main.go:15:17: q escapes to heap
./main.go:15:20: b escapes to heap
./main.go:15:23: v escapes to heap
./main.go:18:13: ... argument does not escape
./main.go:18:15: s + "!" escapes to heap
./main.go:18:15: s + "!" escapes to heap
./main.go:18:21: f escapes to heap
./main.go:18:24: ok escapes to heap
./main.go:20:13: ... argument does not escape
./main.go:20:20: string(buf) escapes to heap
./main.go:20:21: string(buf) escapes to heap
