./main.go:11:15: parameter text leaks to {heap} for wordFreq with derefs=0:
./main.go:11:15:   flow: {heap} ← text:
./main.go:11:15:     from strings.ToLower(text) (call parameter) at ./main.go:13:50
./main.go:11:15:     from strings.Fields(strings.ToLower(text)) (call parameter) at ./main.go:13:34
./main.go:12:14: make(map[string]int) escapes to heap in wordFreq:
./main.go:12:14:   flow: freq ← &{storage for make(map[string]int)}:
./main.go:12:14:     from make(map[string]int) (spill) at ./main.go:12:14
./main.go:12:14:     from freq := make(map[string]int) (assign) at ./main.go:12:7
./main.go:12:14:   flow: ~r0 ← freq:
./main.go:12:14:     from return freq (return) at ./main.go:16:2
./main.go:11:15: leaking param: text
./main.go:12:14: make(map[string]int) escapes to heap
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
$GOROOT/src/maps/iter.go:25:46: maps.Keys[go.shape.map[string]int,go.shape.string,go.shape.int] capturing by value: maps.m (addr=false assign=false width=8)
$GOROOT/src/maps/iter.go:25:6: maps.Keys[go.shape.map[string]int,go.shape.string,go.shape.int] capturing by value: maps..dict (addr=false assign=false width=8)
$GOROOT/src/maps/iter.go:26:9: func literal escapes to heap in Keys[go.shape.map[string]int,go.shape.string,go.shape.int]:
$GOROOT/src/maps/iter.go:26:9:   flow: maps.~r0 ← &{storage for func literal}:
$GOROOT/src/maps/iter.go:26:9:     from func literal (spill) at $GOROOT/src/maps/iter.go:26:9
$GOROOT/src/maps/iter.go:26:9:     from return func literal (return) at $GOROOT/src/maps/iter.go:26:2
$GOROOT/src/maps/iter.go:25:46: parameter maps.m leaks to {storage for func literal} for Keys[go.shape.map[string]int,go.shape.string,go.shape.int] with derefs=0:
$GOROOT/src/maps/iter.go:25:46:   flow: {storage for func literal} ← maps.m:
$GOROOT/src/maps/iter.go:25:46:     from maps.m (captured by a closure) at $GOROOT/src/maps/iter.go:27:18
$GOROOT/src/maps/iter.go:25:6: parameter maps..dict leaks to {storage for func literal} for Keys[go.shape.map[string]int,go.shape.string,go.shape.int] with derefs=0:
$GOROOT/src/maps/iter.go:25:6:   flow: {storage for func literal} ← maps..dict:
$GOROOT/src/maps/iter.go:25:6:     from maps..dict (captured by a closure) at $GOROOT/src/maps/iter.go:25:6
$GOROOT/src/maps/iter.go:26:9: func literal escapes to heap
$GOROOT/src/slices/zsortanyfunc.go:13:23: slices.insertionSortCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:13:23: slices.insertionSortCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:10:34: parameter slices.data leaks to {heap} for insertionSortCmpFunc[go.shape.string] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:10:34:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:10:34:     from slices.data[slices.j] (dot of pointer) at $GOROOT/src/slices/zsortanyfunc.go:12:33
$GOROOT/src/slices/zsortanyfunc.go:10:34:     from slices.cmp(slices.data[slices.j], slices.data[slices.j - 1]) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:12:28
$GOROOT/src/slices/zsortanyfunc.go:33:39: slices.siftDownCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
$GOROOT/src/slices/zsortanyfunc.go:33:39: slices.siftDownCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
$GOROOT/src/slices/zsortanyfunc.go:20:29: parameter slices.data leaks to {heap} for siftDownCmpFunc[go.shape.string] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:20:29:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:20:29:     from slices.data[slices.first + slices.child] (dot of pointer) at $GOROOT/src/slices/zsortanyfunc.go:27:31
$GOROOT/src/slices/zsortanyfunc.go:20:29:     from slices.cmp(slices.data[slices.first + slices.child], slices.data[slices.first + slices.child + 1]) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:27:26
$GOROOT/src/slices/zsortanyfunc.go:50:30: slices.heapSortCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
$GOROOT/src/slices/zsortanyfunc.go:50:30: slices.heapSortCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
$GOROOT/src/slices/zsortanyfunc.go:38:29: parameter slices.data leaks to {heap} for heapSortCmpFunc[go.shape.string] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:38:29:   flow: {temp} ← slices.data:
$GOROOT/src/slices/zsortanyfunc.go:38:29:     from slices.siftDownCmpFunc[go.shape.string]((*[2]uintptr)(slices..dict[0]), slices.data, slices.i, slices.hi, slices.first, slices.cmp) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:45:18
$GOROOT/src/slices/zsortanyfunc.go:38:29:   flow: {heap} ← *{temp}:
$GOROOT/src/slices/zsortanyfunc.go:251:29: slices.breakPatternsCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
$GOROOT/src/slices/zsortanyfunc.go:251:29: slices.breakPatternsCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
$GOROOT/src/slices/zsortanyfunc.go:298:27: parameter slices.data leaks to {heap} for order2CmpFunc[go.shape.string] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:298:27:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:298:27:     from slices.data[slices.b] (dot of pointer) at $GOROOT/src/slices/zsortanyfunc.go:299:13
$GOROOT/src/slices/zsortanyfunc.go:298:27:     from slices.cmp(slices.data[slices.b], slices.data[slices.a]) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:299:8
$GOROOT/src/slices/zsortanyfunc.go:307:27: parameter slices.data leaks to {heap} for medianCmpFunc[go.shape.string] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:307:27:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:307:27:     from slices.order2CmpFunc[go.shape.string]((*[2]uintptr)(slices..dict[0]), slices.data, slices.a, slices.b, slices.swaps, slices.cmp) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:308:22
$GOROOT/src/slices/zsortanyfunc.go:315:35: parameter slices.data leaks to {heap} for medianAdjacentCmpFunc[go.shape.string] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:315:35:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:315:35:     from slices.medianCmpFunc[go.shape.string]((*[3]uintptr)(slices..dict[0]), slices.data, slices.a - 1, slices.a, slices.a + 1, slices.swaps, slices.cmp) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:316:22
$GOROOT/src/slices/zsortanyfunc.go:261:32: parameter slices.data leaks to {heap} for choosePivotCmpFunc[go.shape.string] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:261:32:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:261:32:     from slices.medianAdjacentCmpFunc[go.shape.string]((*[3]uintptr)(slices..dict[0]), slices.data, slices.i, &slices.swaps, slices.cmp) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:279:29
$GOROOT/src/slices/zsortanyfunc.go:323:20: slices.reverseRangeCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortanyfunc.go:323:20: slices.reverseRangeCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortanyfunc.go:214:22: slices.partialInsertionSortCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
$GOROOT/src/slices/zsortanyfunc.go:214:22: slices.partialInsertionSortCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
$GOROOT/src/slices/zsortanyfunc.go:222:24: slices.partialInsertionSortCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:222:24: slices.partialInsertionSortCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:231:24: slices.partialInsertionSortCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:231:24: slices.partialInsertionSortCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:195:41: parameter slices.data leaks to {heap} for partialInsertionSortCmpFunc[go.shape.string] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:195:41:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:195:41:     from slices.data[slices.i] (dot of pointer) at $GOROOT/src/slices/zsortanyfunc.go:202:26
$GOROOT/src/slices/zsortanyfunc.go:195:41:     from slices.cmp(slices.data[slices.i], slices.data[slices.i - 1]) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:202:21
$GOROOT/src/slices/zsortanyfunc.go:174:23: slices.partitionEqualCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortanyfunc.go:174:23: slices.partitionEqualCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortanyfunc.go:187:20: slices.partitionEqualCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortanyfunc.go:187:20: slices.partitionEqualCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortanyfunc.go:173:35: parameter slices.data leaks to {heap} for partitionEqualCmpFunc[go.shape.string] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:173:35:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:173:35:     from slices.data[slices.a] (dot of pointer) at $GOROOT/src/slices/zsortanyfunc.go:178:27
$GOROOT/src/slices/zsortanyfunc.go:173:35:     from slices.cmp(slices.data[slices.a], slices.data[slices.i]) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:178:22
$GOROOT/src/slices/zsortanyfunc.go:136:23: slices.partitionCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortanyfunc.go:136:23: slices.partitionCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortanyfunc.go:146:20: slices.partitionCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:146:20: slices.partitionCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:149:19: slices.partitionCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortanyfunc.go:149:19: slices.partitionCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortanyfunc.go:163:20: slices.partitionCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortanyfunc.go:163:20: slices.partitionCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortanyfunc.go:167:19: slices.partitionCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:167:19: slices.partitionCmpFunc[go.shape.string] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:135:30: parameter slices.data leaks to {heap} for partitionCmpFunc[go.shape.string] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:135:30:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:135:30:     from slices.data[slices.i] (dot of pointer) at $GOROOT/src/slices/zsortanyfunc.go:139:25
$GOROOT/src/slices/zsortanyfunc.go:135:30:     from slices.cmp(slices.data[slices.i], slices.data[slices.a]) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:139:20
$GOROOT/src/slices/zsortanyfunc.go:61:28: parameter slices.data leaks to {heap} for pdqsortCmpFunc[go.shape.string] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:61:28:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:61:28:     from slices.choosePivotCmpFunc[go.shape.string]((*[4]uintptr)(slices..dict[3]), slices.data, slices.a, slices.b, slices.cmp) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:89:36
$GOROOT/src/slices/sort.go:30:30: parameter slices.x leaks to {heap} for SortFunc[go.shape.[]string,go.shape.string] with derefs=1:
$GOROOT/src/slices/sort.go:30:30:   flow: {temp} ← slices.x:
$GOROOT/src/slices/sort.go:30:30:     from slices.pdqsortCmpFunc[go.shape.string]((*[11]uintptr)(slices..dict[0]), slices.x, 0, slices.n, bits.Len(uint(slices.n)), slices.cmp) (call parameter) at $GOROOT/src/slices/sort.go:32:16
$GOROOT/src/slices/sort.go:30:30:   flow: {heap} ← *{temp}:
./main.go:20:2: main capturing by value: freq (addr=false assign=false width=8)
./main.go:24:28: parameter a leaks to {heap} for main.func1 with derefs=0:
./main.go:24:28:   flow: {heap} ← a:
./main.go:24:28:     from strings.Compare(a, b) (call parameter) at ./main.go:28:25
./main.go:24:31: parameter b leaks to {heap} for main.func1 with derefs=0:
./main.go:24:31:   flow: {heap} ← b:
./main.go:24:31:     from strings.Compare(a, b) (call parameter) at ./main.go:28:25
./main.go:22:14: words escapes to heap in main:
./main.go:22:14:   flow: {storage for ... argument} ← &{storage for words}:
./main.go:22:14:     from words (spill) at ./main.go:22:14
./main.go:22:14:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:14:   flow: {heap} ← {storage for ... argument}:
./main.go:22:14:     from ... argument (spill) at ./main.go:22:13
./main.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:30:17: top[:3] escapes to heap in main:
./main.go:30:17:   flow: {storage for ... argument} ← &{storage for top[:3]}:
./main.go:30:17:     from top[:3] (spill) at ./main.go:30:17
./main.go:30:17:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:17:   flow: {heap} ← {storage for ... argument}:
./main.go:30:17:     from ... argument (spill) at ./main.go:30:13
./main.go:30:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:24:28: leaking param: a
./main.go:24:31: leaking param: b
./main.go:22:13: ... argument does not escape
./main.go:22:14: words escapes to heap
./main.go:24:23: func literal does not escape
./main.go:30:13: ... argument does not escape
./main.go:30:17: top[:3] escapes to heap
$GOROOT/src/slices/sort.go:30:30: parameter slices.x leaks to {heap} for SortFunc[[]string,string] with derefs=1:
$GOROOT/src/slices/sort.go:30:30:   flow: {temp} ← slices.x:
$GOROOT/src/slices/sort.go:30:30:     from slices.SortFunc[go.shape.[]string,go.shape.string](&slices..dict.SortFunc[[]string,string], slices.x, slices.cmp) (call parameter) at $GOROOT/src/slices/sort.go:30:6
$GOROOT/src/slices/sort.go:30:30:   flow: {heap} ← *{temp}:
$GOROOT/src/maps/iter.go:25:46: parameter maps.m leaks to {heap} for Keys[map[string]int,string,int] with derefs=0:
$GOROOT/src/maps/iter.go:25:46:   flow: {heap} ← maps.m:
$GOROOT/src/maps/iter.go:25:46:     from maps.Keys[go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Keys[map[string]int,string,int], maps.m) (call parameter) at $GOROOT/src/maps/iter.go:25:6
