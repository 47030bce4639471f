./main.go:6:10: seq capturing by value: p (addr=false assign=false width=8)
./main.go:6:10: parameter p leaks to {heap} for seq with derefs=0:
./main.go:6:10:   flow: {heap} ← p:
./main.go:6:10:     from yield(p) (call parameter) at ./main.go:8:8
./main.go:7:9: func literal escapes to heap in seq:
./main.go:7:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:7:9:     from func literal (spill) at ./main.go:7:9
./main.go:7:9:     from return func literal (return) at ./main.go:7:2
./main.go:6:10: parameter p leaks to {storage for func literal} for seq with derefs=0:
./main.go:6:10:   flow: {storage for func literal} ← p:
./main.go:6:10:     from p (captured by a closure) at ./main.go:8:9
./main.go:6:10: leaking param: p
./main.go:7:14: yield does not escape
./main.go:7:9: func literal escapes to heap
./main.go:13:2: x escapes to heap in main:
./main.go:13:2:   flow: {heap} ← &x:
./main.go:13:2:     from &x (address-of) at ./main.go:15:21
./main.go:13:2:     from seq(&x) (call parameter) at ./main.go:15:20
./main.go:20:3: z escapes to heap in main-range2:
./main.go:20:3:   flow: {heap} ← &z:
./main.go:20:3:     from &z (address-of) at ./main.go:21:10
./main.go:20:3:     from sink = &z (assign) at ./main.go:21:8
./main.go:18:2: y escapes to heap in main:
./main.go:18:2:   flow: {heap} ← &y:
./main.go:18:2:     from &y (address-of) at ./main.go:19:16
./main.go:18:2:     from seq(&y) (call parameter) at ./main.go:19:15
./main.go:15:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:14:6: main capturing by ref: last (addr=false assign=true width=8)
./main.go:19:2: main capturing by ref: #state2 (addr=false assign=true width=8)
./main.go:15:2: func literal escapes to heap in main:
./main.go:15:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:15:2:     from func literal (spill) at ./main.go:15:2
./main.go:15:2:     from #yield1 := func literal (assign) at ./main.go:15:2
./main.go:15:2:   flow: {heap} ← #yield1:
./main.go:15:2:     from .autotmp_4(#yield1) (call parameter) at ./main.go:15:2
./main.go:19:2: func literal escapes to heap in main:
./main.go:19:2:   flow: #yield2 ← &{storage for func literal}:
./main.go:19:2:     from func literal (spill) at ./main.go:19:2
./main.go:19:2:     from #yield2 := func literal (assign) at ./main.go:19:2
./main.go:19:2:   flow: {heap} ← #yield2:
./main.go:19:2:     from .autotmp_8(#yield2) (call parameter) at ./main.go:19:2
./main.go:19:2: #state2 escapes to heap in main:
./main.go:19:2:   flow: {storage for func literal} ← &#state2:
./main.go:19:2:     from #state2 (captured by a closure) at <unknown line number>
./main.go:19:2:     from #state2 (reference) at <unknown line number>
./main.go:15:2: #state1 escapes to heap in main:
./main.go:15:2:   flow: {storage for func literal} ← &#state1:
./main.go:15:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:15:2:     from #state1 (reference) at <unknown line number>
./main.go:14:6: last escapes to heap in main:
./main.go:14:6:   flow: {storage for func literal} ← &last:
./main.go:14:6:     from last (captured by a closure) at ./main.go:16:3
./main.go:14:6:     from last (reference) at ./main.go:16:3
./main.go:15:6: parameter q leaks to last for main-range1 with derefs=0:
./main.go:15:6:   flow: last ← q:
./main.go:15:6:     from last = q (assign) at ./main.go:16:8
./main.go:15:6: leaking param: q
./main.go:19:2: #p1 does not escape
./main.go:13:2: moved to heap: x
./main.go:14:6: moved to heap: last
./main.go:15:2: moved to heap: #state1
./main.go:18:2: moved to heap: y
./main.go:19:2: moved to heap: #state2
./main.go:20:3: moved to heap: z
./main.go:15:2: func literal escapes to heap
./main.go:19:2: func literal escapes to heap
