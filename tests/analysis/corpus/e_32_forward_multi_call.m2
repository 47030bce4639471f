./main.go:6:10: parameter p leaks to ~r1 for two with derefs=0:
./main.go:6:10:   flow: ~r1 ← p:
./main.go:6:10:     from return p, p (return) at ./main.go:6:33
./main.go:6:10: parameter p leaks to ~r0 for two with derefs=0:
./main.go:6:10:   flow: ~r0 ← p:
./main.go:6:10:     from return p, p (return) at ./main.go:6:33
./main.go:6:10: leaking param: p to result ~r0 level=0
./main.go:6:10: leaking param: p to result ~r1 level=0
./main.go:8:15: parameter b leaks to {heap} for keep2 with derefs=0:
./main.go:8:15:   flow: {heap} ← b:
./main.go:8:15:     from sink = b (assign) at ./main.go:8:30
./main.go:8:12: a does not escape
./main.go:8:15: leaking param: b
./main.go:10:12: parameter a leaks to ~r0 for pass2 with derefs=0:
./main.go:10:12:   flow: ~r0 ← a:
./main.go:10:12:     from return a (return) at ./main.go:10:30
./main.go:10:12: leaking param: a to result ~r0 level=0
./main.go:10:15: b does not escape
./main.go:12:11: parameter p leaks to ~r1 for pair with derefs=0:
./main.go:12:11:   flow: ~r1 ← p:
./main.go:12:11:     from return q, p (return) at ./main.go:12:37
./main.go:12:14: parameter q leaks to ~r0 for pair with derefs=0:
./main.go:12:14:   flow: ~r0 ← q:
./main.go:12:14:     from return q, p (return) at ./main.go:12:37
./main.go:12:11: leaking param: p to result ~r1 level=0
./main.go:12:14: leaking param: q to result ~r0 level=0
./main.go:19:2: u escapes to heap in main:
./main.go:19:2:   flow: .autotmp_10 ← &u:
./main.go:19:2:     from &u (address-of) at ./main.go:20:13
./main.go:19:2:     from pair(&u, &v) (call parameter) at ./main.go:20:12
./main.go:19:2:   flow: {heap} ← .autotmp_10:
./main.go:19:2:     from keep2((*int)(.autotmp_9), .autotmp_10) (call parameter) at ./main.go:20:7
./main.go:15:2: x escapes to heap in main:
./main.go:15:2:   flow: {temp} ← &x:
./main.go:15:2:     from &x (address-of) at ./main.go:16:12
./main.go:15:2:     from two(&x) (call parameter) at ./main.go:16:11
./main.go:15:2:   flow: .autotmp_2 ← {temp}:
./main.go:15:2:   flow: {heap} ← .autotmp_2:
./main.go:15:2:     from keep2((*int)(.autotmp_1), .autotmp_2) (call parameter) at ./main.go:16:7
./main.go:15:2: moved to heap: x
./main.go:19:2: moved to heap: u
