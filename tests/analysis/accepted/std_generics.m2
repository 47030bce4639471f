$GOROOT/src/slices/slices.go:107:31: parameter slices.s leaks to {heap} for IndexFunc[go.shape.[]main.User,go.shape.struct { Name string; Age int }] with derefs=1:
$GOROOT/src/slices/slices.go:107:31:   flow: {heap} ← *slices.s:
$GOROOT/src/slices/slices.go:107:31:     from slices.s[slices.i] (dot of pointer) at $GOROOT/src/slices/slices.go:109:9
$GOROOT/src/slices/slices.go:107:31:     from slices.f(slices.s[slices.i]) (call parameter) at $GOROOT/src/slices/slices.go:109:7
./main.go:18:33: u does not escape
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
./main.go:19:21: map[string]int{...} escapes to heap in main:
./main.go:19:21:   flow: m ← &{storage for map[string]int{...}}:
./main.go:19:21:     from map[string]int{...} (spill) at ./main.go:19:21
./main.go:19:21:     from m := map[string]int{...} (assign) at ./main.go:19:4
./main.go:19:21:   flow: {heap} ← m:
./main.go:19:21:     from maps.Keys[go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Keys[map[string]int,string,int], m) (call parameter) at ./main.go:20:33
./main.go:23:14: i escapes to heap in main:
./main.go:23:14:   flow: {storage for ... argument} ← &{storage for i}:
./main.go:23:14:     from i (spill) at ./main.go:23:14
./main.go:23:14:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:14:   flow: {heap} ← {storage for ... argument}:
./main.go:23:14:     from ... argument (spill) at ./main.go:23:13
./main.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:23:13
./main.go:23:17: keys escapes to heap in main:
./main.go:23:17:   flow: {storage for ... argument} ← &{storage for keys}:
./main.go:23:17:     from keys (spill) at ./main.go:23:17
./main.go:23:17:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:17:   flow: {heap} ← {storage for ... argument}:
./main.go:23:17:     from ... argument (spill) at ./main.go:23:13
./main.go:23:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:23:13
./main.go:23:35: strings.Join(keys, ",") escapes to heap in main:
./main.go:23:35:   flow: {storage for ... argument} ← &{storage for strings.Join(keys, ",")}:
./main.go:23:35:     from strings.Join(keys, ",") (spill) at ./main.go:23:35
./main.go:23:35:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:35:   flow: {heap} ← {storage for ... argument}:
./main.go:23:35:     from ... argument (spill) at ./main.go:23:13
./main.go:23:35:     from fmt.Println(... argument...) (call parameter) at ./main.go:23:13
./main.go:23:48: s escapes to heap in main:
./main.go:23:48:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:23:48:     from s (spill) at ./main.go:23:48
./main.go:23:48:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:48:   flow: {heap} ← {storage for ... argument}:
./main.go:23:48:     from ... argument (spill) at ./main.go:23:13
./main.go:23:48:     from fmt.Println(... argument...) (call parameter) at ./main.go:23:13
./main.go:21:12: []int{...} escapes to heap in main:
./main.go:21:12:   flow: s ← &{storage for []int{...}}:
./main.go:21:12:     from []int{...} (spill) at ./main.go:21:12
./main.go:21:12:     from s := []int{...} (assign) at ./main.go:21:4
./main.go:21:12:   flow: {storage for s} ← s:
./main.go:21:12:     from s (interface-converted) at ./main.go:23:48
./main.go:17:14: []User{...} does not escape
./main.go:18:28: func literal does not escape
./main.go:19:21: map[string]int{...} escapes to heap
./main.go:21:12: []int{...} escapes to heap
./main.go:23:13: ... argument does not escape
./main.go:23:14: i escapes to heap
./main.go:23:17: keys escapes to heap
./main.go:23:35: strings.Join(keys, ",") escapes to heap
./main.go:23:48: s escapes to heap
$GOROOT/src/maps/iter.go:25:46: parameter maps.m leaks to {heap} for Keys[map[string]int,string,int] with derefs=0:
$GOROOT/src/maps/iter.go:25:46:   flow: {heap} ← maps.m:
$GOROOT/src/maps/iter.go:25:46:     from maps.Keys[go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Keys[map[string]int,string,int], maps.m) (call parameter) at $GOROOT/src/maps/iter.go:25:6
$GOROOT/src/slices/slices.go:107:31: parameter slices.s leaks to {heap} for IndexFunc[[]main.User,main.User] with derefs=1:
$GOROOT/src/slices/slices.go:107:31:   flow: {heap} ← *slices.s:
$GOROOT/src/slices/slices.go:107:31:     from slices.IndexFunc[go.shape.[]main.User,go.shape.struct { Name string; Age int }](&slices..dict.IndexFunc[[]main.User,main.User], slices.s, slices.f) (call parameter) at $GOROOT/src/slices/slices.go:107:6
