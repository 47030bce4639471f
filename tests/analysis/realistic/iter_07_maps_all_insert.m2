$GOROOT/src/maps/iter.go:12:45: maps.All[go.shape.map[string]int,go.shape.string,go.shape.int] capturing by value: maps.m (addr=false assign=false width=8)
$GOROOT/src/maps/iter.go:12:6: maps.All[go.shape.map[string]int,go.shape.string,go.shape.int] capturing by value: maps..dict (addr=false assign=false width=8)
$GOROOT/src/maps/iter.go:13:9: func literal escapes to heap in All[go.shape.map[string]int,go.shape.string,go.shape.int]:
$GOROOT/src/maps/iter.go:13:9:   flow: maps.~r0 ← &{storage for func literal}:
$GOROOT/src/maps/iter.go:13:9:     from func literal (spill) at $GOROOT/src/maps/iter.go:13:9
$GOROOT/src/maps/iter.go:13:9:     from return func literal (return) at $GOROOT/src/maps/iter.go:13:2
$GOROOT/src/maps/iter.go:12:45: parameter maps.m leaks to {storage for func literal} for All[go.shape.map[string]int,go.shape.string,go.shape.int] with derefs=0:
$GOROOT/src/maps/iter.go:12:45:   flow: {storage for func literal} ← maps.m:
$GOROOT/src/maps/iter.go:12:45:     from maps.m (captured by a closure) at $GOROOT/src/maps/iter.go:14:21
$GOROOT/src/maps/iter.go:12:6: parameter maps..dict leaks to {storage for func literal} for All[go.shape.map[string]int,go.shape.string,go.shape.int] with derefs=0:
$GOROOT/src/maps/iter.go:12:6:   flow: {storage for func literal} ← maps..dict:
$GOROOT/src/maps/iter.go:12:6:     from maps..dict (captured by a closure) at $GOROOT/src/maps/iter.go:12:6
$GOROOT/src/maps/iter.go:13:9: func literal escapes to heap
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
./main.go:15:2: Inventory.LowStock capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:13:31: Inventory.LowStock capturing by value: limit (addr=false assign=false width=8)
./main.go:14:6: Inventory.LowStock capturing by ref: out (addr=false assign=true width=24)
./main.go:15:6: parameter name leaks to {heap} for Inventory.LowStock-range1 with derefs=0:
./main.go:15:6:   flow: {heap} ← name:
./main.go:15:6:     from append(out, name) (call parameter) at ./main.go:17:16
./main.go:13:7: parameter inv leaks to {heap} for Inventory.LowStock with derefs=0:
./main.go:13:7:   flow: {heap} ← inv:
./main.go:13:7:     from maps.All[go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.All[main.Inventory,string,int], inv) (call parameter) at ./main.go:15:33
./main.go:15:2: func literal escapes to heap in Inventory.LowStock:
./main.go:15:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:15:2:     from func literal (spill) at ./main.go:15:2
./main.go:15:2:     from #yield1 := func literal (assign) at ./main.go:15:2
./main.go:15:2:   flow: {heap} ← #yield1:
./main.go:15:2:     from .autotmp_6(#yield1) (call parameter) at ./main.go:15:2
./main.go:15:2: #state1 escapes to heap in Inventory.LowStock:
./main.go:15:2:   flow: {storage for func literal} ← &#state1:
./main.go:15:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:15:2:     from #state1 (reference) at <unknown line number>
./main.go:13:31: parameter limit leaks to {storage for func literal} for Inventory.LowStock with derefs=0:
./main.go:13:31:   flow: {storage for func literal} ← limit:
./main.go:13:31:     from limit (captured by a closure) at ./main.go:16:12
./main.go:14:6: out escapes to heap in Inventory.LowStock:
./main.go:14:6:   flow: {storage for func literal} ← &out:
./main.go:14:6:     from out (captured by a closure) at ./main.go:17:4
./main.go:14:6:     from out (reference) at ./main.go:17:4
./main.go:17:16: append(out, name) escapes to heap in Inventory.LowStock-range1:
./main.go:17:16:   flow: out ← &{storage for append(out, name)}:
./main.go:17:16:     from append(out, name) (spill) at ./main.go:17:16
./main.go:17:16:     from out = append(out, name) (assign) at ./main.go:17:8
./main.go:13:7: leaking param: inv
./main.go:15:6: leaking param: name
./main.go:14:6: moved to heap: out
./main.go:15:2: moved to heap: #state1
./main.go:15:2: func literal escapes to heap
./main.go:17:16: append escapes to heap
$GOROOT/src/maps/iter.go:51:2: maps.Insert[go.shape.map[go.shape.string]go.shape.int,go.shape.string,go.shape.int] capturing by ref: maps.#state1 (addr=false assign=true width=8)
$GOROOT/src/maps/iter.go:50:48: maps.Insert[go.shape.map[go.shape.string]go.shape.int,go.shape.string,go.shape.int] capturing by value: maps.m (addr=false assign=false width=8)
$GOROOT/src/maps/iter.go:50:6: maps.Insert[go.shape.map[go.shape.string]go.shape.int,go.shape.string,go.shape.int] capturing by value: maps..dict (addr=false assign=false width=8)
$GOROOT/src/maps/iter.go:51:6: parameter maps.k leaks to {heap} for Insert[go.shape.map[go.shape.string]go.shape.int,go.shape.string,go.shape.int]-range1 with derefs=0:
$GOROOT/src/maps/iter.go:51:6:   flow: {heap} ← maps.k:
$GOROOT/src/maps/iter.go:51:6:     from maps.m[maps.k] (key of map put) at $GOROOT/src/maps/iter.go:52:4
$GOROOT/src/maps/iter.go:51:2: func literal escapes to heap in Insert[go.shape.map[go.shape.string]go.shape.int,go.shape.string,go.shape.int]:
$GOROOT/src/maps/iter.go:51:2:   flow: maps.#yield1 ← &{storage for func literal}:
$GOROOT/src/maps/iter.go:51:2:     from func literal (spill) at $GOROOT/src/maps/iter.go:51:2
$GOROOT/src/maps/iter.go:51:2:     from maps.#yield1 := func literal (assign) at $GOROOT/src/maps/iter.go:51:2
$GOROOT/src/maps/iter.go:51:2:   flow: {heap} ← maps.#yield1:
$GOROOT/src/maps/iter.go:51:2:     from maps.seq(maps.#yield1) (call parameter) at $GOROOT/src/maps/iter.go:51:2
$GOROOT/src/maps/iter.go:51:2: maps.#state1 escapes to heap in Insert[go.shape.map[go.shape.string]go.shape.int,go.shape.string,go.shape.int]:
$GOROOT/src/maps/iter.go:51:2:   flow: {storage for func literal} ← &maps.#state1:
$GOROOT/src/maps/iter.go:51:2:     from maps.#state1 (captured by a closure) at <unknown line number>
$GOROOT/src/maps/iter.go:51:2:     from maps.#state1 (reference) at <unknown line number>
$GOROOT/src/maps/iter.go:50:48: parameter maps.m leaks to {storage for func literal} for Insert[go.shape.map[go.shape.string]go.shape.int,go.shape.string,go.shape.int] with derefs=0:
$GOROOT/src/maps/iter.go:50:48:   flow: {storage for func literal} ← maps.m:
$GOROOT/src/maps/iter.go:50:48:     from maps.m (captured by a closure) at $GOROOT/src/maps/iter.go:52:3
$GOROOT/src/maps/iter.go:50:6: parameter maps..dict leaks to {storage for func literal} for Insert[go.shape.map[go.shape.string]go.shape.int,go.shape.string,go.shape.int] with derefs=0:
$GOROOT/src/maps/iter.go:50:6:   flow: {storage for func literal} ← maps..dict:
$GOROOT/src/maps/iter.go:50:6:     from maps..dict (captured by a closure) at $GOROOT/src/maps/iter.go:50:6
$GOROOT/src/maps/iter.go:51:2: moved to heap: maps.#state1
$GOROOT/src/maps/iter.go:51:2: func literal escapes to heap
$GOROOT/src/maps/iter.go:59:11: make(map[go.shape.string]go.shape.int) escapes to heap in Collect[go.shape.string,go.shape.int]:
$GOROOT/src/maps/iter.go:59:11:   flow: maps.m ← &{storage for make(map[go.shape.string]go.shape.int)}:
$GOROOT/src/maps/iter.go:59:11:     from make(map[go.shape.string]go.shape.int) (spill) at $GOROOT/src/maps/iter.go:59:11
$GOROOT/src/maps/iter.go:59:11:     from maps.m := make(map[go.shape.string]go.shape.int) (assign) at $GOROOT/src/maps/iter.go:59:4
$GOROOT/src/maps/iter.go:59:11:   flow: {heap} ← maps.m:
$GOROOT/src/maps/iter.go:59:11:     from maps.Insert[go.shape.map[go.shape.string]go.shape.int,go.shape.string,go.shape.int]((*[5]uintptr)(maps..dict[0]), maps.m, maps.seq) (call parameter) at $GOROOT/src/maps/iter.go:60:8
$GOROOT/src/maps/iter.go:59:11: make(map[go.shape.string]go.shape.int) escapes to heap
$GOROOT/src/maps/maps.go:50:45: parameter maps.m leaks to {heap} for Clone[go.shape.map[string]int,go.shape.string,go.shape.int] with derefs=0:
$GOROOT/src/maps/maps.go:50:45:   flow: {heap} ← maps.m:
$GOROOT/src/maps/maps.go:50:45:     from maps.m (interface-converted) at $GOROOT/src/maps/maps.go:55:15
$GOROOT/src/maps/maps.go:50:45:     from maps.clone(maps.m) (call parameter) at $GOROOT/src/maps/maps.go:55:14
$GOROOT/src/slices/iter.go:14:29: slices.All[go.shape.[]string,go.shape.string] capturing by value: slices.s (addr=false assign=false width=24)
$GOROOT/src/slices/iter.go:14:6: slices.All[go.shape.[]string,go.shape.string] capturing by value: slices..dict (addr=false assign=false width=8)
$GOROOT/src/slices/iter.go:14:29: parameter slices.s leaks to {heap} for All[go.shape.[]string,go.shape.string] with derefs=1:
$GOROOT/src/slices/iter.go:14:29:   flow: {temp} ← slices.s:
$GOROOT/src/slices/iter.go:14:29:   flow: slices.v ← *{temp}:
$GOROOT/src/slices/iter.go:14:29:     from for loop (range-deref) at $GOROOT/src/slices/iter.go:16:15
$GOROOT/src/slices/iter.go:14:29:   flow: {heap} ← slices.v:
$GOROOT/src/slices/iter.go:14:29:     from slices.yield(slices.i, slices.v) (call parameter) at $GOROOT/src/slices/iter.go:17:13
$GOROOT/src/slices/iter.go:15:9: func literal escapes to heap in All[go.shape.[]string,go.shape.string]:
$GOROOT/src/slices/iter.go:15:9:   flow: slices.~r0 ← &{storage for func literal}:
$GOROOT/src/slices/iter.go:15:9:     from func literal (spill) at $GOROOT/src/slices/iter.go:15:9
$GOROOT/src/slices/iter.go:15:9:     from return func literal (return) at $GOROOT/src/slices/iter.go:15:2
$GOROOT/src/slices/iter.go:14:29: parameter slices.s leaks to {storage for func literal} for All[go.shape.[]string,go.shape.string] with derefs=0:
$GOROOT/src/slices/iter.go:14:29:   flow: {storage for func literal} ← slices.s:
$GOROOT/src/slices/iter.go:14:29:     from slices.s (captured by a closure) at $GOROOT/src/slices/iter.go:16:21
$GOROOT/src/slices/iter.go:14:6: parameter slices..dict leaks to {storage for func literal} for All[go.shape.[]string,go.shape.string] with derefs=0:
$GOROOT/src/slices/iter.go:14:6:   flow: {storage for func literal} ← slices..dict:
$GOROOT/src/slices/iter.go:14:6:     from slices..dict (captured by a closure) at $GOROOT/src/slices/iter.go:14:6
$GOROOT/src/slices/iter.go:15:9: func literal escapes to heap
./main.go:38:42: []string{...} escapes to heap in main:
./main.go:38:42:   flow: {heap} ← &{storage for []string{...}}:
./main.go:38:42:     from []string{...} (spill) at ./main.go:38:42
./main.go:38:42:     from slices.All[go.shape.[]string,go.shape.string](&slices..dict.All[[]string,string], []string{...}) (call parameter) at ./main.go:38:33
./main.go:25:2: main capturing by value: inv (addr=false assign=false width=8)
./main.go:38:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:27:26: Inventory.LowStock(inv, 5) escapes to heap in main:
./main.go:27:26:   flow: {storage for ... argument} ← &{storage for Inventory.LowStock(inv, 5)}:
./main.go:27:26:     from Inventory.LowStock(inv, 5) (spill) at ./main.go:27:26
./main.go:27:26:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:26:   flow: {heap} ← {storage for ... argument}:
./main.go:27:26:     from ... argument (spill) at ./main.go:27:13
./main.go:27:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:25:18: Inventory{...} escapes to heap in main:
./main.go:25:18:   flow: inv ← &{storage for Inventory{...}}:
./main.go:25:18:     from Inventory{...} (spill) at ./main.go:25:18
./main.go:25:18:     from inv := Inventory{...} (assign) at ./main.go:25:6
./main.go:25:18:   flow: {heap} ← inv:
./main.go:25:18:     from Inventory.LowStock(inv, 5) (call parameter) at ./main.go:27:26
./main.go:29:26: Inventory.LowStock(inv, 5) escapes to heap in main:
./main.go:29:26:   flow: {storage for ... argument} ← &{storage for Inventory.LowStock(inv, 5)}:
./main.go:29:26:     from Inventory.LowStock(inv, 5) (spill) at ./main.go:29:26
./main.go:29:26:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:26:   flow: {heap} ← {storage for ... argument}:
./main.go:29:26:     from ... argument (spill) at ./main.go:29:13
./main.go:29:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:29:34: len(inv) escapes to heap in main:
./main.go:29:34:   flow: {storage for ... argument} ← &{storage for len(inv)}:
./main.go:29:34:     from len(inv) (spill) at ./main.go:29:34
./main.go:29:34:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:34:   flow: {heap} ← {storage for ... argument}:
./main.go:29:34:     from ... argument (spill) at ./main.go:29:13
./main.go:29:34:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:37:19: upper["PLUMS"] escapes to heap in main:
./main.go:37:19:   flow: {storage for ... argument} ← &{storage for upper["PLUMS"]}:
./main.go:37:19:     from upper["PLUMS"] (spill) at ./main.go:37:19
./main.go:37:19:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:19:   flow: {heap} ← {storage for ... argument}:
./main.go:37:19:     from ... argument (spill) at ./main.go:37:13
./main.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:37:40: maps.Equal[go.shape.map[string]int,go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Equal[main.Inventory,main.Inventory,string,int], inv, Inventory(maps.Clone[go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Clone[main.Inventory,string,int], inv))) escapes to heap in main:
./main.go:37:40:   flow: {storage for ... argument} ← &{storage for maps.Equal[go.shape.map[string]int,go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Equal[main.Inventory,main.Inventory,string,int], inv, Inventory(maps.Clone[go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Clone[main.Inventory,string,int], inv)))}:
./main.go:37:40:     from maps.Equal[go.shape.map[string]int,go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Equal[main.Inventory,main.Inventory,string,int], inv, Inventory(maps.Clone[go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Clone[main.Inventory,string,int], inv))) (spill) at ./main.go:37:40
./main.go:37:40:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:40:   flow: {heap} ← {storage for ... argument}:
./main.go:37:40:     from ... argument (spill) at ./main.go:37:13
./main.go:37:40:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:39:13: i escapes to heap in main-range1:
./main.go:39:13:   flow: {storage for ... argument} ← &{storage for i}:
./main.go:39:13:     from i (spill) at ./main.go:39:13
./main.go:39:13:     from ... argument (slice-literal-element) at ./main.go:39:12
./main.go:39:13:   flow: {heap} ← {storage for ... argument}:
./main.go:39:13:     from ... argument (spill) at ./main.go:39:12
./main.go:39:13:     from fmt.Print(... argument...) (call parameter) at ./main.go:39:12
./main.go:39:16: name escapes to heap in main-range1:
./main.go:39:16:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:39:16:     from name (spill) at ./main.go:39:16
./main.go:39:16:     from ... argument (slice-literal-element) at ./main.go:39:12
./main.go:39:16:   flow: {heap} ← {storage for ... argument}:
./main.go:39:16:     from ... argument (spill) at ./main.go:39:12
./main.go:39:16:     from fmt.Print(... argument...) (call parameter) at ./main.go:39:12
./main.go:39:22: " " escapes to heap in main-range1:
./main.go:39:22:   flow: {storage for ... argument} ← &{storage for " "}:
./main.go:39:22:     from " " (spill) at ./main.go:39:22
./main.go:39:22:     from ... argument (slice-literal-element) at ./main.go:39:12
./main.go:39:22:   flow: {heap} ← {storage for ... argument}:
./main.go:39:22:     from ... argument (spill) at ./main.go:39:12
./main.go:39:22:     from fmt.Print(... argument...) (call parameter) at ./main.go:39:12
./main.go:38:2: func literal escapes to heap in main:
./main.go:38:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:38:2:     from func literal (spill) at ./main.go:38:2
./main.go:38:2:     from #yield1 := func literal (assign) at ./main.go:38:2
./main.go:38:2:   flow: {heap} ← #yield1:
./main.go:38:2:     from .autotmp_5(#yield1) (call parameter) at ./main.go:38:2
./main.go:38:9: parameter name leaks to {storage for name} for main-range1 with derefs=0:
./main.go:38:9:   flow: {storage for name} ← name:
./main.go:38:9:     from name (interface-converted) at ./main.go:39:16
./main.go:38:2: #state1 escapes to heap in main:
./main.go:38:2:   flow: {storage for func literal} ← &#state1:
./main.go:38:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:38:2:     from #state1 (reference) at <unknown line number>
./main.go:30:29: yield does not escape
./main.go:38:9: leaking param: name
./main.go:38:2: moved to heap: #state1
./main.go:25:18: Inventory{...} escapes to heap
./main.go:26:27: map[string]int{...} does not escape
./main.go:27:13: ... argument does not escape
./main.go:27:26: Inventory.LowStock(inv, 5) escapes to heap
./main.go:29:13: ... argument does not escape
./main.go:29:26: Inventory.LowStock(inv, 5) escapes to heap
./main.go:29:34: len(inv) escapes to heap
./main.go:30:24: func literal does not escape
./main.go:37:13: ... argument does not escape
./main.go:37:19: upper["PLUMS"] escapes to heap
./main.go:37:40: maps.Equal[go.shape.map[string]int,go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Equal[main.Inventory,main.Inventory,string,int], inv, Inventory(maps.Clone[go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Clone[main.Inventory,string,int], inv))) escapes to heap
./main.go:38:2: func literal escapes to heap
./main.go:39:12: ... argument does not escape
./main.go:39:13: i escapes to heap
./main.go:39:16: name escapes to heap
./main.go:39:22: " " escapes to heap
./main.go:38:42: []string{...} escapes to heap
$GOROOT/src/slices/iter.go:14:29: parameter slices.s leaks to {heap} for All[[]string,string] with derefs=0:
$GOROOT/src/slices/iter.go:14:29:   flow: {heap} ← slices.s:
$GOROOT/src/slices/iter.go:14:29:     from slices.All[go.shape.[]string,go.shape.string](&slices..dict.All[[]string,string], slices.s) (call parameter) at $GOROOT/src/slices/iter.go:14:6
$GOROOT/src/maps/maps.go:50:45: parameter maps.m leaks to {heap} for Clone[main.Inventory,string,int] with derefs=0:
$GOROOT/src/maps/maps.go:50:45:   flow: {heap} ← maps.m:
$GOROOT/src/maps/maps.go:50:45:     from maps.Clone[go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.Clone[main.Inventory,string,int], maps.m) (call parameter) at $GOROOT/src/maps/maps.go:50:6
$GOROOT/src/maps/iter.go:12:45: parameter maps.m leaks to {heap} for All[main.Inventory,string,int] with derefs=0:
$GOROOT/src/maps/iter.go:12:45:   flow: {heap} ← maps.m:
$GOROOT/src/maps/iter.go:12:45:     from maps.All[go.shape.map[string]int,go.shape.string,go.shape.int](&maps..dict.All[main.Inventory,string,int], maps.m) (call parameter) at $GOROOT/src/maps/iter.go:12:6
./main.go:13:7: parameter inv leaks to {heap} for (*Inventory).LowStock with derefs=1:
./main.go:13:7:   flow: {heap} ← *inv:
./main.go:13:7:     from inv (indirection) at <autogenerated>:1
./main.go:13:7:     from Inventory.LowStock(inv, limit) (call parameter) at <autogenerated>:1
