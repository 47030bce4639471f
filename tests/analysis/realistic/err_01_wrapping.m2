./main.go:15:71: e.Kind + " " + e.Name + " not found" escapes to heap in (*NotFoundError).Error:
./main.go:15:71:   flow: ~r0 ← &{storage for e.Kind + " " + e.Name + " not found"}:
./main.go:15:71:     from e.Kind + " " + e.Name + " not found" (spill) at ./main.go:15:71
./main.go:15:71:     from return e.Kind + " " + e.Name + " not found" (return) at ./main.go:15:42
./main.go:15:7: e does not escape
./main.go:15:71: e.Kind + " " + e.Name + " not found" escapes to heap
./main.go:23:39: "/nonexistent/" + name escapes to heap in loadProfile:
./main.go:23:39:   flow: {heap} ← &{storage for "/nonexistent/" + name}:
./main.go:23:39:     from "/nonexistent/" + name (spill) at ./main.go:23:39
./main.go:23:39:     from os.Stat("/nonexistent/" + name) (call parameter) at ./main.go:23:22
./main.go:21:36: name escapes to heap in loadProfile:
./main.go:21:36:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:21:36:     from name (spill) at ./main.go:21:36
./main.go:21:36:     from ... argument (slice-literal-element) at ./main.go:21:20
./main.go:21:36:   flow: {heap} ← {storage for ... argument}:
./main.go:21:36:     from ... argument (spill) at ./main.go:21:20
./main.go:21:36:     from fmt.Errorf("load %s: %w", ... argument...) (call parameter) at ./main.go:21:20
./main.go:24:36: name escapes to heap in loadProfile:
./main.go:24:36:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:24:36:     from name (spill) at ./main.go:24:36
./main.go:24:36:     from ... argument (slice-literal-element) at ./main.go:24:20
./main.go:24:36:   flow: {heap} ← {storage for ... argument}:
./main.go:24:36:     from ... argument (spill) at ./main.go:24:20
./main.go:24:36:     from fmt.Errorf("load %s: %w", ... argument...) (call parameter) at ./main.go:24:20
./main.go:24:42: &NotFoundError{...} escapes to heap in loadProfile:
./main.go:24:42:   flow: {storage for ... argument} ← &{storage for &NotFoundError{...}}:
./main.go:24:42:     from &NotFoundError{...} (spill) at ./main.go:24:42
./main.go:24:42:     from &NotFoundError{...} (interface-converted) at ./main.go:24:42
./main.go:24:42:     from ... argument (slice-literal-element) at ./main.go:24:20
./main.go:24:42:   flow: {heap} ← {storage for ... argument}:
./main.go:24:42:     from ... argument (spill) at ./main.go:24:20
./main.go:24:42:     from fmt.Errorf("load %s: %w", ... argument...) (call parameter) at ./main.go:24:20
./main.go:19:18: parameter name leaks to {storage for &NotFoundError{...}} for loadProfile with derefs=0:
./main.go:19:18:   flow: {storage for &NotFoundError{...}} ← name:
./main.go:19:18:     from NotFoundError{...} (struct literal element) at ./main.go:24:56
./main.go:19:18: parameter name leaks to {storage for name} for loadProfile with derefs=0:
./main.go:19:18:   flow: {storage for name} ← name:
./main.go:19:18:     from name (interface-converted) at ./main.go:24:36
./main.go:19:18: parameter name leaks to {storage for name} for loadProfile with derefs=0:
./main.go:19:18:   flow: {storage for name} ← name:
./main.go:19:18:     from name (interface-converted) at ./main.go:21:36
./main.go:19:18: leaking param: name
./main.go:21:20: ... argument does not escape
./main.go:21:36: name escapes to heap
./main.go:23:39: "/nonexistent/" + name escapes to heap
./main.go:24:20: ... argument does not escape
./main.go:24:36: name escapes to heap
./main.go:24:42: &NotFoundError{...} escapes to heap
./main.go:32:7: nf escapes to heap in main:
./main.go:32:7:   flow: {heap} ← &nf:
./main.go:32:7:     from &nf (address-of) at ./main.go:36:23
./main.go:32:7:     from &nf (interface-converted) at ./main.go:36:23
./main.go:32:7:     from errors.As(err, &nf) (call parameter) at ./main.go:36:17
./main.go:35:16: "denied:" escapes to heap in main:
./main.go:35:16:   flow: {storage for ... argument} ← &{storage for "denied:"}:
./main.go:35:16:     from "denied:" (spill) at ./main.go:35:16
./main.go:35:16:     from ... argument (slice-literal-element) at ./main.go:35:15
./main.go:35:16:   flow: {heap} ← {storage for ... argument}:
./main.go:35:16:     from ... argument (spill) at ./main.go:35:15
./main.go:35:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:35:15
./main.go:37:16: "missing" escapes to heap in main:
./main.go:37:16:   flow: {storage for ... argument} ← &{storage for "missing"}:
./main.go:37:16:     from "missing" (spill) at ./main.go:37:16
./main.go:37:16:     from ... argument (slice-literal-element) at ./main.go:37:15
./main.go:37:16:   flow: {heap} ← {storage for ... argument}:
./main.go:37:16:     from ... argument (spill) at ./main.go:37:15
./main.go:37:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:15
./main.go:37:29: nf.Kind escapes to heap in main:
./main.go:37:29:   flow: {storage for ... argument} ← &{storage for nf.Kind}:
./main.go:37:29:     from nf.Kind (spill) at ./main.go:37:29
./main.go:37:29:     from ... argument (slice-literal-element) at ./main.go:37:15
./main.go:37:29:   flow: {heap} ← {storage for ... argument}:
./main.go:37:29:     from ... argument (spill) at ./main.go:37:15
./main.go:37:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:15
./main.go:37:36: ":" escapes to heap in main:
./main.go:37:36:   flow: {storage for ... argument} ← &{storage for ":"}:
./main.go:37:36:     from ":" (spill) at ./main.go:37:36
./main.go:37:36:     from ... argument (slice-literal-element) at ./main.go:37:15
./main.go:37:36:   flow: {heap} ← {storage for ... argument}:
./main.go:37:36:     from ... argument (spill) at ./main.go:37:15
./main.go:37:36:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:15
./main.go:39:16: "ok" escapes to heap in main:
./main.go:39:16:   flow: {storage for ... argument} ← &{storage for "ok"}:
./main.go:39:16:     from "ok" (spill) at ./main.go:39:16
./main.go:39:16:     from ... argument (slice-literal-element) at ./main.go:39:15
./main.go:39:16:   flow: {heap} ← {storage for ... argument}:
./main.go:39:16:     from ... argument (spill) at ./main.go:39:15
./main.go:39:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:15
./main.go:43:23: errors.Is(err, fs.ErrNotExist) escapes to heap in main:
./main.go:43:23:   flow: {storage for ... argument} ← &{storage for errors.Is(err, fs.ErrNotExist)}:
./main.go:43:23:     from errors.Is(err, fs.ErrNotExist) (spill) at ./main.go:43:23
./main.go:43:23:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:23:   flow: {heap} ← {storage for ... argument}:
./main.go:43:23:     from ... argument (spill) at ./main.go:43:13
./main.go:43:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:65: errors.Unwrap(err) != nil escapes to heap in main:
./main.go:43:65:   flow: {storage for ... argument} ← &{storage for errors.Unwrap(err) != nil}:
./main.go:43:65:     from errors.Unwrap(err) != nil (spill) at ./main.go:43:65
./main.go:43:65:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:65:   flow: {heap} ← {storage for ... argument}:
./main.go:43:65:     from ... argument (spill) at ./main.go:43:13
./main.go:43:65:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:32:7: moved to heap: nf
./main.go:30:28: []string{...} does not escape
./main.go:35:15: ... argument does not escape
./main.go:35:16: "denied:" escapes to heap
./main.go:37:15: ... argument does not escape
./main.go:37:16: "missing" escapes to heap
./main.go:37:29: nf.Kind escapes to heap
./main.go:37:36: ":" escapes to heap
./main.go:39:15: ... argument does not escape
./main.go:39:16: "ok" escapes to heap
./main.go:43:13: ... argument does not escape
./main.go:43:23: errors.Is(err, fs.ErrNotExist) escapes to heap
./main.go:43:65: errors.Unwrap(err) != nil escapes to heap
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
