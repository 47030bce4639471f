$GOROOT/src/slices/iter.go:26:34: slices.Backward[go.shape.[]main.Span,go.shape.struct { Start int; End int }] capturing by value: slices.s (addr=false assign=false width=24)
$GOROOT/src/slices/iter.go:26:6: slices.Backward[go.shape.[]main.Span,go.shape.struct { Start int; End int }] capturing by value: slices..dict (addr=false assign=false width=8)
$GOROOT/src/slices/iter.go:27:9: func literal escapes to heap in Backward[go.shape.[]main.Span,go.shape.struct { Start int; End int }]:
$GOROOT/src/slices/iter.go:27:9:   flow: slices.~r0 ← &{storage for func literal}:
$GOROOT/src/slices/iter.go:27:9:     from func literal (spill) at $GOROOT/src/slices/iter.go:27:9
$GOROOT/src/slices/iter.go:27:9:     from return func literal (return) at $GOROOT/src/slices/iter.go:27:2
$GOROOT/src/slices/iter.go:26:34: parameter slices.s leaks to {storage for func literal} for Backward[go.shape.[]main.Span,go.shape.struct { Start int; End int }] with derefs=0:
$GOROOT/src/slices/iter.go:26:34:   flow: {storage for func literal} ← slices.s:
$GOROOT/src/slices/iter.go:26:34:     from slices.s (captured by a closure) at $GOROOT/src/slices/iter.go:28:16
$GOROOT/src/slices/iter.go:26:6: parameter slices..dict leaks to {storage for func literal} for Backward[go.shape.[]main.Span,go.shape.struct { Start int; End int }] with derefs=0:
$GOROOT/src/slices/iter.go:26:6:   flow: {storage for func literal} ← slices..dict:
$GOROOT/src/slices/iter.go:26:6:     from slices..dict (captured by a closure) at $GOROOT/src/slices/iter.go:26:6
$GOROOT/src/slices/iter.go:27:9: func literal escapes to heap
$GOROOT/src/slices/iter.go:99:9: "cannot be less than 1" escapes to heap in Chunk[go.shape.[]main.Span,go.shape.struct { Start int; End int }]:
$GOROOT/src/slices/iter.go:99:9:   flow: {heap} ← &{storage for "cannot be less than 1"}:
$GOROOT/src/slices/iter.go:99:9:     from "cannot be less than 1" (spill) at $GOROOT/src/slices/iter.go:99:9
$GOROOT/src/slices/iter.go:99:9:     from panic("cannot be less than 1") (call parameter) at $GOROOT/src/slices/iter.go:99:8
$GOROOT/src/slices/iter.go:97:31: slices.Chunk[go.shape.[]main.Span,go.shape.struct { Start int; End int }] capturing by value: slices.s (addr=false assign=false width=24)
$GOROOT/src/slices/iter.go:97:40: slices.Chunk[go.shape.[]main.Span,go.shape.struct { Start int; End int }] capturing by value: slices.n (addr=false assign=false width=8)
$GOROOT/src/slices/iter.go:97:6: slices.Chunk[go.shape.[]main.Span,go.shape.struct { Start int; End int }] capturing by value: slices..dict (addr=false assign=false width=8)
$GOROOT/src/slices/iter.go:97:31: parameter slices.s leaks to {heap} for Chunk[go.shape.[]main.Span,go.shape.struct { Start int; End int }] with derefs=0:
$GOROOT/src/slices/iter.go:97:31:   flow: {heap} ← slices.s:
$GOROOT/src/slices/iter.go:97:31:     from slices.s[slices.i:slices.i + slices.end:slices.i + slices.end] (slice) at $GOROOT/src/slices/iter.go:109:15
$GOROOT/src/slices/iter.go:97:31:     from slices.yield(slices.s[slices.i:slices.i + slices.end:slices.i + slices.end]) (call parameter) at $GOROOT/src/slices/iter.go:109:13
$GOROOT/src/slices/iter.go:102:9: func literal escapes to heap in Chunk[go.shape.[]main.Span,go.shape.struct { Start int; End int }]:
$GOROOT/src/slices/iter.go:102:9:   flow: slices.~r0 ← &{storage for func literal}:
$GOROOT/src/slices/iter.go:102:9:     from func literal (spill) at $GOROOT/src/slices/iter.go:102:9
$GOROOT/src/slices/iter.go:102:9:     from return func literal (return) at $GOROOT/src/slices/iter.go:102:2
$GOROOT/src/slices/iter.go:97:31: parameter slices.s leaks to {storage for func literal} for Chunk[go.shape.[]main.Span,go.shape.struct { Start int; End int }] with derefs=0:
$GOROOT/src/slices/iter.go:97:31:   flow: {storage for func literal} ← slices.s:
$GOROOT/src/slices/iter.go:97:31:     from slices.s (captured by a closure) at $GOROOT/src/slices/iter.go:103:23
$GOROOT/src/slices/iter.go:97:40: parameter slices.n leaks to {storage for func literal} for Chunk[go.shape.[]main.Span,go.shape.struct { Start int; End int }] with derefs=0:
$GOROOT/src/slices/iter.go:97:40:   flow: {storage for func literal} ← slices.n:
$GOROOT/src/slices/iter.go:97:40:     from slices.n (captured by a closure) at $GOROOT/src/slices/iter.go:103:32
$GOROOT/src/slices/iter.go:97:6: parameter slices..dict leaks to {storage for func literal} for Chunk[go.shape.[]main.Span,go.shape.struct { Start int; End int }] with derefs=0:
$GOROOT/src/slices/iter.go:97:6:   flow: {storage for func literal} ← slices..dict:
$GOROOT/src/slices/iter.go:97:6:     from slices..dict (captured by a closure) at $GOROOT/src/slices/iter.go:97:6
$GOROOT/src/slices/iter.go:99:9: "cannot be less than 1" escapes to heap
$GOROOT/src/slices/iter.go:102:9: func literal escapes to heap
./main.go:15:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:18:2: main capturing by ref: #state2 (addr=false assign=true width=8)
./main.go:16:15: i escapes to heap in main-range1:
./main.go:16:15:   flow: {storage for ... argument} ← &{storage for i}:
./main.go:16:15:     from i (spill) at ./main.go:16:15
./main.go:16:15:     from ... argument (slice-literal-element) at ./main.go:16:14
./main.go:16:15:   flow: {heap} ← {storage for ... argument}:
./main.go:16:15:     from ... argument (spill) at ./main.go:16:14
./main.go:16:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:16:14
./main.go:16:23: s.End - s.Start escapes to heap in main-range1:
./main.go:16:23:   flow: {storage for ... argument} ← &{storage for s.End - s.Start}:
./main.go:16:23:     from s.End - s.Start (spill) at ./main.go:16:23
./main.go:16:23:     from ... argument (slice-literal-element) at ./main.go:16:14
./main.go:16:23:   flow: {heap} ← {storage for ... argument}:
./main.go:16:23:     from ... argument (spill) at ./main.go:16:14
./main.go:16:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:16:14
./main.go:14:17: []Span{...} escapes to heap in main:
./main.go:14:17:   flow: spans ← &{storage for []Span{...}}:
./main.go:14:17:     from []Span{...} (spill) at ./main.go:14:17
./main.go:14:17:     from spans := []Span{...} (assign) at ./main.go:14:8
./main.go:14:17:   flow: {heap} ← spans:
./main.go:14:17:     from slices.Backward[go.shape.[]main.Span,go.shape.struct { Start int; End int }](&slices..dict.Backward[[]main.Span,main.Span], spans) (call parameter) at ./main.go:15:35
./main.go:15:2: func literal escapes to heap in main:
./main.go:15:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:15:2:     from func literal (spill) at ./main.go:15:2
./main.go:15:2:     from #yield1 := func literal (assign) at ./main.go:15:2
./main.go:15:2:   flow: {heap} ← #yield1:
./main.go:15:2:     from .autotmp_3(#yield1) (call parameter) at ./main.go:15:2
./main.go:19:18: len(batch) escapes to heap in main-range2:
./main.go:19:18:   flow: {storage for ... argument} ← &{storage for len(batch)}:
./main.go:19:18:     from len(batch) (spill) at ./main.go:19:18
./main.go:19:18:     from ... argument (slice-literal-element) at ./main.go:19:14
./main.go:19:18:   flow: {heap} ← {storage for ... argument}:
./main.go:19:18:     from ... argument (spill) at ./main.go:19:14
./main.go:19:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:14
./main.go:19:35: batch[0].Start escapes to heap in main-range2:
./main.go:19:35:   flow: {storage for ... argument} ← &{storage for batch[0].Start}:
./main.go:19:35:     from batch[0].Start (spill) at ./main.go:19:35
./main.go:19:35:     from ... argument (slice-literal-element) at ./main.go:19:14
./main.go:19:35:   flow: {heap} ← {storage for ... argument}:
./main.go:19:35:     from ... argument (spill) at ./main.go:19:14
./main.go:19:35:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:14
./main.go:18:2: func literal escapes to heap in main:
./main.go:18:2:   flow: #yield2 ← &{storage for func literal}:
./main.go:18:2:     from func literal (spill) at ./main.go:18:2
./main.go:18:2:     from #yield2 := func literal (assign) at ./main.go:18:2
./main.go:18:2:   flow: {heap} ← #yield2:
./main.go:18:2:     from .autotmp_6(#yield2) (call parameter) at ./main.go:18:2
./main.go:22:14: "first long span at" escapes to heap in main:
./main.go:22:14:   flow: {storage for ... argument} ← &{storage for "first long span at"}:
./main.go:22:14:     from "first long span at" (spill) at ./main.go:22:14
./main.go:22:14:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:14:   flow: {heap} ← {storage for ... argument}:
./main.go:22:14:     from ... argument (spill) at ./main.go:22:13
./main.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:36: idx escapes to heap in main:
./main.go:22:36:   flow: {storage for ... argument} ← &{storage for idx}:
./main.go:22:36:     from idx (spill) at ./main.go:22:36
./main.go:22:36:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:36:   flow: {heap} ← {storage for ... argument}:
./main.go:22:36:     from ... argument (spill) at ./main.go:22:13
./main.go:22:36:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:23:33: slices.ContainsFunc[go.shape.[]main.Span,go.shape.struct { Start int; End int }](&slices..dict.ContainsFunc[[]main.Span,main.Span], spans, func literal) escapes to heap in main:
./main.go:23:33:   flow: {storage for ... argument} ← &{storage for slices.ContainsFunc[go.shape.[]main.Span,go.shape.struct { Start int; End int }](&slices..dict.ContainsFunc[[]main.Span,main.Span], spans, func literal)}:
./main.go:23:33:     from slices.ContainsFunc[go.shape.[]main.Span,go.shape.struct { Start int; End int }](&slices..dict.ContainsFunc[[]main.Span,main.Span], spans, func literal) (spill) at ./main.go:23:33
./main.go:23:33:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:33:   flow: {heap} ← {storage for ... argument}:
./main.go:23:33:     from ... argument (spill) at ./main.go:23:13
./main.go:23:33:     from fmt.Println(... argument...) (call parameter) at ./main.go:23:13
./main.go:18:2: #state2 escapes to heap in main:
./main.go:18:2:   flow: {storage for func literal} ← &#state2:
./main.go:18:2:     from #state2 (captured by a closure) at <unknown line number>
./main.go:18:2:     from #state2 (reference) at <unknown line number>
./main.go:15:2: #state1 escapes to heap in main:
./main.go:15:2:   flow: {storage for func literal} ← &#state1:
./main.go:15:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:15:2:     from #state1 (reference) at <unknown line number>
./main.go:18:6: batch does not escape
./main.go:15:2: moved to heap: #state1
./main.go:18:2: moved to heap: #state2
./main.go:14:17: []Span{...} escapes to heap
./main.go:15:2: func literal escapes to heap
./main.go:16:14: ... argument does not escape
./main.go:16:15: i escapes to heap
./main.go:16:23: s.End - s.Start escapes to heap
./main.go:18:2: func literal escapes to heap
./main.go:19:14: ... argument does not escape
./main.go:19:18: len(batch) escapes to heap
./main.go:19:35: batch[0].Start escapes to heap
./main.go:21:33: func literal does not escape
./main.go:22:13: ... argument does not escape
./main.go:22:14: "first long span at" escapes to heap
./main.go:22:36: idx escapes to heap
./main.go:23:13: ... argument does not escape
./main.go:23:33: slices.ContainsFunc[go.shape.[]main.Span,go.shape.struct { Start int; End int }](&slices..dict.ContainsFunc[[]main.Span,main.Span], spans, func literal) escapes to heap
./main.go:23:41: func literal does not escape
$GOROOT/src/slices/iter.go:97:31: parameter slices.s leaks to {heap} for Chunk[[]main.Span,main.Span] with derefs=0:
$GOROOT/src/slices/iter.go:97:31:   flow: {heap} ← slices.s:
$GOROOT/src/slices/iter.go:97:31:     from slices.Chunk[go.shape.[]main.Span,go.shape.struct { Start int; End int }](&slices..dict.Chunk[[]main.Span,main.Span], slices.s, slices.n) (call parameter) at $GOROOT/src/slices/iter.go:97:6
$GOROOT/src/slices/iter.go:26:34: parameter slices.s leaks to {heap} for Backward[[]main.Span,main.Span] with derefs=0:
$GOROOT/src/slices/iter.go:26:34:   flow: {heap} ← slices.s:
$GOROOT/src/slices/iter.go:26:34:     from slices.Backward[go.shape.[]main.Span,go.shape.struct { Start int; End int }](&slices..dict.Backward[[]main.Span,main.Span], slices.s) (call parameter) at $GOROOT/src/slices/iter.go:26:6
