./main.go:6:10: parameter s leaks to ~r0 for get with derefs=2:
./main.go:6:10:   flow: ~r0 ← **s:
./main.go:6:10:     from s[0] (dot of pointer) at ./main.go:6:37
./main.go:6:10:     from s[0][0] (dot of pointer) at ./main.go:6:40
./main.go:6:10:     from return s[0][0] (return) at ./main.go:6:29
./main.go:6:10: leaking param: s to result ~r0 level=2
./main.go:8:22: parameter p leaks to {heap} for put with derefs=0:
./main.go:8:22:   flow: {heap} ← p:
./main.go:8:22:     from s[0][0] = p (assign) at ./main.go:8:40
./main.go:8:10: s does not escape
./main.go:8:22: leaking param: p
./main.go:10:10: parameter s leaks to ~r0 for row with derefs=1:
./main.go:10:10:   flow: ~r0 ← *s:
./main.go:10:10:     from s[1] (dot of pointer) at ./main.go:10:39
./main.go:10:10:     from return s[1] (return) at ./main.go:10:31
./main.go:10:10: leaking param: s to result ~r0 level=1
./main.go:12:14: parameter s leaks to {heap} for leakRow with derefs=2:
./main.go:12:14:   flow: {heap} ← **s:
./main.go:12:14:     from s[0] (dot of pointer) at ./main.go:12:36
./main.go:12:14:     from s[0][0] (dot of pointer) at ./main.go:12:39
./main.go:12:14:     from sink = s[0][0] (assign) at ./main.go:12:33
./main.go:12:14: leaking param content: s
./main.go:15:5: y escapes to heap in main:
./main.go:15:5:   flow: {heap} ← &y:
./main.go:15:5:     from &y (address-of) at ./main.go:18:13
./main.go:15:5:     from put(outer, &y) (call parameter) at ./main.go:18:5
./main.go:19:2: z escapes to heap in main:
./main.go:19:2:   flow: {storage for []*int{...}} ← &z:
./main.go:19:2:     from &z (address-of) at ./main.go:20:16
./main.go:19:2:     from []*int{...} (slice-literal-element) at ./main.go:20:15
./main.go:19:2:   flow: in2 ← &{storage for []*int{...}}:
./main.go:19:2:     from []*int{...} (spill) at ./main.go:20:15
./main.go:19:2:     from in2 := []*int{...} (assign) at ./main.go:20:6
./main.go:19:2:   flow: {storage for [][]*int{...}} ← in2:
./main.go:19:2:     from [][]*int{...} (slice-literal-element) at ./main.go:21:18
./main.go:19:2:   flow: {heap} ← *{storage for [][]*int{...}}:
./main.go:19:2:     from [][]*int{...} (spill) at ./main.go:21:18
./main.go:19:2:     from leakRow([][]*int{...}) (call parameter) at ./main.go:21:9
./main.go:15:5: moved to heap: y
./main.go:19:2: moved to heap: z
./main.go:16:17: []*int{...} does not escape
./main.go:17:19: [][]*int{...} does not escape
./main.go:20:15: []*int{...} does not escape
./main.go:21:18: [][]*int{...} does not escape
