./main.go:4:13: p escapes to heap in addrOf:
./main.go:4:13:   flow: ~r0 ← &p:
./main.go:4:13:     from &p (address-of) at ./main.go:4:36
./main.go:4:13:     from return &p (return) at ./main.go:4:29
./main.go:4:13: parameter p leaks to ~r0 for addrOf with derefs=0:
./main.go:4:13:   flow: ~r0 ← &p:
./main.go:4:13:     from &p (address-of) at ./main.go:4:36
./main.go:4:13:     from return &p (return) at ./main.go:4:29
./main.go:4:13: moved to heap: p
./main.go:6:18: pp escapes to heap in addrContent:
./main.go:6:18:   flow: ~r0 ← &pp:
./main.go:6:18:     from &pp (address-of) at ./main.go:6:44
./main.go:6:18:     from return &pp (return) at ./main.go:6:37
./main.go:6:18: parameter pp leaks to ~r0 for addrContent with derefs=0:
./main.go:6:18:   flow: ~r0 ← &pp:
./main.go:6:18:     from &pp (address-of) at ./main.go:6:44
./main.go:6:18:     from return &pp (return) at ./main.go:6:37
./main.go:6:18: moved to heap: pp
./main.go:9:2: x escapes to heap in main:
./main.go:9:2:   flow: {heap} ← &x:
./main.go:9:2:     from &x (address-of) at ./main.go:10:15
./main.go:9:2:     from addrOf(&x) (call parameter) at ./main.go:10:14
./main.go:12:2: py escapes to heap in main:
./main.go:12:2:   flow: {heap} ← &py:
./main.go:12:2:     from &py (address-of) at ./main.go:13:21
./main.go:12:2:     from addrContent(&py) (call parameter) at ./main.go:13:20
./main.go:11:2: y escapes to heap in main:
./main.go:11:2:   flow: py ← &y:
./main.go:11:2:     from &y (address-of) at ./main.go:12:8
./main.go:11:2:     from py := &y (assign) at ./main.go:12:5
./main.go:9:2: moved to heap: x
./main.go:11:2: moved to heap: y
./main.go:12:2: moved to heap: py
