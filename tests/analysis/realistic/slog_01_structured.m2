./main.go:17:17: parameter l leaks to {heap} for logRequest with derefs=1:
./main.go:17:17:   flow: {heap} ← *l:
./main.go:17:17:     from (*slog.Logger).Info(l, "request", ... argument...) (call parameter) at ./main.go:18:8
./main.go:19:14: slog.String("id", r.ID) escapes to heap in logRequest:
./main.go:19:14:   flow: {storage for ... argument} ← &{storage for slog.String("id", r.ID)}:
./main.go:19:14:     from slog.String("id", r.ID) (spill) at ./main.go:19:14
./main.go:19:14:     from ... argument (slice-literal-element) at ./main.go:18:8
./main.go:19:14:   flow: {heap} ← {storage for ... argument}:
./main.go:19:14:     from ... argument (spill) at ./main.go:18:8
./main.go:19:14:     from (*slog.Logger).Info(l, "request", ... argument...) (call parameter) at ./main.go:18:8
./main.go:20:14: slog.String("path", r.Path) escapes to heap in logRequest:
./main.go:20:14:   flow: {storage for ... argument} ← &{storage for slog.String("path", r.Path)}:
./main.go:20:14:     from slog.String("path", r.Path) (spill) at ./main.go:20:14
./main.go:20:14:     from ... argument (slice-literal-element) at ./main.go:18:8
./main.go:20:14:   flow: {heap} ← {storage for ... argument}:
./main.go:20:14:     from ... argument (spill) at ./main.go:18:8
./main.go:20:14:     from (*slog.Logger).Info(l, "request", ... argument...) (call parameter) at ./main.go:18:8
./main.go:21:11: slog.Int("status", r.Status) escapes to heap in logRequest:
./main.go:21:11:   flow: {storage for ... argument} ← &{storage for slog.Int("status", r.Status)}:
./main.go:21:11:     from slog.Int("status", r.Status) (spill) at ./main.go:21:11
./main.go:21:11:     from ... argument (slice-literal-element) at ./main.go:18:8
./main.go:21:11:   flow: {heap} ← {storage for ... argument}:
./main.go:21:11:     from ... argument (spill) at ./main.go:18:8
./main.go:21:11:     from (*slog.Logger).Info(l, "request", ... argument...) (call parameter) at ./main.go:18:8
./main.go:22:16: slog.Duration("took", r.Took) escapes to heap in logRequest:
./main.go:22:16:   flow: {storage for ... argument} ← &{storage for slog.Duration("took", r.Took)}:
./main.go:22:16:     from slog.Duration("took", r.Took) (spill) at ./main.go:22:16
./main.go:22:16:     from ... argument (slice-literal-element) at ./main.go:18:8
./main.go:22:16:   flow: {heap} ← {storage for ... argument}:
./main.go:22:16:     from ... argument (spill) at ./main.go:18:8
./main.go:22:16:     from (*slog.Logger).Info(l, "request", ... argument...) (call parameter) at ./main.go:18:8
./main.go:17:33: parameter r leaks to {storage for slog.String("path", r.Path)} for logRequest with derefs=0:
./main.go:17:33:   flow: {storage for slog.String("path", r.Path)} ← r:
./main.go:17:33:     from r.Path (dot) at ./main.go:20:24
./main.go:17:33:     from slog.String("path", r.Path) (call parameter) at ./main.go:20:14
./main.go:17:33:     from slog.String("path", r.Path) (interface-converted) at ./main.go:20:14
./main.go:17:33: parameter r leaks to {storage for slog.String("id", r.ID)} for logRequest with derefs=0:
./main.go:17:33:   flow: {storage for slog.String("id", r.ID)} ← r:
./main.go:17:33:     from r.ID (dot) at ./main.go:19:22
./main.go:17:33:     from slog.String("id", r.ID) (call parameter) at ./main.go:19:14
./main.go:17:33:     from slog.String("id", r.ID) (interface-converted) at ./main.go:19:14
./main.go:17:17: leaking param content: l
./main.go:17:33: leaking param: r
./main.go:18:8: ... argument does not escape
./main.go:19:14: slog.String("id", r.ID) escapes to heap
./main.go:20:14: slog.String("path", r.Path) escapes to heap
./main.go:21:11: slog.Int("status", r.Status) escapes to heap
./main.go:22:16: slog.Duration("took", r.Took) escapes to heap
./main.go:27:70: slog.Level(-4) escapes to heap in main:
./main.go:27:70:   flow: {storage for &slog.HandlerOptions{...}} ← &{storage for slog.Level(-4)}:
./main.go:27:70:     from slog.Level(-4) (spill) at ./main.go:27:70
./main.go:27:70:     from slog.HandlerOptions{...} (struct literal element) at ./main.go:27:58
./main.go:27:70:   flow: {heap} ← {storage for &slog.HandlerOptions{...}}:
./main.go:27:70:     from &slog.HandlerOptions{...} (spill) at ./main.go:27:38
./main.go:27:70:     from slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{...}) (call parameter) at ./main.go:27:26
./main.go:28:29: "service" escapes to heap in main:
./main.go:28:29:   flow: {storage for ... argument} ← &{storage for "service"}:
./main.go:28:29:     from "service" (spill) at ./main.go:28:29
./main.go:28:29:     from ... argument (slice-literal-element) at ./main.go:28:28
./main.go:28:29:   flow: {heap} ← {storage for ... argument}:
./main.go:28:29:     from ... argument (spill) at ./main.go:28:28
./main.go:28:29:     from (*slog.Logger).With(slog.New(h), ... argument...) (call parameter) at ./main.go:28:28
./main.go:28:40: "api" escapes to heap in main:
./main.go:28:40:   flow: {storage for ... argument} ← &{storage for "api"}:
./main.go:28:40:     from "api" (spill) at ./main.go:28:40
./main.go:28:40:     from ... argument (slice-literal-element) at ./main.go:28:28
./main.go:28:40:   flow: {heap} ← {storage for ... argument}:
./main.go:28:40:     from ... argument (spill) at ./main.go:28:28
./main.go:28:40:     from (*slog.Logger).With(slog.New(h), ... argument...) (call parameter) at ./main.go:28:28
./main.go:30:29: "key" escapes to heap in main:
./main.go:30:29:   flow: {storage for ... argument} ← &{storage for "key"}:
./main.go:30:29:     from "key" (spill) at ./main.go:30:29
./main.go:30:29:     from ... argument (slice-literal-element) at ./main.go:30:14
./main.go:30:29:   flow: {heap} ← {storage for ... argument}:
./main.go:30:29:     from ... argument (spill) at ./main.go:30:14
./main.go:30:29:     from (*slog.Logger).Debug(logger, "cache miss", ... argument...) (call parameter) at ./main.go:30:14
./main.go:30:36: "user:42" escapes to heap in main:
./main.go:30:36:   flow: {storage for ... argument} ← &{storage for "user:42"}:
./main.go:30:36:     from "user:42" (spill) at ./main.go:30:36
./main.go:30:36:     from ... argument (slice-literal-element) at ./main.go:30:14
./main.go:30:36:   flow: {heap} ← {storage for ... argument}:
./main.go:30:36:     from ... argument (spill) at ./main.go:30:14
./main.go:30:36:     from (*slog.Logger).Debug(logger, "cache miss", ... argument...) (call parameter) at ./main.go:30:14
./main.go:31:22: "took" escapes to heap in main:
./main.go:31:22:   flow: {storage for ... argument} ← &{storage for "took"}:
./main.go:31:22:     from "took" (spill) at ./main.go:31:22
./main.go:31:22:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:22:   flow: {heap} ← {storage for ... argument}:
./main.go:31:22:     from ... argument (spill) at ./main.go:31:13
./main.go:31:22:     from (*slog.Logger).Warn(logger, "slow", ... argument...) (call parameter) at ./main.go:31:13
./main.go:31:31: time.Duration(2000000000) escapes to heap in main:
./main.go:31:31:   flow: {storage for ... argument} ← &{storage for time.Duration(2000000000)}:
./main.go:31:31:     from time.Duration(2000000000) (spill) at ./main.go:31:31
./main.go:31:31:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:31:   flow: {heap} ← {storage for ... argument}:
./main.go:31:31:     from ... argument (spill) at ./main.go:31:13
./main.go:31:31:     from (*slog.Logger).Warn(logger, "slow", ... argument...) (call parameter) at ./main.go:31:13
./main.go:27:38: &slog.HandlerOptions{...} does not escape
./main.go:27:70: slog.Level(-4) escapes to heap
./main.go:28:28: ... argument does not escape
./main.go:28:29: "service" escapes to heap
./main.go:28:40: "api" escapes to heap
./main.go:30:14: ... argument does not escape
./main.go:30:29: "key" escapes to heap
./main.go:30:36: "user:42" escapes to heap
./main.go:31:13: ... argument does not escape
./main.go:31:22: "took" escapes to heap
./main.go:31:31: time.Duration(2000000000) escapes to heap
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
