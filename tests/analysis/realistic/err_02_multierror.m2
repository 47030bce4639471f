./main.go:15:65: v.Field + ": " + v.Issue escapes to heap in ValidationError.Error:
./main.go:15:65:   flow: ~r0 ← &{storage for v.Field + ": " + v.Issue}:
./main.go:15:65:     from v.Field + ": " + v.Issue (spill) at ./main.go:15:65
./main.go:15:65:     from return v.Field + ": " + v.Issue (return) at ./main.go:15:43
./main.go:15:7: v does not escape
./main.go:15:65: v.Field + ": " + v.Issue escapes to heap
./main.go:26:38: ValidationError{...} escapes to heap in validate:
./main.go:26:38:   flow: {heap} ← &{storage for ValidationError{...}}:
./main.go:26:38:     from ValidationError{...} (spill) at ./main.go:26:38
./main.go:26:38:     from append(errs, ValidationError{...}) (call parameter) at ./main.go:26:16
./main.go:29:38: ValidationError{...} escapes to heap in validate:
./main.go:29:38:   flow: {heap} ← &{storage for ValidationError{...}}:
./main.go:29:38:     from ValidationError{...} (spill) at ./main.go:29:38
./main.go:29:38:     from append(errs, ValidationError{...}) (call parameter) at ./main.go:29:16
./main.go:32:49: a.Age escapes to heap in validate:
./main.go:32:49:   flow: {storage for ... argument} ← &{storage for a.Age}:
./main.go:32:49:     from a.Age (spill) at ./main.go:32:49
./main.go:32:49:     from ... argument (slice-literal-element) at ./main.go:32:33
./main.go:32:49:   flow: {heap} ← {storage for ... argument}:
./main.go:32:49:     from ... argument (spill) at ./main.go:32:33
./main.go:32:49:     from fmt.Errorf("age %d: %w", ... argument...) (call parameter) at ./main.go:32:33
./main.go:32:70: ValidationError{...} escapes to heap in validate:
./main.go:32:70:   flow: {storage for ... argument} ← &{storage for ValidationError{...}}:
./main.go:32:70:     from ValidationError{...} (spill) at ./main.go:32:70
./main.go:32:70:     from ... argument (slice-literal-element) at ./main.go:32:33
./main.go:32:70:   flow: {heap} ← {storage for ... argument}:
./main.go:32:70:     from ... argument (spill) at ./main.go:32:33
./main.go:32:70:     from fmt.Errorf("age %d: %w", ... argument...) (call parameter) at ./main.go:32:33
./main.go:23:15: a does not escape
./main.go:26:38: ValidationError{...} escapes to heap
./main.go:26:16: append does not escape
./main.go:29:38: ValidationError{...} escapes to heap
./main.go:29:16: append does not escape
./main.go:32:33: ... argument does not escape
./main.go:32:49: a.Age escapes to heap
./main.go:32:70: ValidationError{...} escapes to heap
./main.go:32:16: append does not escape
./main.go:40:6: ve escapes to heap in main:
./main.go:40:6:   flow: {heap} ← &ve:
./main.go:40:6:     from &ve (address-of) at ./main.go:41:29
./main.go:40:6:     from &ve (interface-converted) at ./main.go:41:29
./main.go:40:6:     from errors.As(err, &ve) (call parameter) at ./main.go:41:23
./main.go:41:23: errors.As(err, &ve) escapes to heap in main:
./main.go:41:23:   flow: {storage for ... argument} ← &{storage for errors.As(err, &ve)}:
./main.go:41:23:     from errors.As(err, &ve) (spill) at ./main.go:41:23
./main.go:41:23:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:23:   flow: {heap} ← {storage for ... argument}:
./main.go:41:23:     from ... argument (spill) at ./main.go:41:13
./main.go:41:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:41:37: ve.Field escapes to heap in main:
./main.go:41:37:   flow: {storage for ... argument} ← &{storage for ve.Field}:
./main.go:41:37:     from ve.Field (spill) at ./main.go:41:37
./main.go:41:37:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:37:   flow: {heap} ← {storage for ... argument}:
./main.go:41:37:     from ... argument (spill) at ./main.go:41:13
./main.go:41:37:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:43:18: len(u.Unwrap()) escapes to heap in main:
./main.go:43:18:   flow: {storage for ... argument} ← &{storage for len(u.Unwrap())}:
./main.go:43:18:     from len(u.Unwrap()) (spill) at ./main.go:43:18
./main.go:43:18:     from ... argument (slice-literal-element) at ./main.go:43:14
./main.go:43:18:   flow: {heap} ← {storage for ... argument}:
./main.go:43:18:     from ... argument (spill) at ./main.go:43:14
./main.go:43:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:14
./main.go:43:32: "problems" escapes to heap in main:
./main.go:43:32:   flow: {storage for ... argument} ← &{storage for "problems"}:
./main.go:43:32:     from "problems" (spill) at ./main.go:43:32
./main.go:43:32:     from ... argument (slice-literal-element) at ./main.go:43:14
./main.go:43:32:   flow: {heap} ← {storage for ... argument}:
./main.go:43:32:     from ... argument (spill) at ./main.go:43:14
./main.go:43:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:14
./main.go:45:52: validate(Account{...}) == nil escapes to heap in main:
./main.go:45:52:   flow: {storage for ... argument} ← &{storage for validate(Account{...}) == nil}:
./main.go:45:52:     from validate(Account{...}) == nil (spill) at ./main.go:45:52
./main.go:45:52:     from ... argument (slice-literal-element) at ./main.go:45:13
./main.go:45:52:   flow: {heap} ← {storage for ... argument}:
./main.go:45:52:     from ... argument (spill) at ./main.go:45:13
./main.go:45:52:     from fmt.Println(... argument...) (call parameter) at ./main.go:45:13
./main.go:40:6: moved to heap: ve
./main.go:39:13: ... argument does not escape
./main.go:41:13: ... argument does not escape
./main.go:41:23: errors.As(err, &ve) escapes to heap
./main.go:41:37: ve.Field escapes to heap
./main.go:43:14: ... argument does not escape
./main.go:43:18: len(u.Unwrap()) escapes to heap
./main.go:43:32: "problems" escapes to heap
./main.go:45:13: ... argument does not escape
./main.go:45:52: validate(Account{...}) == nil escapes to heap
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
<autogenerated>:1: parameter ~p0 leaks to {heap} for interface { Unwrap() []error }.Unwrap with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Unwrap() (call parameter) at <autogenerated>:1
