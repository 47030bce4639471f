./main.go:21:12: &DB{...} escapes to heap in GetDB.func1:
./main.go:21:12:   flow: {heap} ← &{storage for &DB{...}}:
./main.go:21:12:     from &DB{...} (spill) at ./main.go:21:12
./main.go:21:12:     from dbInst = &DB{...} (assign) at ./main.go:21:10
./main.go:21:12: &DB{...} escapes to heap
./main.go:20:12: func literal does not escape
./main.go:31:7: parameter c leaks to {heap} for (*Counter).Inc with derefs=0:
./main.go:31:7:   flow: {heap} ← c:
./main.go:31:7:     from c.mu (dot of pointer) at ./main.go:32:3
./main.go:31:7:     from c.mu (address-of) at ./main.go:32:6
./main.go:31:7:     from (*sync.Mutex).Lock(c.mu) (call parameter) at ./main.go:32:11
./main.go:31:23: parameter key leaks to {heap} for (*Counter).Inc with derefs=0:
./main.go:31:23:   flow: {heap} ← key:
./main.go:31:23:     from c.m[key] (key of map put) at ./main.go:33:5
./main.go:31:7: leaking param: c
./main.go:31:23: leaking param: key
./main.go:38:6: wg escapes to heap in main:
./main.go:38:6:   flow: {heap} ← &wg:
./main.go:38:6:     from wg (address-of) at ./main.go:41:5
./main.go:38:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:41:9
./main.go:42:6: func literal escapes to heap in main:
./main.go:42:6:   flow: {heap} ← &{storage for func literal}:
./main.go:42:6:     from func literal (spill) at ./main.go:42:6
./main.go:39:2: c escapes to heap in main:
./main.go:39:2:   flow: {heap} ← &c:
./main.go:39:2:     from c (address-of) at ./main.go:45:5
./main.go:39:2:     from (*Counter).Inc(c, db.dsn) (call parameter) at ./main.go:45:9
./main.go:38:6: wg escapes to heap in main:
./main.go:38:6:   flow: {heap} ← &wg:
./main.go:38:6:     from wg (address-of) at ./main.go:48:4
./main.go:38:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:48:9
./main.go:38:6: main capturing by ref: wg (addr=true assign=false width=16)
./main.go:38:6: wg escapes to heap in main:
./main.go:38:6:   flow: {storage for func literal} ← &wg:
./main.go:38:6:     from wg (captured by a closure) at ./main.go:43:10
./main.go:38:6:     from wg (reference) at ./main.go:43:10
./main.go:39:2: main capturing by ref: c (addr=true assign=false width=16)
./main.go:39:2: c escapes to heap in main:
./main.go:39:2:   flow: {storage for func literal} ← &c:
./main.go:39:2:     from c (captured by a closure) at ./main.go:45:4
./main.go:39:2:     from c (reference) at ./main.go:45:4
./main.go:43:12: main.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./main.go:49:26: GetDB().conns escapes to heap in main:
./main.go:49:26:   flow: {storage for ... argument} ← &{storage for GetDB().conns}:
./main.go:49:26:     from GetDB().conns (spill) at ./main.go:49:26
./main.go:49:26:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:26:   flow: {heap} ← {storage for ... argument}:
./main.go:49:26:     from ... argument (spill) at ./main.go:49:13
./main.go:49:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:39:32: map[string]int{} escapes to heap in main:
./main.go:39:32:   flow: c ← &{storage for map[string]int{}}:
./main.go:39:32:     from map[string]int{} (spill) at ./main.go:39:32
./main.go:39:32:     from Counter{...} (struct literal element) at ./main.go:39:14
./main.go:39:32:     from c := Counter{...} (assign) at ./main.go:39:4
./main.go:38:6: moved to heap: wg
./main.go:39:2: moved to heap: c
./main.go:39:32: map[string]int{} escapes to heap
./main.go:42:6: func literal escapes to heap
./main.go:49:13: ... argument does not escape
./main.go:49:26: GetDB().conns escapes to heap
