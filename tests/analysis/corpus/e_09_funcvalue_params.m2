./main.go:4:25: parameter p leaks to {heap} for each with derefs=0:
./main.go:4:25:   flow: {heap} ← p:
./main.go:4:25:     from f(p) (call parameter) at ./main.go:4:36
./main.go:4:11: f does not escape
./main.go:4:25: leaking param: p
./main.go:6:34: parameter p leaks to {heap} for callWith with derefs=0:
./main.go:6:34:   flow: {heap} ← p:
./main.go:6:34:     from f(p) (call parameter) at ./main.go:6:57
./main.go:6:15: f does not escape
./main.go:6:34: leaking param: p
./main.go:8:12: f does not escape
./main.go:10:11: parameter f leaks to ~r0 for pass with derefs=0:
./main.go:10:11:   flow: ~r0 ← f:
./main.go:10:11:     from return f (return) at ./main.go:10:38
./main.go:10:11: leaking param: f to result ~r0 level=0
./main.go:12:9: parameter p leaks to ~r0 for id with derefs=0:
./main.go:12:9:   flow: ~r0 ← p:
./main.go:12:9:     from return p (return) at ./main.go:12:24
./main.go:12:9: leaking param: p to result ~r0 level=0
./main.go:16:12: p does not escape
./main.go:21:12: p does not escape
./main.go:15:2: a escapes to heap in main:
./main.go:15:2:   flow: {heap} ← &a:
./main.go:15:2:     from &a (address-of) at ./main.go:16:24
./main.go:15:2:     from each(func literal, &a) (call parameter) at ./main.go:16:6
./main.go:15:5: b escapes to heap in main:
./main.go:15:5:   flow: {heap} ← &b:
./main.go:15:5:     from &b (address-of) at ./main.go:17:20
./main.go:15:5:     from callWith(id, &b) (call parameter) at ./main.go:17:15
./main.go:20:2: d escapes to heap in main:
./main.go:20:2:   flow: {heap} ← &d:
./main.go:20:2:     from &d (address-of) at ./main.go:21:24
./main.go:20:2:     from .autotmp_9(&d) (call parameter) at ./main.go:21:23
./main.go:18:2: main capturing by ref: c (addr=true assign=false width=8)
./main.go:18:2: c escapes to heap in main:
./main.go:18:2:   flow: ~r0 ← &c:
./main.go:18:2:     from &c (address-of) at ./main.go:19:37
./main.go:18:2:     from return &c (return) at ./main.go:19:30
./main.go:15:2: moved to heap: a
./main.go:15:5: moved to heap: b
./main.go:18:2: moved to heap: c
./main.go:20:2: moved to heap: d
./main.go:16:7: func literal does not escape
./main.go:19:16: func literal does not escape
./main.go:21:7: func literal does not escape
