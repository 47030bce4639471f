./main.go:20:11: &node[go.shape.int,go.shape.string]{} escapes to heap in NewLRUCache[go.shape.int,go.shape.string]:
./main.go:20:11:   flow: {heap} ← &{storage for &node[go.shape.int,go.shape.string]{}}:
./main.go:20:11:     from &node[go.shape.int,go.shape.string]{} (spill) at ./main.go:20:11
./main.go:20:11:     from c.head = &node[go.shape.int,go.shape.string]{} (assign) at ./main.go:20:9
./main.go:21:11: &node[go.shape.int,go.shape.string]{} escapes to heap in NewLRUCache[go.shape.int,go.shape.string]:
./main.go:21:11:   flow: {heap} ← &{storage for &node[go.shape.int,go.shape.string]{}}:
./main.go:21:11:     from &node[go.shape.int,go.shape.string]{} (spill) at ./main.go:21:11
./main.go:21:11:     from c.tail = &node[go.shape.int,go.shape.string]{} (assign) at ./main.go:21:9
./main.go:19:45: make(map[go.shape.int]*node[go.shape.int,go.shape.string]) escapes to heap in NewLRUCache[go.shape.int,go.shape.string]:
./main.go:19:45:   flow: {storage for &LRUCache[go.shape.int,go.shape.string]{...}} ← &{storage for make(map[go.shape.int]*node[go.shape.int,go.shape.string])}:
./main.go:19:45:     from make(map[go.shape.int]*node[go.shape.int,go.shape.string]) (spill) at ./main.go:19:45
./main.go:19:45:     from LRUCache[go.shape.int,go.shape.string]{...} (struct literal element) at ./main.go:19:22
./main.go:19:45:   flow: c ← &{storage for &LRUCache[go.shape.int,go.shape.string]{...}}:
./main.go:19:45:     from &LRUCache[go.shape.int,go.shape.string]{...} (spill) at ./main.go:19:7
./main.go:19:45:     from c := &LRUCache[go.shape.int,go.shape.string]{...} (assign) at ./main.go:19:4
./main.go:19:45:   flow: {heap} ← *c:
./main.go:19:45:     from c.tail (dot of pointer) at ./main.go:22:30
./main.go:19:45:     from c.head.next, c.tail.prev = c.tail, c.head (assign-pair) at ./main.go:22:27
./main.go:19:7: &LRUCache[go.shape.int,go.shape.string]{...} escapes to heap in NewLRUCache[go.shape.int,go.shape.string]:
./main.go:19:7:   flow: c ← &{storage for &LRUCache[go.shape.int,go.shape.string]{...}}:
./main.go:19:7:     from &LRUCache[go.shape.int,go.shape.string]{...} (spill) at ./main.go:19:7
./main.go:19:7:     from c := &LRUCache[go.shape.int,go.shape.string]{...} (assign) at ./main.go:19:4
./main.go:19:7:   flow: ~r0 ← c:
./main.go:19:7:     from return c (return) at ./main.go:23:2
./main.go:19:7: &LRUCache[go.shape.int,go.shape.string]{...} escapes to heap
./main.go:19:45: make(map[go.shape.int]*node[go.shape.int,go.shape.string]) escapes to heap
./main.go:20:11: &node[go.shape.int,go.shape.string]{} escapes to heap
./main.go:21:11: &node[go.shape.int,go.shape.string]{} escapes to heap
./main.go:26:33: parameter n leaks to {heap} for (*LRUCache[go.shape.int,go.shape.string]).unlink with derefs=1:
./main.go:26:33:   flow: {heap} ← *n:
./main.go:26:33:     from n.next (dot of pointer) at ./main.go:27:30
./main.go:26:33:     from n.prev.next, n.next.prev = n.next, n.prev (assign-pair) at ./main.go:27:27
./main.go:30:7: parameter c leaks to {heap} for (*LRUCache[go.shape.int,go.shape.string]).pushFront with derefs=1:
./main.go:30:7:   flow: {heap} ← *c:
./main.go:30:7:     from c.head (dot of pointer) at ./main.go:31:33
./main.go:30:7:     from n.next, n.prev = c.head.next, c.head (assign-pair) at ./main.go:31:17
./main.go:30:36: parameter n leaks to {heap} for (*LRUCache[go.shape.int,go.shape.string]).pushFront with derefs=0:
./main.go:30:36:   flow: {heap} ← n:
./main.go:30:36:     from c.head.next.prev = n (assign) at ./main.go:32:19
./main.go:47:35: parameter v leaks to {heap} for (*LRUCache[go.shape.int,go.shape.string]).Put with derefs=0:
./main.go:47:35:   flow: {heap} ← v:
./main.go:47:35:     from n.val = v (assign) at ./main.go:49:9
./main.go:47:7: parameter c leaks to {heap} for (*LRUCache[go.shape.int,go.shape.string]).Put with derefs=1:
./main.go:47:7:   flow: {heap} ← *c:
./main.go:47:7:     from (*LRUCache[go.shape.int,go.shape.string]).pushFront(c, (*[18]uintptr)(.dict[1]), n) (call parameter) at ./main.go:51:14
./main.go:54:7: &node[go.shape.int,go.shape.string]{...} escapes to heap in (*LRUCache[go.shape.int,go.shape.string]).Put:
./main.go:54:7:   flow: n ← &{storage for &node[go.shape.int,go.shape.string]{...}}:
./main.go:54:7:     from &node[go.shape.int,go.shape.string]{...} (spill) at ./main.go:54:7
./main.go:54:7:     from n := &node[go.shape.int,go.shape.string]{...} (assign) at ./main.go:54:4
./main.go:54:7:   flow: {heap} ← n:
./main.go:54:7:     from c.m[k] = n (assign) at ./main.go:55:9
./main.go:47:35: parameter v leaks to {storage for &node[go.shape.int,go.shape.string]{...}} for (*LRUCache[go.shape.int,go.shape.string]).Put with derefs=0:
./main.go:47:35:   flow: {storage for &node[go.shape.int,go.shape.string]{...}} ← v:
./main.go:47:35:     from node[go.shape.int,go.shape.string]{...} (struct literal element) at ./main.go:54:18
./main.go:54:7: &node[go.shape.int,go.shape.string]{...} escapes to heap
./main.go:36:7: parameter c leaks to {heap} for (*LRUCache[go.shape.int,go.shape.string]).Get with derefs=1:
./main.go:36:7:   flow: {heap} ← *c:
./main.go:36:7:     from (*LRUCache[go.shape.int,go.shape.string]).pushFront(c, (*[18]uintptr)(.dict[0]), n) (call parameter) at ./main.go:43:13
./main.go:72:14: ok2 escapes to heap in main:
./main.go:72:14:   flow: {storage for ... argument} ← &{storage for ok2}:
./main.go:72:14:     from ok2 (spill) at ./main.go:72:14
./main.go:72:14:     from ... argument (slice-literal-element) at ./main.go:72:13
./main.go:72:14:   flow: {heap} ← {storage for ... argument}:
./main.go:72:14:     from ... argument (spill) at ./main.go:72:13
./main.go:72:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:72:13
./main.go:72:19: v1 escapes to heap in main:
./main.go:72:19:   flow: {storage for ... argument} ← &{storage for v1}:
./main.go:72:19:     from v1 (spill) at ./main.go:72:19
./main.go:72:19:     from ... argument (slice-literal-element) at ./main.go:72:13
./main.go:72:19:   flow: {heap} ← {storage for ... argument}:
./main.go:72:19:     from ... argument (spill) at ./main.go:72:13
./main.go:72:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:72:13
./main.go:72:23: ok1 escapes to heap in main:
./main.go:72:23:   flow: {storage for ... argument} ← &{storage for ok1}:
./main.go:72:23:     from ok1 (spill) at ./main.go:72:23
./main.go:72:23:     from ... argument (slice-literal-element) at ./main.go:72:13
./main.go:72:23:   flow: {heap} ← {storage for ... argument}:
./main.go:72:23:     from ... argument (spill) at ./main.go:72:13
./main.go:72:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:72:13
./main.go:72:13: ... argument does not escape
./main.go:72:14: ok2 escapes to heap
./main.go:72:19: v1 escapes to heap
./main.go:72:23: ok1 escapes to heap
./main.go:47:7: parameter c leaks to {heap} for (*LRUCache[int,string]).Put with derefs=1:
./main.go:47:7:   flow: {heap} ← *c:
./main.go:47:7:     from (*LRUCache[go.shape.int,go.shape.string]).Put(c, &.dict.LRUCache[int,string], k, v) (call parameter) at ./main.go:47:6
./main.go:47:35: parameter v leaks to {heap} for (*LRUCache[int,string]).Put with derefs=0:
./main.go:47:35:   flow: {heap} ← v:
./main.go:47:35:     from (*LRUCache[go.shape.int,go.shape.string]).Put(c, &.dict.LRUCache[int,string], k, v) (call parameter) at ./main.go:47:6
./main.go:36:7: parameter c leaks to {heap} for (*LRUCache[int,string]).Get with derefs=1:
./main.go:36:7:   flow: {heap} ← *c:
./main.go:36:7:     from (*LRUCache[go.shape.int,go.shape.string]).Get(c, &.dict.LRUCache[int,string], k) (call parameter) at ./main.go:36:6
./main.go:30:7: parameter c leaks to {heap} for (*LRUCache[int,string]).pushFront with derefs=1:
./main.go:30:7:   flow: {heap} ← *c:
./main.go:30:7:     from (*LRUCache[go.shape.int,go.shape.string]).pushFront(c, &.dict.LRUCache[int,string], n) (call parameter) at ./main.go:30:6
./main.go:30:36: parameter n leaks to {heap} for (*LRUCache[int,string]).pushFront with derefs=0:
./main.go:30:36:   flow: {heap} ← n:
./main.go:30:36:     from (*LRUCache[go.shape.int,go.shape.string]).pushFront(c, &.dict.LRUCache[int,string], n) (call parameter) at ./main.go:30:6
./main.go:26:33: parameter n leaks to {heap} for (*LRUCache[int,string]).unlink with derefs=1:
./main.go:26:33:   flow: {heap} ← *n:
./main.go:26:33:     from (*LRUCache[go.shape.int,go.shape.string]).unlink(c, &.dict.LRUCache[int,string], n) (call parameter) at ./main.go:26:6
