./main.go:15:9: parameter p leaks to {heap} for rc with derefs=0:
./main.go:15:9:   flow: {heap} ← p:
./main.go:15:9:     from sink = p (assign) at ./main.go:17:8
./main.go:13:9: parameter p leaks to {heap} for rb with derefs=0:
./main.go:13:9:   flow: p ← p:
./main.go:13:9:     from rc(p, n) (call parameter) at ./main.go:13:40
./main.go:13:9:   flow: {heap} ← p:
./main.go:13:9:     from sink = p (assign) at ./main.go:17:8
./main.go:6:9: parameter p leaks to {heap} for ra with derefs=0:
./main.go:6:9:   flow: p ← p:
./main.go:6:9:     from rb(p, n - 1) (call parameter) at ./main.go:10:11
./main.go:6:9:   flow: p ← p:
./main.go:6:9:     from rc(p, n) (call parameter) at ./main.go:13:40
./main.go:6:9:   flow: {heap} ← p:
./main.go:6:9:     from sink = p (assign) at ./main.go:17:8
./main.go:6:9: parameter p leaks to ~r0 for ra with derefs=0:
./main.go:6:9:   flow: ~r0 ← p:
./main.go:6:9:     from return p (return) at ./main.go:8:3
./main.go:6:9:   flow: ~r0 ← ~r0:
./main.go:6:9:     from return ra(p, n) (return) at ./main.go:19:2
./main.go:15:9: parameter p leaks to ~r0 for rc with derefs=0:
./main.go:15:9:   flow: p ← p:
./main.go:15:9:     from ra(p, n) (call parameter) at ./main.go:19:11
./main.go:15:9:   flow: ~r0 ← p:
./main.go:15:9:     from return p (return) at ./main.go:8:3
./main.go:15:9:   flow: ~r0 ← ~r0:
./main.go:15:9:     from return ra(p, n) (return) at ./main.go:19:2
./main.go:13:9: parameter p leaks to ~r0 for rb with derefs=0:
./main.go:13:9:   flow: p ← p:
./main.go:13:9:     from rc(p, n) (call parameter) at ./main.go:13:40
./main.go:13:9:   flow: p ← p:
./main.go:13:9:     from ra(p, n) (call parameter) at ./main.go:19:11
./main.go:13:9:   flow: ~r0 ← p:
./main.go:13:9:     from return p (return) at ./main.go:8:3
./main.go:13:9:   flow: ~r0 ← ~r0:
./main.go:13:9:     from return ra(p, n) (return) at ./main.go:19:2
./main.go:6:9: parameter p leaks to ~r0 for ra with derefs=0:
./main.go:6:9:   flow: ~r0 ← p:
./main.go:6:9:     from return p (return) at ./main.go:8:3
./main.go:6:9:   flow: ~r0 ← ~r0:
./main.go:6:9:     from return ra(p, n) (return) at ./main.go:19:2
./main.go:6:9:   flow: ~r0 ← ~r0:
./main.go:6:9:     from return rc(p, n) (return) at ./main.go:13:31
./main.go:15:9: parameter p leaks to ~r0 for rc with derefs=0:
./main.go:15:9:   flow: p ← p:
./main.go:15:9:     from ra(p, n) (call parameter) at ./main.go:19:11
./main.go:15:9:   flow: ~r0 ← p:
./main.go:15:9:     from return p (return) at ./main.go:8:3
./main.go:15:9:   flow: ~r0 ← ~r0:
./main.go:15:9:     from return ra(p, n) (return) at ./main.go:19:2
./main.go:15:9:   flow: ~r0 ← ~r0:
./main.go:15:9:     from return rc(p, n) (return) at ./main.go:13:31
./main.go:13:9: parameter p leaks to ~r0 for rb with derefs=0:
./main.go:13:9:   flow: p ← p:
./main.go:13:9:     from rc(p, n) (call parameter) at ./main.go:13:40
./main.go:13:9:   flow: p ← p:
./main.go:13:9:     from ra(p, n) (call parameter) at ./main.go:19:11
./main.go:13:9:   flow: ~r0 ← p:
./main.go:13:9:     from return p (return) at ./main.go:8:3
./main.go:13:9:   flow: ~r0 ← ~r0:
./main.go:13:9:     from return ra(p, n) (return) at ./main.go:19:2
./main.go:13:9:   flow: ~r0 ← ~r0:
./main.go:13:9:     from return rc(p, n) (return) at ./main.go:13:31
./main.go:6:9: parameter p leaks to ~r0 for ra with derefs=0:
./main.go:6:9:   flow: ~r0 ← p:
./main.go:6:9:     from return p (return) at ./main.go:8:3
./main.go:15:9: parameter p leaks to ~r0 for rc with derefs=0:
./main.go:15:9:   flow: p ← p:
./main.go:15:9:     from ra(p, n) (call parameter) at ./main.go:19:11
./main.go:15:9:   flow: ~r0 ← p:
./main.go:15:9:     from return p (return) at ./main.go:8:3
./main.go:13:9: parameter p leaks to ~r0 for rb with derefs=0:
./main.go:13:9:   flow: p ← p:
./main.go:13:9:     from rc(p, n) (call parameter) at ./main.go:13:40
./main.go:13:9:   flow: p ← p:
./main.go:13:9:     from ra(p, n) (call parameter) at ./main.go:19:11
./main.go:13:9:   flow: ~r0 ← p:
./main.go:13:9:     from return p (return) at ./main.go:8:3
./main.go:6:9: leaking param: p
./main.go:13:9: leaking param: p
./main.go:15:9: leaking param: p
./main.go:22:9: parameter pp leaks to ~r0 for qa with derefs=1:
./main.go:22:9:   flow: ~r0 ← *pp:
./main.go:22:9:     from *pp (indirection) at ./main.go:24:10
./main.go:22:9:     from return *pp (return) at ./main.go:24:3
./main.go:22:9:   flow: ~r0 ← ~r0:
./main.go:22:9:     from return qa(pp, n) (return) at ./main.go:31:33
./main.go:31:9: parameter pp leaks to ~r0 for qc with derefs=1:
./main.go:31:9:   flow: pp ← pp:
./main.go:31:9:     from qa(pp, n) (call parameter) at ./main.go:31:42
./main.go:31:9:   flow: ~r0 ← *pp:
./main.go:31:9:     from *pp (indirection) at ./main.go:24:10
./main.go:31:9:     from return *pp (return) at ./main.go:24:3
./main.go:31:9:   flow: ~r0 ← ~r0:
./main.go:31:9:     from return qa(pp, n) (return) at ./main.go:31:33
./main.go:29:9: parameter pp leaks to ~r0 for qb with derefs=1:
./main.go:29:9:   flow: pp ← pp:
./main.go:29:9:     from qc(pp, n) (call parameter) at ./main.go:29:42
./main.go:29:9:   flow: pp ← pp:
./main.go:29:9:     from qa(pp, n) (call parameter) at ./main.go:31:42
./main.go:29:9:   flow: ~r0 ← *pp:
./main.go:29:9:     from *pp (indirection) at ./main.go:24:10
./main.go:29:9:     from return *pp (return) at ./main.go:24:3
./main.go:29:9:   flow: ~r0 ← ~r0:
./main.go:29:9:     from return qa(pp, n) (return) at ./main.go:31:33
./main.go:22:9: parameter pp leaks to ~r0 for qa with derefs=1:
./main.go:22:9:   flow: ~r0 ← *pp:
./main.go:22:9:     from *pp (indirection) at ./main.go:24:10
./main.go:22:9:     from return *pp (return) at ./main.go:24:3
./main.go:22:9:   flow: ~r0 ← ~r0:
./main.go:22:9:     from return qa(pp, n) (return) at ./main.go:31:33
./main.go:22:9:   flow: ~r0 ← ~r0:
./main.go:22:9:     from return qc(pp, n) (return) at ./main.go:29:33
./main.go:31:9: parameter pp leaks to ~r0 for qc with derefs=1:
./main.go:31:9:   flow: pp ← pp:
./main.go:31:9:     from qa(pp, n) (call parameter) at ./main.go:31:42
./main.go:31:9:   flow: ~r0 ← *pp:
./main.go:31:9:     from *pp (indirection) at ./main.go:24:10
./main.go:31:9:     from return *pp (return) at ./main.go:24:3
./main.go:31:9:   flow: ~r0 ← ~r0:
./main.go:31:9:     from return qa(pp, n) (return) at ./main.go:31:33
./main.go:31:9:   flow: ~r0 ← ~r0:
./main.go:31:9:     from return qc(pp, n) (return) at ./main.go:29:33
./main.go:29:9: parameter pp leaks to ~r0 for qb with derefs=1:
./main.go:29:9:   flow: pp ← pp:
./main.go:29:9:     from qc(pp, n) (call parameter) at ./main.go:29:42
./main.go:29:9:   flow: pp ← pp:
./main.go:29:9:     from qa(pp, n) (call parameter) at ./main.go:31:42
./main.go:29:9:   flow: ~r0 ← *pp:
./main.go:29:9:     from *pp (indirection) at ./main.go:24:10
./main.go:29:9:     from return *pp (return) at ./main.go:24:3
./main.go:29:9:   flow: ~r0 ← ~r0:
./main.go:29:9:     from return qa(pp, n) (return) at ./main.go:31:33
./main.go:29:9:   flow: ~r0 ← ~r0:
./main.go:29:9:     from return qc(pp, n) (return) at ./main.go:29:33
./main.go:22:9: parameter pp leaks to ~r0 for qa with derefs=1:
./main.go:22:9:   flow: ~r0 ← *pp:
./main.go:22:9:     from *pp (indirection) at ./main.go:24:10
./main.go:22:9:     from return *pp (return) at ./main.go:24:3
./main.go:31:9: parameter pp leaks to ~r0 for qc with derefs=1:
./main.go:31:9:   flow: pp ← pp:
./main.go:31:9:     from qa(pp, n) (call parameter) at ./main.go:31:42
./main.go:31:9:   flow: ~r0 ← *pp:
./main.go:31:9:     from *pp (indirection) at ./main.go:24:10
./main.go:31:9:     from return *pp (return) at ./main.go:24:3
./main.go:29:9: parameter pp leaks to ~r0 for qb with derefs=1:
./main.go:29:9:   flow: pp ← pp:
./main.go:29:9:     from qc(pp, n) (call parameter) at ./main.go:29:42
./main.go:29:9:   flow: pp ← pp:
./main.go:29:9:     from qa(pp, n) (call parameter) at ./main.go:31:42
./main.go:29:9:   flow: ~r0 ← *pp:
./main.go:29:9:     from *pp (indirection) at ./main.go:24:10
./main.go:29:9:     from return *pp (return) at ./main.go:24:3
./main.go:22:9: leaking param content: pp
./main.go:29:9: leaking param content: pp
./main.go:31:9: leaking param content: pp
./main.go:34:2: x escapes to heap in main:
./main.go:34:2:   flow: {heap} ← &x:
./main.go:34:2:     from &x (address-of) at ./main.go:36:14
./main.go:34:2:     from ra(&x, 3) (call parameter) at ./main.go:36:13
./main.go:34:5: y escapes to heap in main:
./main.go:34:5:   flow: py ← &y:
./main.go:34:5:     from &y (address-of) at ./main.go:35:8
./main.go:34:5:     from py := &y (assign) at ./main.go:35:5
./main.go:34:5:   flow: {heap} ← py:
./main.go:34:5:     from &py (address-of) at ./main.go:36:26
./main.go:34:5:     from qa(&py, 3) (call parameter) at ./main.go:36:25
./main.go:34:2: moved to heap: x
./main.go:34:5: moved to heap: y
