./main.go:17:7: pq does not escape
./main.go:18:7: pq does not escape
./main.go:22:15: PriorityQueue.Swap ignoring self-assignment in pq[i], pq[j] = pq[j], pq[i]
./main.go:22:15: PriorityQueue.Swap ignoring self-assignment in pq[i], pq[j] = pq[j], pq[i]
./main.go:21:7: pq does not escape
./main.go:30:14: append(*pq, item) escapes to heap in (*PriorityQueue).Push:
./main.go:30:14:   flow: {heap} ← &{storage for append(*pq, item)}:
./main.go:30:14:     from append(*pq, item) (spill) at ./main.go:30:14
./main.go:30:14:     from *pq = append(*pq, item) (assign) at ./main.go:30:6
./main.go:27:7: parameter pq leaks to {heap} for (*PriorityQueue).Push with derefs=1:
./main.go:27:7:   flow: {temp} ← *pq:
./main.go:27:7:     from *pq (indirection) at ./main.go:30:15
./main.go:27:7:     from append(*pq, item) (call parameter) at ./main.go:30:14
./main.go:27:7:   flow: {temp} ← {temp}:
./main.go:27:7:   flow: {heap} ← {temp}:
./main.go:27:7:     from *pq = append(*pq, item) (assign) at ./main.go:30:6
./main.go:27:31: parameter x leaks to {heap} for (*PriorityQueue).Push with derefs=0:
./main.go:27:31:   flow: item ← x:
./main.go:27:31:     from x.(*Item) (dot) at ./main.go:28:11
./main.go:27:31:     from item := x.(*Item) (assign) at ./main.go:28:7
./main.go:27:31:   flow: {heap} ← item:
./main.go:27:31:     from append(*pq, item) (call parameter) at ./main.go:30:14
./main.go:27:7: leaking param content: pq
./main.go:27:31: leaking param: x
./main.go:30:14: append escapes to heap
./main.go:33:7: parameter pq leaks to {heap} for (*PriorityQueue).Pop with derefs=1:
./main.go:33:7:   flow: old ← *pq:
./main.go:33:7:     from *pq (indirection) at ./main.go:34:9
./main.go:33:7:     from old := *pq (assign) at ./main.go:34:6
./main.go:33:7:   flow: {heap} ← old:
./main.go:33:7:     from old[:n - 1] (slice) at ./main.go:39:11
./main.go:33:7:     from *pq = old[:n - 1] (assign) at ./main.go:39:6
./main.go:33:7: parameter pq leaks to ~r0 for (*PriorityQueue).Pop with derefs=2:
./main.go:33:7:   flow: old ← *pq:
./main.go:33:7:     from *pq (indirection) at ./main.go:34:9
./main.go:33:7:     from old := *pq (assign) at ./main.go:34:6
./main.go:33:7:   flow: item ← *old:
./main.go:33:7:     from old[n - 1] (dot of pointer) at ./main.go:36:13
./main.go:33:7:     from item := old[n - 1] (assign) at ./main.go:36:7
./main.go:33:7:   flow: ~r0 ← item:
./main.go:33:7:     from item (interface-converted) at ./main.go:40:9
./main.go:33:7:     from return item (return) at ./main.go:40:2
./main.go:33:7: leaking param content: pq
./main.go:43:7: parameter pq leaks to {heap} for (*PriorityQueue).update with derefs=0:
./main.go:43:7:   flow: {heap} ← pq:
./main.go:43:7:     from pq (interface-converted) at ./main.go:45:11
./main.go:43:7:     from heap.Fix(pq, item.index) (call parameter) at ./main.go:45:10
./main.go:43:7: leaking param: pq
./main.go:43:33: item does not escape
./main.go:52:19: &Item{...} escapes to heap in main:
./main.go:52:19:   flow: {heap} ← &{storage for &Item{...}}:
./main.go:52:19:     from &Item{...} (spill) at ./main.go:52:19
./main.go:52:19:     from append(pq, &Item{...}) (call parameter) at ./main.go:52:14
./main.go:50:2: pq escapes to heap in main:
./main.go:50:2:   flow: {heap} ← &pq:
./main.go:50:2:     from &pq (address-of) at ./main.go:54:12
./main.go:50:2:     from &pq (interface-converted) at ./main.go:54:12
./main.go:50:2:     from heap.Init(&pq) (call parameter) at ./main.go:54:11
./main.go:50:2: pq escapes to heap in main:
./main.go:50:2:   flow: {heap} ← &pq:
./main.go:50:2:     from &pq (address-of) at ./main.go:56:12
./main.go:50:2:     from &pq (interface-converted) at ./main.go:56:12
./main.go:50:2:     from heap.Push(&pq, orange) (call parameter) at ./main.go:56:11
./main.go:50:2: pq escapes to heap in main:
./main.go:50:2:   flow: {heap} ← &pq:
./main.go:50:2:     from pq (address-of) at ./main.go:57:4
./main.go:50:2:     from (*PriorityQueue).update(pq, orange, 5) (call parameter) at ./main.go:57:11
./main.go:50:2: pq escapes to heap in main:
./main.go:50:2:   flow: {heap} ← &pq:
./main.go:50:2:     from &pq (address-of) at ./main.go:59:18
./main.go:50:2:     from &pq (interface-converted) at ./main.go:59:18
./main.go:50:2:     from heap.Pop(&pq) (call parameter) at ./main.go:59:17
./main.go:55:12: &Item{...} escapes to heap in main:
./main.go:55:12:   flow: orange ← &{storage for &Item{...}}:
./main.go:55:12:     from &Item{...} (spill) at ./main.go:55:12
./main.go:55:12:     from orange := &Item{...} (assign) at ./main.go:55:9
./main.go:55:12:   flow: {heap} ← orange:
./main.go:55:12:     from orange (interface-converted) at ./main.go:56:17
./main.go:55:12:     from heap.Push(&pq, orange) (call parameter) at ./main.go:56:11
./main.go:60:28: it.priority escapes to heap in main:
./main.go:60:28:   flow: {storage for ... argument} ← &{storage for it.priority}:
./main.go:60:28:     from it.priority (spill) at ./main.go:60:28
./main.go:60:28:     from ... argument (slice-literal-element) at ./main.go:60:13
./main.go:60:28:   flow: {heap} ← {storage for ... argument}:
./main.go:60:28:     from ... argument (spill) at ./main.go:60:13
./main.go:60:28:     from fmt.Printf("%.2d:%s ", ... argument...) (call parameter) at ./main.go:60:13
./main.go:60:41: it.value escapes to heap in main:
./main.go:60:41:   flow: {storage for ... argument} ← &{storage for it.value}:
./main.go:60:41:     from it.value (spill) at ./main.go:60:41
./main.go:60:41:     from ... argument (slice-literal-element) at ./main.go:60:13
./main.go:60:41:   flow: {heap} ← {storage for ... argument}:
./main.go:60:41:     from ... argument (spill) at ./main.go:60:13
./main.go:60:41:     from fmt.Printf("%.2d:%s ", ... argument...) (call parameter) at ./main.go:60:13
./main.go:50:12: make(PriorityQueue, 0, len(items)) escapes to heap in main:
./main.go:50:12:   flow: pq ← &{storage for make(PriorityQueue, 0, len(items))}:
./main.go:50:12:     from make(PriorityQueue, 0, len(items)) (spill) at ./main.go:50:12
./main.go:50:12:     from pq := make(PriorityQueue, 0, len(items)) (assign) at ./main.go:50:5
./main.go:52:14: append(pq, &Item{...}) escapes to heap in main:
./main.go:52:14:   flow: pq ← &{storage for append(pq, &Item{...})}:
./main.go:52:14:     from append(pq, &Item{...}) (spill) at ./main.go:52:14
./main.go:52:14:     from pq = append(pq, &Item{...}) (assign) at ./main.go:52:6
./main.go:50:2: moved to heap: pq
./main.go:49:25: map[string]int{...} does not escape
./main.go:50:12: make(PriorityQueue, 0, len(items)) escapes to heap
./main.go:52:19: &Item{...} escapes to heap
./main.go:52:14: append escapes to heap
./main.go:55:12: &Item{...} escapes to heap
./main.go:60:13: ... argument does not escape
./main.go:60:28: it.priority escapes to heap
./main.go:60:41: it.value escapes to heap
<autogenerated>:1: parameter p leaks to {heap} for .eq.SM16 with derefs=1:
<autogenerated>:1:   flow: {heap} ← *p:
<autogenerated>:1:     from unsafe.Add(p, uintptr(0)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(p, uintptr(0))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(0))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(0))), *(*uintptr)(unsafe.Add(p, uintptr(8)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter q leaks to {heap} for .eq.SM16 with derefs=1:
<autogenerated>:1:   flow: {heap} ← *q:
<autogenerated>:1:     from unsafe.Add(q, uintptr(0)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(q, uintptr(0))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(0))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(0))), *(*uintptr)(unsafe.Add(p, uintptr(8)))) (call parameter) at <autogenerated>:1
