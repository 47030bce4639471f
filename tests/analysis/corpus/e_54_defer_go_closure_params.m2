./main.go:4:15: topDefer capturing by value: p (addr=false assign=false width=8)
./main.go:4:15: p does not escape
./main.go:5:8: func literal does not escape
./main.go:10:9: func literal escapes to heap in loopDefer:
./main.go:10:9:   flow: {heap} ← &{storage for func literal}:
./main.go:10:9:     from func literal (spill) at ./main.go:10:9
./main.go:8:16: loopDefer capturing by value: p (addr=false assign=false width=8)
./main.go:9:6: loopDefer capturing by value: i (addr=false assign=false width=8)
./main.go:8:16: parameter p leaks to {storage for func literal} for loopDefer with derefs=0:
./main.go:8:16:   flow: {storage for func literal} ← p:
./main.go:8:16:     from p (captured by a closure) at ./main.go:10:19
./main.go:8:16: leaking param: p
./main.go:10:9: func literal escapes to heap
./main.go:15:5: func literal escapes to heap in spawn:
./main.go:15:5:   flow: {heap} ← &{storage for func literal}:
./main.go:15:5:     from func literal (spill) at ./main.go:15:5
./main.go:14:12: spawn capturing by value: p (addr=false assign=false width=8)
./main.go:14:12: parameter p leaks to {storage for func literal} for spawn with derefs=0:
./main.go:14:12:   flow: {storage for func literal} ← p:
./main.go:14:12:     from p (captured by a closure) at ./main.go:15:15
./main.go:14:12: leaking param: p
./main.go:15:5: func literal escapes to heap
./main.go:20:8: func literal escapes to heap in gotoDefer:
./main.go:20:8:   flow: {heap} ← &{storage for func literal}:
./main.go:20:8:     from func literal (spill) at ./main.go:20:8
./main.go:18:16: gotoDefer capturing by value: p (addr=false assign=false width=8)
./main.go:18:24: gotoDefer capturing by ref: n (addr=false assign=true width=8)
./main.go:18:24: n escapes to heap in gotoDefer:
./main.go:18:24:   flow: {storage for func literal} ← &n:
./main.go:18:24:     from n (captured by a closure) at ./main.go:20:22
./main.go:18:24:     from n (reference) at ./main.go:20:22
./main.go:18:16: parameter p leaks to {storage for func literal} for gotoDefer with derefs=0:
./main.go:18:16:   flow: {storage for func literal} ← p:
./main.go:18:16:     from p (captured by a closure) at ./main.go:20:18
./main.go:18:16: leaking param: p
./main.go:18:24: moved to heap: n
./main.go:20:8: func literal escapes to heap
./main.go:28:5: b escapes to heap in main:
./main.go:28:5:   flow: {heap} ← &b:
./main.go:28:5:     from &b (address-of) at ./main.go:30:12
./main.go:28:5:     from loopDefer(&b) (call parameter) at ./main.go:30:11
./main.go:28:8: c escapes to heap in main:
./main.go:28:8:   flow: {heap} ← &c:
./main.go:28:8:     from &c (address-of) at ./main.go:31:8
./main.go:28:8:     from spawn(&c) (call parameter) at ./main.go:31:7
./main.go:28:11: d escapes to heap in main:
./main.go:28:11:   flow: {heap} ← &d:
./main.go:28:11:     from &d (address-of) at ./main.go:32:12
./main.go:28:11:     from gotoDefer(&d, 2) (call parameter) at ./main.go:32:11
./main.go:28:5: moved to heap: b
./main.go:28:8: moved to heap: c
./main.go:28:11: moved to heap: d
