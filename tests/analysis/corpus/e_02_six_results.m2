./main.go:4:25: parameter f leaks to ~r5 for six with derefs=0:
./main.go:4:25:   flow: ~r5 ← f:
./main.go:4:25:     from return a, b, c, d, e, f (return) at ./main.go:5:2
./main.go:4:22: parameter e leaks to ~r4 for six with derefs=0:
./main.go:4:22:   flow: ~r4 ← e:
./main.go:4:22:     from return a, b, c, d, e, f (return) at ./main.go:5:2
./main.go:4:19: parameter d leaks to ~r3 for six with derefs=0:
./main.go:4:19:   flow: ~r3 ← d:
./main.go:4:19:     from return a, b, c, d, e, f (return) at ./main.go:5:2
./main.go:4:16: parameter c leaks to ~r2 for six with derefs=0:
./main.go:4:16:   flow: ~r2 ← c:
./main.go:4:16:     from return a, b, c, d, e, f (return) at ./main.go:5:2
./main.go:4:13: parameter b leaks to ~r1 for six with derefs=0:
./main.go:4:13:   flow: ~r1 ← b:
./main.go:4:13:     from return a, b, c, d, e, f (return) at ./main.go:5:2
./main.go:4:10: parameter a leaks to ~r0 for six with derefs=0:
./main.go:4:10:   flow: ~r0 ← a:
./main.go:4:10:     from return a, b, c, d, e, f (return) at ./main.go:5:2
./main.go:4:10: leaking param: a to result ~r0 level=0
./main.go:4:13: leaking param: b to result ~r1 level=0
./main.go:4:16: leaking param: c to result ~r2 level=0
./main.go:4:19: leaking param: d to result ~r3 level=0
./main.go:4:22: leaking param: e to result ~r4 level=0
./main.go:4:25: leaking param: f
./main.go:8:10: parameter a leaks to ~r5 for rev with derefs=0:
./main.go:8:10:   flow: ~r5 ← a:
./main.go:8:10:     from return f, e, d, c, b, a (return) at ./main.go:9:2
./main.go:8:13: parameter b leaks to ~r4 for rev with derefs=0:
./main.go:8:13:   flow: ~r4 ← b:
./main.go:8:13:     from return f, e, d, c, b, a (return) at ./main.go:9:2
./main.go:8:16: parameter c leaks to ~r3 for rev with derefs=0:
./main.go:8:16:   flow: ~r3 ← c:
./main.go:8:16:     from return f, e, d, c, b, a (return) at ./main.go:9:2
./main.go:8:19: parameter d leaks to ~r2 for rev with derefs=0:
./main.go:8:19:   flow: ~r2 ← d:
./main.go:8:19:     from return f, e, d, c, b, a (return) at ./main.go:9:2
./main.go:8:22: parameter e leaks to ~r1 for rev with derefs=0:
./main.go:8:22:   flow: ~r1 ← e:
./main.go:8:22:     from return f, e, d, c, b, a (return) at ./main.go:9:2
./main.go:8:25: parameter f leaks to ~r0 for rev with derefs=0:
./main.go:8:25:   flow: ~r0 ← f:
./main.go:8:25:     from return f, e, d, c, b, a (return) at ./main.go:9:2
./main.go:8:10: leaking param: a
./main.go:8:13: leaking param: b to result ~r4 level=0
./main.go:8:16: leaking param: c to result ~r3 level=0
./main.go:8:19: leaking param: d to result ~r2 level=0
./main.go:8:22: leaking param: e to result ~r1 level=0
./main.go:8:25: leaking param: f to result ~r0 level=0
./main.go:13:26: x6 escapes to heap in main:
./main.go:13:26:   flow: {heap} ← &x6:
./main.go:13:26:     from &x6 (address-of) at ./main.go:14:57
./main.go:13:26:     from six(&x1, &x2, &x3, &x4, &x5, &x6) (call parameter) at ./main.go:14:31
./main.go:16:6: y1 escapes to heap in main:
./main.go:16:6:   flow: {heap} ← &y1:
./main.go:16:6:     from &y1 (address-of) at ./main.go:17:28
./main.go:16:6:     from rev(&y1, &y2, &y3, &y4, &y5, &y6) (call parameter) at ./main.go:17:27
./main.go:13:26: moved to heap: x6
./main.go:16:6: moved to heap: y1
