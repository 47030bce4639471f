./main.go:7:2: i escapes to heap in initValue:
./main.go:7:2:   flow: ~r0 ← &i:
./main.go:7:2:     from &i (address-of) at ./main.go:8:9
./main.go:7:2:     from return &i (return) at ./main.go:8:2
./main.go:7:2: moved to heap: i
./main.go:19:14: *p escapes to heap in main:
./main.go:19:14:   flow: {storage for ... argument} ← &{storage for *p}:
./main.go:19:14:     from *p (spill) at ./main.go:19:14
./main.go:19:14:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:14:   flow: {heap} ← {storage for ... argument}:
./main.go:19:14:     from ... argument (spill) at ./main.go:19:13
./main.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:20:24: *p escapes to heap in main:
./main.go:20:24:   flow: {storage for ... argument} ← &{storage for *p}:
./main.go:20:24:     from *p (spill) at ./main.go:20:24
./main.go:20:24:     from ... argument (slice-literal-element) at ./main.go:20:12
./main.go:20:24:   flow: {heap} ← {storage for ... argument}:
./main.go:20:24:     from ... argument (spill) at ./main.go:20:12
./main.go:20:24:     from fmt.Printf("%d %p\n", ... argument...) (call parameter) at ./main.go:20:12
./main.go:21:23: initLocal() escapes to heap in main:
./main.go:21:23:   flow: {storage for ... argument} ← &{storage for initLocal()}:
./main.go:21:23:     from initLocal() (spill) at ./main.go:21:23
./main.go:21:23:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:23:   flow: {heap} ← {storage for ... argument}:
./main.go:21:23:     from ... argument (spill) at ./main.go:21:13
./main.go:21:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:19:13: ... argument does not escape
./main.go:19:14: *p escapes to heap
./main.go:20:12: ... argument does not escape
./main.go:20:24: *p escapes to heap
./main.go:21:13: ... argument does not escape
./main.go:21:23: initLocal() escapes to heap
