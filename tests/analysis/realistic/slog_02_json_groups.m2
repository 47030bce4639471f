./main.go:17:24: ... argument escapes to heap in User.LogValue:
./main.go:17:24:   flow: {temp} ← &{storage for ... argument}:
./main.go:17:24:     from ... argument (spill) at ./main.go:17:24
./main.go:17:24:     from slog.GroupValue(... argument...) (call parameter) at ./main.go:17:24
./main.go:17:24:   flow: ~r0 ← {temp}:
./main.go:17:24:     from return slog.GroupValue(... argument...) (return) at ./main.go:17:2
./main.go:16:7: u does not escape
./main.go:17:24: ... argument escapes to heap
./main.go:23:23: "user" escapes to heap in main:
./main.go:23:23:   flow: {storage for ... argument} ← &{storage for "user"}:
./main.go:23:23:     from "user" (spill) at ./main.go:23:23
./main.go:23:23:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:23:   flow: {heap} ← {storage for ... argument}:
./main.go:23:23:     from ... argument (spill) at ./main.go:23:13
./main.go:23:23:     from (*slog.Logger).Info(logger, "login", ... argument...) (call parameter) at ./main.go:23:13
./main.go:23:31: u escapes to heap in main:
./main.go:23:31:   flow: {storage for ... argument} ← &{storage for u}:
./main.go:23:31:     from u (spill) at ./main.go:23:31
./main.go:23:31:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:31:   flow: {heap} ← {storage for ... argument}:
./main.go:23:31:     from ... argument (spill) at ./main.go:23:13
./main.go:23:31:     from (*slog.Logger).Info(logger, "login", ... argument...) (call parameter) at ./main.go:23:13
./main.go:25:31: slog.Int("items", 3) escapes to heap in main:
./main.go:25:31:   flow: {storage for ... argument} ← &{storage for slog.Int("items", 3)}:
./main.go:25:31:     from slog.Int("items", 3) (spill) at ./main.go:25:31
./main.go:25:31:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:31:   flow: {heap} ← {storage for ... argument}:
./main.go:25:31:     from ... argument (spill) at ./main.go:25:13
./main.go:25:31:     from slog.Group("order", ... argument...) (call parameter) at ./main.go:25:13
./main.go:25:57: slog.Float64("total", 19.99) escapes to heap in main:
./main.go:25:57:   flow: {storage for ... argument} ← &{storage for slog.Float64("total", 19.99)}:
./main.go:25:57:     from slog.Float64("total", 19.99) (spill) at ./main.go:25:57
./main.go:25:57:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:57:   flow: {heap} ← {storage for ... argument}:
./main.go:25:57:     from ... argument (spill) at ./main.go:25:13
./main.go:25:57:     from slog.Group("order", ... argument...) (call parameter) at ./main.go:25:13
./main.go:26:20: u escapes to heap in main:
./main.go:26:20:   flow: {temp} ← &{storage for u}:
./main.go:26:20:     from u (spill) at ./main.go:26:20
./main.go:26:20:     from slog.Any("user", u) (call parameter) at ./main.go:26:11
./main.go:26:20:   flow: {storage for ... argument} ← {temp}:
./main.go:26:20:     from ... argument (slice-literal-element) at ./main.go:24:17
./main.go:26:20:   flow: {heap} ← {storage for ... argument}:
./main.go:26:20:     from ... argument (spill) at ./main.go:24:17
./main.go:26:20:     from (*slog.Logger).LogAttrs(logger, context.Background(), slog.Level(0), "order", ... argument...) (call parameter) at ./main.go:24:17
./main.go:28:27: "table" escapes to heap in main:
./main.go:28:27:   flow: {storage for ... argument} ← &{storage for "table"}:
./main.go:28:27:     from "table" (spill) at ./main.go:28:27
./main.go:28:27:     from ... argument (slice-literal-element) at ./main.go:28:10
./main.go:28:27:   flow: {heap} ← {storage for ... argument}:
./main.go:28:27:     from ... argument (spill) at ./main.go:28:10
./main.go:28:27:     from (*slog.Logger).Error(db, "query failed", ... argument...) (call parameter) at ./main.go:28:10
./main.go:28:36: "orders" escapes to heap in main:
./main.go:28:36:   flow: {storage for ... argument} ← &{storage for "orders"}:
./main.go:28:36:     from "orders" (spill) at ./main.go:28:36
./main.go:28:36:     from ... argument (slice-literal-element) at ./main.go:28:10
./main.go:28:36:   flow: {heap} ← {storage for ... argument}:
./main.go:28:36:     from ... argument (spill) at ./main.go:28:10
./main.go:28:36:     from (*slog.Logger).Error(db, "query failed", ... argument...) (call parameter) at ./main.go:28:10
./main.go:28:46: "err" escapes to heap in main:
./main.go:28:46:   flow: {storage for ... argument} ← &{storage for "err"}:
./main.go:28:46:     from "err" (spill) at ./main.go:28:46
./main.go:28:46:     from ... argument (slice-literal-element) at ./main.go:28:10
./main.go:28:46:   flow: {heap} ← {storage for ... argument}:
./main.go:28:46:     from ... argument (spill) at ./main.go:28:10
./main.go:28:46:     from (*slog.Logger).Error(db, "query failed", ... argument...) (call parameter) at ./main.go:28:10
./main.go:23:13: ... argument does not escape
./main.go:23:23: "user" escapes to heap
./main.go:23:31: u escapes to heap
./main.go:24:17: ... argument does not escape
./main.go:25:13: ... argument does not escape
./main.go:25:31: slog.Int("items", 3) escapes to heap
./main.go:25:57: slog.Float64("total", 19.99) escapes to heap
./main.go:26:20: u escapes to heap
./main.go:28:10: ... argument does not escape
./main.go:28:27: "table" escapes to heap
./main.go:28:36: "orders" escapes to heap
./main.go:28:46: "err" escapes to heap
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
