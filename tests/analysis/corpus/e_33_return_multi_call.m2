./main.go:4:10: parameter p leaks to ~r1 for two with derefs=0:
./main.go:4:10:   flow: ~r1 ← p:
./main.go:4:10:     from return q, p (return) at ./main.go:4:36
./main.go:4:13: parameter q leaks to ~r0 for two with derefs=0:
./main.go:4:13:   flow: ~r0 ← q:
./main.go:4:13:     from return q, p (return) at ./main.go:4:36
./main.go:4:10: leaking param: p to result ~r1 level=0
./main.go:4:13: leaking param: q to result ~r0 level=0
./main.go:6:10: parameter p leaks to ~r1 for fwd with derefs=0:
./main.go:6:10:   flow: .autotmp_5 ← p:
./main.go:6:10:     from two(p, q) (call parameter) at ./main.go:6:46
./main.go:6:10:   flow: ~r1 ← .autotmp_5:
./main.go:6:10:     from return (*int)(.autotmp_4), .autotmp_5 (return) at ./main.go:6:36
./main.go:6:13: parameter q leaks to ~r0 for fwd with derefs=0:
./main.go:6:13:   flow: .autotmp_4 ← q:
./main.go:6:13:     from two(p, q) (call parameter) at ./main.go:6:46
./main.go:6:13:   flow: ~r0 ← .autotmp_4:
./main.go:6:13:     from return (*int)(.autotmp_4), .autotmp_5 (return) at ./main.go:6:36
./main.go:6:10: leaking param: p to result ~r1 level=0
./main.go:6:13: leaking param: q to result ~r0 level=0
./main.go:8:17: parameter q leaks to b for fwdSwap with derefs=0:
./main.go:8:17:   flow: .autotmp_4 ← q:
./main.go:8:17:     from two(p, q) (call parameter) at ./main.go:9:12
./main.go:8:17:   flow: b ← .autotmp_4:
./main.go:8:17:     from b, a = (*int)(.autotmp_4), .autotmp_5 (assign-pair) at ./main.go:9:7
./main.go:8:14: parameter p leaks to a for fwdSwap with derefs=0:
./main.go:8:14:   flow: .autotmp_5 ← p:
./main.go:8:14:     from two(p, q) (call parameter) at ./main.go:9:12
./main.go:8:14:   flow: a ← .autotmp_5:
./main.go:8:14:     from b, a = (*int)(.autotmp_4), .autotmp_5 (assign-pair) at ./main.go:9:7
./main.go:8:14: leaking param: p to result a level=0
./main.go:8:17: leaking param: q to result b level=0
./main.go:13:15: parameter pp leaks to ~r1 for fwdDeref with derefs=1:
./main.go:13:15:   flow: .autotmp_5 ← *pp:
./main.go:13:15:     from *pp (indirection) at ./main.go:13:55
./main.go:13:15:     from two(*pp, *qq) (call parameter) at ./main.go:13:54
./main.go:13:15:   flow: ~r1 ← .autotmp_5:
./main.go:13:15:     from return (*int)(.autotmp_4), .autotmp_5 (return) at ./main.go:13:44
./main.go:13:19: parameter qq leaks to ~r0 for fwdDeref with derefs=1:
./main.go:13:19:   flow: .autotmp_4 ← *qq:
./main.go:13:19:     from *qq (indirection) at ./main.go:13:60
./main.go:13:19:     from two(*pp, *qq) (call parameter) at ./main.go:13:54
./main.go:13:19:   flow: ~r0 ← .autotmp_4:
./main.go:13:19:     from return (*int)(.autotmp_4), .autotmp_5 (return) at ./main.go:13:44
./main.go:13:15: leaking param: pp to result ~r1 level=1
./main.go:13:19: leaking param: qq to result ~r0 level=1
