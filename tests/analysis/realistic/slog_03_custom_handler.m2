./main.go:19:7: h does not escape
./main.go:22:6: b escapes to heap in (*LineHandler).Handle:
./main.go:22:6:   flow: {heap} ← &b:
./main.go:22:6:     from &b (address-of) at ./main.go:27:15
./main.go:22:6:     from &b (interface-converted) at ./main.go:27:15
./main.go:22:6:     from fmt.Fprintf(&b, " %s=%v", ... argument...) (call parameter) at ./main.go:27:14
./main.go:22:6: b escapes to heap in (*LineHandler).Handle:
./main.go:22:6:   flow: {heap} ← &b:
./main.go:22:6:     from &b (address-of) at ./main.go:30:15
./main.go:22:6:     from &b (interface-converted) at ./main.go:30:15
./main.go:22:6:     from fmt.Fprintf(&b, " %s=%v", ... argument...) (call parameter) at ./main.go:30:14
./main.go:22:6: (*LineHandler).Handle capturing by ref: b (addr=true assign=false width=32)
./main.go:21:49: parameter r leaks to {heap} for (*LineHandler).Handle with derefs=0:
./main.go:21:49:   flow: {heap} ← r:
./main.go:21:49:     from slog.Record.Attrs(r, func literal) (call parameter) at ./main.go:29:9
./main.go:21:7: parameter h leaks to {heap} for (*LineHandler).Handle with derefs=1:
./main.go:21:7:   flow: {heap} ← *h:
./main.go:21:7:     from h.w (dot of pointer) at ./main.go:34:28
./main.go:21:7:     from io.WriteString(h.w, (*strings.Builder).String(b)) (call parameter) at ./main.go:34:26
./main.go:27:30: a.Key escapes to heap in (*LineHandler).Handle:
./main.go:27:30:   flow: {storage for ... argument} ← &{storage for a.Key}:
./main.go:27:30:     from a.Key (spill) at ./main.go:27:30
./main.go:27:30:     from ... argument (slice-literal-element) at ./main.go:27:14
./main.go:27:30:   flow: {heap} ← {storage for ... argument}:
./main.go:27:30:     from ... argument (spill) at ./main.go:27:14
./main.go:27:30:     from fmt.Fprintf(&b, " %s=%v", ... argument...) (call parameter) at ./main.go:27:14
./main.go:27:37: a.Value escapes to heap in (*LineHandler).Handle:
./main.go:27:37:   flow: {storage for ... argument} ← &{storage for a.Value}:
./main.go:27:37:     from a.Value (spill) at ./main.go:27:37
./main.go:27:37:     from ... argument (slice-literal-element) at ./main.go:27:14
./main.go:27:37:   flow: {heap} ← {storage for ... argument}:
./main.go:27:37:     from ... argument (spill) at ./main.go:27:14
./main.go:27:37:     from fmt.Fprintf(&b, " %s=%v", ... argument...) (call parameter) at ./main.go:27:14
./main.go:30:30: a.Key escapes to heap in (*LineHandler).Handle.func1:
./main.go:30:30:   flow: {storage for ... argument} ← &{storage for a.Key}:
./main.go:30:30:     from a.Key (spill) at ./main.go:30:30
./main.go:30:30:     from ... argument (slice-literal-element) at ./main.go:30:14
./main.go:30:30:   flow: {heap} ← {storage for ... argument}:
./main.go:30:30:     from ... argument (spill) at ./main.go:30:14
./main.go:30:30:     from fmt.Fprintf(&b, " %s=%v", ... argument...) (call parameter) at ./main.go:30:14
./main.go:30:37: a.Value escapes to heap in (*LineHandler).Handle.func1:
./main.go:30:37:   flow: {storage for ... argument} ← &{storage for a.Value}:
./main.go:30:37:     from a.Value (spill) at ./main.go:30:37
./main.go:30:37:     from ... argument (slice-literal-element) at ./main.go:30:14
./main.go:30:37:   flow: {heap} ← {storage for ... argument}:
./main.go:30:37:     from ... argument (spill) at ./main.go:30:14
./main.go:30:37:     from fmt.Fprintf(&b, " %s=%v", ... argument...) (call parameter) at ./main.go:30:14
./main.go:29:15: parameter a leaks to {storage for a.Value} for (*LineHandler).Handle.func1 with derefs=0:
./main.go:29:15:   flow: {storage for a.Value} ← a:
./main.go:29:15:     from a.Value (dot) at ./main.go:30:37
./main.go:29:15:     from a.Value (interface-converted) at ./main.go:30:37
./main.go:29:15: parameter a leaks to {storage for a.Key} for (*LineHandler).Handle.func1 with derefs=0:
./main.go:29:15:   flow: {storage for a.Key} ← a:
./main.go:29:15:     from a.Key (dot) at ./main.go:30:30
./main.go:29:15:     from a.Key (interface-converted) at ./main.go:30:30
./main.go:21:7: parameter h leaks to {storage for a.Value} for (*LineHandler).Handle with derefs=2:
./main.go:21:7:   flow: {temp} ← *h:
./main.go:21:7:     from h.attrs (dot of pointer) at ./main.go:26:21
./main.go:21:7:   flow: a ← *{temp}:
./main.go:21:7:     from for loop (range-deref) at ./main.go:26:14
./main.go:21:7:   flow: {storage for a.Value} ← a:
./main.go:21:7:     from a.Value (dot) at ./main.go:27:37
./main.go:21:7:     from a.Value (interface-converted) at ./main.go:27:37
./main.go:21:7: parameter h leaks to {storage for a.Key} for (*LineHandler).Handle with derefs=2:
./main.go:21:7:   flow: {temp} ← *h:
./main.go:21:7:     from h.attrs (dot of pointer) at ./main.go:26:21
./main.go:21:7:   flow: a ← *{temp}:
./main.go:21:7:     from for loop (range-deref) at ./main.go:26:14
./main.go:21:7:   flow: {storage for a.Key} ← a:
./main.go:21:7:     from a.Key (dot) at ./main.go:27:30
./main.go:21:7:     from a.Key (interface-converted) at ./main.go:27:30
./main.go:21:7: leaking param content: h
./main.go:21:49: leaking param: r
./main.go:29:15: leaking param: a
./main.go:22:6: moved to heap: b
./main.go:27:14: ... argument does not escape
./main.go:27:30: a.Key escapes to heap
./main.go:27:37: a.Value escapes to heap
./main.go:29:10: func literal does not escape
./main.go:30:14: ... argument does not escape
./main.go:30:30: a.Key escapes to heap
./main.go:30:37: a.Value escapes to heap
./main.go:38:7: parameter h leaks to {heap} for (*LineHandler).WithAttrs with derefs=2:
./main.go:38:7:   flow: {heap} ← **h:
./main.go:38:7:     from h.attrs (dot of pointer) at ./main.go:40:43
./main.go:38:7:     from append([]slog.Attr{}, h.attrs...) (call parameter) at ./main.go:40:26
./main.go:38:7:     from append([]slog.Attr{}, h.attrs...) (appended slice...) at ./main.go:40:26
./main.go:38:33: parameter as leaks to {heap} for (*LineHandler).WithAttrs with derefs=1:
./main.go:38:33:   flow: {heap} ← *as:
./main.go:38:33:     from append(append([]slog.Attr{}, h.attrs...), as...) (call parameter) at ./main.go:40:19
./main.go:38:33:     from append(append([]slog.Attr{}, h.attrs...), as...) (appended slice...) at ./main.go:40:19
./main.go:39:2: nh escapes to heap in (*LineHandler).WithAttrs:
./main.go:39:2:   flow: ~r0 ← &nh:
./main.go:39:2:     from &nh (address-of) at ./main.go:41:9
./main.go:39:2:     from &nh (interface-converted) at ./main.go:41:9
./main.go:39:2:     from return &nh (return) at ./main.go:41:2
./main.go:38:7: parameter h leaks to nh for (*LineHandler).WithAttrs with derefs=1:
./main.go:38:7:   flow: nh ← *h:
./main.go:38:7:     from *h (indirection) at ./main.go:39:8
./main.go:38:7:     from nh := *h (assign) at ./main.go:39:5
./main.go:40:19: append(append([]slog.Attr{}, h.attrs...), as...) escapes to heap in (*LineHandler).WithAttrs:
./main.go:40:19:   flow: nh ← &{storage for append(append([]slog.Attr{}, h.attrs...), as...)}:
./main.go:40:19:     from append(append([]slog.Attr{}, h.attrs...), as...) (spill) at ./main.go:40:19
./main.go:40:19:     from nh.attrs = append(append([]slog.Attr{}, h.attrs...), as...) (assign) at ./main.go:40:11
./main.go:40:26: append([]slog.Attr{}, h.attrs...) escapes to heap in (*LineHandler).WithAttrs:
./main.go:40:26:   flow: {temp} ← &{storage for append([]slog.Attr{}, h.attrs...)}:
./main.go:40:26:     from append([]slog.Attr{}, h.attrs...) (spill) at ./main.go:40:26
./main.go:40:26:     from append(append([]slog.Attr{}, h.attrs...), as...) (call parameter) at ./main.go:40:19
./main.go:40:26:   flow: {temp} ← {temp}:
./main.go:40:26:   flow: nh ← {temp}:
./main.go:40:26:     from nh.attrs = append(append([]slog.Attr{}, h.attrs...), as...) (assign) at ./main.go:40:11
./main.go:40:38: []slog.Attr{} escapes to heap in (*LineHandler).WithAttrs:
./main.go:40:38:   flow: {temp} ← &{storage for []slog.Attr{}}:
./main.go:40:38:     from []slog.Attr{} (spill) at ./main.go:40:38
./main.go:40:38:     from append([]slog.Attr{}, h.attrs...) (call parameter) at ./main.go:40:26
./main.go:40:38:   flow: {temp} ← {temp}:
./main.go:40:38:   flow: {temp} ← {temp}:
./main.go:40:38:     from append(append([]slog.Attr{}, h.attrs...), as...) (call parameter) at ./main.go:40:19
./main.go:40:38:   flow: {temp} ← {temp}:
./main.go:40:38:   flow: nh ← {temp}:
./main.go:40:38:     from nh.attrs = append(append([]slog.Attr{}, h.attrs...), as...) (assign) at ./main.go:40:11
./main.go:38:7: leaking param content: h
./main.go:38:33: leaking param content: as
./main.go:39:2: moved to heap: nh
./main.go:40:38: []slog.Attr{} escapes to heap
./main.go:40:26: append escapes to heap
./main.go:40:19: append escapes to heap
./main.go:44:7: parameter h leaks to ~r0 for (*LineHandler).WithGroup with derefs=0:
./main.go:44:7:   flow: ~r0 ← h:
./main.go:44:7:     from h (interface-converted) at ./main.go:44:63
./main.go:44:7:     from return h (return) at ./main.go:44:56
./main.go:44:7: leaking param: h to result ~r0 level=0
./main.go:47:16: &LineHandler{...} escapes to heap in main:
./main.go:47:16:   flow: {heap} ← &{storage for &LineHandler{...}}:
./main.go:47:16:     from &LineHandler{...} (spill) at ./main.go:47:16
./main.go:47:16:     from &LineHandler{...} (interface-converted) at ./main.go:47:16
./main.go:47:16:     from slog.New(&LineHandler{...}) (call parameter) at ./main.go:47:15
./main.go:48:20: "port" escapes to heap in main:
./main.go:48:20:   flow: {storage for ... argument} ← &{storage for "port"}:
./main.go:48:20:     from "port" (spill) at ./main.go:48:20
./main.go:48:20:     from ... argument (slice-literal-element) at ./main.go:48:8
./main.go:48:20:   flow: {heap} ← {storage for ... argument}:
./main.go:48:20:     from ... argument (spill) at ./main.go:48:8
./main.go:48:20:     from (*slog.Logger).Info(l, "started", ... argument...) (call parameter) at ./main.go:48:8
./main.go:48:28: 8080 escapes to heap in main:
./main.go:48:28:   flow: {storage for ... argument} ← &{storage for 8080}:
./main.go:48:28:     from 8080 (spill) at ./main.go:48:28
./main.go:48:28:     from ... argument (slice-literal-element) at ./main.go:48:8
./main.go:48:28:   flow: {heap} ← {storage for ... argument}:
./main.go:48:28:     from ... argument (spill) at ./main.go:48:8
./main.go:48:28:     from (*slog.Logger).Info(l, "started", ... argument...) (call parameter) at ./main.go:48:8
./main.go:49:9: "req" escapes to heap in main:
./main.go:49:9:   flow: {storage for ... argument} ← &{storage for "req"}:
./main.go:49:9:     from "req" (spill) at ./main.go:49:9
./main.go:49:9:     from ... argument (slice-literal-element) at ./main.go:49:8
./main.go:49:9:   flow: {heap} ← {storage for ... argument}:
./main.go:49:9:     from ... argument (spill) at ./main.go:49:8
./main.go:49:9:     from (*slog.Logger).With(l, ... argument...) (call parameter) at ./main.go:49:8
./main.go:49:16: 1 escapes to heap in main:
./main.go:49:16:   flow: {storage for ... argument} ← &{storage for 1}:
./main.go:49:16:     from 1 (spill) at ./main.go:49:16
./main.go:49:16:     from ... argument (slice-literal-element) at ./main.go:49:8
./main.go:49:16:   flow: {heap} ← {storage for ... argument}:
./main.go:49:16:     from ... argument (spill) at ./main.go:49:8
./main.go:49:16:     from (*slog.Logger).With(l, ... argument...) (call parameter) at ./main.go:49:8
./main.go:49:33: "attempt" escapes to heap in main:
./main.go:49:33:   flow: {storage for ... argument} ← &{storage for "attempt"}:
./main.go:49:33:     from "attempt" (spill) at ./main.go:49:33
./main.go:49:33:     from ... argument (slice-literal-element) at ./main.go:49:23
./main.go:49:33:   flow: {heap} ← {storage for ... argument}:
./main.go:49:33:     from ... argument (spill) at ./main.go:49:23
./main.go:49:33:     from (*slog.Logger).Warn((*slog.Logger).With(l, ... argument...), "retry", ... argument...) (call parameter) at ./main.go:49:23
./main.go:49:44: 2 escapes to heap in main:
./main.go:49:44:   flow: {storage for ... argument} ← &{storage for 2}:
./main.go:49:44:     from 2 (spill) at ./main.go:49:44
./main.go:49:44:     from ... argument (slice-literal-element) at ./main.go:49:23
./main.go:49:44:   flow: {heap} ← {storage for ... argument}:
./main.go:49:44:     from ... argument (spill) at ./main.go:49:23
./main.go:49:44:     from (*slog.Logger).Warn((*slog.Logger).With(l, ... argument...), "retry", ... argument...) (call parameter) at ./main.go:49:23
./main.go:47:16: &LineHandler{...} escapes to heap
./main.go:48:8: ... argument does not escape
./main.go:48:20: "port" escapes to heap
./main.go:48:28: 8080 escapes to heap
./main.go:49:8: ... argument does not escape
./main.go:49:9: "req" escapes to heap
./main.go:49:16: 1 escapes to heap
./main.go:49:23: ... argument does not escape
./main.go:49:33: "attempt" escapes to heap
./main.go:49:44: 2 escapes to heap
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[os.dirInfo]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[os.dirInfo]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[os.dirInfo]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[os.dirInfo]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Load(atomic.x, &atomic..dict.Pointer[os.dirInfo]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
