./main.go:12:6: func literal escapes to heap in main:
./main.go:12:6:   flow: {heap} ← &{storage for func literal}:
./main.go:12:6:     from func literal (spill) at ./main.go:12:6
./main.go:10:2: main capturing by value: done (addr=false assign=false width=8)
./main.go:14:14: "goroutines:" escapes to heap in main:
./main.go:14:14:   flow: {storage for ... argument} ← &{storage for "goroutines:"}:
./main.go:14:14:     from "goroutines:" (spill) at ./main.go:14:14
./main.go:14:14:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:14:   flow: {heap} ← {storage for ... argument}:
./main.go:14:14:     from ... argument (spill) at ./main.go:14:13
./main.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:14:49: runtime.NumGoroutine() escapes to heap in main:
./main.go:14:49:   flow: {storage for ... argument} ← &{storage for runtime.NumGoroutine()}:
./main.go:14:49:     from runtime.NumGoroutine() (spill) at ./main.go:14:49
./main.go:14:49:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:49:   flow: {heap} ← {storage for ... argument}:
./main.go:14:49:     from ... argument (spill) at ./main.go:14:13
./main.go:14:49:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:19:15: m.Alloc escapes to heap in main:
./main.go:19:15:   flow: {storage for ... argument} ← &{storage for m.Alloc}:
./main.go:19:15:     from m.Alloc (spill) at ./main.go:19:15
./main.go:19:15:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:15:   flow: {heap} ← {storage for ... argument}:
./main.go:19:15:     from ... argument (spill) at ./main.go:19:13
./main.go:19:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:19:24: m.NumGC escapes to heap in main:
./main.go:19:24:   flow: {storage for ... argument} ← &{storage for m.NumGC}:
./main.go:19:24:     from m.NumGC (spill) at ./main.go:19:24
./main.go:19:24:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:24:   flow: {heap} ← {storage for ... argument}:
./main.go:19:24:     from ... argument (spill) at ./main.go:19:13
./main.go:19:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:19:46: runtime.NumCPU() escapes to heap in main:
./main.go:19:46:   flow: {storage for ... argument} ← &{storage for runtime.NumCPU()}:
./main.go:19:46:     from runtime.NumCPU() (spill) at ./main.go:19:46
./main.go:19:46:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:46:   flow: {heap} ← {storage for ... argument}:
./main.go:19:46:     from ... argument (spill) at ./main.go:19:13
./main.go:19:46:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:12:6: func literal escapes to heap
./main.go:14:13: ... argument does not escape
./main.go:14:14: "goroutines:" escapes to heap
./main.go:14:49: runtime.NumGoroutine() escapes to heap
./main.go:19:13: ... argument does not escape
./main.go:19:15: m.Alloc escapes to heap
./main.go:19:24: m.NumGC escapes to heap
./main.go:19:46: runtime.NumCPU() escapes to heap
