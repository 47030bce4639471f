./main.go:13:55: e.Op + ": temporary failure" escapes to heap in (*TemporaryError).Error:
./main.go:13:55:   flow: ~r0 ← &{storage for e.Op + ": temporary failure"}:
./main.go:13:55:     from e.Op + ": temporary failure" (spill) at ./main.go:13:55
./main.go:13:55:     from return e.Op + ": temporary failure" (return) at ./main.go:13:43
./main.go:13:7: e does not escape
./main.go:13:55: e.Op + ": temporary failure" escapes to heap
./main.go:22:7: te escapes to heap in Retry:
./main.go:22:7:   flow: {heap} ← &te:
./main.go:22:7:     from &te (address-of) at ./main.go:23:22
./main.go:22:7:     from &te (interface-converted) at ./main.go:23:22
./main.go:22:7:     from errors.As(err, &te) (call parameter) at ./main.go:23:16
./main.go:15:12: parameter ctx leaks to {heap} for Retry with derefs=0:
./main.go:15:12:   flow: {heap} ← ctx:
./main.go:15:12:     from op(ctx) (call parameter) at ./main.go:19:14
./main.go:33:45: attempts escapes to heap in Retry:
./main.go:33:45:   flow: {storage for ... argument} ← &{storage for attempts}:
./main.go:33:45:     from attempts (spill) at ./main.go:33:45
./main.go:33:45:     from ... argument (slice-literal-element) at ./main.go:33:19
./main.go:33:45:   flow: {heap} ← {storage for ... argument}:
./main.go:33:45:     from ... argument (spill) at ./main.go:33:19
./main.go:33:45:     from fmt.Errorf("after %d attempts: %w", ... argument...) (call parameter) at ./main.go:33:19
./main.go:15:12: leaking param: ctx
./main.go:15:67: op does not escape
./main.go:22:7: moved to heap: te
./main.go:28:22: ... argument does not escape
./main.go:33:19: ... argument does not escape
./main.go:33:45: attempts escapes to heap
./main.go:50:10: &TemporaryError{...} escapes to heap in main.func2:
./main.go:50:10:   flow: ~r0 ← &{storage for &TemporaryError{...}}:
./main.go:50:10:     from &TemporaryError{...} (spill) at ./main.go:50:10
./main.go:50:10:     from &TemporaryError{...} (interface-converted) at ./main.go:50:10
./main.go:50:10:     from return &TemporaryError{...} (return) at ./main.go:50:3
./main.go:50:10: &TemporaryError{...} escapes to heap
./main.go:37:2: main capturing by ref: calls (addr=false assign=true width=8)
./main.go:45:14: calls escapes to heap in main:
./main.go:45:14:   flow: {storage for ... argument} ← &{storage for calls}:
./main.go:45:14:     from calls (spill) at ./main.go:45:14
./main.go:45:14:     from ... argument (slice-literal-element) at ./main.go:45:13
./main.go:45:14:   flow: {heap} ← {storage for ... argument}:
./main.go:45:14:     from ... argument (spill) at ./main.go:45:13
./main.go:45:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:45:13
./main.go:41:11: &TemporaryError{...} escapes to heap in main.func1:
./main.go:41:11:   flow: ~r0 ← &{storage for &TemporaryError{...}}:
./main.go:41:11:     from &TemporaryError{...} (spill) at ./main.go:41:11
./main.go:41:11:     from &TemporaryError{...} (interface-converted) at ./main.go:41:11
./main.go:41:11:     from return &TemporaryError{...} (return) at ./main.go:41:4
./main.go:38:63: ctx does not escape
./main.go:38:58: func literal does not escape
./main.go:41:11: &TemporaryError{...} escapes to heap
./main.go:45:13: ... argument does not escape
./main.go:45:14: calls escapes to heap
./main.go:49:43: func literal does not escape
./main.go:52:13: ... argument does not escape
