./main.go:6:19: parameter q leaks to {heap} for st1 with derefs=0:
./main.go:6:19:   flow: {heap} ← q:
./main.go:6:19:     from *p = q (assign) at ./main.go:6:32
./main.go:6:10: p does not escape
./main.go:6:19: leaking param: q
./main.go:8:19: parameter q leaks to {heap} for st2 with derefs=0:
./main.go:8:19:   flow: {heap} ← q:
./main.go:8:19:     from s.a = q (assign) at ./main.go:8:33
./main.go:8:10: s does not escape
./main.go:8:19: leaking param: q
./main.go:10:20: parameter q leaks to {heap} for st3 with derefs=0:
./main.go:10:20:   flow: {heap} ← q:
./main.go:10:20:     from s[0] = q (assign) at ./main.go:10:35
./main.go:10:10: s does not escape
./main.go:10:20: leaking param: q
./main.go:12:22: parameter q leaks to {heap} for st4 with derefs=0:
./main.go:12:22:   flow: {heap} ← q:
./main.go:12:22:     from a[1] = q (assign) at ./main.go:12:37
./main.go:12:10: a does not escape
./main.go:12:22: leaking param: q
./main.go:14:10: parameter a leaks to ~r0 for st5 with derefs=0:
./main.go:14:10:   flow: ~r0 ← a:
./main.go:14:10:     from a[1] (fixed-array-index-of) at ./main.go:16:10
./main.go:14:10:     from return a[1] (return) at ./main.go:16:2
./main.go:14:21: parameter q leaks to ~r0 for st5 with derefs=0:
./main.go:14:21:   flow: a ← q:
./main.go:14:21:     from a[0] = q (assign) at ./main.go:15:7
./main.go:14:21:   flow: ~r0 ← a:
./main.go:14:21:     from a[1] (fixed-array-index-of) at ./main.go:16:10
./main.go:14:21:     from return a[1] (return) at ./main.go:16:2
./main.go:14:10: leaking param: a to result ~r0 level=0
./main.go:14:21: leaking param: q to result ~r0 level=0
./main.go:20:2: x1 escapes to heap in main:
./main.go:20:2:   flow: {heap} ← &x1:
./main.go:20:2:     from &x1 (address-of) at ./main.go:22:10
./main.go:20:2:     from st1(&p, &x1) (call parameter) at ./main.go:22:5
./main.go:20:6: x2 escapes to heap in main:
./main.go:20:6:   flow: {heap} ← &x2:
./main.go:20:6:     from &x2 (address-of) at ./main.go:24:10
./main.go:20:6:     from st2(&s, &x2) (call parameter) at ./main.go:24:5
./main.go:20:10: x3 escapes to heap in main:
./main.go:20:10:   flow: {heap} ← &x3:
./main.go:20:10:     from &x3 (address-of) at ./main.go:26:10
./main.go:20:10:     from st3(sl, &x3) (call parameter) at ./main.go:26:5
./main.go:20:14: x4 escapes to heap in main:
./main.go:20:14:   flow: {heap} ← &x4:
./main.go:20:14:     from &x4 (address-of) at ./main.go:28:12
./main.go:20:14:     from st4(&arr, &x4) (call parameter) at ./main.go:28:5
./main.go:20:2: moved to heap: x1
./main.go:20:6: moved to heap: x2
./main.go:20:10: moved to heap: x3
./main.go:20:14: moved to heap: x4
./main.go:25:12: make([]*int, 1) does not escape
