./main.go:22:32: ctxKey(1) escapes to heap in WithUser:
./main.go:22:32:   flow: {heap} ← &{storage for ctxKey(1)}:
./main.go:22:32:     from ctxKey(1) (spill) at ./main.go:22:32
./main.go:22:32:     from context.WithValue(ctx, ctxKey(1), u) (call parameter) at ./main.go:22:26
./main.go:21:15: parameter ctx leaks to {heap} for WithUser with derefs=0:
./main.go:21:15:   flow: {heap} ← ctx:
./main.go:21:15:     from context.WithValue(ctx, ctxKey(1), u) (call parameter) at ./main.go:22:26
./main.go:21:36: parameter u leaks to {heap} for WithUser with derefs=0:
./main.go:21:36:   flow: {heap} ← u:
./main.go:21:36:     from u (interface-converted) at ./main.go:22:41
./main.go:21:36:     from context.WithValue(ctx, ctxKey(1), u) (call parameter) at ./main.go:22:26
./main.go:21:15: leaking param: ctx
./main.go:21:36: leaking param: u
./main.go:22:32: ctxKey(1) escapes to heap
./main.go:26:21: ctxKey(1) escapes to heap in UserFrom:
./main.go:26:21:   flow: {heap} ← &{storage for ctxKey(1)}:
./main.go:26:21:     from ctxKey(1) (spill) at ./main.go:26:21
./main.go:26:21:     from ctx.Value(ctxKey(1)) (call parameter) at ./main.go:26:20
./main.go:25:15: parameter ctx leaks to {heap} for UserFrom with derefs=0:
./main.go:25:15:   flow: {heap} ← ctx:
./main.go:25:15:     from ctx.Value(ctxKey(1)) (call parameter) at ./main.go:26:20
./main.go:25:15: leaking param: ctx
./main.go:26:21: ctxKey(1) escapes to heap
./main.go:31:21: ctxKey(0) escapes to heap in handle:
./main.go:31:21:   flow: {heap} ← &{storage for ctxKey(0)}:
./main.go:31:21:     from ctxKey(0) (spill) at ./main.go:31:21
./main.go:31:21:     from ctx.Value(ctxKey(0)) (call parameter) at ./main.go:31:20
./main.go:30:13: parameter ctx leaks to {heap} for handle with derefs=0:
./main.go:30:13:   flow: {heap} ← ctx:
./main.go:30:13:     from ctx.Value(ctxKey(0)) (call parameter) at ./main.go:31:20
./main.go:34:13: id + ": anonymous" escapes to heap in handle:
./main.go:34:13:   flow: ~r0 ← &{storage for id + ": anonymous"}:
./main.go:34:13:     from id + ": anonymous" (spill) at ./main.go:34:13
./main.go:34:13:     from return id + ": anonymous" (return) at ./main.go:34:3
./main.go:37:26: id + ": admin " + u.Name escapes to heap in handle:
./main.go:37:26:   flow: ~r0 ← &{storage for id + ": admin " + u.Name}:
./main.go:37:26:     from id + ": admin " + u.Name (spill) at ./main.go:37:26
./main.go:37:26:     from return id + ": admin " + u.Name (return) at ./main.go:37:3
./main.go:39:19: id + ": " + u.Name escapes to heap in handle:
./main.go:39:19:   flow: ~r0 ← &{storage for id + ": " + u.Name}:
./main.go:39:19:     from id + ": " + u.Name (spill) at ./main.go:39:19
./main.go:39:19:     from return id + ": " + u.Name (return) at ./main.go:39:2
./main.go:30:13: leaking param: ctx
./main.go:31:21: ctxKey(0) escapes to heap
./main.go:34:13: id + ": anonymous" escapes to heap
./main.go:37:26: id + ": admin " + u.Name escapes to heap
./main.go:39:19: id + ": " + u.Name escapes to heap
./main.go:43:49: ctxKey(0) escapes to heap in main:
./main.go:43:49:   flow: {heap} ← &{storage for ctxKey(0)}:
./main.go:43:49:     from ctxKey(0) (spill) at ./main.go:43:49
./main.go:43:49:     from context.WithValue(context.Background(), ctxKey(0), "req-7") (call parameter) at ./main.go:43:26
./main.go:43:63: "req-7" escapes to heap in main:
./main.go:43:63:   flow: {heap} ← &{storage for "req-7"}:
./main.go:43:63:     from "req-7" (spill) at ./main.go:43:63
./main.go:43:63:     from context.WithValue(context.Background(), ctxKey(0), "req-7") (call parameter) at ./main.go:43:26
./main.go:45:35: &User{...} escapes to heap in main:
./main.go:45:35:   flow: {heap} ← &{storage for &User{...}}:
./main.go:45:35:     from &User{...} (spill) at ./main.go:45:35
./main.go:45:35:     from WithUser(ctx, &User{...}) (call parameter) at ./main.go:45:29
./main.go:44:20: handle(ctx) escapes to heap in main:
./main.go:44:20:   flow: {storage for ... argument} ← &{storage for handle(ctx)}:
./main.go:44:20:     from handle(ctx) (spill) at ./main.go:44:20
./main.go:44:20:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:20:   flow: {heap} ← {storage for ... argument}:
./main.go:44:20:     from ... argument (spill) at ./main.go:44:13
./main.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:45:20: handle(WithUser(ctx, &User{...})) escapes to heap in main:
./main.go:45:20:   flow: {storage for ... argument} ← &{storage for handle(WithUser(ctx, &User{...}))}:
./main.go:45:20:     from handle(WithUser(ctx, &User{...})) (spill) at ./main.go:45:20
./main.go:45:20:     from ... argument (slice-literal-element) at ./main.go:45:13
./main.go:45:20:   flow: {heap} ← {storage for ... argument}:
./main.go:45:20:     from ... argument (spill) at ./main.go:45:13
./main.go:45:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:45:13
./main.go:43:49: ctxKey(0) escapes to heap
./main.go:43:63: "req-7" escapes to heap
./main.go:44:13: ... argument does not escape
./main.go:44:20: handle(ctx) escapes to heap
./main.go:45:13: ... argument does not escape
./main.go:45:20: handle(WithUser(ctx, &User{...})) escapes to heap
./main.go:45:35: &User{...} escapes to heap
