./main.go:4:11: upto capturing by value: n (addr=false assign=false width=8)
./main.go:5:9: func literal escapes to heap in upto:
./main.go:5:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:5:9:     from func literal (spill) at ./main.go:5:9
./main.go:5:9:     from return func literal (return) at ./main.go:5:2
./main.go:4:11: parameter n leaks to {storage for func literal} for upto with derefs=0:
./main.go:4:11:   flow: {storage for func literal} ← n:
./main.go:4:11:     from n (captured by a closure) at ./main.go:6:19
./main.go:5:14: yield does not escape
./main.go:5:9: func literal escapes to heap
./main.go:16:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:15:2: main capturing by ref: pairs (addr=false assign=true width=8)
main capturing by value: #next (addr=false assign=false width=8)
./main.go:17:3: main-range1 capturing by ref: #state2 (addr=false assign=true width=8)
./main.go:15:2: main capturing by ref: pairs (addr=true assign=true width=8)
./main.go:17:3: func literal escapes to heap in main-range1:
./main.go:17:3:   flow: #yield1 ← &{storage for func literal}:
./main.go:17:3:     from func literal (spill) at ./main.go:17:3
./main.go:17:3:     from #yield1 := func literal (assign) at ./main.go:17:3
./main.go:17:3:   flow: {heap} ← #yield1:
./main.go:17:3:     from .autotmp_5(#yield1) (call parameter) at ./main.go:17:3
./main.go:16:2: func literal escapes to heap in main:
./main.go:16:2:   flow: #yield2 ← &{storage for func literal}:
./main.go:16:2:     from func literal (spill) at ./main.go:16:2
./main.go:16:2:     from #yield2 := func literal (assign) at ./main.go:16:2
./main.go:16:2:   flow: {heap} ← #yield2:
./main.go:16:2:     from .autotmp_4(#yield2) (call parameter) at ./main.go:16:2
./main.go:17:3: #state2 escapes to heap in main-range1:
./main.go:17:3:   flow: {storage for func literal} ← &#state2:
./main.go:17:3:     from #state2 (captured by a closure) at <unknown line number>
./main.go:17:3:     from #state2 (reference) at <unknown line number>
./main.go:15:2: pairs escapes to heap in main:
./main.go:15:2:   flow: {storage for func literal} ← &pairs:
./main.go:15:2:     from pairs (captured by a closure) at ./main.go:21:4
./main.go:15:2:     from pairs (reference) at ./main.go:21:4
./main.go:16:2: #state1 escapes to heap in main:
./main.go:16:2:   flow: {storage for func literal} ← &#state1:
./main.go:16:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:16:2:     from #state1 (reference) at <unknown line number>
./main.go:15:2: moved to heap: pairs
./main.go:16:2: moved to heap: #state1
./main.go:17:3: moved to heap: #state2
./main.go:16:2: func literal escapes to heap
./main.go:17:3: func literal escapes to heap
