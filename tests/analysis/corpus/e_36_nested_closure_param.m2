./main.go:6:12: outer capturing by value: p (addr=false assign=false width=8)
./main.go:6:12: outer capturing by value: p (addr=false assign=false width=8)
./main.go:8:10: func literal escapes to heap in outer.func1:
./main.go:8:10:   flow: ~r0 ← &{storage for func literal}:
./main.go:8:10:     from func literal (spill) at ./main.go:8:10
./main.go:8:10:     from return func literal (return) at ./main.go:8:3
./main.go:6:12: parameter p leaks to {storage for func literal} for outer with derefs=0:
./main.go:6:12:   flow: {storage for func literal} ← p:
./main.go:6:12:     from p (captured by a closure) at ./main.go:8:31
./main.go:7:9: func literal escapes to heap in outer:
./main.go:7:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:7:9:     from func literal (spill) at ./main.go:7:9
./main.go:7:9:     from return func literal (return) at ./main.go:7:2
./main.go:6:12: parameter p leaks to {storage for func literal} for outer with derefs=0:
./main.go:6:12:   flow: {storage for func literal} ← p:
./main.go:6:12:     from p (captured by a closure) at ./main.go:8:31
./main.go:6:12: parameter p leaks to ~r0 for outer with derefs=0:
./main.go:6:12:   flow: ~r0 ← p:
./main.go:6:12:     from return p (return) at ./main.go:8:24
./main.go:6:12: leaking param: p
./main.go:7:9: func literal escapes to heap
./main.go:8:10: func literal escapes to heap
./main.go:12:12: inner capturing by value: p (addr=false assign=false width=8)
./main.go:12:12: inner capturing by value: p (addr=false assign=false width=8)
./main.go:12:12: parameter p leaks to ~r0 for inner with derefs=0:
./main.go:12:12:   flow: ~r0 ← p:
./main.go:12:12:     from return p (return) at ./main.go:14:24
./main.go:12:12:   flow: ~r0 ← ~r0:
./main.go:12:12:     from return (func literal)() (return) at ./main.go:14:3
./main.go:12:12:   flow: ~r0 ← ~r0:
./main.go:12:12:     from return (func literal)() (return) at ./main.go:13:2
./main.go:12:12: leaking param: p to result ~r0 level=0
./main.go:13:9: func literal does not escape
./main.go:14:10: func literal does not escape
./main.go:18:17: innerStore capturing by value: p (addr=false assign=false width=8)
./main.go:18:17: innerStore capturing by value: p (addr=false assign=false width=8)
./main.go:18:17: parameter p leaks to {heap} for innerStore with derefs=0:
./main.go:18:17:   flow: {heap} ← p:
./main.go:18:17:     from sink = p (assign) at ./main.go:20:17
./main.go:18:17: leaking param: p
./main.go:19:2: func literal does not escape
./main.go:20:3: func literal does not escape
./main.go:25:2: a escapes to heap in main:
./main.go:25:2:   flow: {heap} ← &a:
./main.go:25:2:     from &a (address-of) at ./main.go:26:17
./main.go:25:2:     from outer(&a) (call parameter) at ./main.go:26:16
./main.go:25:8: c escapes to heap in main:
./main.go:25:8:   flow: {heap} ← &c:
./main.go:25:8:     from &c (address-of) at ./main.go:27:13
./main.go:25:8:     from innerStore(&c) (call parameter) at ./main.go:27:12
./main.go:25:2: moved to heap: a
./main.go:25:8: moved to heap: c
