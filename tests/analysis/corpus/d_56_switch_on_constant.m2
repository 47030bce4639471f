./main.go:23:3: c escapes to heap in setup:
./main.go:23:3:   flow: {heap} ← &c:
./main.go:23:3:     from &c (address-of) at ./main.go:24:13
./main.go:23:3:     from current = &c (assign) at ./main.go:24:11
./main.go:31:3: m escapes to heap in setup:
./main.go:31:3:   flow: {storage for ... argument} ← &m:
./main.go:31:3:     from &m (address-of) at ./main.go:32:15
./main.go:31:3:     from &m (interface-converted) at ./main.go:32:15
./main.go:31:3:     from ... argument (slice-literal-element) at ./main.go:32:14
./main.go:31:3:   flow: {heap} ← {storage for ... argument}:
./main.go:31:3:     from ... argument (spill) at ./main.go:32:14
./main.go:31:3:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:14
./main.go:41:3: f escapes to heap in setup:
./main.go:41:3:   flow: {storage for ... argument} ← &f:
./main.go:41:3:     from &f (address-of) at ./main.go:42:29
./main.go:41:3:     from &f (interface-converted) at ./main.go:42:29
./main.go:41:3:     from ... argument (slice-literal-element) at ./main.go:42:28
./main.go:41:3:   flow: {heap} ← {storage for ... argument}:
./main.go:41:3:     from ... argument (spill) at ./main.go:42:28
./main.go:41:3:     from fmt.Sprint(... argument...) (call parameter) at ./main.go:42:28
./main.go:45:3: g escapes to heap in setup:
./main.go:45:3:   flow: {storage for ... argument} ← &g:
./main.go:45:3:     from &g (address-of) at ./main.go:46:15
./main.go:45:3:     from &g (interface-converted) at ./main.go:46:15
./main.go:45:3:     from ... argument (slice-literal-element) at ./main.go:46:14
./main.go:45:3:   flow: {heap} ← {storage for ... argument}:
./main.go:45:3:     from ... argument (spill) at ./main.go:46:14
./main.go:45:3:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:14
./main.go:14:12: parameter name leaks to c for setup with derefs=0:
./main.go:14:12:   flow: c ← name:
./main.go:14:12:     from config{...} (struct literal element) at ./main.go:23:14
./main.go:14:12:     from c := config{...} (assign) at ./main.go:23:5
./main.go:14:12: leaking param: name
./main.go:23:3: moved to heap: c
./main.go:31:3: moved to heap: m
./main.go:41:3: moved to heap: f
./main.go:45:3: moved to heap: g
./main.go:32:14: ... argument does not escape
./main.go:42:28: ... argument does not escape
./main.go:46:14: ... argument does not escape
./main.go:52:21: current.name escapes to heap in main:
./main.go:52:21:   flow: {storage for ... argument} ← &{storage for current.name}:
./main.go:52:21:     from current.name (spill) at ./main.go:52:21
./main.go:52:21:     from ... argument (slice-literal-element) at ./main.go:52:13
./main.go:52:21:   flow: {heap} ← {storage for ... argument}:
./main.go:52:21:     from ... argument (spill) at ./main.go:52:13
./main.go:52:21:     from fmt.Println(... argument...) (call parameter) at ./main.go:52:13
./main.go:52:13: ... argument does not escape
./main.go:52:21: current.name escapes to heap
