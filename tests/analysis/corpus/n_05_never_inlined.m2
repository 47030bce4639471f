./main.go:6:11: p does not escape
./main.go:9:23: func literal escapes to heap in launch:
./main.go:9:23:   flow: {heap} ← &{storage for func literal}:
./main.go:9:23:     from func literal (spill) at ./main.go:9:23
./main.go:9:23: launch capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:9:13: parameter p leaks to {storage for func literal} for launch with derefs=0:
./main.go:9:13:   flow: .autotmp_1 ← p:
./main.go:9:13:     from .autotmp_1 = p (assign-pair) at ./main.go:9:23
./main.go:9:13:   flow: {storage for func literal} ← .autotmp_1:
./main.go:9:13:     from .autotmp_1 (captured by a closure) at ./main.go:9:23
./main.go:9:13: leaking param: p
./main.go:11:22: later capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:11:12: p does not escape
./main.go:13:15: catch capturing by ref: err (addr=false assign=true width=16)
./main.go:14:8: func literal does not escape
./main.go:21:11: parameter p leaks to ~r0 for keep with derefs=0:
./main.go:21:11:   flow: ~r0 ← p:
./main.go:21:11:     from return p (return) at ./main.go:21:26
./main.go:21:11: leaking param: p to result ~r0 level=0
./main.go:25:2: twoDefers capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:26:2: twoDefers capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:24:16: p does not escape
./main.go:24:19: q does not escape
./main.go:30:2: x escapes to heap in main:
./main.go:30:2:   flow: {heap} ← &x:
./main.go:30:2:     from &x (address-of) at ./main.go:31:9
./main.go:30:2:     from launch(&x) (call parameter) at ./main.go:31:8
./main.go:33:2: z escapes to heap in main:
./main.go:33:2:   flow: {heap} ← &z:
./main.go:33:2:     from &z (address-of) at ./main.go:34:14
./main.go:33:2:     from keep(&z) (call parameter) at ./main.go:34:13
./main.go:33:2:     from sink = keep(&z) (assign) at ./main.go:34:7
./main.go:30:2: moved to heap: x
./main.go:33:2: moved to heap: z
