./main.go:6:12: parameter ps leaks to ~r0 for first with derefs=1:
./main.go:6:12:   flow: ~r0 ← *ps:
./main.go:6:12:     from ps[0] (dot of pointer) at ./main.go:10:11
./main.go:6:12:     from return ps[0] (return) at ./main.go:10:2
./main.go:6:12: leaking param: ps to result ~r0 level=1
./main.go:13:14: parameter ps leaks to {heap} for keepAll with derefs=1:
./main.go:13:14:   flow: {temp} ← ps:
./main.go:13:14:   flow: p ← *{temp}:
./main.go:13:14:     from for loop (range-deref) at ./main.go:14:14
./main.go:13:14:   flow: {heap} ← p:
./main.go:13:14:     from sink = p (assign) at ./main.go:15:8
./main.go:13:14: leaking param content: ps
./main.go:20:8: c escapes to heap in main:
./main.go:20:8:   flow: {storage for ... argument} ← &c:
./main.go:20:8:     from &c (address-of) at ./main.go:23:10
./main.go:20:8:     from ... argument (slice-literal-element) at ./main.go:23:9
./main.go:20:8:   flow: {heap} ← {storage for ... argument}:
./main.go:20:8:     from ... argument (spill) at ./main.go:23:9
./main.go:20:8:     from keepAll(... argument...) (call parameter) at ./main.go:23:9
./main.go:24:2: d escapes to heap in main:
./main.go:24:2:   flow: {storage for []*int{...}} ← &d:
./main.go:24:2:     from &d (address-of) at ./main.go:25:14
./main.go:24:2:     from []*int{...} (slice-literal-element) at ./main.go:25:13
./main.go:24:2:   flow: s ← &{storage for []*int{...}}:
./main.go:24:2:     from []*int{...} (spill) at ./main.go:25:13
./main.go:24:2:     from s := []*int{...} (assign) at ./main.go:25:4
./main.go:24:2:   flow: {heap} ← *s:
./main.go:24:2:     from keepAll(s...) (call parameter) at ./main.go:26:9
./main.go:20:8: moved to heap: c
./main.go:24:2: moved to heap: d
./main.go:21:32: ... argument does not escape
./main.go:21:44: ... argument does not escape
./main.go:23:9: ... argument does not escape
./main.go:25:13: []*int{...} does not escape
./main.go:28:23: []*int{...} does not escape
