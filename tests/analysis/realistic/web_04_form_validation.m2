./main.go:23:61: e.Field + ": " + e.Msg escapes to heap in (*FieldError).Error:
./main.go:23:61:   flow: ~r0 ← &{storage for e.Field + ": " + e.Msg}:
./main.go:23:61:     from e.Field + ": " + e.Msg (spill) at ./main.go:23:61
./main.go:23:61:     from return e.Field + ": " + e.Msg (return) at ./main.go:23:39
./main.go:23:7: e does not escape
./main.go:23:61: e.Field + ": " + e.Msg escapes to heap
./main.go:25:18: parameter r leaks to {heap} for parseSignup with derefs=1:
./main.go:25:18:   flow: {temp} ← r:
./main.go:25:18:     from (*http.Request).ParseForm(r) (call parameter) at ./main.go:26:23
./main.go:25:18:   flow: {heap} ← *{temp}:
./main.go:34:13: &FieldError{...} escapes to heap in parseSignup:
./main.go:34:13:   flow: ~r1 ← &{storage for &FieldError{...}}:
./main.go:34:13:     from &FieldError{...} (spill) at ./main.go:34:13
./main.go:34:13:     from &FieldError{...} (interface-converted) at ./main.go:34:13
./main.go:34:13:     from return f, &FieldError{...} (return) at ./main.go:34:3
./main.go:37:13: &FieldError{...} escapes to heap in parseSignup:
./main.go:37:13:   flow: ~r1 ← &{storage for &FieldError{...}}:
./main.go:37:13:     from &FieldError{...} (spill) at ./main.go:37:13
./main.go:37:13:     from &FieldError{...} (interface-converted) at ./main.go:37:13
./main.go:37:13:     from return f, &FieldError{...} (return) at ./main.go:37:3
./main.go:25:18: leaking param content: r
./main.go:34:13: &FieldError{...} escapes to heap
./main.go:37:13: &FieldError{...} escapes to heap
./main.go:44:6: fe escapes to heap in signup:
./main.go:44:6:   flow: {heap} ← &fe:
./main.go:44:6:     from &fe (address-of) at ./main.go:45:20
./main.go:44:6:     from &fe (interface-converted) at ./main.go:45:20
./main.go:44:6:     from errors.As(err, &fe) (call parameter) at ./main.go:45:14
./main.go:42:13: parameter w leaks to {heap} for signup with derefs=0:
./main.go:42:13:   flow: {heap} ← w:
./main.go:42:13:     from w.WriteHeader(422) (call parameter) at ./main.go:46:16
./main.go:42:36: parameter r leaks to {heap} for signup with derefs=1:
./main.go:42:36:   flow: {temp} ← r:
./main.go:42:36:     from parseSignup(r) (call parameter) at ./main.go:43:23
./main.go:42:36:   flow: {heap} ← *{temp}:
./main.go:47:21: fe.Field escapes to heap in signup:
./main.go:47:21:   flow: {storage for ... argument} ← &{storage for fe.Field}:
./main.go:47:21:     from fe.Field (spill) at ./main.go:47:21
./main.go:47:21:     from ... argument (slice-literal-element) at ./main.go:47:15
./main.go:47:21:   flow: {heap} ← {storage for ... argument}:
./main.go:47:21:     from ... argument (spill) at ./main.go:47:15
./main.go:47:21:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./main.go:47:15
./main.go:47:31: fe.Msg escapes to heap in signup:
./main.go:47:31:   flow: {storage for ... argument} ← &{storage for fe.Msg}:
./main.go:47:31:     from fe.Msg (spill) at ./main.go:47:31
./main.go:47:31:     from ... argument (slice-literal-element) at ./main.go:47:15
./main.go:47:31:   flow: {heap} ← {storage for ... argument}:
./main.go:47:31:     from ... argument (spill) at ./main.go:47:15
./main.go:47:31:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./main.go:47:15
./main.go:54:18: "welcome" escapes to heap in signup:
./main.go:54:18:   flow: {storage for ... argument} ← &{storage for "welcome"}:
./main.go:54:18:     from "welcome" (spill) at ./main.go:54:18
./main.go:54:18:     from ... argument (slice-literal-element) at ./main.go:54:14
./main.go:54:18:   flow: {heap} ← {storage for ... argument}:
./main.go:54:18:     from ... argument (spill) at ./main.go:54:14
./main.go:54:18:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./main.go:54:14
./main.go:54:30: f.Email escapes to heap in signup:
./main.go:54:30:   flow: {storage for ... argument} ← &{storage for f.Email}:
./main.go:54:30:     from f.Email (spill) at ./main.go:54:30
./main.go:54:30:     from ... argument (slice-literal-element) at ./main.go:54:14
./main.go:54:30:   flow: {heap} ← {storage for ... argument}:
./main.go:54:30:     from ... argument (spill) at ./main.go:54:14
./main.go:54:30:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./main.go:54:14
./main.go:42:13: leaking param: w
./main.go:42:36: leaking param content: r
./main.go:44:6: moved to heap: fe
./main.go:47:15: ... argument does not escape
./main.go:47:21: fe.Field escapes to heap
./main.go:47:31: fe.Msg escapes to heap
./main.go:54:14: ... argument does not escape
./main.go:54:18: "welcome" escapes to heap
./main.go:54:30: f.Email escapes to heap
./main.go:65:15: rec.Code escapes to heap in main:
./main.go:65:15:   flow: {storage for ... argument} ← &{storage for rec.Code}:
./main.go:65:15:     from rec.Code (spill) at ./main.go:65:15
./main.go:65:15:     from ... argument (slice-literal-element) at ./main.go:65:11
./main.go:65:15:   flow: {heap} ← {storage for ... argument}:
./main.go:65:15:     from ... argument (spill) at ./main.go:65:11
./main.go:65:15:     from fmt.Print(... argument...) (call parameter) at ./main.go:65:11
./main.go:65:22: " " escapes to heap in main:
./main.go:65:22:   flow: {storage for ... argument} ← &{storage for " "}:
./main.go:65:22:     from " " (spill) at ./main.go:65:22
./main.go:65:22:     from ... argument (slice-literal-element) at ./main.go:65:11
./main.go:65:22:   flow: {heap} ← {storage for ... argument}:
./main.go:65:22:     from ... argument (spill) at ./main.go:65:11
./main.go:65:22:     from fmt.Print(... argument...) (call parameter) at ./main.go:65:11
./main.go:65:42: (*bytes.Buffer).String(rec.Body) escapes to heap in main:
./main.go:65:42:   flow: {storage for ... argument} ← &{storage for (*bytes.Buffer).String(rec.Body)}:
./main.go:65:42:     from (*bytes.Buffer).String(rec.Body) (spill) at ./main.go:65:42
./main.go:65:42:     from ... argument (slice-literal-element) at ./main.go:65:11
./main.go:65:42:   flow: {heap} ← {storage for ... argument}:
./main.go:65:42:     from ... argument (spill) at ./main.go:65:11
./main.go:65:42:     from fmt.Print(... argument...) (call parameter) at ./main.go:65:11
./main.go:58:20: url.Values{} does not escape
./main.go:65:11: ... argument does not escape
./main.go:65:15: rec.Code escapes to heap
./main.go:65:22: " " escapes to heap
./main.go:65:42: (*bytes.Buffer).String(rec.Body) escapes to heap
<autogenerated>:1: parameter p leaks to {heap} for .eq.SS with derefs=1:
<autogenerated>:1:   flow: {heap} ← *p:
<autogenerated>:1:     from unsafe.Add(p, uintptr(0)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(p, uintptr(0))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(0))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(0))), *(*uintptr)(unsafe.Add(p, uintptr(8)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter q leaks to {heap} for .eq.SS with derefs=1:
<autogenerated>:1:   flow: {heap} ← *q:
<autogenerated>:1:     from unsafe.Add(q, uintptr(0)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(q, uintptr(0))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(0))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(0))), *(*uintptr)(unsafe.Add(p, uintptr(8)))) (call parameter) at <autogenerated>:1
