./main.go:24:7: h does not escape
./main.go:25:7: h does not escape
./main.go:26:51: minHeap.Swap ignoring self-assignment in h[i], h[j] = h[j], h[i]
./main.go:26:51: minHeap.Swap ignoring self-assignment in h[i], h[j] = h[j], h[i]
./main.go:26:7: h does not escape
./main.go:27:51: append(*h, x.(node)) escapes to heap in (*minHeap).Push:
./main.go:27:51:   flow: {heap} ← &{storage for append(*h, x.(node))}:
./main.go:27:51:     from append(*h, x.(node)) (spill) at ./main.go:27:51
./main.go:27:51:     from *h = append(*h, x.(node)) (assign) at ./main.go:27:43
./main.go:27:24: parameter x leaks to {heap} for (*minHeap).Push with derefs=1:
./main.go:27:24:   flow: {heap} ← *x:
./main.go:27:24:     from x.(node) (dot) at ./main.go:27:57
./main.go:27:24:     from append(*h, x.(node)) (call parameter) at ./main.go:27:51
./main.go:27:7: parameter h leaks to {heap} for (*minHeap).Push with derefs=1:
./main.go:27:7:   flow: {temp} ← *h:
./main.go:27:7:     from *h (indirection) at ./main.go:27:52
./main.go:27:7:     from append(*h, x.(node)) (call parameter) at ./main.go:27:51
./main.go:27:7:   flow: {temp} ← {temp}:
./main.go:27:7:   flow: {heap} ← {temp}:
./main.go:27:7:     from *h = append(*h, x.(node)) (assign) at ./main.go:27:43
./main.go:27:7: leaking param content: h
./main.go:27:24: leaking param content: x
./main.go:27:51: append escapes to heap
./main.go:28:7: parameter h leaks to {heap} for (*minHeap).Pop with derefs=1:
./main.go:28:7:   flow: old ← *h:
./main.go:28:7:     from *h (indirection) at ./main.go:29:9
./main.go:28:7:     from old := *h (assign) at ./main.go:29:6
./main.go:28:7:   flow: {heap} ← old:
./main.go:28:7:     from old[:len(old) - 1] (slice) at ./main.go:31:10
./main.go:28:7:     from *h = old[:len(old) - 1] (assign) at ./main.go:31:5
./main.go:32:9: x escapes to heap in (*minHeap).Pop:
./main.go:32:9:   flow: ~r0 ← &{storage for x}:
./main.go:32:9:     from x (spill) at ./main.go:32:9
./main.go:32:9:     from return x (return) at ./main.go:32:2
./main.go:28:7: parameter h leaks to {storage for x} for (*minHeap).Pop with derefs=2:
./main.go:28:7:   flow: old ← *h:
./main.go:28:7:     from *h (indirection) at ./main.go:29:9
./main.go:28:7:     from old := *h (assign) at ./main.go:29:6
./main.go:28:7:   flow: x ← *old:
./main.go:28:7:     from old[len(old) - 1] (dot of pointer) at ./main.go:30:10
./main.go:28:7:     from x := old[len(old) - 1] (assign) at ./main.go:30:4
./main.go:28:7:   flow: {storage for x} ← x:
./main.go:28:7:     from x (interface-converted) at ./main.go:32:9
./main.go:28:7: leaking param content: h
./main.go:32:9: x escapes to heap
./main.go:50:22: node{...} escapes to heap in shortest:
./main.go:50:22:   flow: {heap} ← &{storage for node{...}}:
./main.go:50:22:     from node{...} (spill) at ./main.go:50:22
./main.go:50:22:     from heap.Push(h, node{...}) (call parameter) at ./main.go:50:14
./main.go:35:24: parameter src leaks to {heap} for shortest with derefs=0:
./main.go:35:24:   flow: {heap} ← src:
./main.go:35:24:     from dist[src] (key of map put) at ./main.go:40:6
./main.go:41:7: &minHeap{...} escapes to heap in shortest:
./main.go:41:7:   flow: h ← &{storage for &minHeap{...}}:
./main.go:41:7:     from &minHeap{...} (spill) at ./main.go:41:7
./main.go:41:7:     from h := &minHeap{...} (assign) at ./main.go:41:4
./main.go:41:7:   flow: {heap} ← h:
./main.go:41:7:     from h (interface-converted) at ./main.go:43:19
./main.go:41:7:     from heap.Pop(h) (call parameter) at ./main.go:43:18
./main.go:41:15: minHeap{...} escapes to heap in shortest:
./main.go:41:15:   flow: {storage for &minHeap{...}} ← &{storage for minHeap{...}}:
./main.go:41:15:     from minHeap{...} (spill) at ./main.go:41:15
./main.go:35:24: parameter src leaks to {storage for minHeap{...}} for shortest with derefs=0:
./main.go:35:24:   flow: {storage for minHeap{...}} ← src:
./main.go:35:24:     from node{...} (struct literal element) at ./main.go:41:16
./main.go:35:24:     from minHeap{...} (slice-literal-element) at ./main.go:41:15
./main.go:36:28: map[string]float64{} escapes to heap in shortest:
./main.go:36:28:   flow: dist ← &{storage for map[string]float64{}}:
./main.go:36:28:     from map[string]float64{} (spill) at ./main.go:36:28
./main.go:36:28:     from dist := map[string]float64{} (assign) at ./main.go:36:7
./main.go:36:28:   flow: ~r0 ← dist:
./main.go:36:28:     from return dist (return) at ./main.go:54:2
./main.go:35:15: g does not escape
./main.go:35:24: leaking param: src
./main.go:36:28: map[string]float64{} escapes to heap
./main.go:41:7: &minHeap{...} escapes to heap
./main.go:41:15: minHeap{...} escapes to heap
./main.go:50:22: node{...} escapes to heap
./main.go:59:8: []Edge{...} escapes to heap in main:
./main.go:59:8:   flow: {heap} ← &{storage for []Edge{...}}:
./main.go:59:8:     from []Edge{...} (spill) at ./main.go:59:8
./main.go:59:8:     from Graph{...} (map literal value) at ./main.go:58:12
./main.go:60:8: []Edge{...} escapes to heap in main:
./main.go:60:8:   flow: {heap} ← &{storage for []Edge{...}}:
./main.go:60:8:     from []Edge{...} (spill) at ./main.go:60:8
./main.go:60:8:     from Graph{...} (map literal value) at ./main.go:58:12
./main.go:61:8: []Edge{...} escapes to heap in main:
./main.go:61:8:   flow: {heap} ← &{storage for []Edge{...}}:
./main.go:61:8:     from []Edge{...} (spill) at ./main.go:61:8
./main.go:61:8:     from Graph{...} (map literal value) at ./main.go:58:12
./main.go:65:15: d["a"] escapes to heap in main:
./main.go:65:15:   flow: {storage for ... argument} ← &{storage for d["a"]}:
./main.go:65:15:     from d["a"] (spill) at ./main.go:65:15
./main.go:65:15:     from ... argument (slice-literal-element) at ./main.go:65:13
./main.go:65:15:   flow: {heap} ← {storage for ... argument}:
./main.go:65:15:     from ... argument (spill) at ./main.go:65:13
./main.go:65:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:65:13
./main.go:65:23: d["b"] escapes to heap in main:
./main.go:65:23:   flow: {storage for ... argument} ← &{storage for d["b"]}:
./main.go:65:23:     from d["b"] (spill) at ./main.go:65:23
./main.go:65:23:     from ... argument (slice-literal-element) at ./main.go:65:13
./main.go:65:23:   flow: {heap} ← {storage for ... argument}:
./main.go:65:23:     from ... argument (spill) at ./main.go:65:13
./main.go:65:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:65:13
./main.go:65:31: d["c"] escapes to heap in main:
./main.go:65:31:   flow: {storage for ... argument} ← &{storage for d["c"]}:
./main.go:65:31:     from d["c"] (spill) at ./main.go:65:31
./main.go:65:31:     from ... argument (slice-literal-element) at ./main.go:65:13
./main.go:65:31:   flow: {heap} ← {storage for ... argument}:
./main.go:65:31:     from ... argument (spill) at ./main.go:65:13
./main.go:65:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:65:13
./main.go:65:39: d["d"] escapes to heap in main:
./main.go:65:39:   flow: {storage for ... argument} ← &{storage for d["d"]}:
./main.go:65:39:     from d["d"] (spill) at ./main.go:65:39
./main.go:65:39:     from ... argument (slice-literal-element) at ./main.go:65:13
./main.go:65:39:   flow: {heap} ← {storage for ... argument}:
./main.go:65:39:     from ... argument (spill) at ./main.go:65:13
./main.go:65:39:     from fmt.Println(... argument...) (call parameter) at ./main.go:65:13
./main.go:58:12: Graph{...} does not escape
./main.go:59:8: []Edge{...} escapes to heap
./main.go:60:8: []Edge{...} escapes to heap
./main.go:61:8: []Edge{...} escapes to heap
./main.go:65:13: ... argument does not escape
./main.go:65:15: d["a"] escapes to heap
./main.go:65:23: d["b"] escapes to heap
./main.go:65:31: d["c"] escapes to heap
./main.go:65:39: d["d"] escapes to heap
<autogenerated>:1: parameter p leaks to {heap} for .eq.SG with derefs=1:
<autogenerated>:1:   flow: {heap} ← *p:
<autogenerated>:1:     from unsafe.Add(p, uintptr(0)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(p, uintptr(0))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(0))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(0))), *(*uintptr)(unsafe.Add(p, uintptr(8)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter q leaks to {heap} for .eq.SG with derefs=1:
<autogenerated>:1:   flow: {heap} ← *q:
<autogenerated>:1:     from unsafe.Add(q, uintptr(0)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(q, uintptr(0))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(0))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(0))), *(*uintptr)(unsafe.Add(p, uintptr(8)))) (call parameter) at <autogenerated>:1
