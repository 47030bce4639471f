./main.go:10:37: Filter[go.shape.struct { Name string; Price float64 }] capturing by value: keep (addr=false assign=false width=8)
./main.go:10:20: Filter[go.shape.struct { Name string; Price float64 }] capturing by value: seq (addr=false assign=false width=8)
./main.go:10:6: Filter[go.shape.struct { Name string; Price float64 }] capturing by value: .dict (addr=false assign=false width=8)
./main.go:12:3: Filter[go.shape.struct { Name string; Price float64 }].func1 capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:10:37: Filter[go.shape.struct { Name string; Price float64 }] capturing by value: keep (addr=false assign=false width=8)
./main.go:11:14: Filter[go.shape.struct { Name string; Price float64 }].func1 capturing by value: yield (addr=false assign=false width=8)
Filter[go.shape.struct { Name string; Price float64 }].func1 capturing by ref: #next (addr=false assign=true width=8)
./main.go:10:6: Filter[go.shape.struct { Name string; Price float64 }] capturing by value: .dict (addr=false assign=false width=8)
./main.go:12:7: parameter v leaks to {heap} for Filter[go.shape.struct { Name string; Price float64 }].func1-range1 with derefs=0:
./main.go:12:7:   flow: {heap} ← v:
./main.go:12:7:     from keep(v) (call parameter) at ./main.go:13:11
./main.go:12:3: func literal escapes to heap in Filter[go.shape.struct { Name string; Price float64 }].func1:
./main.go:12:3:   flow: #yield1 ← &{storage for func literal}:
./main.go:12:3:     from func literal (spill) at ./main.go:12:3
./main.go:12:3:     from #yield1 := func literal (assign) at ./main.go:12:3
./main.go:12:3:   flow: {heap} ← #yield1:
./main.go:12:3:     from seq(#yield1) (call parameter) at ./main.go:12:3
./main.go:12:3: #state1 escapes to heap in Filter[go.shape.struct { Name string; Price float64 }].func1:
./main.go:12:3:   flow: {storage for func literal} ← &#state1:
./main.go:12:3:     from #state1 (captured by a closure) at <unknown line number>
./main.go:12:3:     from #state1 (reference) at <unknown line number>
./main.go:10:37: parameter keep leaks to {storage for func literal} for Filter[go.shape.struct { Name string; Price float64 }] with derefs=0:
./main.go:10:37:   flow: {storage for func literal} ← keep:
./main.go:10:37:     from keep (captured by a closure) at ./main.go:13:7
./main.go:11:14: parameter yield leaks to {storage for func literal} for Filter[go.shape.struct { Name string; Price float64 }].func1 with derefs=0:
./main.go:11:14:   flow: {storage for func literal} ← yield:
./main.go:11:14:     from yield (captured by a closure) at ./main.go:13:19
<unknown line number>: #next escapes to heap in Filter[go.shape.struct { Name string; Price float64 }].func1:
<unknown line number>:   flow: {storage for func literal} ← &#next:
<unknown line number>:     from #next (captured by a closure) at ./main.go:14:5
<unknown line number>:     from #next (reference) at ./main.go:14:5
./main.go:10:6: parameter .dict leaks to {storage for func literal} for Filter[go.shape.struct { Name string; Price float64 }] with derefs=0:
./main.go:10:6:   flow: {storage for func literal} ← .dict:
./main.go:10:6:     from .dict (captured by a closure) at ./main.go:10:6
./main.go:11:9: func literal escapes to heap in Filter[go.shape.struct { Name string; Price float64 }]:
./main.go:11:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:11:9:     from func literal (spill) at ./main.go:11:9
./main.go:11:9:     from return func literal (return) at ./main.go:11:2
./main.go:10:37: parameter keep leaks to {storage for func literal} for Filter[go.shape.struct { Name string; Price float64 }] with derefs=0:
./main.go:10:37:   flow: {storage for func literal} ← keep:
./main.go:10:37:     from keep (captured by a closure) at ./main.go:13:7
./main.go:10:20: parameter seq leaks to {storage for func literal} for Filter[go.shape.struct { Name string; Price float64 }] with derefs=0:
./main.go:10:20:   flow: {storage for func literal} ← seq:
./main.go:10:20:     from seq (captured by a closure) at ./main.go:12:18
./main.go:10:6: parameter .dict leaks to {storage for func literal} for Filter[go.shape.struct { Name string; Price float64 }] with derefs=0:
./main.go:10:6:   flow: {storage for func literal} ← .dict:
./main.go:10:6:     from .dict (captured by a closure) at ./main.go:10:6
moved to heap: #next
./main.go:12:3: moved to heap: #state1
./main.go:11:9: func literal escapes to heap
./main.go:12:3: func literal escapes to heap
$GOROOT/src/slices/iter.go:37:32: slices.Values[go.shape.[]main.Product,go.shape.struct { Name string; Price float64 }] capturing by value: slices.s (addr=false assign=false width=24)
$GOROOT/src/slices/iter.go:37:6: slices.Values[go.shape.[]main.Product,go.shape.struct { Name string; Price float64 }] capturing by value: slices..dict (addr=false assign=false width=8)
$GOROOT/src/slices/iter.go:37:32: parameter slices.s leaks to {heap} for Values[go.shape.[]main.Product,go.shape.struct { Name string; Price float64 }] with derefs=1:
$GOROOT/src/slices/iter.go:37:32:   flow: {temp} ← slices.s:
$GOROOT/src/slices/iter.go:37:32:   flow: slices.v ← *{temp}:
$GOROOT/src/slices/iter.go:37:32:     from for loop (range-deref) at $GOROOT/src/slices/iter.go:39:15
$GOROOT/src/slices/iter.go:37:32:   flow: {heap} ← slices.v:
$GOROOT/src/slices/iter.go:37:32:     from slices.yield(slices.v) (call parameter) at $GOROOT/src/slices/iter.go:40:13
$GOROOT/src/slices/iter.go:38:9: func literal escapes to heap in Values[go.shape.[]main.Product,go.shape.struct { Name string; Price float64 }]:
$GOROOT/src/slices/iter.go:38:9:   flow: slices.~r0 ← &{storage for func literal}:
$GOROOT/src/slices/iter.go:38:9:     from func literal (spill) at $GOROOT/src/slices/iter.go:38:9
$GOROOT/src/slices/iter.go:38:9:     from return func literal (return) at $GOROOT/src/slices/iter.go:38:2
$GOROOT/src/slices/iter.go:37:32: parameter slices.s leaks to {storage for func literal} for Values[go.shape.[]main.Product,go.shape.struct { Name string; Price float64 }] with derefs=0:
$GOROOT/src/slices/iter.go:37:32:   flow: {storage for func literal} ← slices.s:
$GOROOT/src/slices/iter.go:37:32:     from slices.s (captured by a closure) at $GOROOT/src/slices/iter.go:39:21
$GOROOT/src/slices/iter.go:37:6: parameter slices..dict leaks to {storage for func literal} for Values[go.shape.[]main.Product,go.shape.struct { Name string; Price float64 }] with derefs=0:
$GOROOT/src/slices/iter.go:37:6:   flow: {storage for func literal} ← slices..dict:
$GOROOT/src/slices/iter.go:37:6:     from slices..dict (captured by a closure) at $GOROOT/src/slices/iter.go:37:6
$GOROOT/src/slices/iter.go:38:9: func literal escapes to heap
./main.go:37:42: p does not escape
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
./main.go:20:37: Map[go.shape.struct { Name string; Price float64 },go.shape.string] capturing by value: f (addr=false assign=false width=8)
./main.go:20:20: Map[go.shape.struct { Name string; Price float64 },go.shape.string] capturing by value: seq (addr=false assign=false width=8)
./main.go:20:6: Map[go.shape.struct { Name string; Price float64 },go.shape.string] capturing by value: .dict (addr=false assign=false width=8)
./main.go:22:3: Map[go.shape.struct { Name string; Price float64 },go.shape.string].func1 capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:21:14: Map[go.shape.struct { Name string; Price float64 },go.shape.string].func1 capturing by value: yield (addr=false assign=false width=8)
./main.go:20:37: Map[go.shape.struct { Name string; Price float64 },go.shape.string] capturing by value: f (addr=false assign=false width=8)
Map[go.shape.struct { Name string; Price float64 },go.shape.string].func1 capturing by ref: #next (addr=false assign=true width=8)
./main.go:20:6: Map[go.shape.struct { Name string; Price float64 },go.shape.string] capturing by value: .dict (addr=false assign=false width=8)
./main.go:22:7: parameter v leaks to {heap} for Map[go.shape.struct { Name string; Price float64 },go.shape.string].func1-range1 with derefs=0:
./main.go:22:7:   flow: {heap} ← v:
./main.go:22:7:     from f(v) (call parameter) at ./main.go:23:15
./main.go:22:3: func literal escapes to heap in Map[go.shape.struct { Name string; Price float64 },go.shape.string].func1:
./main.go:22:3:   flow: #yield1 ← &{storage for func literal}:
./main.go:22:3:     from func literal (spill) at ./main.go:22:3
./main.go:22:3:     from #yield1 := func literal (assign) at ./main.go:22:3
./main.go:22:3:   flow: {heap} ← #yield1:
./main.go:22:3:     from seq(#yield1) (call parameter) at ./main.go:22:3
./main.go:22:3: #state1 escapes to heap in Map[go.shape.struct { Name string; Price float64 },go.shape.string].func1:
./main.go:22:3:   flow: {storage for func literal} ← &#state1:
./main.go:22:3:     from #state1 (captured by a closure) at <unknown line number>
./main.go:22:3:     from #state1 (reference) at <unknown line number>
./main.go:21:14: parameter yield leaks to {storage for func literal} for Map[go.shape.struct { Name string; Price float64 },go.shape.string].func1 with derefs=0:
./main.go:21:14:   flow: {storage for func literal} ← yield:
./main.go:21:14:     from yield (captured by a closure) at ./main.go:23:8
./main.go:20:37: parameter f leaks to {storage for func literal} for Map[go.shape.struct { Name string; Price float64 },go.shape.string] with derefs=0:
./main.go:20:37:   flow: {storage for func literal} ← f:
./main.go:20:37:     from f (captured by a closure) at ./main.go:23:14
<unknown line number>: #next escapes to heap in Map[go.shape.struct { Name string; Price float64 },go.shape.string].func1:
<unknown line number>:   flow: {storage for func literal} ← &#next:
<unknown line number>:     from #next (captured by a closure) at ./main.go:24:5
<unknown line number>:     from #next (reference) at ./main.go:24:5
./main.go:20:6: parameter .dict leaks to {storage for func literal} for Map[go.shape.struct { Name string; Price float64 },go.shape.string] with derefs=0:
./main.go:20:6:   flow: {storage for func literal} ← .dict:
./main.go:20:6:     from .dict (captured by a closure) at ./main.go:20:6
./main.go:21:9: func literal escapes to heap in Map[go.shape.struct { Name string; Price float64 },go.shape.string]:
./main.go:21:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:21:9:     from func literal (spill) at ./main.go:21:9
./main.go:21:9:     from return func literal (return) at ./main.go:21:2
./main.go:20:37: parameter f leaks to {storage for func literal} for Map[go.shape.struct { Name string; Price float64 },go.shape.string] with derefs=0:
./main.go:20:37:   flow: {storage for func literal} ← f:
./main.go:20:37:     from f (captured by a closure) at ./main.go:23:14
./main.go:20:20: parameter seq leaks to {storage for func literal} for Map[go.shape.struct { Name string; Price float64 },go.shape.string] with derefs=0:
./main.go:20:20:   flow: {storage for func literal} ← seq:
./main.go:20:20:     from seq (captured by a closure) at ./main.go:22:18
./main.go:20:6: parameter .dict leaks to {storage for func literal} for Map[go.shape.struct { Name string; Price float64 },go.shape.string] with derefs=0:
./main.go:20:6:   flow: {storage for func literal} ← .dict:
./main.go:20:6:     from .dict (captured by a closure) at ./main.go:20:6
moved to heap: #next
./main.go:22:3: moved to heap: #state1
./main.go:21:9: func literal escapes to heap
./main.go:22:3: func literal escapes to heap
./main.go:38:42: parameter p leaks to ~r0 for main.func2 with derefs=0:
./main.go:38:42:   flow: ~r0 ← p:
./main.go:38:42:     from p.Name (dot) at ./main.go:38:70
./main.go:38:42:     from return p.Name (return) at ./main.go:38:62
./main.go:38:42: leaking param: p to result ~r0 level=0
./main.go:37:37: func literal escapes to heap in main:
./main.go:37:37:   flow: {heap} ← &{storage for func literal}:
./main.go:37:37:     from func literal (spill) at ./main.go:37:37
./main.go:37:37:     from Filter[go.shape.struct { Name string; Price float64 }](&.dict.Filter[main.Product], slices.Values[go.shape.[]main.Product,go.shape.struct { Name string; Price float64 }](&slices..dict.Values[[]main.Product,main.Product], ps), func literal) (call parameter) at ./main.go:37:17
./main.go:38:37: func literal escapes to heap in main:
./main.go:38:37:   flow: {heap} ← &{storage for func literal}:
./main.go:38:37:     from func literal (spill) at ./main.go:38:37
./main.go:38:37:     from Map[go.shape.struct { Name string; Price float64 },go.shape.string](&.dict.Map[main.Product,string], cheap, func literal) (call parameter) at ./main.go:38:29
./main.go:36:17: []Product{...} escapes to heap in main:
./main.go:36:17:   flow: ps ← &{storage for []Product{...}}:
./main.go:36:17:     from []Product{...} (spill) at ./main.go:36:17
./main.go:36:17:     from ps := []Product{...} (assign) at ./main.go:36:5
./main.go:36:17:   flow: {heap} ← ps:
./main.go:36:17:     from slices.Values[go.shape.[]main.Product,go.shape.struct { Name string; Price float64 }](&slices..dict.Values[[]main.Product,main.Product], ps) (call parameter) at ./main.go:37:31
./main.go:39:14: names escapes to heap in main:
./main.go:39:14:   flow: {storage for ... argument} ← &{storage for names}:
./main.go:39:14:     from names (spill) at ./main.go:39:14
./main.go:39:14:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:14:   flow: {heap} ← {storage for ... argument}:
./main.go:39:14:     from ... argument (spill) at ./main.go:39:13
./main.go:39:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:36:17: []Product{...} escapes to heap
./main.go:37:37: func literal escapes to heap
./main.go:38:37: func literal escapes to heap
./main.go:39:13: ... argument does not escape
./main.go:39:14: names escapes to heap
./main.go:20:20: parameter seq leaks to {heap} for Map[main.Product,string] with derefs=0:
./main.go:20:20:   flow: {heap} ← seq:
./main.go:20:20:     from Map[go.shape.struct { Name string; Price float64 },go.shape.string](&.dict.Map[main.Product,string], seq, f) (call parameter) at ./main.go:20:6
./main.go:20:37: parameter f leaks to {heap} for Map[main.Product,string] with derefs=0:
./main.go:20:37:   flow: {heap} ← f:
./main.go:20:37:     from Map[go.shape.struct { Name string; Price float64 },go.shape.string](&.dict.Map[main.Product,string], seq, f) (call parameter) at ./main.go:20:6
$GOROOT/src/slices/iter.go:37:32: parameter slices.s leaks to {heap} for Values[[]main.Product,main.Product] with derefs=0:
$GOROOT/src/slices/iter.go:37:32:   flow: {heap} ← slices.s:
$GOROOT/src/slices/iter.go:37:32:     from slices.Values[go.shape.[]main.Product,go.shape.struct { Name string; Price float64 }](&slices..dict.Values[[]main.Product,main.Product], slices.s) (call parameter) at $GOROOT/src/slices/iter.go:37:6
./main.go:10:20: parameter seq leaks to {heap} for Filter[main.Product] with derefs=0:
./main.go:10:20:   flow: {heap} ← seq:
./main.go:10:20:     from Filter[go.shape.struct { Name string; Price float64 }](&.dict.Filter[main.Product], seq, keep) (call parameter) at ./main.go:10:6
./main.go:10:37: parameter keep leaks to {heap} for Filter[main.Product] with derefs=0:
./main.go:10:37:   flow: {heap} ← keep:
./main.go:10:37:     from Filter[go.shape.struct { Name string; Price float64 }](&.dict.Filter[main.Product], seq, keep) (call parameter) at ./main.go:10:6
