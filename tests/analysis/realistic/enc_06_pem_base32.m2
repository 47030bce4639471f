./main.go:22:15: b.Type escapes to heap in main:
./main.go:22:15:   flow: {storage for ... argument} ← &{storage for b.Type}:
./main.go:22:15:     from b.Type (spill) at ./main.go:22:15
./main.go:22:15:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:15:   flow: {heap} ← {storage for ... argument}:
./main.go:22:15:     from ... argument (spill) at ./main.go:22:13
./main.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:31: b.Headers["Animal"] escapes to heap in main:
./main.go:22:31:   flow: {storage for ... argument} ← &{storage for b.Headers["Animal"]}:
./main.go:22:31:     from b.Headers["Animal"] (spill) at ./main.go:22:31
./main.go:22:31:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:31:   flow: {heap} ← {storage for ... argument}:
./main.go:22:31:     from ... argument (spill) at ./main.go:22:13
./main.go:22:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:49: string(b.Bytes) escapes to heap in main:
./main.go:22:49:   flow: {storage for ... argument} ← &{storage for string(b.Bytes)}:
./main.go:22:49:     from string(b.Bytes) (spill) at ./main.go:22:49
./main.go:22:49:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:49:   flow: {heap} ← {storage for ... argument}:
./main.go:22:49:     from ... argument (spill) at ./main.go:22:13
./main.go:22:49:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:63: len(rest) escapes to heap in main:
./main.go:22:63:   flow: {storage for ... argument} ← &{storage for len(rest)}:
./main.go:22:63:     from len(rest) (spill) at ./main.go:22:63
./main.go:22:63:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:63:   flow: {heap} ← {storage for ... argument}:
./main.go:22:63:     from ... argument (spill) at ./main.go:22:13
./main.go:22:63:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:27:14: s escapes to heap in main:
./main.go:27:14:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:27:14:     from s (spill) at ./main.go:27:14
./main.go:27:14:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:14:   flow: {heap} ← {storage for ... argument}:
./main.go:27:14:     from ... argument (spill) at ./main.go:27:13
./main.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:29:20: string(dec) escapes to heap in main:
./main.go:29:20:   flow: {storage for ... argument} ← &{storage for string(dec)}:
./main.go:29:20:     from string(dec) (spill) at ./main.go:29:20
./main.go:29:20:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:20:   flow: {heap} ← {storage for ... argument}:
./main.go:29:20:     from ... argument (spill) at ./main.go:29:13
./main.go:29:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:29:21: string(dec) escapes to heap in main:
./main.go:29:21:   flow: {storage for string(dec)} ← &{storage for string(dec)}:
./main.go:29:21:     from string(dec) (spill) at ./main.go:29:21
./main.go:29:21:     from string(dec) (interface-converted) at ./main.go:29:20
./main.go:22:51: string(b.Bytes) escapes to heap in main:
./main.go:22:51:   flow: {storage for string(b.Bytes)} ← &{storage for string(b.Bytes)}:
./main.go:22:51:     from string(b.Bytes) (spill) at ./main.go:22:51
./main.go:22:51:     from string(b.Bytes) (interface-converted) at ./main.go:22:49
./main.go:12:11: &pem.Block{...} does not escape
./main.go:14:29: map[string]string{...} does not escape
./main.go:15:19: ([]byte)("test message for pem encoding") does not escape
./main.go:15:19: zero-copy string->[]byte conversion
./main.go:22:13: ... argument does not escape
./main.go:22:15: b.Type escapes to heap
./main.go:22:31: b.Headers["Animal"] escapes to heap
./main.go:22:49: string(b.Bytes) escapes to heap
./main.go:22:51: string(b.Bytes) escapes to heap
./main.go:22:63: len(rest) escapes to heap
./main.go:24:19: ([]byte)("12345678901234567890") does not escape
./main.go:24:19: zero-copy string->[]byte conversion
./main.go:27:13: ... argument does not escape
./main.go:27:14: s escapes to heap
./main.go:29:13: ... argument does not escape
./main.go:29:20: string(dec) escapes to heap
./main.go:29:21: string(dec) escapes to heap
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
