./main.go:7:2: counter capturing by ref: c (addr=false assign=true width=8)
./main.go:8:9: func literal escapes to heap in counter:
./main.go:8:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:8:9:     from func literal (spill) at ./main.go:8:9
./main.go:8:9:     from return func literal (return) at ./main.go:8:2
./main.go:7:2: c escapes to heap in counter:
./main.go:7:2:   flow: {storage for func literal} ← &c:
./main.go:7:2:     from c (captured by a closure) at ./main.go:9:3
./main.go:7:2:     from c (reference) at ./main.go:9:3
./main.go:7:2: moved to heap: c
./main.go:8:9: func literal escapes to heap
./main.go:18:20: main capturing by value: .autotmp_2 (addr=false assign=false width=16)
./main.go:18:32: main capturing by value: .autotmp_3 (addr=false assign=false width=16)
./main.go:17:2: main capturing by value: msg (addr=false assign=false width=16)
./main.go:16:18: next() escapes to heap in main:
./main.go:16:18:   flow: {storage for ... argument} ← &{storage for next()}:
./main.go:16:18:     from next() (spill) at ./main.go:16:18
./main.go:16:18:     from ... argument (slice-literal-element) at ./main.go:16:13
./main.go:16:18:   flow: {heap} ← {storage for ... argument}:
./main.go:16:18:     from ... argument (spill) at ./main.go:16:13
./main.go:16:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:16:13
./main.go:16:26: next() escapes to heap in main:
./main.go:16:26:   flow: {storage for ... argument} ← &{storage for next()}:
./main.go:16:26:     from next() (spill) at ./main.go:16:26
./main.go:16:26:     from ... argument (slice-literal-element) at ./main.go:16:13
./main.go:16:26:   flow: {heap} ← {storage for ... argument}:
./main.go:16:26:     from ... argument (spill) at ./main.go:16:13
./main.go:16:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:16:13
./main.go:20:15: "hi" escapes to heap in main.func1:
./main.go:20:15:   flow: {storage for ... argument} ← &{storage for "hi"}:
./main.go:20:15:     from "hi" (spill) at ./main.go:20:15
./main.go:20:15:     from ... argument (slice-literal-element) at ./main.go:20:14
./main.go:20:15:   flow: {heap} ← {storage for ... argument}:
./main.go:20:15:     from ... argument (spill) at ./main.go:20:14
./main.go:20:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:14
./main.go:18:20: "deferred" escapes to heap in main:
./main.go:18:20:   flow: .autotmp_2 ← &{storage for "deferred"}:
./main.go:18:20:     from "deferred" (spill) at ./main.go:18:20
./main.go:18:20:     from .autotmp_2, .autotmp_3 = "deferred", "hi" (assign-pair) at ./main.go:18:2
./main.go:18:20:   flow: {storage for ... argument} ← .autotmp_2:
./main.go:18:20:     from ... argument (slice-literal-element) at ./main.go:18:19
./main.go:18:20:   flow: {heap} ← {storage for ... argument}:
./main.go:18:20:     from ... argument (spill) at ./main.go:18:19
./main.go:18:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:19
./main.go:18:32: "hi" escapes to heap in main:
./main.go:18:32:   flow: .autotmp_3 ← &{storage for "hi"}:
./main.go:18:32:     from "hi" (spill) at ./main.go:18:32
./main.go:18:32:     from .autotmp_2, .autotmp_3 = "deferred", "hi" (assign-pair) at ./main.go:18:2
./main.go:18:32:   flow: {storage for ... argument} ← .autotmp_3:
./main.go:18:32:     from ... argument (slice-literal-element) at ./main.go:18:19
./main.go:18:32:   flow: {heap} ← {storage for ... argument}:
./main.go:18:32:     from ... argument (spill) at ./main.go:18:19
./main.go:18:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:19
./main.go:16:13: ... argument does not escape
./main.go:16:18: next() escapes to heap
./main.go:16:26: next() escapes to heap
./main.go:18:20: "deferred" escapes to heap
./main.go:18:32: "hi" escapes to heap
./main.go:18:19: ... argument does not escape
./main.go:19:2: func literal does not escape
./main.go:20:14: ... argument does not escape
./main.go:20:15: "hi" escapes to heap
