./main.go:16:12: (*Cache).Get capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:14:7: parameter c leaks to {heap} for (*Cache).Get with derefs=0:
./main.go:14:7:   flow: {heap} ← c:
./main.go:14:7:     from c.mu (dot of pointer) at ./main.go:15:3
./main.go:14:7:     from c.mu (address-of) at ./main.go:15:6
./main.go:14:7:     from (*sync.RWMutex).RLock(c.mu) (call parameter) at ./main.go:15:12
./main.go:14:7: leaking param: c
./main.go:14:21: k does not escape
./main.go:21:7: parameter c leaks to {heap} for (*Cache).Set with derefs=0:
./main.go:21:7:   flow: {heap} ← c:
./main.go:21:7:     from c.mu (dot of pointer) at ./main.go:22:3
./main.go:21:7:     from c.mu (address-of) at ./main.go:22:6
./main.go:21:7:     from (*sync.RWMutex).Lock(c.mu) (call parameter) at ./main.go:22:11
./main.go:21:21: parameter k leaks to {heap} for (*Cache).Set with derefs=0:
./main.go:21:21:   flow: {heap} ← k:
./main.go:21:21:     from c.data[k] (key of map put) at ./main.go:23:8
./main.go:21:24: parameter v leaks to {heap} for (*Cache).Set with derefs=0:
./main.go:21:24:   flow: {heap} ← v:
./main.go:21:24:     from c.data[k] = v (assign) at ./main.go:23:12
./main.go:21:7: leaking param: c
./main.go:21:21: leaking param: k
./main.go:21:24: leaking param: v
./main.go:28:7: &Cache{...} escapes to heap in main:
./main.go:28:7:   flow: c ← &{storage for &Cache{...}}:
./main.go:28:7:     from &Cache{...} (spill) at ./main.go:28:7
./main.go:28:7:     from c := &Cache{...} (assign) at ./main.go:28:4
./main.go:28:7:   flow: {heap} ← c:
./main.go:28:7:     from (*Cache).Set(c, "a", "1") (call parameter) at ./main.go:29:7
./main.go:31:14: v escapes to heap in main:
./main.go:31:14:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:31:14:     from v (spill) at ./main.go:31:14
./main.go:31:14:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:14:   flow: {heap} ← {storage for ... argument}:
./main.go:31:14:     from ... argument (spill) at ./main.go:31:13
./main.go:31:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:28:37: map[string]string{} escapes to heap in main:
./main.go:28:37:   flow: {storage for &Cache{...}} ← &{storage for map[string]string{}}:
./main.go:28:37:     from map[string]string{} (spill) at ./main.go:28:37
./main.go:28:37:     from Cache{...} (struct literal element) at ./main.go:28:13
./main.go:28:7: &Cache{...} escapes to heap
./main.go:28:37: map[string]string{} escapes to heap
./main.go:31:13: ... argument does not escape
./main.go:31:14: v escapes to heap
