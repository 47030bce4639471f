./main.go:6:13: callIt capturing by value: p (addr=false assign=false width=8)
./main.go:6:13: parameter p leaks to ~r0 for callIt with derefs=0:
./main.go:6:13:   flow: ~r0 ← p:
./main.go:6:13:     from return p (return) at ./main.go:7:21
./main.go:6:13:   flow: ~r0 ← ~r0:
./main.go:6:13:     from return f() (return) at ./main.go:8:2
./main.go:6:13: leaking param: p to result ~r0 level=0
./main.go:7:7: func literal does not escape
./main.go:11:12: retIt capturing by value: p (addr=false assign=false width=8)
./main.go:12:9: func literal escapes to heap in retIt:
./main.go:12:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:12:9:     from func literal (spill) at ./main.go:12:9
./main.go:12:9:     from return func literal (return) at ./main.go:12:2
./main.go:11:12: parameter p leaks to {storage for func literal} for retIt with derefs=0:
./main.go:11:12:   flow: {storage for func literal} ← p:
./main.go:11:12:     from p (captured by a closure) at ./main.go:12:30
./main.go:11:12: parameter p leaks to ~r0 for retIt with derefs=0:
./main.go:11:12:   flow: ~r0 ← p:
./main.go:11:12:     from return p (return) at ./main.go:12:23
./main.go:11:12: leaking param: p
./main.go:12:9: func literal escapes to heap
./main.go:15:14: storeIt capturing by value: p (addr=false assign=false width=8)
./main.go:15:14: parameter p leaks to {heap} for storeIt with derefs=0:
./main.go:15:14:   flow: {heap} ← p:
./main.go:15:14:     from sink = p (assign) at ./main.go:16:21
./main.go:15:14: leaking param: p
./main.go:16:7: func literal does not escape
./main.go:20:14: derefIt capturing by value: pp (addr=false assign=false width=8)
./main.go:20:14: parameter pp leaks to ~r0 for derefIt with derefs=1:
./main.go:20:14:   flow: ~r0 ← *pp:
./main.go:20:14:     from *pp (indirection) at ./main.go:21:30
./main.go:20:14:     from return *pp (return) at ./main.go:21:23
./main.go:20:14:   flow: ~r0 ← ~r0:
./main.go:20:14:     from return (func literal)() (return) at ./main.go:21:2
./main.go:20:14: leaking param: pp to result ~r0 level=1
./main.go:21:9: func literal does not escape
./main.go:25:5: b escapes to heap in main:
./main.go:25:5:   flow: {heap} ← &b:
./main.go:25:5:     from &b (address-of) at ./main.go:27:30
./main.go:25:5:     from retIt(&b) (call parameter) at ./main.go:27:29
./main.go:25:8: c escapes to heap in main:
./main.go:25:8:   flow: {heap} ← &c:
./main.go:25:8:     from &c (address-of) at ./main.go:28:10
./main.go:25:8:     from storeIt(&c) (call parameter) at ./main.go:28:9
./main.go:25:5: moved to heap: b
./main.go:25:8: moved to heap: c
