./main.go:16:10: &Tree{...} escapes to heap in (*Tree).Insert:
./main.go:16:10:   flow: ~r0 ← &{storage for &Tree{...}}:
./main.go:16:10:     from &Tree{...} (spill) at ./main.go:16:10
./main.go:16:10:     from return &Tree{...} (return) at ./main.go:16:3
./main.go:16:10:   flow: {heap} ← ~r0:
./main.go:16:10:     from t.Left = (*Tree).Insert(t.Left, v) (assign) at ./main.go:19:10
./main.go:14:7: parameter t leaks to {heap} for (*Tree).Insert with derefs=0:
./main.go:14:7:   flow: ~r0 ← t:
./main.go:14:7:     from return t (return) at ./main.go:23:2
./main.go:14:7:   flow: {heap} ← ~r0:
./main.go:14:7:     from t.Left = (*Tree).Insert(t.Left, v) (assign) at ./main.go:19:10
./main.go:14:7: parameter t leaks to ~r0 for (*Tree).Insert with derefs=0:
./main.go:14:7:   flow: ~r0 ← t:
./main.go:14:7:     from return t (return) at ./main.go:23:2
./main.go:14:7: leaking param: t
./main.go:16:10: &Tree{...} escapes to heap
./main.go:32:7: t does not escape
./main.go:32:21: yield does not escape
./main.go:26:7: (*Tree).All capturing by value: t (addr=false assign=false width=8)
./main.go:27:9: func literal escapes to heap in (*Tree).All:
./main.go:27:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:27:9:     from func literal (spill) at ./main.go:27:9
./main.go:27:9:     from return func literal (return) at ./main.go:27:2
./main.go:26:7: parameter t leaks to {storage for func literal} for (*Tree).All with derefs=0:
./main.go:26:7:   flow: {storage for func literal} ← t:
./main.go:26:7:     from t (captured by a closure) at ./main.go:28:3
./main.go:26:7: leaking param: t
./main.go:27:14: yield does not escape
./main.go:27:9: func literal escapes to heap
./main.go:44:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:48:13: v escapes to heap in main-range1:
./main.go:48:13:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:48:13:     from v (spill) at ./main.go:48:13
./main.go:48:13:     from ... argument (slice-literal-element) at ./main.go:48:12
./main.go:48:13:   flow: {heap} ← {storage for ... argument}:
./main.go:48:13:     from ... argument (spill) at ./main.go:48:12
./main.go:48:13:     from fmt.Print(... argument...) (call parameter) at ./main.go:48:12
./main.go:48:16: " " escapes to heap in main-range1:
./main.go:48:16:   flow: {storage for ... argument} ← &{storage for " "}:
./main.go:48:16:     from " " (spill) at ./main.go:48:16
./main.go:48:16:     from ... argument (slice-literal-element) at ./main.go:48:12
./main.go:48:16:   flow: {heap} ← {storage for ... argument}:
./main.go:48:16:     from ... argument (spill) at ./main.go:48:12
./main.go:48:16:     from fmt.Print(... argument...) (call parameter) at ./main.go:48:12
./main.go:44:2: func literal escapes to heap in main:
./main.go:44:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:44:2:     from func literal (spill) at ./main.go:44:2
./main.go:44:2:     from #yield1 := func literal (assign) at ./main.go:44:2
./main.go:44:2:   flow: {heap} ← #yield1:
./main.go:44:2:     from .autotmp_4(#yield1) (call parameter) at ./main.go:44:2
./main.go:44:2: #state1 escapes to heap in main:
./main.go:44:2:   flow: {storage for func literal} ← &#state1:
./main.go:44:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:44:2:     from #state1 (reference) at <unknown line number>
./main.go:44:2: moved to heap: #state1
./main.go:41:25: []int{...} does not escape
./main.go:44:2: func literal escapes to heap
./main.go:48:12: ... argument does not escape
./main.go:48:13: v escapes to heap
./main.go:48:16: " " escapes to heap
