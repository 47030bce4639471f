./main.go:4:12: count capturing by value: n (addr=false assign=false width=8)
./main.go:5:9: func literal escapes to heap in count:
./main.go:5:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:5:9:     from func literal (spill) at ./main.go:5:9
./main.go:5:9:     from return func literal (return) at ./main.go:5:2
./main.go:4:12: parameter n leaks to {storage for func literal} for count with derefs=0:
./main.go:4:12:   flow: {storage for func literal} ← n:
./main.go:4:12:     from n (captured by a closure) at ./main.go:6:19
./main.go:5:14: yield does not escape
./main.go:5:9: func literal escapes to heap
./main.go:16:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:15:2: main capturing by ref: sum (addr=false assign=true width=8)
./main.go:16:2: func literal escapes to heap in main:
./main.go:16:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:16:2:     from func literal (spill) at ./main.go:16:2
./main.go:16:2:     from #yield1 := func literal (assign) at ./main.go:16:2
./main.go:16:2:   flow: {heap} ← #yield1:
./main.go:16:2:     from .autotmp_3(#yield1) (call parameter) at ./main.go:16:2
./main.go:16:2: #state1 escapes to heap in main:
./main.go:16:2:   flow: {storage for func literal} ← &#state1:
./main.go:16:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:16:2:     from #state1 (reference) at <unknown line number>
./main.go:15:2: sum escapes to heap in main:
./main.go:15:2:   flow: {storage for func literal} ← &sum:
./main.go:15:2:     from sum (captured by a closure) at ./main.go:17:3
./main.go:15:2:     from sum (reference) at ./main.go:17:3
./main.go:15:2: moved to heap: sum
./main.go:16:2: moved to heap: #state1
./main.go:16:2: func literal escapes to heap
