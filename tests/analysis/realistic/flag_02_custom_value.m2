./main.go:12:7: parameter l leaks to ~r0 for (*listFlag).String with derefs=2:
./main.go:12:7:   flow: ~r0 ← **l:
./main.go:12:7:     from *l (indirection) at ./main.go:12:58
./main.go:12:7:     from strings.Join(*l, ",") (call parameter) at ./main.go:12:57
./main.go:12:7:     from return strings.Join(*l, ",") (return) at ./main.go:12:38
./main.go:12:7: leaking param: l to result ~r0 level=2
./main.go:15:13: append(*l, v) escapes to heap in (*listFlag).Set:
./main.go:15:13:   flow: {heap} ← &{storage for append(*l, v)}:
./main.go:15:13:     from append(*l, v) (spill) at ./main.go:15:13
./main.go:15:13:     from *l = append(*l, v) (assign) at ./main.go:15:5
./main.go:14:24: parameter v leaks to {heap} for (*listFlag).Set with derefs=0:
./main.go:14:24:   flow: {heap} ← v:
./main.go:14:24:     from append(*l, v) (call parameter) at ./main.go:15:13
./main.go:14:7: parameter l leaks to {heap} for (*listFlag).Set with derefs=1:
./main.go:14:7:   flow: {temp} ← *l:
./main.go:14:7:     from *l (indirection) at ./main.go:15:14
./main.go:14:7:     from append(*l, v) (call parameter) at ./main.go:15:13
./main.go:14:7:   flow: {temp} ← {temp}:
./main.go:14:7:   flow: {heap} ← {temp}:
./main.go:14:7:     from *l = append(*l, v) (assign) at ./main.go:15:5
./main.go:14:7: leaking param content: l
./main.go:14:24: leaking param: v
./main.go:15:13: append escapes to heap
./main.go:21:56: int(*l) escapes to heap in (*level).String:
./main.go:21:56:   flow: {storage for ... argument} ← &{storage for int(*l)}:
./main.go:21:56:     from int(*l) (spill) at ./main.go:21:56
./main.go:21:56:     from ... argument (slice-literal-element) at ./main.go:21:52
./main.go:21:56:   flow: {heap} ← {storage for ... argument}:
./main.go:21:56:     from ... argument (spill) at ./main.go:21:52
./main.go:21:56:     from fmt.Sprint(... argument...) (call parameter) at ./main.go:21:52
./main.go:21:7: l does not escape
./main.go:21:52: ... argument does not escape
./main.go:21:56: int(*l) escapes to heap
./main.go:30:41: v escapes to heap in (*level).Set:
./main.go:30:41:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:30:41:     from v (spill) at ./main.go:30:41
./main.go:30:41:     from ... argument (slice-literal-element) at ./main.go:30:20
./main.go:30:41:   flow: {heap} ← {storage for ... argument}:
./main.go:30:41:     from ... argument (spill) at ./main.go:30:20
./main.go:30:41:     from fmt.Errorf("unknown level %q", ... argument...) (call parameter) at ./main.go:30:20
./main.go:23:21: parameter v leaks to {storage for v} for (*level).Set with derefs=0:
./main.go:23:21:   flow: {storage for v} ← v:
./main.go:23:21:     from v (interface-converted) at ./main.go:30:41
./main.go:23:7: l does not escape
./main.go:23:21: leaking param: v
./main.go:30:20: ... argument does not escape
./main.go:30:41: v escapes to heap
./main.go:43:19: parameter f leaks to {heap} for main.func1 with derefs=1:
./main.go:43:19:   flow: {heap} ← *f:
./main.go:43:19:     from f.Value (dot of pointer) at ./main.go:44:24
./main.go:43:19:     from f.Value.String() (call parameter) at ./main.go:44:37
./main.go:44:16: f.Name escapes to heap in main.func1:
./main.go:44:16:   flow: {storage for ... argument} ← &{storage for f.Name}:
./main.go:44:16:     from f.Name (spill) at ./main.go:44:16
./main.go:44:16:     from ... argument (slice-literal-element) at ./main.go:44:14
./main.go:44:16:   flow: {heap} ← {storage for ... argument}:
./main.go:44:16:     from ... argument (spill) at ./main.go:44:14
./main.go:44:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:14
./main.go:44:37: f.Value.String() escapes to heap in main.func1:
./main.go:44:37:   flow: {storage for ... argument} ← &{storage for f.Value.String()}:
./main.go:44:37:     from f.Value.String() (spill) at ./main.go:44:37
./main.go:44:37:     from ... argument (slice-literal-element) at ./main.go:44:14
./main.go:44:37:   flow: {heap} ← {storage for ... argument}:
./main.go:44:37:     from ... argument (spill) at ./main.go:44:14
./main.go:44:37:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:14
./main.go:44:42: f.Usage escapes to heap in main.func1:
./main.go:44:42:   flow: {storage for ... argument} ← &{storage for f.Usage}:
./main.go:44:42:     from f.Usage (spill) at ./main.go:44:42
./main.go:44:42:     from ... argument (slice-literal-element) at ./main.go:44:14
./main.go:44:42:   flow: {heap} ← {storage for ... argument}:
./main.go:44:42:     from ... argument (spill) at ./main.go:44:14
./main.go:44:42:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:14
./main.go:43:19: parameter f leaks to {storage for f.Usage} for main.func1 with derefs=1:
./main.go:43:19:   flow: {storage for f.Usage} ← *f:
./main.go:43:19:     from f.Usage (dot of pointer) at ./main.go:44:42
./main.go:43:19:     from f.Usage (interface-converted) at ./main.go:44:42
./main.go:43:19: parameter f leaks to {storage for f.Name} for main.func1 with derefs=1:
./main.go:43:19:   flow: {storage for f.Name} ← *f:
./main.go:43:19:     from f.Name (dot of pointer) at ./main.go:44:16
./main.go:43:19:     from f.Name (interface-converted) at ./main.go:44:16
./main.go:43:19: leaking param content: f
./main.go:44:14: ... argument does not escape
./main.go:44:16: f.Name escapes to heap
./main.go:44:37: f.Value.String() escapes to heap
./main.go:44:42: f.Usage escapes to heap
./main.go:36:6: includes escapes to heap in main:
./main.go:36:6:   flow: {heap} ← &includes:
./main.go:36:6:     from &includes (address-of) at ./main.go:39:9
./main.go:36:6:     from &includes (interface-converted) at ./main.go:39:9
./main.go:36:6:     from (*flag.FlagSet).Var(fs, &includes, "I", "include directory (repeatable)") (call parameter) at ./main.go:39:8
./main.go:37:6: lvl escapes to heap in main:
./main.go:37:6:   flow: {heap} ← &lvl:
./main.go:37:6:     from &lvl (address-of) at ./main.go:40:9
./main.go:37:6:     from &lvl (interface-converted) at ./main.go:40:9
./main.go:37:6:     from (*flag.FlagSet).Var(fs, &lvl, "level", "optimisation level") (call parameter) at ./main.go:40:8
./main.go:41:26: []string{...} escapes to heap in main:
./main.go:41:26:   flow: {heap} ← &{storage for []string{...}}:
./main.go:41:26:     from []string{...} (spill) at ./main.go:41:26
./main.go:41:26:     from (*flag.FlagSet).Parse(fs, []string{...}) (call parameter) at ./main.go:41:17
./main.go:42:14: includes escapes to heap in main:
./main.go:42:14:   flow: {storage for ... argument} ← &{storage for includes}:
./main.go:42:14:     from includes (spill) at ./main.go:42:14
./main.go:42:14:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:14:   flow: {heap} ← {storage for ... argument}:
./main.go:42:14:     from ... argument (spill) at ./main.go:42:13
./main.go:42:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:42:24: lvl escapes to heap in main:
./main.go:42:24:   flow: {storage for ... argument} ← &{storage for lvl}:
./main.go:42:24:     from lvl (spill) at ./main.go:42:24
./main.go:42:24:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:24:   flow: {heap} ← {storage for ... argument}:
./main.go:42:24:     from ... argument (spill) at ./main.go:42:13
./main.go:42:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:36:6: moved to heap: includes
./main.go:37:6: moved to heap: lvl
./main.go:41:26: []string{...} escapes to heap
./main.go:42:13: ... argument does not escape
./main.go:42:14: includes escapes to heap
./main.go:42:24: lvl escapes to heap
./main.go:43:14: func literal does not escape
