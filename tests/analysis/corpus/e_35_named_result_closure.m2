./main.go:6:26: viaClosure capturing by ref: r (addr=false assign=true width=8)
./main.go:6:17: viaClosure capturing by value: p (addr=false assign=false width=8)
./main.go:6:17: parameter p leaks to r for viaClosure with derefs=0:
./main.go:6:17:   flow: r ← p:
./main.go:6:17:     from r = p (assign) at ./main.go:7:20
./main.go:6:17: leaking param: p to result r level=0
./main.go:7:9: func literal does not escape
./main.go:13:10: func literal escapes to heap in viaEscClosure:
./main.go:13:10:   flow: {heap} ← &{storage for func literal}:
./main.go:13:10:     from func literal (spill) at ./main.go:13:10
./main.go:13:10:     from sinkF = func literal (assign) at ./main.go:13:8
./main.go:12:29: viaEscClosure capturing by ref: r (addr=false assign=true width=8)
./main.go:12:29: r escapes to heap in viaEscClosure:
./main.go:12:29:   flow: {storage for func literal} ← &r:
./main.go:12:29:     from r (captured by a closure) at ./main.go:13:19
./main.go:12:29:     from r (reference) at ./main.go:13:19
./main.go:12:20: viaEscClosure capturing by value: p (addr=false assign=false width=8)
./main.go:12:20: parameter p leaks to {storage for func literal} for viaEscClosure with derefs=0:
./main.go:12:20:   flow: {storage for func literal} ← p:
./main.go:12:20:     from p (captured by a closure) at ./main.go:13:23
./main.go:12:20: parameter p leaks to r for viaEscClosure with derefs=0:
./main.go:12:20:   flow: r ← p:
./main.go:12:20:     from r = p (assign) at ./main.go:13:21
./main.go:12:20: leaking param: p
./main.go:12:29: moved to heap: r
./main.go:13:10: func literal escapes to heap
./main.go:17:32: viaReturnClosure capturing by ref: r (addr=false assign=true width=8)
./main.go:18:6: func literal escapes to heap in viaReturnClosure:
./main.go:18:6:   flow: f ← &{storage for func literal}:
./main.go:18:6:     from func literal (spill) at ./main.go:18:6
./main.go:18:6:     from f = func literal (assign) at ./main.go:18:4
./main.go:17:32: r escapes to heap in viaReturnClosure:
./main.go:17:32:   flow: {storage for func literal} ← &r:
./main.go:17:32:     from r (captured by a closure) at ./main.go:18:27
./main.go:17:32:     from r (reference) at ./main.go:18:27
./main.go:17:23: parameter p leaks to r for viaReturnClosure with derefs=0:
./main.go:17:23:   flow: r ← p:
./main.go:17:23:     from r = p (assign) at ./main.go:19:4
./main.go:17:23: leaking param: p
./main.go:17:32: moved to heap: r
./main.go:18:6: func literal escapes to heap
./main.go:24:8: c escapes to heap in main:
./main.go:24:8:   flow: {heap} ← &c:
./main.go:24:8:     from &c (address-of) at ./main.go:25:27
./main.go:24:8:     from viaReturnClosure(&c) (call parameter) at ./main.go:25:26
./main.go:24:5: b escapes to heap in main:
./main.go:24:5:   flow: {heap} ← &b:
./main.go:24:5:     from &b (address-of) at ./main.go:26:41
./main.go:24:5:     from viaEscClosure(&b) (call parameter) at ./main.go:26:40
./main.go:24:5: moved to heap: b
./main.go:24:8: moved to heap: c
