./main.go:16:7: parameter p leaks to {heap} for (*PanicError).Error with derefs=1:
./main.go:16:7:   flow: {storage for ... argument} ← *p:
./main.go:16:7:     from p.Value (dot of pointer) at ./main.go:16:72
./main.go:16:7:     from ... argument (slice-literal-element) at ./main.go:16:57
./main.go:16:7:   flow: {heap} ← {storage for ... argument}:
./main.go:16:7:     from ... argument (spill) at ./main.go:16:57
./main.go:16:7:     from fmt.Sprintf("panic: %v", ... argument...) (call parameter) at ./main.go:16:57
./main.go:16:7: leaking param content: p
./main.go:16:57: ... argument does not escape
./main.go:18:24: safely capturing by ref: err (addr=false assign=true width=16)
./main.go:21:10: &PanicError{...} escapes to heap in safely.func1:
./main.go:21:10:   flow: err ← &{storage for &PanicError{...}}:
./main.go:21:10:     from &PanicError{...} (spill) at ./main.go:21:10
./main.go:21:10:     from &PanicError{...} (interface-converted) at ./main.go:21:10
./main.go:21:10:     from err = &PanicError{...} (assign) at ./main.go:21:8
./main.go:21:10:   flow: {storage for func literal} ← &err:
./main.go:21:10:     from err (captured by a closure) at ./main.go:21:4
./main.go:21:10:     from err (reference) at ./main.go:21:4
./main.go:18:13: f does not escape
./main.go:19:8: func literal does not escape
./main.go:21:10: &PanicError{...} escapes to heap
./main.go:31:43: divide(10, 2) escapes to heap in main.func1:
./main.go:31:43:   flow: {storage for ... argument} ← &{storage for divide(10, 2)}:
./main.go:31:43:     from divide(10, 2) (spill) at ./main.go:31:43
./main.go:31:43:     from ... argument (slice-literal-element) at ./main.go:31:36
./main.go:31:43:   flow: {heap} ← {storage for ... argument}:
./main.go:31:43:     from ... argument (spill) at ./main.go:31:36
./main.go:31:43:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:36
./main.go:31:36: ... argument does not escape
./main.go:31:43: divide(10, 2) escapes to heap
./main.go:33:42: divide(1, 0) escapes to heap in main.func2:
./main.go:33:42:   flow: {storage for ... argument} ← &{storage for divide(1, 0)}:
./main.go:33:42:     from divide(1, 0) (spill) at ./main.go:33:42
./main.go:33:42:     from ... argument (slice-literal-element) at ./main.go:33:35
./main.go:33:42:   flow: {heap} ← {storage for ... argument}:
./main.go:33:42:     from ... argument (spill) at ./main.go:33:35
./main.go:33:42:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:35
./main.go:33:35: ... argument does not escape
./main.go:33:42: divide(1, 0) escapes to heap
./main.go:34:6: pe escapes to heap in main:
./main.go:34:6:   flow: {heap} ← &pe:
./main.go:34:6:     from &pe (address-of) at ./main.go:35:20
./main.go:34:6:     from &pe (interface-converted) at ./main.go:35:20
./main.go:34:6:     from errors.As(err, &pe) (call parameter) at ./main.go:35:14
./main.go:36:23: (*PanicError).Error(pe) escapes to heap in main:
./main.go:36:23:   flow: {storage for ... argument} ← &{storage for (*PanicError).Error(pe)}:
./main.go:36:23:     from (*PanicError).Error(pe) (spill) at ./main.go:36:23
./main.go:36:23:     from ... argument (slice-literal-element) at ./main.go:36:14
./main.go:36:23:   flow: {heap} ← {storage for ... argument}:
./main.go:36:23:     from ... argument (spill) at ./main.go:36:14
./main.go:36:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:14
./main.go:36:43: strings.Contains(string(pe.Stack), "goroutine") escapes to heap in main:
./main.go:36:43:   flow: {storage for ... argument} ← &{storage for strings.Contains(string(pe.Stack), "goroutine")}:
./main.go:36:43:     from strings.Contains(string(pe.Stack), "goroutine") (spill) at ./main.go:36:43
./main.go:36:43:     from ... argument (slice-literal-element) at ./main.go:36:14
./main.go:36:43:   flow: {heap} ← {storage for ... argument}:
./main.go:36:43:     from ... argument (spill) at ./main.go:36:14
./main.go:36:43:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:14
./main.go:34:6: moved to heap: pe
./main.go:31:16: func literal does not escape
./main.go:32:13: ... argument does not escape
./main.go:33:15: func literal does not escape
./main.go:36:14: ... argument does not escape
./main.go:36:23: (*PanicError).Error(pe) escapes to heap
./main.go:36:43: strings.Contains(string(pe.Stack), "goroutine") escapes to heap
./main.go:36:53: string(pe.Stack) does not escape
./main.go:38:15: func literal does not escape
./main.go:42:13: ... argument does not escape
