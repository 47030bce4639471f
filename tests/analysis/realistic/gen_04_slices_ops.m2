$GOROOT/src/slices/slices.go:241:32: parameter slices.s leaks to slices.~r0 for DeleteFunc[go.shape.[]main.Task,go.shape.struct { ID int; Priority int; Done bool }] with derefs=0:
$GOROOT/src/slices/slices.go:241:32:   flow: slices.~r0 ← slices.s:
$GOROOT/src/slices/slices.go:241:32:     from return slices.s (return) at $GOROOT/src/slices/slices.go:244:3
$GOROOT/src/slices/slices.go:362:15: append(go.shape.[]main.Task{}, slices.s...) escapes to heap in Clone[go.shape.[]main.Task,go.shape.struct { ID int; Priority int; Done bool }]:
$GOROOT/src/slices/slices.go:362:15:   flow: slices.~r0 ← &{storage for append(go.shape.[]main.Task{}, slices.s...)}:
$GOROOT/src/slices/slices.go:362:15:     from append(go.shape.[]main.Task{}, slices.s...) (spill) at $GOROOT/src/slices/slices.go:362:15
$GOROOT/src/slices/slices.go:362:15:     from return append(go.shape.[]main.Task{}, slices.s...) (return) at $GOROOT/src/slices/slices.go:362:2
$GOROOT/src/slices/slices.go:362:17: go.shape.[]main.Task{} escapes to heap in Clone[go.shape.[]main.Task,go.shape.struct { ID int; Priority int; Done bool }]:
$GOROOT/src/slices/slices.go:362:17:   flow: {temp} ← &{storage for go.shape.[]main.Task{}}:
$GOROOT/src/slices/slices.go:362:17:     from go.shape.[]main.Task{} (spill) at $GOROOT/src/slices/slices.go:362:17
$GOROOT/src/slices/slices.go:362:17:     from append(go.shape.[]main.Task{}, slices.s...) (call parameter) at $GOROOT/src/slices/slices.go:362:15
$GOROOT/src/slices/slices.go:362:17:   flow: slices.~r0 ← {temp}:
$GOROOT/src/slices/slices.go:362:17:     from return append(go.shape.[]main.Task{}, slices.s...) (return) at $GOROOT/src/slices/slices.go:362:2
$GOROOT/src/slices/slices.go:362:17: go.shape.[]main.Task{} escapes to heap
$GOROOT/src/slices/slices.go:362:15: append escapes to heap
$GOROOT/src/slices/slices.go:485:14: slices.Reverse[go.shape.[]go.shape.int,go.shape.int] ignoring self-assignment in slices.s[slices.i], slices.s[slices.j] = slices.s[slices.j], slices.s[slices.i]
$GOROOT/src/slices/slices.go:485:14: slices.Reverse[go.shape.[]go.shape.int,go.shape.int] ignoring self-assignment in slices.s[slices.i], slices.s[slices.j] = slices.s[slices.j], slices.s[slices.i]
$GOROOT/src/slices/slices.go:136:28: parameter slices.s leaks to slices.~r0 for Insert[go.shape.[]int,go.shape.int] with derefs=0:
$GOROOT/src/slices/slices.go:136:28:   flow: slices.~r0 ← slices.s:
$GOROOT/src/slices/slices.go:136:28:     from return slices.s (return) at $GOROOT/src/slices/slices.go:141:3
$GOROOT/src/slices/slices.go:145:16: append(slices.s, slices.v...) escapes to heap in Insert[go.shape.[]int,go.shape.int]:
$GOROOT/src/slices/slices.go:145:16:   flow: slices.~r0 ← &{storage for append(slices.s, slices.v...)}:
$GOROOT/src/slices/slices.go:145:16:     from append(slices.s, slices.v...) (spill) at $GOROOT/src/slices/slices.go:145:16
$GOROOT/src/slices/slices.go:145:16:     from return append(slices.s, slices.v...) (return) at $GOROOT/src/slices/slices.go:145:3
$GOROOT/src/slices/slices.go:152:15: append(slices.s[:slices.i], make(go.shape.[]int, slices.n + slices.m - slices.i)...) escapes to heap in Insert[go.shape.[]int,go.shape.int]:
$GOROOT/src/slices/slices.go:152:15:   flow: slices.s2 ← &{storage for append(slices.s[:slices.i], make(go.shape.[]int, slices.n + slices.m - slices.i)...)}:
$GOROOT/src/slices/slices.go:152:15:     from append(slices.s[:slices.i], make(go.shape.[]int, slices.n + slices.m - slices.i)...) (spill) at $GOROOT/src/slices/slices.go:152:15
$GOROOT/src/slices/slices.go:152:15:     from slices.s2 := append(slices.s[:slices.i], make(go.shape.[]int, slices.n + slices.m - slices.i)...) (assign) at $GOROOT/src/slices/slices.go:152:6
$GOROOT/src/slices/slices.go:152:15:   flow: slices.~r0 ← slices.s2:
$GOROOT/src/slices/slices.go:152:15:     from return slices.s2 (return) at $GOROOT/src/slices/slices.go:155:3
$GOROOT/src/slices/slices.go:145:16: append escapes to heap
$GOROOT/src/slices/slices.go:152:27: make(go.shape.[]int, slices.n + slices.m - slices.i) does not escape
$GOROOT/src/slices/slices.go:152:15: append escapes to heap
$GOROOT/src/slices/slices.go:485:14: slices.Reverse[go.shape.[]int,go.shape.int] ignoring self-assignment in slices.s[slices.i], slices.s[slices.j] = slices.s[slices.j], slices.s[slices.i]
$GOROOT/src/slices/slices.go:485:14: slices.Reverse[go.shape.[]int,go.shape.int] ignoring self-assignment in slices.s[slices.i], slices.s[slices.j] = slices.s[slices.j], slices.s[slices.i]
$GOROOT/src/slices/slices.go:371:36: parameter slices.s leaks to slices.~r0 for Compact[go.shape.[]int,go.shape.int] with derefs=0:
$GOROOT/src/slices/slices.go:371:36:   flow: slices.~r0 ← slices.s:
$GOROOT/src/slices/slices.go:371:36:     from return slices.s (return) at $GOROOT/src/slices/slices.go:373:3
$GOROOT/src/slices/sort.go:97:9: "slices.Max: empty list" escapes to heap in Max[go.shape.[]int,go.shape.int]:
$GOROOT/src/slices/sort.go:97:9:   flow: {heap} ← &{storage for "slices.Max: empty list"}:
$GOROOT/src/slices/sort.go:97:9:     from "slices.Max: empty list" (spill) at $GOROOT/src/slices/sort.go:97:9
$GOROOT/src/slices/sort.go:97:9:     from panic("slices.Max: empty list") (call parameter) at $GOROOT/src/slices/sort.go:97:8
$GOROOT/src/slices/sort.go:97:9: "slices.Max: empty list" escapes to heap
$GOROOT/src/slices/sort.go:67:9: "slices.Min: empty list" escapes to heap in Min[go.shape.[]int,go.shape.int]:
$GOROOT/src/slices/sort.go:67:9:   flow: {heap} ← &{storage for "slices.Min: empty list"}:
$GOROOT/src/slices/sort.go:67:9:     from "slices.Min: empty list" (spill) at $GOROOT/src/slices/sort.go:67:9
$GOROOT/src/slices/sort.go:67:9:     from panic("slices.Min: empty list") (call parameter) at $GOROOT/src/slices/sort.go:67:8
$GOROOT/src/slices/sort.go:67:9: "slices.Min: empty list" escapes to heap
$GOROOT/src/slices/slices.go:516:9: "cannot be negative" escapes to heap in Repeat[go.shape.[]int,go.shape.int]:
$GOROOT/src/slices/slices.go:516:9:   flow: {heap} ← &{storage for "cannot be negative"}:
$GOROOT/src/slices/slices.go:516:9:     from "cannot be negative" (spill) at $GOROOT/src/slices/slices.go:516:9
$GOROOT/src/slices/slices.go:516:9:     from panic("cannot be negative") (call parameter) at $GOROOT/src/slices/slices.go:516:8
$GOROOT/src/slices/slices.go:522:9: "the result of (len(x) * count) overflows" escapes to heap in Repeat[go.shape.[]int,go.shape.int]:
$GOROOT/src/slices/slices.go:522:9:   flow: {heap} ← &{storage for "the result of (len(x) * count) overflows"}:
$GOROOT/src/slices/slices.go:522:9:     from "the result of (len(x) * count) overflows" (spill) at $GOROOT/src/slices/slices.go:522:9
$GOROOT/src/slices/slices.go:522:9:     from panic("the result of (len(x) * count) overflows") (call parameter) at $GOROOT/src/slices/slices.go:522:8
$GOROOT/src/slices/slices.go:525:18: make(go.shape.[]int, int(slices.lo)) escapes to heap in Repeat[go.shape.[]int,go.shape.int]:
$GOROOT/src/slices/slices.go:525:18:   flow: slices.newslice ← &{storage for make(go.shape.[]int, int(slices.lo))}:
$GOROOT/src/slices/slices.go:525:18:     from make(go.shape.[]int, int(slices.lo)) (spill) at $GOROOT/src/slices/slices.go:525:18
$GOROOT/src/slices/slices.go:525:18:     from slices.newslice := make(go.shape.[]int, int(slices.lo)) (assign) at $GOROOT/src/slices/slices.go:525:11
$GOROOT/src/slices/slices.go:525:18:   flow: slices.~r0 ← slices.newslice:
$GOROOT/src/slices/slices.go:525:18:     from return slices.newslice (return) at $GOROOT/src/slices/slices.go:530:2
$GOROOT/src/slices/slices.go:516:9: "cannot be negative" escapes to heap
$GOROOT/src/slices/slices.go:522:9: "the result of (len(x) * count) overflows" escapes to heap
$GOROOT/src/slices/slices.go:525:18: make(go.shape.[]int, int(slices.lo)) escapes to heap
$GOROOT/src/slices/slices.go:424:9: "cannot be negative" escapes to heap in Grow[go.shape.[]int,go.shape.int]:
$GOROOT/src/slices/slices.go:424:9:   flow: {heap} ← &{storage for "cannot be negative"}:
$GOROOT/src/slices/slices.go:424:9:     from "cannot be negative" (spill) at $GOROOT/src/slices/slices.go:424:9
$GOROOT/src/slices/slices.go:424:9:     from panic("cannot be negative") (call parameter) at $GOROOT/src/slices/slices.go:424:8
$GOROOT/src/slices/slices.go:422:26: parameter slices.s leaks to slices.~r0 for Grow[go.shape.[]int,go.shape.int] with derefs=0:
$GOROOT/src/slices/slices.go:422:26:   flow: slices.~r0 ← slices.s:
$GOROOT/src/slices/slices.go:422:26:     from return slices.s (return) at $GOROOT/src/slices/slices.go:430:2
$GOROOT/src/slices/slices.go:428:13: append(slices.s[:cap(slices.s)], make([]go.shape.int, slices.n)...) escapes to heap in Grow[go.shape.[]int,go.shape.int]:
$GOROOT/src/slices/slices.go:428:13:   flow: slices.s ← &{storage for append(slices.s[:cap(slices.s)], make([]go.shape.int, slices.n)...)}:
$GOROOT/src/slices/slices.go:428:13:     from append(slices.s[:cap(slices.s)], make([]go.shape.int, slices.n)...) (spill) at $GOROOT/src/slices/slices.go:428:13
$GOROOT/src/slices/slices.go:428:13:     from append(slices.s[:cap(slices.s)], make([]go.shape.int, slices.n)...)[:len(slices.s)] (slice) at $GOROOT/src/slices/slices.go:428:42
$GOROOT/src/slices/slices.go:428:13:     from slices.s = append(slices.s[:cap(slices.s)], make([]go.shape.int, slices.n)...)[:len(slices.s)] (assign) at $GOROOT/src/slices/slices.go:428:5
$GOROOT/src/slices/slices.go:428:13:   flow: slices.~r0 ← slices.s:
$GOROOT/src/slices/slices.go:428:13:     from return slices.s (return) at $GOROOT/src/slices/slices.go:430:2
$GOROOT/src/slices/slices.go:424:9: "cannot be negative" escapes to heap
$GOROOT/src/slices/slices.go:428:30: make([]go.shape.int, slices.n) does not escape
$GOROOT/src/slices/slices.go:428:13: append escapes to heap
./main.go:18:17: len(open) escapes to heap in main:
./main.go:18:17:   flow: {storage for ... argument} ← &{storage for len(open)}:
./main.go:18:17:     from len(open) (spill) at ./main.go:18:17
./main.go:18:17:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:17:   flow: {heap} ← {storage for ... argument}:
./main.go:18:17:     from ... argument (spill) at ./main.go:18:13
./main.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:18:28: len(tasks) escapes to heap in main:
./main.go:18:28:   flow: {storage for ... argument} ← &{storage for len(tasks)}:
./main.go:18:28:     from len(tasks) (spill) at ./main.go:18:28
./main.go:18:28:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:28:   flow: {heap} ← {storage for ... argument}:
./main.go:18:28:     from ... argument (spill) at ./main.go:18:13
./main.go:18:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:25:14: ids escapes to heap in main:
./main.go:25:14:   flow: {storage for ... argument} ← &{storage for ids}:
./main.go:25:14:     from ids (spill) at ./main.go:25:14
./main.go:25:14:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:14:   flow: {heap} ← {storage for ... argument}:
./main.go:25:14:     from ... argument (spill) at ./main.go:25:13
./main.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:25:34: slices.Contains[go.shape.[]int,go.shape.int](&slices..dict.Contains[[]int,int], ids, 99) escapes to heap in main:
./main.go:25:34:   flow: {storage for ... argument} ← &{storage for slices.Contains[go.shape.[]int,go.shape.int](&slices..dict.Contains[[]int,int], ids, 99)}:
./main.go:25:34:     from slices.Contains[go.shape.[]int,go.shape.int](&slices..dict.Contains[[]int,int], ids, 99) (spill) at ./main.go:25:34
./main.go:25:34:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:34:   flow: {heap} ← {storage for ... argument}:
./main.go:25:34:     from ... argument (spill) at ./main.go:25:13
./main.go:25:34:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:25:57: slices.Index[go.shape.[]int,go.shape.int](&slices..dict.Index[[]int,int], ids, 3) escapes to heap in main:
./main.go:25:57:   flow: {storage for ... argument} ← &{storage for slices.Index[go.shape.[]int,go.shape.int](&slices..dict.Index[[]int,int], ids, 3)}:
./main.go:25:57:     from slices.Index[go.shape.[]int,go.shape.int](&slices..dict.Index[[]int,int], ids, 3) (spill) at ./main.go:25:57
./main.go:25:57:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:57:   flow: {heap} ← {storage for ... argument}:
./main.go:25:57:     from ... argument (spill) at ./main.go:25:13
./main.go:25:57:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:27:14: ids escapes to heap in main:
./main.go:27:14:   flow: {storage for ... argument} ← &{storage for ids}:
./main.go:27:14:     from ids (spill) at ./main.go:27:14
./main.go:27:14:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:14:   flow: {heap} ← {storage for ... argument}:
./main.go:27:14:     from ... argument (spill) at ./main.go:27:13
./main.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:31: slices.Equal[go.shape.[]int,go.shape.int](&slices..dict.Equal[[]int,int], ids, []int{...}) escapes to heap in main:
./main.go:27:31:   flow: {storage for ... argument} ← &{storage for slices.Equal[go.shape.[]int,go.shape.int](&slices..dict.Equal[[]int,int], ids, []int{...})}:
./main.go:27:31:     from slices.Equal[go.shape.[]int,go.shape.int](&slices..dict.Equal[[]int,int], ids, []int{...}) (spill) at ./main.go:27:31
./main.go:27:31:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:31:   flow: {heap} ← {storage for ... argument}:
./main.go:27:31:     from ... argument (spill) at ./main.go:27:13
./main.go:27:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:28:24: slices.Max[go.shape.[]int,go.shape.int](&slices..dict.Max[[]int,int], ids) escapes to heap in main:
./main.go:28:24:   flow: {storage for ... argument} ← &{storage for slices.Max[go.shape.[]int,go.shape.int](&slices..dict.Max[[]int,int], ids)}:
./main.go:28:24:     from slices.Max[go.shape.[]int,go.shape.int](&slices..dict.Max[[]int,int], ids) (spill) at ./main.go:28:24
./main.go:28:24:     from ... argument (slice-literal-element) at ./main.go:28:13
./main.go:28:24:   flow: {heap} ← {storage for ... argument}:
./main.go:28:24:     from ... argument (spill) at ./main.go:28:13
./main.go:28:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:28:13
./main.go:28:41: slices.Min[go.shape.[]int,go.shape.int](&slices..dict.Min[[]int,int], ids) escapes to heap in main:
./main.go:28:41:   flow: {storage for ... argument} ← &{storage for slices.Min[go.shape.[]int,go.shape.int](&slices..dict.Min[[]int,int], ids)}:
./main.go:28:41:     from slices.Min[go.shape.[]int,go.shape.int](&slices..dict.Min[[]int,int], ids) (spill) at ./main.go:28:41
./main.go:28:41:     from ... argument (slice-literal-element) at ./main.go:28:13
./main.go:28:41:   flow: {heap} ← {storage for ... argument}:
./main.go:28:41:     from ... argument (spill) at ./main.go:28:13
./main.go:28:41:     from fmt.Println(... argument...) (call parameter) at ./main.go:28:13
./main.go:28:61: slices.Repeat[go.shape.[]int,go.shape.int](&slices..dict.Repeat[[]int,int], []int{...}, 3) escapes to heap in main:
./main.go:28:61:   flow: {storage for ... argument} ← &{storage for slices.Repeat[go.shape.[]int,go.shape.int](&slices..dict.Repeat[[]int,int], []int{...}, 3)}:
./main.go:28:61:     from slices.Repeat[go.shape.[]int,go.shape.int](&slices..dict.Repeat[[]int,int], []int{...}, 3) (spill) at ./main.go:28:61
./main.go:28:61:     from ... argument (slice-literal-element) at ./main.go:28:13
./main.go:28:61:   flow: {heap} ← {storage for ... argument}:
./main.go:28:61:     from ... argument (spill) at ./main.go:28:13
./main.go:28:61:     from fmt.Println(... argument...) (call parameter) at ./main.go:28:13
./main.go:30:23: cap(ids) >= 15 escapes to heap in main:
./main.go:30:23:   flow: {storage for ... argument} ← &{storage for cap(ids) >= 15}:
./main.go:30:23:     from cap(ids) >= 15 (spill) at ./main.go:30:23
./main.go:30:23:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:23:   flow: {heap} ← {storage for ... argument}:
./main.go:30:23:     from ... argument (spill) at ./main.go:30:13
./main.go:30:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:19:13: make([]int, 0, 4) escapes to heap in main:
./main.go:19:13:   flow: ids ← &{storage for make([]int, 0, 4)}:
./main.go:19:13:     from make([]int, 0, 4) (spill) at ./main.go:19:13
./main.go:19:13:     from ids := make([]int, 0, 4) (assign) at ./main.go:19:6
./main.go:19:13:   flow: {storage for ids} ← ids:
./main.go:19:13:     from ids (interface-converted) at ./main.go:27:14
./main.go:21:15: append(ids, t.ID) escapes to heap in main:
./main.go:21:15:   flow: ids ← &{storage for append(ids, t.ID)}:
./main.go:21:15:     from append(ids, t.ID) (spill) at ./main.go:21:15
./main.go:21:15:     from ids = append(ids, t.ID) (assign) at ./main.go:21:7
./main.go:21:15:   flow: {storage for ids} ← ids:
./main.go:21:15:     from ids (interface-converted) at ./main.go:27:14
./main.go:26:29: append(ids, ids[len(ids) - 1]) escapes to heap in main:
./main.go:26:29:   flow: {temp} ← &{storage for append(ids, ids[len(ids) - 1])}:
./main.go:26:29:     from append(ids, ids[len(ids) - 1]) (spill) at ./main.go:26:29
./main.go:26:29:     from slices.Compact[go.shape.[]int,go.shape.int](&slices..dict.Compact[[]int,int], append(ids, ids[len(ids) - 1])) (call parameter) at ./main.go:26:22
./main.go:26:29:   flow: ids ← {temp}:
./main.go:26:29:     from ids = slices.Compact[go.shape.[]int,go.shape.int](&slices..dict.Compact[[]int,int], append(ids, ids[len(ids) - 1])) (assign) at ./main.go:26:6
./main.go:26:29:   flow: {storage for ids} ← ids:
./main.go:26:29:     from ids (interface-converted) at ./main.go:27:14
./main.go:16:17: []Task{...} does not escape
./main.go:17:49: func literal does not escape
./main.go:18:13: ... argument does not escape
./main.go:18:17: len(open) escapes to heap
./main.go:18:28: len(tasks) escapes to heap
./main.go:19:13: make([]int, 0, 4) escapes to heap
./main.go:21:15: append escapes to heap
./main.go:23:21: ... argument does not escape
./main.go:25:13: ... argument does not escape
./main.go:25:14: ids escapes to heap
./main.go:25:34: slices.Contains[go.shape.[]int,go.shape.int](&slices..dict.Contains[[]int,int], ids, 99) escapes to heap
./main.go:25:57: slices.Index[go.shape.[]int,go.shape.int](&slices..dict.Index[[]int,int], ids, 3) escapes to heap
./main.go:26:29: append escapes to heap
./main.go:27:13: ... argument does not escape
./main.go:27:14: ids escapes to heap
./main.go:27:31: slices.Equal[go.shape.[]int,go.shape.int](&slices..dict.Equal[[]int,int], ids, []int{...}) escapes to heap
./main.go:27:42: []int{...} does not escape
./main.go:28:13: ... argument does not escape
./main.go:28:24: slices.Max[go.shape.[]int,go.shape.int](&slices..dict.Max[[]int,int], ids) escapes to heap
./main.go:28:41: slices.Min[go.shape.[]int,go.shape.int](&slices..dict.Min[[]int,int], ids) escapes to heap
./main.go:28:61: slices.Repeat[go.shape.[]int,go.shape.int](&slices..dict.Repeat[[]int,int], []int{...}, 3) escapes to heap
./main.go:28:67: []int{...} does not escape
./main.go:30:13: ... argument does not escape
./main.go:30:23: cap(ids) >= 15 escapes to heap
$GOROOT/src/slices/slices.go:422:26: parameter slices.s leaks to slices.~r0 for Grow[[]int,int] with derefs=0:
$GOROOT/src/slices/slices.go:422:26:   flow: {temp} ← slices.s:
$GOROOT/src/slices/slices.go:422:26:     from slices.Grow[go.shape.[]int,go.shape.int](&slices..dict.Grow[[]int,int], slices.s, slices.n) (call parameter) at $GOROOT/src/slices/slices.go:422:6
$GOROOT/src/slices/slices.go:422:26:   flow: slices.~r0 ← {temp}:
$GOROOT/src/slices/slices.go:422:26:     from return slices.Grow[go.shape.[]int,go.shape.int](&slices..dict.Grow[[]int,int], slices.s, slices.n) (return) at $GOROOT/src/slices/slices.go:422:6
$GOROOT/src/slices/slices.go:371:36: parameter slices.s leaks to slices.~r0 for Compact[[]int,int] with derefs=0:
$GOROOT/src/slices/slices.go:371:36:   flow: {temp} ← slices.s:
$GOROOT/src/slices/slices.go:371:36:     from slices.Compact[go.shape.[]int,go.shape.int](&slices..dict.Compact[[]int,int], slices.s) (call parameter) at $GOROOT/src/slices/slices.go:371:6
$GOROOT/src/slices/slices.go:371:36:   flow: slices.~r0 ← {temp}:
$GOROOT/src/slices/slices.go:371:36:     from return slices.Compact[go.shape.[]int,go.shape.int](&slices..dict.Compact[[]int,int], slices.s) (return) at $GOROOT/src/slices/slices.go:371:6
$GOROOT/src/slices/slices.go:136:28: parameter slices.s leaks to slices.~r0 for Insert[[]int,int] with derefs=0:
$GOROOT/src/slices/slices.go:136:28:   flow: {temp} ← slices.s:
$GOROOT/src/slices/slices.go:136:28:     from slices.Insert[go.shape.[]int,go.shape.int](&slices..dict.Insert[[]int,int], slices.s, slices.i, slices.v...) (call parameter) at $GOROOT/src/slices/slices.go:136:6
$GOROOT/src/slices/slices.go:136:28:   flow: slices.~r0 ← {temp}:
$GOROOT/src/slices/slices.go:136:28:     from return slices.Insert[go.shape.[]int,go.shape.int](&slices..dict.Insert[[]int,int], slices.s, slices.i, slices.v...) (return) at $GOROOT/src/slices/slices.go:136:6
$GOROOT/src/slices/slices.go:241:32: parameter slices.s leaks to slices.~r0 for DeleteFunc[[]main.Task,main.Task] with derefs=0:
$GOROOT/src/slices/slices.go:241:32:   flow: {temp} ← slices.s:
$GOROOT/src/slices/slices.go:241:32:     from slices.DeleteFunc[go.shape.[]main.Task,go.shape.struct { ID int; Priority int; Done bool }](&slices..dict.DeleteFunc[[]main.Task,main.Task], slices.s, slices.del) (call parameter) at $GOROOT/src/slices/slices.go:241:6
$GOROOT/src/slices/slices.go:241:32:   flow: slices.~r0 ← {temp}:
$GOROOT/src/slices/slices.go:241:32:     from return slices.DeleteFunc[go.shape.[]main.Task,go.shape.struct { ID int; Priority int; Done bool }](&slices..dict.DeleteFunc[[]main.Task,main.Task], slices.s, slices.del) (return) at $GOROOT/src/slices/slices.go:241:6
