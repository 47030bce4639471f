$GOROOT/src/slices/slices.go:362:15: append(go.shape.[]float64{}, slices.s...) escapes to heap in Clone[go.shape.[]float64,go.shape.float64]:
$GOROOT/src/slices/slices.go:362:15:   flow: slices.~r0 ← &{storage for append(go.shape.[]float64{}, slices.s...)}:
$GOROOT/src/slices/slices.go:362:15:     from append(go.shape.[]float64{}, slices.s...) (spill) at $GOROOT/src/slices/slices.go:362:15
$GOROOT/src/slices/slices.go:362:15:     from return append(go.shape.[]float64{}, slices.s...) (return) at $GOROOT/src/slices/slices.go:362:2
$GOROOT/src/slices/slices.go:362:17: go.shape.[]float64{} escapes to heap in Clone[go.shape.[]float64,go.shape.float64]:
$GOROOT/src/slices/slices.go:362:17:   flow: {temp} ← &{storage for go.shape.[]float64{}}:
$GOROOT/src/slices/slices.go:362:17:     from go.shape.[]float64{} (spill) at $GOROOT/src/slices/slices.go:362:17
$GOROOT/src/slices/slices.go:362:17:     from append(go.shape.[]float64{}, slices.s...) (call parameter) at $GOROOT/src/slices/slices.go:362:15
$GOROOT/src/slices/slices.go:362:17:   flow: slices.~r0 ← {temp}:
$GOROOT/src/slices/slices.go:362:17:     from return append(go.shape.[]float64{}, slices.s...) (return) at $GOROOT/src/slices/slices.go:362:2
$GOROOT/src/slices/slices.go:362:17: go.shape.[]float64{} escapes to heap
$GOROOT/src/slices/slices.go:362:15: append escapes to heap
$GOROOT/src/slices/zsortordered.go:15:23: slices.insertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:15:23: slices.insertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:35:39: slices.siftDownOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
$GOROOT/src/slices/zsortordered.go:35:39: slices.siftDownOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
$GOROOT/src/slices/zsortordered.go:52:30: slices.heapSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
$GOROOT/src/slices/zsortordered.go:52:30: slices.heapSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
$GOROOT/src/slices/zsortordered.go:253:29: slices.breakPatternsOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
$GOROOT/src/slices/zsortordered.go:253:29: slices.breakPatternsOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
$GOROOT/src/slices/zsortordered.go:325:20: slices.reverseRangeOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:325:20: slices.reverseRangeOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:216:22: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:216:22: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:224:24: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:224:24: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:233:24: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:233:24: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:176:23: slices.partitionEqualOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:176:23: slices.partitionEqualOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:189:20: slices.partitionEqualOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:189:20: slices.partitionEqualOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:138:23: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:138:23: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
$GOROOT/src/slices/zsortordered.go:148:20: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:148:20: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:151:19: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:151:19: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:165:20: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:165:20: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
$GOROOT/src/slices/zsortordered.go:169:19: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
$GOROOT/src/slices/zsortordered.go:169:19: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
./main.go:14:16: xs does not escape
./main.go:42:22: s escapes to heap in main:
./main.go:42:22:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:42:22:     from s (spill) at ./main.go:42:22
./main.go:42:22:     from ... argument (slice-literal-element) at ./main.go:42:12
./main.go:42:22:   flow: {heap} ← {storage for ... argument}:
./main.go:42:22:     from ... argument (spill) at ./main.go:42:12
./main.go:42:22:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./main.go:42:12
./main.go:43:38: math.Round(s.StdDev * 100) / 100 escapes to heap in main:
./main.go:43:38:   flow: {storage for ... argument} ← &{storage for math.Round(s.StdDev * 100) / 100}:
./main.go:43:38:     from math.Round(s.StdDev * 100) / 100 (spill) at ./main.go:43:38
./main.go:43:38:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:38:   flow: {heap} ← {storage for ... argument}:
./main.go:43:38:     from ... argument (spill) at ./main.go:43:13
./main.go:43:38:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:54: math.IsNaN(summarize(nil).Mean) escapes to heap in main:
./main.go:43:54:   flow: {storage for ... argument} ← &{storage for math.IsNaN(summarize(nil).Mean)}:
./main.go:43:54:     from math.IsNaN(summarize(nil).Mean) (spill) at ./main.go:43:54
./main.go:43:54:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:54:   flow: {heap} ← {storage for ... argument}:
./main.go:43:54:     from ... argument (spill) at ./main.go:43:13
./main.go:43:54:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:81: 2147483647 escapes to heap in main:
./main.go:43:81:   flow: {storage for ... argument} ← &{storage for 2147483647}:
./main.go:43:81:     from 2147483647 (spill) at ./main.go:43:81
./main.go:43:81:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:81:   flow: {heap} ← {storage for ... argument}:
./main.go:43:81:     from ... argument (spill) at ./main.go:43:13
./main.go:43:81:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:40:18: []float64{...} does not escape
./main.go:42:12: ... argument does not escape
./main.go:42:22: s escapes to heap
./main.go:43:13: ... argument does not escape
./main.go:43:38: math.Round(s.StdDev * 100) / 100 escapes to heap
./main.go:43:54: math.IsNaN(summarize(nil).Mean) escapes to heap
./main.go:43:81: 2147483647 escapes to heap
