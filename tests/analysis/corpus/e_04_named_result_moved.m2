./main.go:6:23: r escapes to heap in viaAddr:
./main.go:6:23:   flow: {heap} ← &r:
./main.go:6:23:     from &r (address-of) at ./main.go:8:11
./main.go:6:23:     from sinkpp = &r (assign) at ./main.go:8:9
./main.go:6:14: parameter p leaks to r for viaAddr with derefs=0:
./main.go:6:14:   flow: r ← p:
./main.go:6:14:     from r = p (assign) at ./main.go:7:4
./main.go:6:14: leaking param: p
./main.go:6:23: moved to heap: r
./main.go:12:28: r escapes to heap in viaContent:
./main.go:12:28:   flow: {heap} ← &r:
./main.go:12:28:     from &r (address-of) at ./main.go:14:11
./main.go:12:28:     from sinkpp = &r (assign) at ./main.go:14:9
./main.go:12:17: parameter pp leaks to r for viaContent with derefs=1:
./main.go:12:17:   flow: r ← *pp:
./main.go:12:17:     from *pp (indirection) at ./main.go:13:6
./main.go:12:17:     from r = *pp (assign) at ./main.go:13:4
./main.go:12:17: leaking param content: pp
./main.go:12:28: moved to heap: r
./main.go:19:5: func literal escapes to heap in viaGo:
./main.go:19:5:   flow: {heap} ← &{storage for func literal}:
./main.go:19:5:     from func literal (spill) at ./main.go:19:5
./main.go:18:21: viaGo capturing by ref: r (addr=false assign=true width=8)
./main.go:18:21: r escapes to heap in viaGo:
./main.go:18:21:   flow: {storage for func literal} ← &r:
./main.go:18:21:     from r (captured by a closure) at ./main.go:19:14
./main.go:18:21:     from r (reference) at ./main.go:19:14
./main.go:18:12: parameter p leaks to r for viaGo with derefs=0:
./main.go:18:12:   flow: r ← p:
./main.go:18:12:     from r = p (assign) at ./main.go:20:4
./main.go:18:12: leaking param: p
./main.go:18:21: moved to heap: r
./main.go:19:5: func literal escapes to heap
./main.go:24:15: parameter p leaks to {heap} for viaLocal with derefs=0:
./main.go:24:15:   flow: {heap} ← p:
./main.go:24:15:     from *q = p (assign) at ./main.go:26:5
./main.go:24:15: leaking param: p
./main.go:31:2: a escapes to heap in main:
./main.go:31:2:   flow: {heap} ← &a:
./main.go:31:2:     from &a (address-of) at ./main.go:33:19
./main.go:31:2:     from viaAddr(&a) (call parameter) at ./main.go:33:18
./main.go:31:8: c escapes to heap in main:
./main.go:31:8:   flow: {heap} ← &c:
./main.go:31:8:     from &c (address-of) at ./main.go:33:49
./main.go:31:8:     from viaGo(&c) (call parameter) at ./main.go:33:48
./main.go:31:11: d escapes to heap in main:
./main.go:31:11:   flow: {heap} ← &d:
./main.go:31:11:     from &d (address-of) at ./main.go:33:64
./main.go:31:11:     from viaLocal(&d) (call parameter) at ./main.go:33:63
./main.go:31:5: b escapes to heap in main:
./main.go:31:5:   flow: pb ← &b:
./main.go:31:5:     from &b (address-of) at ./main.go:32:8
./main.go:31:5:     from pb := &b (assign) at ./main.go:32:5
./main.go:31:5:   flow: {heap} ← pb:
./main.go:31:5:     from &pb (address-of) at ./main.go:33:36
./main.go:31:5:     from viaContent(&pb) (call parameter) at ./main.go:33:35
./main.go:31:2: moved to heap: a
./main.go:31:5: moved to heap: b
./main.go:31:8: moved to heap: c
./main.go:31:11: moved to heap: d
