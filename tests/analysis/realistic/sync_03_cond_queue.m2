./main.go:17:7: &BlockingQueue[go.shape.string]{...} escapes to heap in NewBlockingQueue[go.shape.string]:
./main.go:17:7:   flow: q ← &{storage for &BlockingQueue[go.shape.string]{...}}:
./main.go:17:7:     from &BlockingQueue[go.shape.string]{...} (spill) at ./main.go:17:7
./main.go:17:7:     from q := &BlockingQueue[go.shape.string]{...} (assign) at ./main.go:17:4
./main.go:17:7:   flow: {heap} ← q:
./main.go:17:7:     from q.mu (dot of pointer) at ./main.go:18:26
./main.go:17:7:     from &q.mu (address-of) at ./main.go:18:24
./main.go:17:7:     from &q.mu (interface-converted) at ./main.go:18:24
./main.go:17:7:     from sync.NewCond(&q.mu) (call parameter) at ./main.go:18:23
./main.go:17:7: &BlockingQueue[go.shape.string]{...} escapes to heap
./main.go:39:10: (*BlockingQueue[go.shape.string]).Take ignoring self-assignment in q.items = q.items[1:]
./main.go:34:12: (*BlockingQueue[go.shape.string]).Take capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:32:7: parameter q leaks to {heap} for (*BlockingQueue[go.shape.string]).Take with derefs=0:
./main.go:32:7:   flow: {heap} ← q:
./main.go:32:7:     from q.mu (dot of pointer) at ./main.go:33:3
./main.go:32:7:     from q.mu (address-of) at ./main.go:33:6
./main.go:32:7:     from (*sync.Mutex).Lock(q.mu) (call parameter) at ./main.go:33:11
./main.go:32:7: parameter q leaks to ~r0 for (*BlockingQueue[go.shape.string]).Take with derefs=2:
./main.go:32:7:   flow: v ← **q:
./main.go:32:7:     from q.items (dot of pointer) at ./main.go:38:8
./main.go:32:7:     from q.items[0] (dot of pointer) at ./main.go:38:14
./main.go:32:7:     from v := q.items[0] (assign) at ./main.go:38:4
./main.go:32:7:   flow: ~r0 ← v:
./main.go:32:7:     from return v (return) at ./main.go:41:2
./main.go:27:18: append(q.items, v) escapes to heap in (*BlockingQueue[go.shape.string]).Put:
./main.go:27:18:   flow: {heap} ← &{storage for append(q.items, v)}:
./main.go:27:18:     from append(q.items, v) (spill) at ./main.go:27:18
./main.go:27:18:     from q.items = append(q.items, v) (assign) at ./main.go:27:10
./main.go:22:7: parameter q leaks to {heap} for (*BlockingQueue[go.shape.string]).Put with derefs=0:
./main.go:22:7:   flow: {heap} ← q:
./main.go:22:7:     from q.mu (dot of pointer) at ./main.go:23:3
./main.go:22:7:     from q.mu (address-of) at ./main.go:23:6
./main.go:22:7:     from (*sync.Mutex).Lock(q.mu) (call parameter) at ./main.go:23:11
./main.go:22:32: parameter v leaks to {heap} for (*BlockingQueue[go.shape.string]).Put with derefs=0:
./main.go:22:32:   flow: {heap} ← v:
./main.go:22:32:     from append(q.items, v) (call parameter) at ./main.go:27:18
./main.go:27:18: append escapes to heap
./main.go:47:5: func literal escapes to heap in main:
./main.go:47:5:   flow: {heap} ← &{storage for func literal}:
./main.go:47:5:     from func literal (spill) at ./main.go:47:5
./main.go:45:2: main capturing by value: q (addr=false assign=false width=8)
./main.go:46:2: main capturing by value: done (addr=false assign=false width=8)
./main.go:57:14: <-done escapes to heap in main:
./main.go:57:14:   flow: {storage for ... argument} ← &{storage for <-done}:
./main.go:57:14:     from <-done (spill) at ./main.go:57:14
./main.go:57:14:     from ... argument (slice-literal-element) at ./main.go:57:13
./main.go:57:14:   flow: {heap} ← {storage for ... argument}:
./main.go:57:14:     from ... argument (spill) at ./main.go:57:13
./main.go:57:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:57:13
./main.go:47:5: func literal escapes to heap
./main.go:54:28: []string{...} does not escape
./main.go:57:13: ... argument does not escape
./main.go:57:14: <-done escapes to heap
./main.go:32:7: parameter q leaks to {heap} for (*BlockingQueue[string]).Take with derefs=0:
./main.go:32:7:   flow: {heap} ← q:
./main.go:32:7:     from (*BlockingQueue[go.shape.string]).Take(q, &.dict.BlockingQueue[string]) (call parameter) at ./main.go:32:6
./main.go:22:7: parameter q leaks to {heap} for (*BlockingQueue[string]).Put with derefs=0:
./main.go:22:7:   flow: {heap} ← q:
./main.go:22:7:     from (*BlockingQueue[go.shape.string]).Put(q, &.dict.BlockingQueue[string], v) (call parameter) at ./main.go:22:6
./main.go:22:32: parameter v leaks to {heap} for (*BlockingQueue[string]).Put with derefs=0:
./main.go:22:32:   flow: {heap} ← v:
./main.go:22:32:     from (*BlockingQueue[go.shape.string]).Put(q, &.dict.BlockingQueue[string], v) (call parameter) at ./main.go:22:6
