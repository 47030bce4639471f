./main.go:16:7: &Set[go.shape.int]{...} escapes to heap in NewSet[go.shape.int]:
./main.go:16:7:   flow: s ← &{storage for &Set[go.shape.int]{...}}:
./main.go:16:7:     from &Set[go.shape.int]{...} (spill) at ./main.go:16:7
./main.go:16:7:     from s := &Set[go.shape.int]{...} (assign) at ./main.go:16:4
./main.go:16:7:   flow: ~r0 ← s:
./main.go:16:7:     from return s (return) at ./main.go:20:2
./main.go:16:22: make(map[go.shape.int]struct {}, len(items)) escapes to heap in NewSet[go.shape.int]:
./main.go:16:22:   flow: {storage for &Set[go.shape.int]{...}} ← &{storage for make(map[go.shape.int]struct {}, len(items))}:
./main.go:16:22:     from make(map[go.shape.int]struct {}, len(items)) (spill) at ./main.go:16:22
./main.go:16:22:     from Set[go.shape.int]{...} (struct literal element) at ./main.go:16:14
./main.go:16:7: &Set[go.shape.int]{...} escapes to heap
./main.go:16:22: make(map[go.shape.int]struct {}, len(items)) escapes to heap
$GOROOT/src/slices/iter.go:51:2: slices.AppendSeq[go.shape.[]go.shape.int,go.shape.int] capturing by ref: slices.#state1 (addr=false assign=true width=8)
$GOROOT/src/slices/iter.go:50:35: slices.AppendSeq[go.shape.[]go.shape.int,go.shape.int] capturing by ref: slices.s (addr=false assign=true width=24)
$GOROOT/src/slices/iter.go:50:6: slices.AppendSeq[go.shape.[]go.shape.int,go.shape.int] capturing by value: slices..dict (addr=false assign=false width=8)
$GOROOT/src/slices/iter.go:51:2: func literal escapes to heap in AppendSeq[go.shape.[]go.shape.int,go.shape.int]:
$GOROOT/src/slices/iter.go:51:2:   flow: slices.#yield1 ← &{storage for func literal}:
$GOROOT/src/slices/iter.go:51:2:     from func literal (spill) at $GOROOT/src/slices/iter.go:51:2
$GOROOT/src/slices/iter.go:51:2:     from slices.#yield1 := func literal (assign) at $GOROOT/src/slices/iter.go:51:2
$GOROOT/src/slices/iter.go:51:2:   flow: {heap} ← slices.#yield1:
$GOROOT/src/slices/iter.go:51:2:     from slices.seq(slices.#yield1) (call parameter) at $GOROOT/src/slices/iter.go:51:2
$GOROOT/src/slices/iter.go:51:2: slices.#state1 escapes to heap in AppendSeq[go.shape.[]go.shape.int,go.shape.int]:
$GOROOT/src/slices/iter.go:51:2:   flow: {storage for func literal} ← &slices.#state1:
$GOROOT/src/slices/iter.go:51:2:     from slices.#state1 (captured by a closure) at <unknown line number>
$GOROOT/src/slices/iter.go:51:2:     from slices.#state1 (reference) at <unknown line number>
$GOROOT/src/slices/iter.go:50:35: slices.s escapes to heap in AppendSeq[go.shape.[]go.shape.int,go.shape.int]:
$GOROOT/src/slices/iter.go:50:35:   flow: {storage for func literal} ← &slices.s:
$GOROOT/src/slices/iter.go:50:35:     from slices.s (captured by a closure) at $GOROOT/src/slices/iter.go:52:3
$GOROOT/src/slices/iter.go:50:35:     from slices.s (reference) at $GOROOT/src/slices/iter.go:52:3
$GOROOT/src/slices/iter.go:50:35: parameter slices.s leaks to {storage for func literal} for AppendSeq[go.shape.[]go.shape.int,go.shape.int] with derefs=0:
$GOROOT/src/slices/iter.go:50:35:   flow: {storage for func literal} ← &slices.s:
$GOROOT/src/slices/iter.go:50:35:     from slices.s (captured by a closure) at $GOROOT/src/slices/iter.go:52:3
$GOROOT/src/slices/iter.go:50:35:     from slices.s (reference) at $GOROOT/src/slices/iter.go:52:3
$GOROOT/src/slices/iter.go:50:6: parameter slices..dict leaks to {storage for func literal} for AppendSeq[go.shape.[]go.shape.int,go.shape.int] with derefs=0:
$GOROOT/src/slices/iter.go:50:6:   flow: {storage for func literal} ← slices..dict:
$GOROOT/src/slices/iter.go:50:6:     from slices..dict (captured by a closure) at $GOROOT/src/slices/iter.go:50:6
$GOROOT/src/slices/iter.go:52:13: append(slices.s, slices.v) escapes to heap in AppendSeq[go.shape.[]go.shape.int,go.shape.int]-range1:
$GOROOT/src/slices/iter.go:52:13:   flow: slices.s ← &{storage for append(slices.s, slices.v)}:
$GOROOT/src/slices/iter.go:52:13:     from append(slices.s, slices.v) (spill) at $GOROOT/src/slices/iter.go:52:13
$GOROOT/src/slices/iter.go:52:13:     from slices.s = append(slices.s, slices.v) (assign) at $GOROOT/src/slices/iter.go:52:5
$GOROOT/src/slices/iter.go:50:35: moved to heap: slices.s
$GOROOT/src/slices/iter.go:51:2: moved to heap: slices.#state1
$GOROOT/src/slices/iter.go:51:2: func literal escapes to heap
$GOROOT/src/slices/iter.go:52:13: append escapes to heap
$GOROOT/src/slices/zsortordered.go:15:23: slices.insertionSortOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:15:23: slices.insertionSortOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:35:39: slices.siftDownOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
$GOROOT/src/slices/zsortordered.go:35:39: slices.siftDownOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
$GOROOT/src/slices/zsortordered.go:52:30: slices.heapSortOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
$GOROOT/src/slices/zsortordered.go:52:30: slices.heapSortOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
$GOROOT/src/slices/zsortordered.go:253:29: slices.breakPatternsOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
$GOROOT/src/slices/zsortordered.go:253:29: slices.breakPatternsOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
$GOROOT/src/slices/zsortordered.go:325:20: slices.reverseRangeOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:325:20: slices.reverseRangeOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:216:22: slices.partialInsertionSortOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:216:22: slices.partialInsertionSortOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:224:24: slices.partialInsertionSortOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:224:24: slices.partialInsertionSortOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:233:24: slices.partialInsertionSortOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:233:24: slices.partialInsertionSortOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:176:23: slices.partitionEqualOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:176:23: slices.partitionEqualOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:189:20: slices.partitionEqualOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:189:20: slices.partitionEqualOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:138:23: slices.partitionOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:138:23: slices.partitionOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:148:20: slices.partitionOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:148:20: slices.partitionOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:151:19: slices.partitionOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:151:19: slices.partitionOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:165:20: slices.partitionOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:165:20: slices.partitionOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:169:19: slices.partitionOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:169:19: slices.partitionOrdered[go.shape.int] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/maps/iter.go:25:46: maps.Keys[go.shape.map[go.shape.int]struct {},go.shape.int,go.shape.struct {}] capturing by value: maps.m (addr=false assign=false width=8)
$GOROOT/src/maps/iter.go:25:6: maps.Keys[go.shape.map[go.shape.int]struct {},go.shape.int,go.shape.struct {}] capturing by value: maps..dict (addr=false assign=false width=8)
$GOROOT/src/maps/iter.go:26:9: func literal escapes to heap in Keys[go.shape.map[go.shape.int]struct {},go.shape.int,go.shape.struct {}]:
$GOROOT/src/maps/iter.go:26:9:   flow: maps.~r0 ← &{storage for func literal}:
$GOROOT/src/maps/iter.go:26:9:     from func literal (spill) at $GOROOT/src/maps/iter.go:26:9
$GOROOT/src/maps/iter.go:26:9:     from return func literal (return) at $GOROOT/src/maps/iter.go:26:2
$GOROOT/src/maps/iter.go:25:46: parameter maps.m leaks to {storage for func literal} for Keys[go.shape.map[go.shape.int]struct {},go.shape.int,go.shape.struct {}] with derefs=0:
$GOROOT/src/maps/iter.go:25:46:   flow: {storage for func literal} ← maps.m:
$GOROOT/src/maps/iter.go:25:46:     from maps.m (captured by a closure) at $GOROOT/src/maps/iter.go:27:18
$GOROOT/src/maps/iter.go:25:6: parameter maps..dict leaks to {storage for func literal} for Keys[go.shape.map[go.shape.int]struct {},go.shape.int,go.shape.struct {}] with derefs=0:
$GOROOT/src/maps/iter.go:25:6:   flow: {storage for func literal} ← maps..dict:
$GOROOT/src/maps/iter.go:25:6:     from maps..dict (captured by a closure) at $GOROOT/src/maps/iter.go:25:6
$GOROOT/src/maps/iter.go:26:9: func literal escapes to heap
./main.go:26:7: parameter s leaks to {heap} for (*Set[go.shape.int]).Sorted with derefs=1:
./main.go:26:7:   flow: {heap} ← *s:
./main.go:26:7:     from s.m (dot of pointer) at ./main.go:26:66
./main.go:26:7:     from maps.Keys[go.shape.map[go.shape.int]struct {},go.shape.int,go.shape.struct {}]((*[7]uintptr)(.dict[1]), s.m) (call parameter) at ./main.go:26:64
./main.go:23:22: parameter v leaks to {heap} for (*Set[go.shape.string]).Add with derefs=0:
./main.go:23:22:   flow: {heap} ← v:
./main.go:23:22:     from s.m[v] (key of map put) at ./main.go:23:37
./main.go:15:28: parameter items leaks to {heap} for NewSet[go.shape.string] with derefs=1:
./main.go:15:28:   flow: {temp} ← items:
./main.go:15:28:   flow: it ← *{temp}:
./main.go:15:28:     from for loop (range-deref) at ./main.go:17:15
./main.go:15:28:   flow: {heap} ← it:
./main.go:15:28:     from (*Set[go.shape.string]).Add(s, (*[20]uintptr)(.dict[0]), it) (call parameter) at ./main.go:18:8
./main.go:16:7: &Set[go.shape.string]{...} escapes to heap in NewSet[go.shape.string]:
./main.go:16:7:   flow: s ← &{storage for &Set[go.shape.string]{...}}:
./main.go:16:7:     from &Set[go.shape.string]{...} (spill) at ./main.go:16:7
./main.go:16:7:     from s := &Set[go.shape.string]{...} (assign) at ./main.go:16:4
./main.go:16:7:   flow: ~r0 ← s:
./main.go:16:7:     from return s (return) at ./main.go:20:2
./main.go:16:22: make(map[go.shape.string]struct {}, len(items)) escapes to heap in NewSet[go.shape.string]:
./main.go:16:22:   flow: {storage for &Set[go.shape.string]{...}} ← &{storage for make(map[go.shape.string]struct {}, len(items))}:
./main.go:16:22:     from make(map[go.shape.string]struct {}, len(items)) (spill) at ./main.go:16:22
./main.go:16:22:     from Set[go.shape.string]{...} (struct literal element) at ./main.go:16:14
./main.go:16:7: &Set[go.shape.string]{...} escapes to heap
./main.go:16:22: make(map[go.shape.string]struct {}, len(items)) escapes to heap
$GOROOT/src/slices/iter.go:51:2: slices.AppendSeq[go.shape.[]go.shape.string,go.shape.string] capturing by ref: slices.#state1 (addr=false assign=true width=8)
$GOROOT/src/slices/iter.go:50:35: slices.AppendSeq[go.shape.[]go.shape.string,go.shape.string] capturing by ref: slices.s (addr=false assign=true width=24)
$GOROOT/src/slices/iter.go:50:6: slices.AppendSeq[go.shape.[]go.shape.string,go.shape.string] capturing by value: slices..dict (addr=false assign=false width=8)
$GOROOT/src/slices/iter.go:51:6: parameter slices.v leaks to {heap} for AppendSeq[go.shape.[]go.shape.string,go.shape.string]-range1 with derefs=0:
$GOROOT/src/slices/iter.go:51:6:   flow: {heap} ← slices.v:
$GOROOT/src/slices/iter.go:51:6:     from append(slices.s, slices.v) (call parameter) at $GOROOT/src/slices/iter.go:52:13
$GOROOT/src/slices/iter.go:50:35: parameter slices.s leaks to {heap} for AppendSeq[go.shape.[]go.shape.string,go.shape.string] with derefs=1:
$GOROOT/src/slices/iter.go:50:35:   flow: {temp} ← slices.s:
$GOROOT/src/slices/iter.go:50:35:     from append(slices.s, slices.v) (call parameter) at $GOROOT/src/slices/iter.go:52:13
$GOROOT/src/slices/iter.go:50:35:   flow: {heap} ← *{temp}:
$GOROOT/src/slices/iter.go:50:35:     from append(slices.s, slices.v) (appendee slice) at $GOROOT/src/slices/iter.go:52:13
$GOROOT/src/slices/iter.go:51:2: func literal escapes to heap in AppendSeq[go.shape.[]go.shape.string,go.shape.string]:
$GOROOT/src/slices/iter.go:51:2:   flow: slices.#yield1 ← &{storage for func literal}:
$GOROOT/src/slices/iter.go:51:2:     from func literal (spill) at $GOROOT/src/slices/iter.go:51:2
$GOROOT/src/slices/iter.go:51:2:     from slices.#yield1 := func literal (assign) at $GOROOT/src/slices/iter.go:51:2
$GOROOT/src/slices/iter.go:51:2:   flow: {heap} ← slices.#yield1:
$GOROOT/src/slices/iter.go:51:2:     from slices.seq(slices.#yield1) (call parameter) at $GOROOT/src/slices/iter.go:51:2
$GOROOT/src/slices/iter.go:51:2: slices.#state1 escapes to heap in AppendSeq[go.shape.[]go.shape.string,go.shape.string]:
$GOROOT/src/slices/iter.go:51:2:   flow: {storage for func literal} ← &slices.#state1:
$GOROOT/src/slices/iter.go:51:2:     from slices.#state1 (captured by a closure) at <unknown line number>
$GOROOT/src/slices/iter.go:51:2:     from slices.#state1 (reference) at <unknown line number>
$GOROOT/src/slices/iter.go:50:35: slices.s escapes to heap in AppendSeq[go.shape.[]go.shape.string,go.shape.string]:
$GOROOT/src/slices/iter.go:50:35:   flow: {storage for func literal} ← &slices.s:
$GOROOT/src/slices/iter.go:50:35:     from slices.s (captured by a closure) at $GOROOT/src/slices/iter.go:52:3
$GOROOT/src/slices/iter.go:50:35:     from slices.s (reference) at $GOROOT/src/slices/iter.go:52:3
$GOROOT/src/slices/iter.go:50:35: parameter slices.s leaks to {storage for func literal} for AppendSeq[go.shape.[]go.shape.string,go.shape.string] with derefs=0:
$GOROOT/src/slices/iter.go:50:35:   flow: {storage for func literal} ← &slices.s:
$GOROOT/src/slices/iter.go:50:35:     from slices.s (captured by a closure) at $GOROOT/src/slices/iter.go:52:3
$GOROOT/src/slices/iter.go:50:35:     from slices.s (reference) at $GOROOT/src/slices/iter.go:52:3
$GOROOT/src/slices/iter.go:50:6: parameter slices..dict leaks to {storage for func literal} for AppendSeq[go.shape.[]go.shape.string,go.shape.string] with derefs=0:
$GOROOT/src/slices/iter.go:50:6:   flow: {storage for func literal} ← slices..dict:
$GOROOT/src/slices/iter.go:50:6:     from slices..dict (captured by a closure) at $GOROOT/src/slices/iter.go:50:6
$GOROOT/src/slices/iter.go:52:13: append(slices.s, slices.v) escapes to heap in AppendSeq[go.shape.[]go.shape.string,go.shape.string]-range1:
$GOROOT/src/slices/iter.go:52:13:   flow: slices.s ← &{storage for append(slices.s, slices.v)}:
$GOROOT/src/slices/iter.go:52:13:     from append(slices.s, slices.v) (spill) at $GOROOT/src/slices/iter.go:52:13
$GOROOT/src/slices/iter.go:52:13:     from slices.s = append(slices.s, slices.v) (assign) at $GOROOT/src/slices/iter.go:52:5
$GOROOT/src/slices/iter.go:50:35: moved to heap: slices.s
$GOROOT/src/slices/iter.go:51:2: moved to heap: slices.#state1
$GOROOT/src/slices/iter.go:51:2: func literal escapes to heap
$GOROOT/src/slices/iter.go:52:13: append escapes to heap
$GOROOT/src/slices/zsortordered.go:15:23: slices.insertionSortOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:15:23: slices.insertionSortOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:35:39: slices.siftDownOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
$GOROOT/src/slices/zsortordered.go:35:39: slices.siftDownOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
$GOROOT/src/slices/zsortordered.go:52:30: slices.heapSortOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
$GOROOT/src/slices/zsortordered.go:52:30: slices.heapSortOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
$GOROOT/src/slices/zsortordered.go:253:29: slices.breakPatternsOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
$GOROOT/src/slices/zsortordered.go:253:29: slices.breakPatternsOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
$GOROOT/src/slices/zsortordered.go:325:20: slices.reverseRangeOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:325:20: slices.reverseRangeOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:216:22: slices.partialInsertionSortOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:216:22: slices.partialInsertionSortOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:224:24: slices.partialInsertionSortOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:224:24: slices.partialInsertionSortOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:233:24: slices.partialInsertionSortOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:233:24: slices.partialInsertionSortOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:176:23: slices.partitionEqualOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:176:23: slices.partitionEqualOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:189:20: slices.partitionEqualOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:189:20: slices.partitionEqualOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:138:23: slices.partitionOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:138:23: slices.partitionOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:148:20: slices.partitionOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:148:20: slices.partitionOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:151:19: slices.partitionOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:151:19: slices.partitionOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:165:20: slices.partitionOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:165:20: slices.partitionOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:169:19: slices.partitionOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:169:19: slices.partitionOrdered[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/maps/iter.go:25:46: maps.Keys[go.shape.map[go.shape.string]struct {},go.shape.string,go.shape.struct {}] capturing by value: maps.m (addr=false assign=false width=8)
$GOROOT/src/maps/iter.go:25:6: maps.Keys[go.shape.map[go.shape.string]struct {},go.shape.string,go.shape.struct {}] capturing by value: maps..dict (addr=false assign=false width=8)
$GOROOT/src/maps/iter.go:26:9: func literal escapes to heap in Keys[go.shape.map[go.shape.string]struct {},go.shape.string,go.shape.struct {}]:
$GOROOT/src/maps/iter.go:26:9:   flow: maps.~r0 ← &{storage for func literal}:
$GOROOT/src/maps/iter.go:26:9:     from func literal (spill) at $GOROOT/src/maps/iter.go:26:9
$GOROOT/src/maps/iter.go:26:9:     from return func literal (return) at $GOROOT/src/maps/iter.go:26:2
$GOROOT/src/maps/iter.go:25:46: parameter maps.m leaks to {storage for func literal} for Keys[go.shape.map[go.shape.string]struct {},go.shape.string,go.shape.struct {}] with derefs=0:
$GOROOT/src/maps/iter.go:25:46:   flow: {storage for func literal} ← maps.m:
$GOROOT/src/maps/iter.go:25:46:     from maps.m (captured by a closure) at $GOROOT/src/maps/iter.go:27:18
$GOROOT/src/maps/iter.go:25:6: parameter maps..dict leaks to {storage for func literal} for Keys[go.shape.map[go.shape.string]struct {},go.shape.string,go.shape.struct {}] with derefs=0:
$GOROOT/src/maps/iter.go:25:6:   flow: {storage for func literal} ← maps..dict:
$GOROOT/src/maps/iter.go:25:6:     from maps..dict (captured by a closure) at $GOROOT/src/maps/iter.go:25:6
$GOROOT/src/maps/iter.go:26:9: func literal escapes to heap
./main.go:26:7: parameter s leaks to {heap} for (*Set[go.shape.string]).Sorted with derefs=1:
./main.go:26:7:   flow: {heap} ← *s:
./main.go:26:7:     from s.m (dot of pointer) at ./main.go:26:66
./main.go:26:7:     from maps.Keys[go.shape.map[go.shape.string]struct {},go.shape.string,go.shape.struct {}]((*[7]uintptr)(.dict[1]), s.m) (call parameter) at ./main.go:26:64
./main.go:43:22: (*Set[go.shape.int]).Sorted(u, &.dict.Set[int]) escapes to heap in main:
./main.go:43:22:   flow: {storage for ... argument} ← &{storage for (*Set[go.shape.int]).Sorted(u, &.dict.Set[int])}:
./main.go:43:22:     from (*Set[go.shape.int]).Sorted(u, &.dict.Set[int]) (spill) at ./main.go:43:22
./main.go:43:22:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:22:   flow: {heap} ← {storage for ... argument}:
./main.go:43:22:     from ... argument (spill) at ./main.go:43:13
./main.go:43:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:31: (*Set[go.shape.int]).Len(u, &.dict.Set[int]) escapes to heap in main:
./main.go:43:31:   flow: {storage for ... argument} ← &{storage for (*Set[go.shape.int]).Len(u, &.dict.Set[int])}:
./main.go:43:31:     from (*Set[go.shape.int]).Len(u, &.dict.Set[int]) (spill) at ./main.go:43:31
./main.go:43:31:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:31:   flow: {heap} ← {storage for ... argument}:
./main.go:43:31:     from ... argument (spill) at ./main.go:43:13
./main.go:43:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:40: (*Set[go.shape.int]).Has(u, &.dict.Set[int], 4) escapes to heap in main:
./main.go:43:40:   flow: {storage for ... argument} ← &{storage for (*Set[go.shape.int]).Has(u, &.dict.Set[int], 4)}:
./main.go:43:40:     from (*Set[go.shape.int]).Has(u, &.dict.Set[int], 4) (spill) at ./main.go:43:40
./main.go:43:40:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:40:   flow: {heap} ← {storage for ... argument}:
./main.go:43:40:     from ... argument (spill) at ./main.go:43:13
./main.go:43:40:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:50: (*Set[go.shape.int]).Has(u, &.dict.Set[int], 7) escapes to heap in main:
./main.go:43:50:   flow: {storage for ... argument} ← &{storage for (*Set[go.shape.int]).Has(u, &.dict.Set[int], 7)}:
./main.go:43:50:     from (*Set[go.shape.int]).Has(u, &.dict.Set[int], 7) (spill) at ./main.go:43:50
./main.go:43:50:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:50:   flow: {heap} ← {storage for ... argument}:
./main.go:43:50:     from ... argument (spill) at ./main.go:43:13
./main.go:43:50:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:45:22: (*Set[go.shape.string]).Sorted(w, &.dict.Set[string]) escapes to heap in main:
./main.go:45:22:   flow: {storage for ... argument} ← &{storage for (*Set[go.shape.string]).Sorted(w, &.dict.Set[string])}:
./main.go:45:22:     from (*Set[go.shape.string]).Sorted(w, &.dict.Set[string]) (spill) at ./main.go:45:22
./main.go:45:22:     from ... argument (slice-literal-element) at ./main.go:45:13
./main.go:45:22:   flow: {heap} ← {storage for ... argument}:
./main.go:45:22:     from ... argument (spill) at ./main.go:45:13
./main.go:45:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:45:13
./main.go:40:13: ... argument does not escape
./main.go:41:13: ... argument does not escape
./main.go:43:13: ... argument does not escape
./main.go:43:22: (*Set[go.shape.int]).Sorted(u, &.dict.Set[int]) escapes to heap
./main.go:43:31: (*Set[go.shape.int]).Len(u, &.dict.Set[int]) escapes to heap
./main.go:43:40: (*Set[go.shape.int]).Has(u, &.dict.Set[int], 4) escapes to heap
./main.go:43:50: (*Set[go.shape.int]).Has(u, &.dict.Set[int], 7) escapes to heap
./main.go:44:13: ... argument does not escape
./main.go:45:13: ... argument does not escape
./main.go:45:22: (*Set[go.shape.string]).Sorted(w, &.dict.Set[string]) escapes to heap
./main.go:15:28: parameter items leaks to {heap} for NewSet[string] with derefs=1:
./main.go:15:28:   flow: {heap} ← *items:
./main.go:15:28:     from NewSet[go.shape.string](&.dict.NewSet[string], items...) (call parameter) at ./main.go:15:6
./main.go:26:7: parameter s leaks to {heap} for (*Set[string]).Sorted with derefs=1:
./main.go:26:7:   flow: {heap} ← *s:
./main.go:26:7:     from (*Set[go.shape.string]).Sorted(s, &.dict.Set[string]) (call parameter) at ./main.go:26:6
./main.go:23:22: parameter v leaks to {heap} for (*Set[string]).Add with derefs=0:
./main.go:23:22:   flow: {heap} ← v:
./main.go:23:22:     from (*Set[go.shape.string]).Add(s, &.dict.Set[string], v) (call parameter) at ./main.go:23:6
./main.go:26:7: parameter s leaks to {heap} for (*Set[int]).Sorted with derefs=1:
./main.go:26:7:   flow: {heap} ← *s:
./main.go:26:7:     from (*Set[go.shape.int]).Sorted(s, &.dict.Set[int]) (call parameter) at ./main.go:26:6
