./main.go:17:7: b does not escape
./main.go:18:45: byRank.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./main.go:18:45: byRank.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./main.go:18:7: b does not escape
./main.go:19:7: b does not escape
./main.go:31:18: byRank(ps) escapes to heap in main:
./main.go:31:18:   flow: {heap} ← &{storage for byRank(ps)}:
./main.go:31:18:     from byRank(ps) (spill) at ./main.go:31:18
./main.go:31:18:     from sort.Sort(byRank(ps)) (call parameter) at ./main.go:31:11
./main.go:35:33: byRank(ps) escapes to heap in main:
./main.go:35:33:   flow: {heap} ← &{storage for byRank(ps)}:
./main.go:35:33:     from byRank(ps) (spill) at ./main.go:35:33
./main.go:35:33:     from sort.Reverse(byRank(ps)) (call parameter) at ./main.go:35:26
./main.go:36:46: byRank(ps) escapes to heap in main:
./main.go:36:46:   flow: {heap} ← &{storage for byRank(ps)}:
./main.go:36:46:     from byRank(ps) (spill) at ./main.go:36:46
./main.go:36:46:     from sort.IsSorted(byRank(ps)) (call parameter) at ./main.go:36:39
./main.go:38:38: sort.IntSlice(scores) escapes to heap in main:
./main.go:38:38:   flow: {heap} ← &{storage for sort.IntSlice(scores)}:
./main.go:38:38:     from sort.IntSlice(scores) (spill) at ./main.go:38:38
./main.go:38:38:     from sort.Reverse(sort.IntSlice(scores)) (call parameter) at ./main.go:38:24
./main.go:33:16: i + 1 escapes to heap in main:
./main.go:33:16:   flow: {storage for ... argument} ← &{storage for i + 1}:
./main.go:33:16:     from i + 1 (spill) at ./main.go:33:16
./main.go:33:16:     from ... argument (slice-literal-element) at ./main.go:33:14
./main.go:33:16:   flow: {heap} ← {storage for ... argument}:
./main.go:33:16:     from ... argument (spill) at ./main.go:33:14
./main.go:33:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:14
./main.go:33:21: p.Name escapes to heap in main:
./main.go:33:21:   flow: {storage for ... argument} ← &{storage for p.Name}:
./main.go:33:21:     from p.Name (spill) at ./main.go:33:21
./main.go:33:21:     from ... argument (slice-literal-element) at ./main.go:33:14
./main.go:33:21:   flow: {heap} ← {storage for ... argument}:
./main.go:33:21:     from ... argument (spill) at ./main.go:33:14
./main.go:33:21:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:14
./main.go:33:29: p.Score escapes to heap in main:
./main.go:33:29:   flow: {storage for ... argument} ← &{storage for p.Score}:
./main.go:33:29:     from p.Score (spill) at ./main.go:33:29
./main.go:33:29:     from ... argument (slice-literal-element) at ./main.go:33:14
./main.go:33:29:   flow: {heap} ← {storage for ... argument}:
./main.go:33:29:     from ... argument (spill) at ./main.go:33:14
./main.go:33:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:14
./main.go:36:19: ps[0].Name escapes to heap in main:
./main.go:36:19:   flow: {storage for ... argument} ← &{storage for ps[0].Name}:
./main.go:36:19:     from ps[0].Name (spill) at ./main.go:36:19
./main.go:36:19:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:19:   flow: {heap} ← {storage for ... argument}:
./main.go:36:19:     from ... argument (spill) at ./main.go:36:13
./main.go:36:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:36:39: sort.IsSorted(byRank(ps)) escapes to heap in main:
./main.go:36:39:   flow: {storage for ... argument} ← &{storage for sort.IsSorted(byRank(ps))}:
./main.go:36:39:     from sort.IsSorted(byRank(ps)) (spill) at ./main.go:36:39
./main.go:36:39:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:39:   flow: {heap} ← {storage for ... argument}:
./main.go:36:39:     from ... argument (spill) at ./main.go:36:13
./main.go:36:39:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:39:14: scores escapes to heap in main:
./main.go:39:14:   flow: {storage for ... argument} ← &{storage for scores}:
./main.go:39:14:     from scores (spill) at ./main.go:39:14
./main.go:39:14:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:14:   flow: {heap} ← {storage for ... argument}:
./main.go:39:14:     from ... argument (spill) at ./main.go:39:13
./main.go:39:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:39:37: sort.SearchInts([]int{...}, 5) escapes to heap in main:
./main.go:39:37:   flow: {storage for ... argument} ← &{storage for sort.SearchInts([]int{...}, 5)}:
./main.go:39:37:     from sort.SearchInts([]int{...}, 5) (spill) at ./main.go:39:37
./main.go:39:37:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:37:   flow: {heap} ← {storage for ... argument}:
./main.go:39:37:     from ... argument (spill) at ./main.go:39:13
./main.go:39:37:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:37:17: []int{...} escapes to heap in main:
./main.go:37:17:   flow: scores ← &{storage for []int{...}}:
./main.go:37:17:     from []int{...} (spill) at ./main.go:37:17
./main.go:37:17:     from scores := []int{...} (assign) at ./main.go:37:9
./main.go:37:17:   flow: {storage for scores} ← scores:
./main.go:37:17:     from scores (interface-converted) at ./main.go:39:14
./main.go:30:16: []Player{...} escapes to heap in main:
./main.go:30:16:   flow: ps ← &{storage for []Player{...}}:
./main.go:30:16:     from []Player{...} (spill) at ./main.go:30:16
./main.go:30:16:     from ps := []Player{...} (assign) at ./main.go:30:5
./main.go:30:16:   flow: {storage for byRank(ps)} ← ps:
./main.go:30:16:     from byRank(ps) (interface-converted) at ./main.go:36:46
./main.go:30:16: []Player{...} escapes to heap
./main.go:31:18: byRank(ps) escapes to heap
./main.go:33:14: ... argument does not escape
./main.go:33:16: i + 1 escapes to heap
./main.go:33:21: p.Name escapes to heap
./main.go:33:29: p.Score escapes to heap
./main.go:35:33: byRank(ps) escapes to heap
./main.go:36:13: ... argument does not escape
./main.go:36:19: ps[0].Name escapes to heap
./main.go:36:39: sort.IsSorted(byRank(ps)) escapes to heap
./main.go:36:46: byRank(ps) escapes to heap
./main.go:37:17: []int{...} escapes to heap
./main.go:38:38: sort.IntSlice(scores) escapes to heap
./main.go:39:13: ... argument does not escape
./main.go:39:14: scores escapes to heap
./main.go:39:37: sort.SearchInts([]int{...}, 5) escapes to heap
./main.go:39:43: []int{...} does not escape
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
