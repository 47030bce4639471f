./main.go:12:31: ctxKey("reqID") escapes to heap in handler:
./main.go:12:31:   flow: {heap} ← &{storage for ctxKey("reqID")}:
./main.go:12:31:     from ctxKey("reqID") (spill) at ./main.go:12:31
./main.go:12:31:     from ctx.Value(ctxKey("reqID")) (call parameter) at ./main.go:12:24
./main.go:11:14: parameter ctx leaks to {heap} for handler with derefs=0:
./main.go:11:14:   flow: {heap} ← ctx:
./main.go:11:14:     from ctx.Value(ctxKey("reqID")) (call parameter) at ./main.go:12:24
./main.go:13:15: "request" escapes to heap in handler:
./main.go:13:15:   flow: {storage for ... argument} ← &{storage for "request"}:
./main.go:13:15:     from "request" (spill) at ./main.go:13:15
./main.go:13:15:     from ... argument (slice-literal-element) at ./main.go:13:14
./main.go:13:15:   flow: {heap} ← {storage for ... argument}:
./main.go:13:15:     from ... argument (spill) at ./main.go:13:14
./main.go:13:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:13:14
./main.go:13:26: id escapes to heap in handler:
./main.go:13:26:   flow: {storage for ... argument} ← &{storage for id}:
./main.go:13:26:     from id (spill) at ./main.go:13:26
./main.go:13:26:     from ... argument (slice-literal-element) at ./main.go:13:14
./main.go:13:26:   flow: {heap} ← {storage for ... argument}:
./main.go:13:26:     from ... argument (spill) at ./main.go:13:14
./main.go:13:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:13:14
./main.go:11:14: leaking param: ctx
./main.go:12:31: ctxKey("reqID") escapes to heap
./main.go:13:14: ... argument does not escape
./main.go:13:15: "request" escapes to heap
./main.go:13:26: id escapes to heap
./main.go:18:55: ctxKey("reqID") escapes to heap in main:
./main.go:18:55:   flow: {heap} ← &{storage for ctxKey("reqID")}:
./main.go:18:55:     from ctxKey("reqID") (spill) at ./main.go:18:55
./main.go:18:55:     from context.WithValue(context.Background(), ctxKey("reqID"), "abc-123") (call parameter) at ./main.go:18:26
./main.go:18:66: "abc-123" escapes to heap in main:
./main.go:18:66:   flow: {heap} ← &{storage for "abc-123"}:
./main.go:18:66:     from "abc-123" (spill) at ./main.go:18:66
./main.go:18:66:     from context.WithValue(context.Background(), ctxKey("reqID"), "abc-123") (call parameter) at ./main.go:18:26
./main.go:20:37: ctxKey("user") escapes to heap in main:
./main.go:20:37:   flow: {heap} ← &{storage for ctxKey("user")}:
./main.go:20:37:     from ctxKey("user") (spill) at ./main.go:20:37
./main.go:20:37:     from context.WithValue(ctx, ctxKey("user"), &user) (call parameter) at ./main.go:20:25
./main.go:19:2: user escapes to heap in main:
./main.go:19:2:   flow: {heap} ← &user:
./main.go:19:2:     from &user (address-of) at ./main.go:20:47
./main.go:19:2:     from &user (interface-converted) at ./main.go:20:47
./main.go:19:2:     from context.WithValue(ctx, ctxKey("user"), &user) (call parameter) at ./main.go:20:25
./main.go:19:2: moved to heap: user
./main.go:18:55: ctxKey("reqID") escapes to heap
./main.go:18:66: "abc-123" escapes to heap
./main.go:20:37: ctxKey("user") escapes to heap
