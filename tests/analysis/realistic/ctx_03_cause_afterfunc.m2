./main.go:18:7: c does not escape
./main.go:21:34: c.Close escapes to heap in serve:
./main.go:21:34:   flow: {heap} ← &{storage for c.Close}:
./main.go:21:34:     from c.Close (spill) at ./main.go:21:34
./main.go:21:34:     from context.AfterFunc(ctx, c.Close) (call parameter) at ./main.go:21:27
./main.go:22:2: serve capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:20:12: parameter ctx leaks to {heap} for serve with derefs=0:
./main.go:20:12:   flow: {heap} ← ctx:
./main.go:20:12:     from context.AfterFunc(ctx, c.Close) (call parameter) at ./main.go:21:27
./main.go:20:33: parameter c leaks to {storage for c.Close} for serve with derefs=0:
./main.go:20:33:   flow: {temp} ← c:
./main.go:20:33:   flow: {storage for c.Close} ← {temp}:
./main.go:20:12: leaking param: ctx
./main.go:20:33: leaking param: c
./main.go:21:34: c.Close escapes to heap
./main.go:36:5: func literal escapes to heap in main:
./main.go:36:5:   flow: {heap} ← &{storage for func literal}:
./main.go:36:5:     from func literal (spill) at ./main.go:36:5
./main.go:34:7: main capturing by value: cancel (addr=false assign=false width=8)
./main.go:35:7: &Conn{...} escapes to heap in main:
./main.go:35:7:   flow: c ← &{storage for &Conn{...}}:
./main.go:35:7:     from &Conn{...} (spill) at ./main.go:35:7
./main.go:35:7:     from c := &Conn{...} (assign) at ./main.go:35:4
./main.go:35:7:   flow: {heap} ← c:
./main.go:35:7:     from serve(ctx, c) (call parameter) at ./main.go:40:14
./main.go:41:28: errors.Is(err, errShutdown) escapes to heap in main:
./main.go:41:28:   flow: {storage for ... argument} ← &{storage for errors.Is(err, errShutdown)}:
./main.go:41:28:     from errors.Is(err, errShutdown) (spill) at ./main.go:41:28
./main.go:41:28:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:28:   flow: {heap} ← {storage for ... argument}:
./main.go:41:28:     from ... argument (spill) at ./main.go:41:13
./main.go:41:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:43:14: "closed:" escapes to heap in main:
./main.go:43:14:   flow: {storage for ... argument} ← &{storage for "closed:"}:
./main.go:43:14:     from "closed:" (spill) at ./main.go:43:14
./main.go:43:14:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:14:   flow: {heap} ← {storage for ... argument}:
./main.go:43:14:     from ... argument (spill) at ./main.go:43:13
./main.go:43:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:26: c.closed escapes to heap in main:
./main.go:43:26:   flow: {storage for ... argument} ← &{storage for c.closed}:
./main.go:43:26:     from c.closed (spill) at ./main.go:43:26
./main.go:43:26:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:26:   flow: {heap} ← {storage for ... argument}:
./main.go:43:26:     from ... argument (spill) at ./main.go:43:13
./main.go:43:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:48:26: ok escapes to heap in main:
./main.go:48:26:   flow: {storage for ... argument} ← &{storage for ok}:
./main.go:48:26:     from ok (spill) at ./main.go:48:26
./main.go:48:26:     from ... argument (slice-literal-element) at ./main.go:48:13
./main.go:48:26:   flow: {heap} ← {storage for ... argument}:
./main.go:48:26:     from ... argument (spill) at ./main.go:48:13
./main.go:48:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:48:13
./main.go:48:30: !time.Time.IsZero(dl) escapes to heap in main:
./main.go:48:30:   flow: {storage for ... argument} ← &{storage for !time.Time.IsZero(dl)}:
./main.go:48:30:     from !time.Time.IsZero(dl) (spill) at ./main.go:48:30
./main.go:48:30:     from ... argument (slice-literal-element) at ./main.go:48:13
./main.go:48:30:   flow: {heap} ← {storage for ... argument}:
./main.go:48:30:     from ... argument (spill) at ./main.go:48:13
./main.go:48:30:     from fmt.Println(... argument...) (call parameter) at ./main.go:48:13
./main.go:35:7: &Conn{...} escapes to heap
./main.go:36:5: func literal escapes to heap
./main.go:41:13: ... argument does not escape
./main.go:41:28: errors.Is(err, errShutdown) escapes to heap
./main.go:43:13: ... argument does not escape
./main.go:43:14: "closed:" escapes to heap
./main.go:43:26: c.closed escapes to heap
./main.go:48:13: ... argument does not escape
./main.go:48:26: ok escapes to heap
./main.go:48:30: !time.Time.IsZero(dl) escapes to heap
