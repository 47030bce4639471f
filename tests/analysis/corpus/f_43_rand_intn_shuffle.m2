./main.go:10:13: make([]int, n) escapes to heap in roll:
./main.go:10:13:   flow: out ← &{storage for make([]int, n)}:
./main.go:10:13:     from make([]int, n) (spill) at ./main.go:10:13
./main.go:10:13:     from out := make([]int, n) (assign) at ./main.go:10:6
./main.go:10:13:   flow: ~r0 ← out:
./main.go:10:13:     from return out (return) at ./main.go:14:2
./main.go:10:13: make([]int, n) escapes to heap
./main.go:22:14: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./main.go:22:14: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./main.go:20:2: main capturing by value: s (addr=false assign=false width=24)
./main.go:19:14: r escapes to heap in main:
./main.go:19:14:   flow: {storage for ... argument} ← &{storage for r}:
./main.go:19:14:     from r (spill) at ./main.go:19:14
./main.go:19:14:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:14:   flow: {heap} ← {storage for ... argument}:
./main.go:19:14:     from ... argument (spill) at ./main.go:19:13
./main.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:24:14: s escapes to heap in main:
./main.go:24:14:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:24:14:     from s (spill) at ./main.go:24:14
./main.go:24:14:     from ... argument (slice-literal-element) at ./main.go:24:13
./main.go:24:14:   flow: {heap} ← {storage for ... argument}:
./main.go:24:14:     from ... argument (spill) at ./main.go:24:13
./main.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:24:13
./main.go:24:32: rand.Float64() < 2 escapes to heap in main:
./main.go:24:32:   flow: {storage for ... argument} ← &{storage for rand.Float64() < 2}:
./main.go:24:32:     from rand.Float64() < 2 (spill) at ./main.go:24:32
./main.go:24:32:     from ... argument (slice-literal-element) at ./main.go:24:13
./main.go:24:32:   flow: {heap} ← {storage for ... argument}:
./main.go:24:32:     from ... argument (spill) at ./main.go:24:13
./main.go:24:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:24:13
./main.go:20:15: []string{...} escapes to heap in main:
./main.go:20:15:   flow: s ← &{storage for []string{...}}:
./main.go:20:15:     from []string{...} (spill) at ./main.go:20:15
./main.go:20:15:     from s := []string{...} (assign) at ./main.go:20:4
./main.go:20:15:   flow: {storage for s} ← s:
./main.go:20:15:     from s (interface-converted) at ./main.go:24:14
./main.go:19:13: ... argument does not escape
./main.go:19:14: r escapes to heap
./main.go:20:15: []string{...} escapes to heap
./main.go:21:23: func literal does not escape
./main.go:24:13: ... argument does not escape
./main.go:24:14: s escapes to heap
./main.go:24:32: rand.Float64() < 2 escapes to heap
