./main.go:4:20: Values[go.shape.int] capturing by value: xs (addr=false assign=false width=24)
./main.go:4:6: Values[go.shape.int] capturing by value: .dict (addr=false assign=false width=8)
./main.go:5:9: func literal escapes to heap in Values[go.shape.int]:
./main.go:5:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:5:9:     from func literal (spill) at ./main.go:5:9
./main.go:5:9:     from return func literal (return) at ./main.go:5:2
./main.go:4:20: parameter xs leaks to {storage for func literal} for Values[go.shape.int] with derefs=0:
./main.go:4:20:   flow: {storage for func literal} ← xs:
./main.go:4:20:     from xs (captured by a closure) at ./main.go:6:21
./main.go:4:6: parameter .dict leaks to {storage for func literal} for Values[go.shape.int] with derefs=0:
./main.go:4:6:   flow: {storage for func literal} ← .dict:
./main.go:4:6:     from .dict (captured by a closure) at ./main.go:4:6
./main.go:5:9: func literal escapes to heap
./main.go:4:20: Values[go.shape.*uint8] capturing by value: xs (addr=false assign=false width=24)
./main.go:4:6: Values[go.shape.*uint8] capturing by value: .dict (addr=false assign=false width=8)
./main.go:4:20: parameter xs leaks to {heap} for Values[go.shape.*uint8] with derefs=1:
./main.go:4:20:   flow: {temp} ← xs:
./main.go:4:20:   flow: x ← *{temp}:
./main.go:4:20:     from for loop (range-deref) at ./main.go:6:15
./main.go:4:20:   flow: {heap} ← x:
./main.go:4:20:     from yield(x) (call parameter) at ./main.go:7:13
./main.go:5:9: func literal escapes to heap in Values[go.shape.*uint8]:
./main.go:5:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:5:9:     from func literal (spill) at ./main.go:5:9
./main.go:5:9:     from return func literal (return) at ./main.go:5:2
./main.go:4:20: parameter xs leaks to {storage for func literal} for Values[go.shape.*uint8] with derefs=0:
./main.go:4:20:   flow: {storage for func literal} ← xs:
./main.go:4:20:     from xs (captured by a closure) at ./main.go:6:21
./main.go:4:6: parameter .dict leaks to {storage for func literal} for Values[go.shape.*uint8] with derefs=0:
./main.go:4:6:   flow: {storage for func literal} ← .dict:
./main.go:4:6:     from .dict (captured by a closure) at ./main.go:4:6
./main.go:5:9: func literal escapes to heap
./main.go:16:29: []int{...} escapes to heap in main:
./main.go:16:29:   flow: {heap} ← &{storage for []int{...}}:
./main.go:16:29:     from []int{...} (spill) at ./main.go:16:29
./main.go:16:29:     from Values[go.shape.int](&.dict.Values[int], []int{...}) (call parameter) at ./main.go:16:23
./main.go:20:30: []*int{...} escapes to heap in main:
./main.go:20:30:   flow: {heap} ← &{storage for []*int{...}}:
./main.go:20:30:     from []*int{...} (spill) at ./main.go:20:30
./main.go:20:30:     from Values[go.shape.*uint8](&.dict.Values[*int], []*int{...}) (call parameter) at ./main.go:20:23
./main.go:19:2: a escapes to heap in main:
./main.go:19:2:   flow: {storage for []*int{...}} ← &a:
./main.go:19:2:     from &a (address-of) at ./main.go:20:31
./main.go:19:2:     from []*int{...} (slice-literal-element) at ./main.go:20:30
./main.go:16:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:15:2: main capturing by ref: total (addr=false assign=true width=8)
./main.go:20:2: main capturing by ref: #state2 (addr=false assign=true width=8)
./main.go:15:2: main capturing by ref: total (addr=true assign=true width=8)
./main.go:16:2: func literal escapes to heap in main:
./main.go:16:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:16:2:     from func literal (spill) at ./main.go:16:2
./main.go:16:2:     from #yield1 := func literal (assign) at ./main.go:16:2
./main.go:16:2:   flow: {heap} ← #yield1:
./main.go:16:2:     from .autotmp_3(#yield1) (call parameter) at ./main.go:16:2
./main.go:20:2: func literal escapes to heap in main:
./main.go:20:2:   flow: #yield2 ← &{storage for func literal}:
./main.go:20:2:     from func literal (spill) at ./main.go:20:2
./main.go:20:2:     from #yield2 := func literal (assign) at ./main.go:20:2
./main.go:20:2:   flow: {heap} ← #yield2:
./main.go:20:2:     from .autotmp_7(#yield2) (call parameter) at ./main.go:20:2
./main.go:20:2: #state2 escapes to heap in main:
./main.go:20:2:   flow: {storage for func literal} ← &#state2:
./main.go:20:2:     from #state2 (captured by a closure) at <unknown line number>
./main.go:20:2:     from #state2 (reference) at <unknown line number>
./main.go:15:2: total escapes to heap in main:
./main.go:15:2:   flow: {storage for func literal} ← &total:
./main.go:15:2:     from total (captured by a closure) at ./main.go:21:3
./main.go:15:2:     from total (reference) at ./main.go:21:3
./main.go:16:2: #state1 escapes to heap in main:
./main.go:16:2:   flow: {storage for func literal} ← &#state1:
./main.go:16:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:16:2:     from #state1 (reference) at <unknown line number>
./main.go:20:6: p does not escape
./main.go:15:2: moved to heap: total
./main.go:16:2: moved to heap: #state1
./main.go:19:2: moved to heap: a
./main.go:20:2: moved to heap: #state2
./main.go:16:2: func literal escapes to heap
./main.go:16:29: []int{...} escapes to heap
./main.go:20:2: func literal escapes to heap
./main.go:20:30: []*int{...} escapes to heap
./main.go:4:20: parameter xs leaks to {heap} for Values[*int] with derefs=0:
./main.go:4:20:   flow: {heap} ← xs:
./main.go:4:20:     from Values[go.shape.*uint8](&.dict.Values[*int], xs) (call parameter) at ./main.go:4:6
./main.go:4:20: parameter xs leaks to {heap} for Values[int] with derefs=0:
./main.go:4:20:   flow: {heap} ← xs:
./main.go:4:20:     from Values[go.shape.int](&.dict.Values[int], xs) (call parameter) at ./main.go:4:6
