./main.go:21:9: &LRU{...} escapes to heap in NewLRU:
./main.go:21:9:   flow: ~r0 ← &{storage for &LRU{...}}:
./main.go:21:9:     from &LRU{...} (spill) at ./main.go:21:9
./main.go:21:9:     from return &LRU{...} (return) at ./main.go:21:2
./main.go:21:56: make(map[string]*list.Element) escapes to heap in NewLRU:
./main.go:21:56:   flow: {storage for &LRU{...}} ← &{storage for make(map[string]*list.Element)}:
./main.go:21:56:     from make(map[string]*list.Element) (spill) at ./main.go:21:56
./main.go:21:56:     from LRU{...} (struct literal element) at ./main.go:21:13
./main.go:21:9: &LRU{...} escapes to heap
./main.go:21:56: make(map[string]*list.Element) escapes to heap
./main.go:24:7: parameter c leaks to {heap} for (*LRU).Get with derefs=1:
./main.go:24:7:   flow: {heap} ← *c:
./main.go:24:7:     from c.ll (dot of pointer) at ./main.go:26:4
./main.go:24:7:     from (*list.List).MoveToFront(c.ll, el) (call parameter) at ./main.go:26:19
./main.go:24:7: leaking param content: c
./main.go:24:19: key does not escape
./main.go:38:32: &entry{...} escapes to heap in (*LRU).Put:
./main.go:38:32:   flow: {heap} ← &{storage for &entry{...}}:
./main.go:38:32:     from &entry{...} (spill) at ./main.go:38:32
./main.go:38:32:     from &entry{...} (interface-converted) at ./main.go:38:32
./main.go:38:32:     from (*list.List).PushFront(c.ll, &entry{...}) (call parameter) at ./main.go:38:31
./main.go:32:31: parameter value leaks to {heap} for (*LRU).Put with derefs=0:
./main.go:32:31:   flow: {heap} ← value:
./main.go:32:31:     from el.Value.(*entry).value = value (assign) at ./main.go:34:27
./main.go:32:7: parameter c leaks to {heap} for (*LRU).Put with derefs=1:
./main.go:32:7:   flow: {heap} ← *c:
./main.go:32:7:     from c.ll (dot of pointer) at ./main.go:35:4
./main.go:32:7:     from (*list.List).MoveToFront(c.ll, el) (call parameter) at ./main.go:35:19
./main.go:32:19: parameter key leaks to {heap} for (*LRU).Put with derefs=0:
./main.go:32:19:   flow: {heap} ← key:
./main.go:32:19:     from c.items[key] (key of map put) at ./main.go:38:9
./main.go:32:19: parameter key leaks to {storage for &entry{...}} for (*LRU).Put with derefs=0:
./main.go:32:19:   flow: {storage for &entry{...}} ← key:
./main.go:32:19:     from entry{...} (struct literal element) at ./main.go:38:38
./main.go:32:31: parameter value leaks to {storage for &entry{...}} for (*LRU).Put with derefs=0:
./main.go:32:31:   flow: {storage for &entry{...}} ← value:
./main.go:32:31:     from entry{...} (struct literal element) at ./main.go:38:38
./main.go:32:7: leaking param content: c
./main.go:32:19: leaking param: key
./main.go:32:31: leaking param: value
./main.go:38:32: &entry{...} escapes to heap
./main.go:48:20: ([]byte)("1") escapes to heap in main:
./main.go:48:20:   flow: {heap} ← &{storage for ([]byte)("1")}:
./main.go:48:20:     from ([]byte)("1") (spill) at ./main.go:48:20
./main.go:48:20:     from (*LRU).Put(c, "a", ([]byte)("1")) (call parameter) at ./main.go:48:7
./main.go:49:20: ([]byte)("2") escapes to heap in main:
./main.go:49:20:   flow: {heap} ← &{storage for ([]byte)("2")}:
./main.go:49:20:     from ([]byte)("2") (spill) at ./main.go:49:20
./main.go:49:20:     from (*LRU).Put(c, "b", ([]byte)("2")) (call parameter) at ./main.go:49:7
./main.go:51:20: ([]byte)("3") escapes to heap in main:
./main.go:51:20:   flow: {heap} ← &{storage for ([]byte)("3")}:
./main.go:51:20:     from ([]byte)("3") (spill) at ./main.go:51:20
./main.go:51:20:     from (*LRU).Put(c, "c", ([]byte)("3")) (call parameter) at ./main.go:51:7
./main.go:54:14: okB escapes to heap in main:
./main.go:54:14:   flow: {storage for ... argument} ← &{storage for okB}:
./main.go:54:14:     from okB (spill) at ./main.go:54:14
./main.go:54:14:     from ... argument (slice-literal-element) at ./main.go:54:13
./main.go:54:14:   flow: {heap} ← {storage for ... argument}:
./main.go:54:14:     from ... argument (spill) at ./main.go:54:13
./main.go:54:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:54:13
./main.go:54:19: okA escapes to heap in main:
./main.go:54:19:   flow: {storage for ... argument} ← &{storage for okA}:
./main.go:54:19:     from okA (spill) at ./main.go:54:19
./main.go:54:19:     from ... argument (slice-literal-element) at ./main.go:54:13
./main.go:54:19:   flow: {heap} ← {storage for ... argument}:
./main.go:54:19:     from ... argument (spill) at ./main.go:54:13
./main.go:54:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:54:13
./main.go:54:30: string(v) escapes to heap in main:
./main.go:54:30:   flow: {storage for ... argument} ← &{storage for string(v)}:
./main.go:54:30:     from string(v) (spill) at ./main.go:54:30
./main.go:54:30:     from ... argument (slice-literal-element) at ./main.go:54:13
./main.go:54:30:   flow: {heap} ← {storage for ... argument}:
./main.go:54:30:     from ... argument (spill) at ./main.go:54:13
./main.go:54:30:     from fmt.Println(... argument...) (call parameter) at ./main.go:54:13
./main.go:54:43: (*list.List).Len(c.ll) escapes to heap in main:
./main.go:54:43:   flow: {storage for ... argument} ← &{storage for (*list.List).Len(c.ll)}:
./main.go:54:43:     from (*list.List).Len(c.ll) (spill) at ./main.go:54:43
./main.go:54:43:     from ... argument (slice-literal-element) at ./main.go:54:13
./main.go:54:43:   flow: {heap} ← {storage for ... argument}:
./main.go:54:43:     from ... argument (spill) at ./main.go:54:13
./main.go:54:43:     from fmt.Println(... argument...) (call parameter) at ./main.go:54:13
./main.go:54:31: string(v) escapes to heap in main:
./main.go:54:31:   flow: {storage for string(v)} ← &{storage for string(v)}:
./main.go:54:31:     from string(v) (spill) at ./main.go:54:31
./main.go:54:31:     from string(v) (interface-converted) at ./main.go:54:30
./main.go:48:20: ([]byte)("1") escapes to heap
./main.go:49:20: ([]byte)("2") escapes to heap
./main.go:51:20: ([]byte)("3") escapes to heap
./main.go:54:13: ... argument does not escape
./main.go:54:14: okB escapes to heap
./main.go:54:19: okA escapes to heap
./main.go:54:30: string(v) escapes to heap
./main.go:54:31: string(v) escapes to heap
./main.go:54:43: (*list.List).Len(c.ll) escapes to heap
