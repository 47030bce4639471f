./main.go:19:43: n.Name escapes to heap in eval:
./main.go:19:43:   flow: {storage for ... argument} ← &{storage for n.Name}:
./main.go:19:43:     from n.Name (spill) at ./main.go:19:43
./main.go:19:43:     from ... argument (slice-literal-element) at ./main.go:19:24
./main.go:19:43:   flow: {heap} ← {storage for ... argument}:
./main.go:19:43:     from ... argument (spill) at ./main.go:19:24
./main.go:19:43:     from fmt.Errorf("undefined: %s", ... argument...) (call parameter) at ./main.go:19:24
./main.go:43:52: n.Op escapes to heap in eval:
./main.go:43:52:   flow: {storage for ... argument} ← &{storage for n.Op}:
./main.go:43:52:     from n.Op (spill) at ./main.go:43:52
./main.go:43:52:     from ... argument (slice-literal-element) at ./main.go:43:23
./main.go:43:52:   flow: {heap} ← {storage for ... argument}:
./main.go:43:52:     from ... argument (spill) at ./main.go:43:23
./main.go:43:52:     from fmt.Errorf("unsupported operator %s", ... argument...) (call parameter) at ./main.go:43:23
./main.go:12:11: parameter e leaks to {heap} for eval with derefs=0:
./main.go:12:11:   flow: {storage for ... argument} ← e:
./main.go:12:11:     from e (interface-converted) at ./main.go:45:52
./main.go:12:11:     from ... argument (slice-literal-element) at ./main.go:45:22
./main.go:12:11:   flow: {heap} ← {storage for ... argument}:
./main.go:12:11:     from ... argument (spill) at ./main.go:45:22
./main.go:12:11:     from fmt.Errorf("unsupported expression %T", ... argument...) (call parameter) at ./main.go:45:22
./main.go:12:11: parameter e leaks to {storage for n.Name} for eval with derefs=1:
./main.go:12:11:   flow: {temp} ← e:
./main.go:12:11:   flow: n ← {temp}:
./main.go:12:11:     from case *ast.Ident: v, ok := float64(.autotmp_10), .autotmp_11; if !ok { return 0, fmt.Errorf("undefined: %s", ... argument...) }; return v, nil (switch case) at ./main.go:16:2
./main.go:12:11:   flow: {storage for n.Name} ← *n:
./main.go:12:11:     from n.Name (dot of pointer) at ./main.go:19:43
./main.go:12:11:     from n.Name (interface-converted) at ./main.go:19:43
./main.go:12:11: leaking param: e
./main.go:12:23: vars does not escape
./main.go:19:24: ... argument does not escape
./main.go:19:43: n.Name escapes to heap
./main.go:43:23: ... argument does not escape
./main.go:43:52: n.Op escapes to heap
./main.go:45:22: ... argument does not escape
./main.go:57:15: s escapes to heap in main:
./main.go:57:15:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:57:15:     from s (spill) at ./main.go:57:15
./main.go:57:15:     from ... argument (slice-literal-element) at ./main.go:57:14
./main.go:57:15:   flow: {heap} ← {storage for ... argument}:
./main.go:57:15:     from ... argument (spill) at ./main.go:57:14
./main.go:57:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:57:14
./main.go:57:18: "=" escapes to heap in main:
./main.go:57:18:   flow: {storage for ... argument} ← &{storage for "="}:
./main.go:57:18:     from "=" (spill) at ./main.go:57:18
./main.go:57:18:     from ... argument (slice-literal-element) at ./main.go:57:14
./main.go:57:18:   flow: {heap} ← {storage for ... argument}:
./main.go:57:18:     from ... argument (spill) at ./main.go:57:14
./main.go:57:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:57:14
./main.go:57:23: v escapes to heap in main:
./main.go:57:23:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:57:23:     from v (spill) at ./main.go:57:23
./main.go:57:23:     from ... argument (slice-literal-element) at ./main.go:57:14
./main.go:57:23:   flow: {heap} ← {storage for ... argument}:
./main.go:57:23:     from ... argument (spill) at ./main.go:57:14
./main.go:57:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:57:14
./main.go:49:28: map[string]float64{...} does not escape
./main.go:50:28: []string{...} does not escape
./main.go:53:15: ... argument does not escape
./main.go:57:14: ... argument does not escape
./main.go:57:15: s escapes to heap
./main.go:57:18: "=" escapes to heap
./main.go:57:23: v escapes to heap
