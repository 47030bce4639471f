./main.go:8:48: append(s.items, x) escapes to heap in (*Stack[go.shape.string]).Push:
./main.go:8:48:   flow: {heap} ← &{storage for append(s.items, x)}:
./main.go:8:48:     from append(s.items, x) (spill) at ./main.go:8:48
./main.go:8:48:     from s.items = append(s.items, x) (assign) at ./main.go:8:40
./main.go:8:25: parameter x leaks to {heap} for (*Stack[go.shape.string]).Push with derefs=0:
./main.go:8:25:   flow: {heap} ← x:
./main.go:8:25:     from append(s.items, x) (call parameter) at ./main.go:8:48
./main.go:8:7: parameter s leaks to {heap} for (*Stack[go.shape.string]).Push with derefs=1:
./main.go:8:7:   flow: {temp} ← *s:
./main.go:8:7:     from s.items (dot of pointer) at ./main.go:8:50
./main.go:8:7:     from append(s.items, x) (call parameter) at ./main.go:8:48
./main.go:8:7:   flow: {temp} ← {temp}:
./main.go:8:7:   flow: {heap} ← {temp}:
./main.go:8:7:     from s.items = append(s.items, x) (assign) at ./main.go:8:40
./main.go:8:48: append escapes to heap
./main.go:10:7: (*Stack[go.shape.string]).All capturing by value: s (addr=false assign=false width=8)
./main.go:10:6: (*Stack[go.shape.string]).All capturing by value: .dict (addr=false assign=false width=8)
./main.go:10:7: parameter s leaks to {heap} for (*Stack[go.shape.string]).All with derefs=2:
./main.go:10:7:   flow: {heap} ← **s:
./main.go:10:7:     from s.items (dot of pointer) at ./main.go:13:15
./main.go:10:7:     from s.items[i] (dot of pointer) at ./main.go:13:21
./main.go:10:7:     from yield(s.items[i]) (call parameter) at ./main.go:13:13
./main.go:11:9: func literal escapes to heap in (*Stack[go.shape.string]).All:
./main.go:11:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:11:9:     from func literal (spill) at ./main.go:11:9
./main.go:11:9:     from return func literal (return) at ./main.go:11:2
./main.go:10:7: parameter s leaks to {storage for func literal} for (*Stack[go.shape.string]).All with derefs=0:
./main.go:10:7:   flow: {storage for func literal} ← s:
./main.go:10:7:     from s (captured by a closure) at ./main.go:12:16
./main.go:10:6: parameter .dict leaks to {storage for func literal} for (*Stack[go.shape.string]).All with derefs=0:
./main.go:10:6:   flow: {storage for func literal} ← .dict:
./main.go:10:6:     from .dict (captured by a closure) at ./main.go:10:6
./main.go:11:9: func literal escapes to heap
./main.go:21:6: s escapes to heap in main:
./main.go:21:6:   flow: {heap} ← &s:
./main.go:21:6:     from s (address-of) at ./main.go:25:18
./main.go:21:6:     from (*Stack[go.shape.string]).All(s, &.dict.Stack[string]) (call parameter) at ./main.go:25:22
./main.go:25:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:24:2: main capturing by ref: n (addr=false assign=true width=8)
./main.go:25:2: func literal escapes to heap in main:
./main.go:25:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:25:2:     from func literal (spill) at ./main.go:25:2
./main.go:25:2:     from #yield1 := func literal (assign) at ./main.go:25:2
./main.go:25:2:   flow: {heap} ← #yield1:
./main.go:25:2:     from .autotmp_4(#yield1) (call parameter) at ./main.go:25:2
./main.go:25:2: #state1 escapes to heap in main:
./main.go:25:2:   flow: {storage for func literal} ← &#state1:
./main.go:25:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:25:2:     from #state1 (reference) at <unknown line number>
./main.go:24:2: n escapes to heap in main:
./main.go:24:2:   flow: {storage for func literal} ← &n:
./main.go:24:2:     from n (captured by a closure) at ./main.go:26:3
./main.go:24:2:     from n (reference) at ./main.go:26:3
./main.go:25:6: x does not escape
./main.go:21:6: moved to heap: s
./main.go:24:2: moved to heap: n
./main.go:25:2: moved to heap: #state1
./main.go:25:2: func literal escapes to heap
./main.go:10:7: parameter s leaks to {heap} for (*Stack[string]).All with derefs=0:
./main.go:10:7:   flow: {heap} ← s:
./main.go:10:7:     from (*Stack[go.shape.string]).All(s, &.dict.Stack[string]) (call parameter) at ./main.go:10:6
./main.go:8:25: parameter x leaks to {heap} for (*Stack[string]).Push with derefs=0:
./main.go:8:25:   flow: {heap} ← x:
./main.go:8:25:     from (*Stack[go.shape.string]).Push(s, &.dict.Stack[string], x) (call parameter) at ./main.go:8:6
./main.go:8:7: parameter s leaks to {heap} for (*Stack[string]).Push with derefs=1:
./main.go:8:7:   flow: {temp} ← s:
./main.go:8:7:     from (*Stack[go.shape.string]).Push(s, &.dict.Stack[string], x) (call parameter) at ./main.go:8:6
./main.go:8:7:   flow: {heap} ← *{temp}:
