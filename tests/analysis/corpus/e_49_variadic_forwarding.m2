./main.go:6:13: parameter q leaks to ~r1 for two with derefs=0:
./main.go:6:13:   flow: ~r1 ← q:
./main.go:6:13:     from return p, q (return) at ./main.go:6:36
./main.go:6:10: parameter p leaks to ~r0 for two with derefs=0:
./main.go:6:10:   flow: ~r0 ← p:
./main.go:6:10:     from return p, q (return) at ./main.go:6:36
./main.go:6:10: leaking param: p to result ~r0 level=0
./main.go:6:13: leaking param: q to result ~r1 level=0
./main.go:8:12: parameter ps leaks to ~r0 for first with derefs=1:
./main.go:8:12:   flow: ~r0 ← *ps:
./main.go:8:12:     from ps[0] (dot of pointer) at ./main.go:8:40
./main.go:8:12:     from return ps[0] (return) at ./main.go:8:31
./main.go:8:12: leaking param: ps to result ~r0 level=1
./main.go:10:14: parameter ps leaks to {heap} for keepAll with derefs=1:
./main.go:10:14:   flow: {temp} ← ps:
./main.go:10:14:   flow: p ← *{temp}:
./main.go:10:14:     from for loop (range-deref) at ./main.go:11:14
./main.go:10:14:   flow: {heap} ← p:
./main.go:10:14:     from sink = p (assign) at ./main.go:12:8
./main.go:10:14: leaking param content: ps
./main.go:16:12: parameter p leaks to ~r2 for three with derefs=0:
./main.go:16:12:   flow: ~r2 ← p:
./main.go:16:12:     from return nil, p, p (return) at ./main.go:16:43
./main.go:16:12: parameter p leaks to ~r1 for three with derefs=0:
./main.go:16:12:   flow: ~r1 ← p:
./main.go:16:12:     from return nil, p, p (return) at ./main.go:16:43
./main.go:16:12: leaking param: p to result ~r1 level=0
./main.go:16:12: leaking param: p to result ~r2 level=0
./main.go:18:25: parameter ps leaks to {heap} for addAll with derefs=1:
./main.go:18:25:   flow: {heap} ← *ps:
./main.go:18:25:     from append(dst, ps...) (call parameter) at ./main.go:18:59
./main.go:18:25:     from append(dst, ps...) (appended slice...) at ./main.go:18:59
./main.go:18:13: parameter dst leaks to {heap} for addAll with derefs=1:
./main.go:18:13:   flow: {temp} ← dst:
./main.go:18:13:     from append(dst, ps...) (call parameter) at ./main.go:18:59
./main.go:18:13:   flow: {heap} ← *{temp}:
./main.go:18:13:     from append(dst, ps...) (appendee slice) at ./main.go:18:59
./main.go:18:59: append(dst, ps...) escapes to heap in addAll:
./main.go:18:59:   flow: ~r0 ← &{storage for append(dst, ps...)}:
./main.go:18:59:     from append(dst, ps...) (spill) at ./main.go:18:59
./main.go:18:59:     from return append(dst, ps...) (return) at ./main.go:18:46
./main.go:18:13: parameter dst leaks to ~r0 for addAll with derefs=0:
./main.go:18:13:   flow: {temp} ← dst:
./main.go:18:13:     from append(dst, ps...) (call parameter) at ./main.go:18:59
./main.go:18:13:   flow: {temp} ← {temp}:
./main.go:18:13:   flow: ~r0 ← {temp}:
./main.go:18:13:     from return append(dst, ps...) (return) at ./main.go:18:46
./main.go:18:13: leaking param content: dst
./main.go:18:13: leaking param: dst to result ~r0 level=0
./main.go:18:25: leaking param content: ps
./main.go:18:59: append escapes to heap
./main.go:23:2: c escapes to heap in main:
./main.go:23:2:   flow: .autotmp_7 ← &c:
./main.go:23:2:     from &c (address-of) at ./main.go:24:14
./main.go:23:2:     from two(&c, &d) (call parameter) at ./main.go:24:13
./main.go:23:2:   flow: {storage for ... argument} ← .autotmp_7:
./main.go:23:2:     from ... argument (slice-literal-element) at ./main.go:24:9
./main.go:23:2:   flow: {heap} ← {storage for ... argument}:
./main.go:23:2:     from ... argument (spill) at ./main.go:24:9
./main.go:23:2:     from keepAll(... argument...) (call parameter) at ./main.go:24:9
./main.go:23:5: d escapes to heap in main:
./main.go:23:5:   flow: .autotmp_8 ← &d:
./main.go:23:5:     from &d (address-of) at ./main.go:24:18
./main.go:23:5:     from two(&c, &d) (call parameter) at ./main.go:24:13
./main.go:23:5:   flow: {storage for ... argument} ← .autotmp_8:
./main.go:23:5:     from ... argument (slice-literal-element) at ./main.go:24:9
./main.go:23:5:   flow: {heap} ← {storage for ... argument}:
./main.go:23:5:     from ... argument (spill) at ./main.go:24:9
./main.go:23:5:     from keepAll(... argument...) (call parameter) at ./main.go:24:9
./main.go:25:2: e escapes to heap in main:
./main.go:25:2:   flow: {temp} ← &e:
./main.go:25:2:     from &e (address-of) at ./main.go:26:20
./main.go:25:2:     from three(&e) (call parameter) at ./main.go:26:19
./main.go:25:2:   flow: .autotmp_12 ← {temp}:
./main.go:25:2:   flow: {storage for ... argument} ← .autotmp_12:
./main.go:25:2:     from ... argument (slice-literal-element) at ./main.go:26:13
./main.go:25:2:   flow: {heap} ← {storage for ... argument}:
./main.go:25:2:     from ... argument (spill) at ./main.go:26:13
./main.go:25:2:     from addAll(([]*int)(.autotmp_11), ... argument...) (call parameter) at ./main.go:26:13
./main.go:23:2: moved to heap: c
./main.go:23:5: moved to heap: d
./main.go:25:2: moved to heap: e
./main.go:22:12: ... argument does not escape
./main.go:24:9: ... argument does not escape
./main.go:26:13: ... argument does not escape
