./main.go:11:39: &node[go.shape.float64]{...} escapes to heap in (*List[go.shape.float64]).Add:
./main.go:11:39:   flow: {heap} ← &{storage for &node[go.shape.float64]{...}}:
./main.go:11:39:     from &node[go.shape.float64]{...} (spill) at ./main.go:11:39
./main.go:11:39:     from l.head = &node[go.shape.float64]{...} (assign) at ./main.go:11:37
./main.go:11:7: parameter l leaks to {storage for &node[go.shape.float64]{...}} for (*List[go.shape.float64]).Add with derefs=1:
./main.go:11:7:   flow: {storage for &node[go.shape.float64]{...}} ← *l:
./main.go:11:7:     from l.head (dot of pointer) at ./main.go:11:52
./main.go:11:7:     from node[go.shape.float64]{...} (struct literal element) at ./main.go:11:47
./main.go:11:39: &node[go.shape.float64]{...} escapes to heap
./main.go:13:7: (*List[go.shape.float64]).All capturing by value: l (addr=false assign=false width=8)
./main.go:13:6: (*List[go.shape.float64]).All capturing by value: .dict (addr=false assign=false width=8)
./main.go:14:9: func literal escapes to heap in (*List[go.shape.float64]).All:
./main.go:14:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:14:9:     from func literal (spill) at ./main.go:14:9
./main.go:14:9:     from return func literal (return) at ./main.go:14:2
./main.go:13:7: parameter l leaks to {storage for func literal} for (*List[go.shape.float64]).All with derefs=0:
./main.go:13:7:   flow: {storage for func literal} ← l:
./main.go:13:7:     from l (captured by a closure) at ./main.go:16:12
./main.go:13:6: parameter .dict leaks to {storage for func literal} for (*List[go.shape.float64]).All with derefs=0:
./main.go:13:6:   flow: {storage for func literal} ← .dict:
./main.go:13:6:     from .dict (captured by a closure) at ./main.go:13:6
./main.go:14:9: func literal escapes to heap
./main.go:30:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:29:2: main capturing by ref: sum (addr=false assign=true width=8)
./main.go:26:7: &List[float64]{} escapes to heap in main:
./main.go:26:7:   flow: l ← &{storage for &List[float64]{}}:
./main.go:26:7:     from &List[float64]{} (spill) at ./main.go:26:7
./main.go:26:7:     from l := &List[float64]{} (assign) at ./main.go:26:4
./main.go:26:7:   flow: {heap} ← l:
./main.go:26:7:     from (*List[go.shape.float64]).All(l, &.dict.List[float64]) (call parameter) at ./main.go:30:25
./main.go:30:2: func literal escapes to heap in main:
./main.go:30:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:30:2:     from func literal (spill) at ./main.go:30:2
./main.go:30:2:     from #yield1 := func literal (assign) at ./main.go:30:2
./main.go:30:2:   flow: {heap} ← #yield1:
./main.go:30:2:     from .autotmp_4(#yield1) (call parameter) at ./main.go:30:2
./main.go:30:2: #state1 escapes to heap in main:
./main.go:30:2:   flow: {storage for func literal} ← &#state1:
./main.go:30:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:30:2:     from #state1 (reference) at <unknown line number>
./main.go:29:2: sum escapes to heap in main:
./main.go:29:2:   flow: {storage for func literal} ← &sum:
./main.go:29:2:     from sum (captured by a closure) at ./main.go:31:3
./main.go:29:2:     from sum (reference) at ./main.go:31:3
./main.go:29:2: moved to heap: sum
./main.go:30:2: moved to heap: #state1
./main.go:26:7: &List[float64]{} escapes to heap
./main.go:30:2: func literal escapes to heap
./main.go:13:7: parameter l leaks to {heap} for (*List[float64]).All with derefs=0:
./main.go:13:7:   flow: {heap} ← l:
./main.go:13:7:     from (*List[go.shape.float64]).All(l, &.dict.List[float64]) (call parameter) at ./main.go:13:6
./main.go:11:7: parameter l leaks to {heap} for (*List[float64]).Add with derefs=1:
./main.go:11:7:   flow: {temp} ← l:
./main.go:11:7:     from (*List[go.shape.float64]).Add(l, &.dict.List[float64], v) (call parameter) at ./main.go:11:6
./main.go:11:7:   flow: {heap} ← *{temp}:
