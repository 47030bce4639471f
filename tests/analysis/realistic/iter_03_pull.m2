$GOROOT/src/iter/iter.go:271:15: func literal escapes to heap in Pull[go.shape.int]:
$GOROOT/src/iter/iter.go:271:15:   flow: {heap} ← &{storage for func literal}:
$GOROOT/src/iter/iter.go:271:15:     from func literal (spill) at $GOROOT/src/iter/iter.go:271:15
$GOROOT/src/iter/iter.go:271:15:     from iter.newcoro(func literal) (call parameter) at $GOROOT/src/iter/iter.go:271:14
$GOROOT/src/iter/iter.go:282:11: "iter.Pull: yield called again before next" escapes to heap in Pull[go.shape.int].func1.1:
$GOROOT/src/iter/iter.go:282:11:   flow: {heap} ← &{storage for "iter.Pull: yield called again before next"}:
$GOROOT/src/iter/iter.go:282:11:     from "iter.Pull: yield called again before next" (spill) at $GOROOT/src/iter/iter.go:282:11
$GOROOT/src/iter/iter.go:282:11:     from panic("iter.Pull: yield called again before next") (call parameter) at $GOROOT/src/iter/iter.go:282:10
$GOROOT/src/iter/iter.go:313:10: "iter.Pull: next called again before yield" escapes to heap in Pull[go.shape.int].func2:
$GOROOT/src/iter/iter.go:313:10:   flow: {heap} ← &{storage for "iter.Pull: next called again before yield"}:
$GOROOT/src/iter/iter.go:313:10:     from "iter.Pull: next called again before yield" (spill) at $GOROOT/src/iter/iter.go:313:10
$GOROOT/src/iter/iter.go:313:10:     from panic("iter.Pull: next called again before yield") (call parameter) at $GOROOT/src/iter/iter.go:313:9
$GOROOT/src/iter/iter.go:262:6: iter.Pull[go.shape.int] capturing by ref: iter.pull (addr=true assign=true width=40)
$GOROOT/src/iter/iter.go:262:6: iter.pull escapes to heap in Pull[go.shape.int]:
$GOROOT/src/iter/iter.go:262:6:   flow: {storage for func literal} ← &iter.pull:
$GOROOT/src/iter/iter.go:262:6:     from iter.pull (captured by a closure) at $GOROOT/src/iter/iter.go:272:32
$GOROOT/src/iter/iter.go:262:6:     from iter.pull (reference) at $GOROOT/src/iter/iter.go:272:32
$GOROOT/src/iter/iter.go:261:18: iter.Pull[go.shape.int] capturing by value: iter.seq (addr=false assign=false width=8)
$GOROOT/src/iter/iter.go:261:6: iter.Pull[go.shape.int] capturing by value: iter..dict (addr=false assign=false width=8)
$GOROOT/src/iter/iter.go:262:6: iter.Pull[go.shape.int] capturing by ref: iter.pull (addr=true assign=true width=40)
$GOROOT/src/iter/iter.go:271:20: iter.Pull[go.shape.int].func1 capturing by value: iter.c (addr=false assign=false width=8)
$GOROOT/src/iter/iter.go:261:6: iter.Pull[go.shape.int] capturing by value: iter..dict (addr=false assign=false width=8)
$GOROOT/src/iter/iter.go:262:6: iter.Pull[go.shape.int] capturing by ref: iter.pull (addr=true assign=true width=40)
$GOROOT/src/iter/iter.go:261:6: iter.Pull[go.shape.int] capturing by value: iter..dict (addr=false assign=false width=8)
$GOROOT/src/iter/iter.go:262:6: iter.Pull[go.shape.int] capturing by ref: iter.pull (addr=true assign=true width=40)
$GOROOT/src/iter/iter.go:271:2: iter.Pull[go.shape.int] capturing by value: iter.c (addr=false assign=false width=8)
$GOROOT/src/iter/iter.go:261:6: iter.Pull[go.shape.int] capturing by value: iter..dict (addr=false assign=false width=8)
$GOROOT/src/iter/iter.go:262:6: iter.Pull[go.shape.int] capturing by ref: iter.pull (addr=true assign=true width=40)
$GOROOT/src/iter/iter.go:271:2: iter.Pull[go.shape.int] capturing by value: iter.c (addr=false assign=false width=8)
$GOROOT/src/iter/iter.go:261:6: iter.Pull[go.shape.int] capturing by value: iter..dict (addr=false assign=false width=8)
$GOROOT/src/iter/iter.go:271:20: parameter iter.c leaks to {heap} for Pull[go.shape.int].func1 with derefs=0:
$GOROOT/src/iter/iter.go:271:20:   flow: {heap} ← iter.c:
$GOROOT/src/iter/iter.go:271:20:     from iter.coroswitch(iter.c) (call parameter) at $GOROOT/src/iter/iter.go:287:14
$GOROOT/src/iter/iter.go:277:12: func literal escapes to heap in Pull[go.shape.int].func1:
$GOROOT/src/iter/iter.go:277:12:   flow: iter.yield ← &{storage for func literal}:
$GOROOT/src/iter/iter.go:277:12:     from func literal (spill) at $GOROOT/src/iter/iter.go:277:12
$GOROOT/src/iter/iter.go:277:12:     from iter.yield := func literal (assign) at $GOROOT/src/iter/iter.go:277:9
$GOROOT/src/iter/iter.go:277:12:   flow: {heap} ← iter.yield:
$GOROOT/src/iter/iter.go:277:12:     from iter.seq(iter.yield) (call parameter) at $GOROOT/src/iter/iter.go:301:6
$GOROOT/src/iter/iter.go:271:20: parameter iter.c leaks to {storage for func literal} for Pull[go.shape.int].func1 with derefs=0:
$GOROOT/src/iter/iter.go:271:20:   flow: {storage for func literal} ← iter.c:
$GOROOT/src/iter/iter.go:271:20:     from iter.c (captured by a closure) at $GOROOT/src/iter/iter.go:287:15
$GOROOT/src/iter/iter.go:261:6: parameter iter..dict leaks to {storage for func literal} for Pull[go.shape.int] with derefs=0:
$GOROOT/src/iter/iter.go:261:6:   flow: {storage for func literal} ← iter..dict:
$GOROOT/src/iter/iter.go:261:6:     from iter..dict (captured by a closure) at $GOROOT/src/iter/iter.go:261:6
$GOROOT/src/iter/iter.go:261:18: parameter iter.seq leaks to {storage for func literal} for Pull[go.shape.int] with derefs=0:
$GOROOT/src/iter/iter.go:261:18:   flow: {storage for func literal} ← iter.seq:
$GOROOT/src/iter/iter.go:261:18:     from iter.seq (captured by a closure) at $GOROOT/src/iter/iter.go:301:3
$GOROOT/src/iter/iter.go:261:6: parameter iter..dict leaks to {storage for func literal} for Pull[go.shape.int] with derefs=0:
$GOROOT/src/iter/iter.go:261:6:   flow: {storage for func literal} ← iter..dict:
$GOROOT/src/iter/iter.go:261:6:     from iter..dict (captured by a closure) at $GOROOT/src/iter/iter.go:261:6
$GOROOT/src/iter/iter.go:331:9: func literal escapes to heap in Pull[go.shape.int]:
$GOROOT/src/iter/iter.go:331:9:   flow: iter.stop ← &{storage for func literal}:
$GOROOT/src/iter/iter.go:331:9:     from func literal (spill) at $GOROOT/src/iter/iter.go:331:9
$GOROOT/src/iter/iter.go:331:9:     from iter.stop = func literal (assign) at $GOROOT/src/iter/iter.go:331:7
$GOROOT/src/iter/iter.go:261:6: parameter iter..dict leaks to {storage for func literal} for Pull[go.shape.int] with derefs=0:
$GOROOT/src/iter/iter.go:261:6:   flow: {storage for func literal} ← iter..dict:
$GOROOT/src/iter/iter.go:261:6:     from iter..dict (captured by a closure) at $GOROOT/src/iter/iter.go:261:6
$GOROOT/src/iter/iter.go:306:9: func literal escapes to heap in Pull[go.shape.int]:
$GOROOT/src/iter/iter.go:306:9:   flow: iter.next ← &{storage for func literal}:
$GOROOT/src/iter/iter.go:306:9:     from func literal (spill) at $GOROOT/src/iter/iter.go:306:9
$GOROOT/src/iter/iter.go:306:9:     from iter.next = func literal (assign) at $GOROOT/src/iter/iter.go:306:7
$GOROOT/src/iter/iter.go:261:6: parameter iter..dict leaks to {storage for func literal} for Pull[go.shape.int] with derefs=0:
$GOROOT/src/iter/iter.go:261:6:   flow: {storage for func literal} ← iter..dict:
$GOROOT/src/iter/iter.go:261:6:     from iter..dict (captured by a closure) at $GOROOT/src/iter/iter.go:261:6
$GOROOT/src/iter/iter.go:262:6: moved to heap: iter.pull
$GOROOT/src/iter/iter.go:271:15: func literal escapes to heap
$GOROOT/src/iter/iter.go:277:12: func literal escapes to heap
$GOROOT/src/iter/iter.go:282:11: "iter.Pull: yield called again before next" escapes to heap
$GOROOT/src/iter/iter.go:292:9: func literal does not escape
$GOROOT/src/iter/iter.go:306:9: func literal escapes to heap
$GOROOT/src/iter/iter.go:313:10: "iter.Pull: next called again before yield" escapes to heap
$GOROOT/src/iter/iter.go:331:9: func literal escapes to heap
./main.go:10:36: zip[go.shape.string,go.shape.int] capturing by value: bs (addr=false assign=false width=8)
./main.go:10:20: zip[go.shape.string,go.shape.int] capturing by value: as (addr=false assign=false width=8)
./main.go:10:6: zip[go.shape.string,go.shape.int] capturing by value: .dict (addr=false assign=false width=8)
./main.go:14:3: zip[go.shape.string,go.shape.int].func1 capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:12:3: zip[go.shape.string,go.shape.int].func1 capturing by value: nextB (addr=false assign=false width=8)
./main.go:11:14: zip[go.shape.string,go.shape.int].func1 capturing by value: yield (addr=false assign=false width=8)
zip[go.shape.string,go.shape.int].func1 capturing by ref: #next (addr=false assign=true width=8)
./main.go:10:6: zip[go.shape.string,go.shape.int] capturing by value: .dict (addr=false assign=false width=8)
./main.go:10:36: parameter bs leaks to {heap} for zip[go.shape.string,go.shape.int] with derefs=0:
./main.go:10:36:   flow: {heap} ← bs:
./main.go:10:36:     from iter.Pull[go.shape.int]((*[5]uintptr)(.dict[0]), bs) (call parameter) at ./main.go:12:27
./main.go:14:7: parameter a leaks to {heap} for zip[go.shape.string,go.shape.int].func1-range1 with derefs=0:
./main.go:14:7:   flow: {heap} ← a:
./main.go:14:7:     from yield(a, b) (call parameter) at ./main.go:16:20
./main.go:14:3: func literal escapes to heap in zip[go.shape.string,go.shape.int].func1:
./main.go:14:3:   flow: #yield1 ← &{storage for func literal}:
./main.go:14:3:     from func literal (spill) at ./main.go:14:3
./main.go:14:3:     from #yield1 := func literal (assign) at ./main.go:14:3
./main.go:14:3:   flow: {heap} ← #yield1:
./main.go:14:3:     from as(#yield1) (call parameter) at ./main.go:14:3
./main.go:14:3: #state1 escapes to heap in zip[go.shape.string,go.shape.int].func1:
./main.go:14:3:   flow: {storage for func literal} ← &#state1:
./main.go:14:3:     from #state1 (captured by a closure) at <unknown line number>
./main.go:14:3:     from #state1 (reference) at <unknown line number>
./main.go:11:14: parameter yield leaks to {storage for func literal} for zip[go.shape.string,go.shape.int].func1 with derefs=0:
./main.go:11:14:   flow: {storage for func literal} ← yield:
./main.go:11:14:     from yield (captured by a closure) at ./main.go:16:15
<unknown line number>: #next escapes to heap in zip[go.shape.string,go.shape.int].func1:
<unknown line number>:   flow: {storage for func literal} ← &#next:
<unknown line number>:     from #next (captured by a closure) at ./main.go:17:5
<unknown line number>:     from #next (reference) at ./main.go:17:5
./main.go:10:6: parameter .dict leaks to {storage for func literal} for zip[go.shape.string,go.shape.int] with derefs=0:
./main.go:10:6:   flow: {storage for func literal} ← .dict:
./main.go:10:6:     from .dict (captured by a closure) at ./main.go:10:6
./main.go:11:9: func literal escapes to heap in zip[go.shape.string,go.shape.int]:
./main.go:11:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:11:9:     from func literal (spill) at ./main.go:11:9
./main.go:11:9:     from return func literal (return) at ./main.go:11:2
./main.go:10:36: parameter bs leaks to {storage for func literal} for zip[go.shape.string,go.shape.int] with derefs=0:
./main.go:10:36:   flow: {storage for func literal} ← bs:
./main.go:10:36:     from bs (captured by a closure) at ./main.go:12:28
./main.go:10:20: parameter as leaks to {storage for func literal} for zip[go.shape.string,go.shape.int] with derefs=0:
./main.go:10:20:   flow: {storage for func literal} ← as:
./main.go:10:20:     from as (captured by a closure) at ./main.go:14:18
./main.go:10:6: parameter .dict leaks to {storage for func literal} for zip[go.shape.string,go.shape.int] with derefs=0:
./main.go:10:6:   flow: {storage for func literal} ← .dict:
./main.go:10:6:     from .dict (captured by a closure) at ./main.go:10:6
moved to heap: #next
./main.go:14:3: moved to heap: #state1
./main.go:11:9: func literal escapes to heap
./main.go:14:3: func literal escapes to heap
$GOROOT/src/slices/iter.go:37:32: slices.Values[go.shape.[]string,go.shape.string] capturing by value: slices.s (addr=false assign=false width=24)
$GOROOT/src/slices/iter.go:37:6: slices.Values[go.shape.[]string,go.shape.string] capturing by value: slices..dict (addr=false assign=false width=8)
$GOROOT/src/slices/iter.go:37:32: parameter slices.s leaks to {heap} for Values[go.shape.[]string,go.shape.string] with derefs=1:
$GOROOT/src/slices/iter.go:37:32:   flow: {temp} ← slices.s:
$GOROOT/src/slices/iter.go:37:32:   flow: slices.v ← *{temp}:
$GOROOT/src/slices/iter.go:37:32:     from for loop (range-deref) at $GOROOT/src/slices/iter.go:39:15
$GOROOT/src/slices/iter.go:37:32:   flow: {heap} ← slices.v:
$GOROOT/src/slices/iter.go:37:32:     from slices.yield(slices.v) (call parameter) at $GOROOT/src/slices/iter.go:40:13
$GOROOT/src/slices/iter.go:38:9: func literal escapes to heap in Values[go.shape.[]string,go.shape.string]:
$GOROOT/src/slices/iter.go:38:9:   flow: slices.~r0 ← &{storage for func literal}:
$GOROOT/src/slices/iter.go:38:9:     from func literal (spill) at $GOROOT/src/slices/iter.go:38:9
$GOROOT/src/slices/iter.go:38:9:     from return func literal (return) at $GOROOT/src/slices/iter.go:38:2
$GOROOT/src/slices/iter.go:37:32: parameter slices.s leaks to {storage for func literal} for Values[go.shape.[]string,go.shape.string] with derefs=0:
$GOROOT/src/slices/iter.go:37:32:   flow: {storage for func literal} ← slices.s:
$GOROOT/src/slices/iter.go:37:32:     from slices.s (captured by a closure) at $GOROOT/src/slices/iter.go:39:21
$GOROOT/src/slices/iter.go:37:6: parameter slices..dict leaks to {storage for func literal} for Values[go.shape.[]string,go.shape.string] with derefs=0:
$GOROOT/src/slices/iter.go:37:6:   flow: {storage for func literal} ← slices..dict:
$GOROOT/src/slices/iter.go:37:6:     from slices..dict (captured by a closure) at $GOROOT/src/slices/iter.go:37:6
$GOROOT/src/slices/iter.go:38:9: func literal escapes to heap
$GOROOT/src/slices/iter.go:37:32: slices.Values[go.shape.[]int,go.shape.int] capturing by value: slices.s (addr=false assign=false width=24)
$GOROOT/src/slices/iter.go:37:6: slices.Values[go.shape.[]int,go.shape.int] capturing by value: slices..dict (addr=false assign=false width=8)
$GOROOT/src/slices/iter.go:38:9: func literal escapes to heap in Values[go.shape.[]int,go.shape.int]:
$GOROOT/src/slices/iter.go:38:9:   flow: slices.~r0 ← &{storage for func literal}:
$GOROOT/src/slices/iter.go:38:9:     from func literal (spill) at $GOROOT/src/slices/iter.go:38:9
$GOROOT/src/slices/iter.go:38:9:     from return func literal (return) at $GOROOT/src/slices/iter.go:38:2
$GOROOT/src/slices/iter.go:37:32: parameter slices.s leaks to {storage for func literal} for Values[go.shape.[]int,go.shape.int] with derefs=0:
$GOROOT/src/slices/iter.go:37:32:   flow: {storage for func literal} ← slices.s:
$GOROOT/src/slices/iter.go:37:32:     from slices.s (captured by a closure) at $GOROOT/src/slices/iter.go:39:21
$GOROOT/src/slices/iter.go:37:6: parameter slices..dict leaks to {storage for func literal} for Values[go.shape.[]int,go.shape.int] with derefs=0:
$GOROOT/src/slices/iter.go:37:6:   flow: {storage for func literal} ← slices..dict:
$GOROOT/src/slices/iter.go:37:6:     from slices..dict (captured by a closure) at $GOROOT/src/slices/iter.go:37:6
$GOROOT/src/slices/iter.go:38:9: func literal escapes to heap
./main.go:26:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:27:15: n escapes to heap in main-range1:
./main.go:27:15:   flow: {storage for ... argument} ← &{storage for n}:
./main.go:27:15:     from n (spill) at ./main.go:27:15
./main.go:27:15:     from ... argument (slice-literal-element) at ./main.go:27:14
./main.go:27:15:   flow: {heap} ← {storage for ... argument}:
./main.go:27:15:     from ... argument (spill) at ./main.go:27:14
./main.go:27:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:14
./main.go:27:18: a escapes to heap in main-range1:
./main.go:27:18:   flow: {storage for ... argument} ← &{storage for a}:
./main.go:27:18:     from a (spill) at ./main.go:27:18
./main.go:27:18:     from ... argument (slice-literal-element) at ./main.go:27:14
./main.go:27:18:   flow: {heap} ← {storage for ... argument}:
./main.go:27:18:     from ... argument (spill) at ./main.go:27:14
./main.go:27:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:14
./main.go:24:19: []string{...} escapes to heap in main:
./main.go:24:19:   flow: names ← &{storage for []string{...}}:
./main.go:24:19:     from []string{...} (spill) at ./main.go:24:19
./main.go:24:19:     from names := []string{...} (assign) at ./main.go:24:8
./main.go:24:19:   flow: {heap} ← names:
./main.go:24:19:     from slices.Values[go.shape.[]string,go.shape.string](&slices..dict.Values[[]string,string], names) (call parameter) at ./main.go:26:37
./main.go:25:15: []int{...} escapes to heap in main:
./main.go:25:15:   flow: ages ← &{storage for []int{...}}:
./main.go:25:15:     from []int{...} (spill) at ./main.go:25:15
./main.go:25:15:     from ages := []int{...} (assign) at ./main.go:25:7
./main.go:25:15:   flow: {heap} ← ages:
./main.go:25:15:     from slices.Values[go.shape.[]int,go.shape.int](&slices..dict.Values[[]int,int], ages) (call parameter) at ./main.go:26:59
./main.go:26:2: func literal escapes to heap in main:
./main.go:26:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:26:2:     from func literal (spill) at ./main.go:26:2
./main.go:26:2:     from #yield1 := func literal (assign) at ./main.go:26:2
./main.go:26:2:   flow: {heap} ← #yield1:
./main.go:26:2:     from .autotmp_4(#yield1) (call parameter) at ./main.go:26:2
./main.go:26:6: parameter n leaks to {storage for n} for main-range1 with derefs=0:
./main.go:26:6:   flow: {storage for n} ← n:
./main.go:26:6:     from n (interface-converted) at ./main.go:27:15
./main.go:26:2: #state1 escapes to heap in main:
./main.go:26:2:   flow: {storage for func literal} ← &#state1:
./main.go:26:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:26:2:     from #state1 (reference) at <unknown line number>
./main.go:26:6: leaking param: n
./main.go:26:2: moved to heap: #state1
./main.go:24:19: []string{...} escapes to heap
./main.go:25:15: []int{...} escapes to heap
./main.go:26:2: func literal escapes to heap
./main.go:27:14: ... argument does not escape
./main.go:27:15: n escapes to heap
./main.go:27:18: a escapes to heap
$GOROOT/src/slices/iter.go:37:32: parameter slices.s leaks to {heap} for Values[[]int,int] with derefs=0:
$GOROOT/src/slices/iter.go:37:32:   flow: {heap} ← slices.s:
$GOROOT/src/slices/iter.go:37:32:     from slices.Values[go.shape.[]int,go.shape.int](&slices..dict.Values[[]int,int], slices.s) (call parameter) at $GOROOT/src/slices/iter.go:37:6
$GOROOT/src/slices/iter.go:37:32: parameter slices.s leaks to {heap} for Values[[]string,string] with derefs=0:
$GOROOT/src/slices/iter.go:37:32:   flow: {heap} ← slices.s:
$GOROOT/src/slices/iter.go:37:32:     from slices.Values[go.shape.[]string,go.shape.string](&slices..dict.Values[[]string,string], slices.s) (call parameter) at $GOROOT/src/slices/iter.go:37:6
./main.go:10:20: parameter as leaks to {heap} for zip[string,int] with derefs=0:
./main.go:10:20:   flow: {heap} ← as:
./main.go:10:20:     from zip[go.shape.string,go.shape.int](&.dict.zip[string,int], as, bs) (call parameter) at ./main.go:10:6
./main.go:10:36: parameter bs leaks to {heap} for zip[string,int] with derefs=0:
./main.go:10:36:   flow: {heap} ← bs:
./main.go:10:36:     from zip[go.shape.string,go.shape.int](&.dict.zip[string,int], as, bs) (call parameter) at ./main.go:10:6
