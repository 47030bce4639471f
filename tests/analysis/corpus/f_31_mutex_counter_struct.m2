./main.go:16:12: (*Counter).Inc capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:14:7: parameter c leaks to {heap} for (*Counter).Inc with derefs=0:
./main.go:14:7:   flow: {heap} ← c:
./main.go:14:7:     from c.mu (dot of pointer) at ./main.go:15:3
./main.go:14:7:     from c.mu (address-of) at ./main.go:15:6
./main.go:14:7:     from (*sync.Mutex).Lock(c.mu) (call parameter) at ./main.go:15:11
./main.go:14:23: parameter k leaks to {heap} for (*Counter).Inc with derefs=0:
./main.go:14:23:   flow: {heap} ← k:
./main.go:14:23:     from c.n[k] (key of map put) at ./main.go:17:5
./main.go:14:7: leaking param: c
./main.go:14:23: leaking param: k
./main.go:22:6: wg escapes to heap in main:
./main.go:22:6:   flow: {heap} ← &wg:
./main.go:22:6:     from wg (address-of) at ./main.go:24:5
./main.go:22:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:24:9
./main.go:25:6: func literal escapes to heap in main:
./main.go:25:6:   flow: {heap} ← &{storage for func literal}:
./main.go:25:6:     from func literal (spill) at ./main.go:25:6
./main.go:21:2: c escapes to heap in main:
./main.go:21:2:   flow: {heap} ← &c:
./main.go:21:2:     from c (address-of) at ./main.go:27:5
./main.go:21:2:     from (*Counter).Inc(c, "k") (call parameter) at ./main.go:27:9
./main.go:22:6: wg escapes to heap in main:
./main.go:22:6:   flow: {heap} ← &wg:
./main.go:22:6:     from wg (address-of) at ./main.go:30:4
./main.go:22:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:30:9
./main.go:22:6: main capturing by ref: wg (addr=true assign=false width=16)
./main.go:22:6: wg escapes to heap in main:
./main.go:22:6:   flow: {storage for func literal} ← &wg:
./main.go:22:6:     from wg (captured by a closure) at ./main.go:26:10
./main.go:22:6:     from wg (reference) at ./main.go:26:10
./main.go:21:2: main capturing by ref: c (addr=true assign=false width=16)
./main.go:21:2: c escapes to heap in main:
./main.go:21:2:   flow: {storage for func literal} ← &c:
./main.go:21:2:     from c (captured by a closure) at ./main.go:27:4
./main.go:21:2:     from c (reference) at ./main.go:27:4
./main.go:26:12: main.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./main.go:31:17: c.n["k"] escapes to heap in main:
./main.go:31:17:   flow: {storage for ... argument} ← &{storage for c.n["k"]}:
./main.go:31:17:     from c.n["k"] (spill) at ./main.go:31:17
./main.go:31:17:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:17:   flow: {heap} ← {storage for ... argument}:
./main.go:31:17:     from ... argument (spill) at ./main.go:31:13
./main.go:31:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:21:22: make(map[string]int) escapes to heap in main:
./main.go:21:22:   flow: c ← &{storage for make(map[string]int)}:
./main.go:21:22:     from make(map[string]int) (spill) at ./main.go:21:22
./main.go:21:22:     from Counter{...} (struct literal element) at ./main.go:21:14
./main.go:21:22:     from c := Counter{...} (assign) at ./main.go:21:4
./main.go:21:2: moved to heap: c
./main.go:22:6: moved to heap: wg
./main.go:21:22: make(map[string]int) escapes to heap
./main.go:25:6: func literal escapes to heap
./main.go:31:13: ... argument does not escape
./main.go:31:17: c.n["k"] escapes to heap
