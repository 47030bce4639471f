./main.go:6:7: t does not escape
./main.go:20:17: f does not escape
./main.go:23:17: t does not escape
./main.go:25:18: t does not escape
./main.go:26:8: t.Get does not escape
./main.go:33:9: "nil pointer" escapes to heap in panicString:
./main.go:33:9:   flow: {heap} ← &{storage for "nil pointer"}:
./main.go:33:9:     from "nil pointer" (spill) at ./main.go:33:9
./main.go:33:9:     from panic("nil pointer") (call parameter) at ./main.go:33:8
./main.go:31:18: p does not escape
./main.go:33:9: "nil pointer" escapes to heap
./main.go:37:17: parameter e leaks to {heap} for panicError with derefs=0:
./main.go:37:17:   flow: {heap} ← e:
./main.go:37:17:     from e (interface-converted) at ./main.go:37:34
./main.go:37:17:     from panic(e) (call parameter) at ./main.go:37:33
./main.go:37:17: leaking param: e
./main.go:40:12: parameter s leaks to ~r0 for whole with derefs=0:
./main.go:40:12:   flow: ~r0 ← s:
./main.go:40:12:     from s[0:len(s)] (slice) at ./main.go:40:37
./main.go:40:12:     from return s[0:len(s)] (return) at ./main.go:40:29
./main.go:40:12: leaking param: s to result ~r0 level=0
./main.go:42:12: parameter t leaks to ~r0 for first with derefs=0:
./main.go:42:12:   flow: ~r0 ← t:
./main.go:42:12:     from t.a (dot of pointer) at ./main.go:42:34
./main.go:42:12:     from &t.a (address-of) at ./main.go:42:32
./main.go:42:12:     from return &t.a (return) at ./main.go:42:25
./main.go:42:12: leaking param: t to result ~r0 level=0
./main.go:44:13: parameter t leaks to ~r0 for second with derefs=0:
./main.go:44:13:   flow: ~r0 ← t:
./main.go:44:13:     from t.b (dot of pointer) at ./main.go:44:35
./main.go:44:13:     from &t.b (address-of) at ./main.go:44:33
./main.go:44:13:     from return &t.b (return) at ./main.go:44:26
./main.go:44:13: leaking param: t to result ~r0 level=0
./main.go:46:32: []int{...} escapes to heap in lit:
./main.go:46:32:   flow: ~r0 ← &{storage for []int{...}}:
./main.go:46:32:     from []int{...} (spill) at ./main.go:46:32
./main.go:46:32:     from return []int{...} (return) at ./main.go:46:20
./main.go:46:32: []int{...} escapes to heap
./main.go:59:7: &T{...} does not escape
