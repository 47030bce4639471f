./main.go:19:16: parameter args leaks to {heap} for parseArgs with derefs=0:
./main.go:19:16:   flow: {heap} ← args:
./main.go:19:16:     from (*flag.FlagSet).Parse(fs, args) (call parameter) at ./main.go:26:20
./main.go:20:10: &options{} escapes to heap in parseArgs:
./main.go:20:10:   flow: opts ← &{storage for &options{}}:
./main.go:20:10:     from &options{} (spill) at ./main.go:20:10
./main.go:20:10:     from opts := &options{} (assign) at ./main.go:20:7
./main.go:20:10:   flow: {heap} ← opts:
./main.go:20:10:     from opts.verbose (dot of pointer) at ./main.go:22:18
./main.go:20:10:     from &opts.verbose (address-of) at ./main.go:22:13
./main.go:20:10:     from (*flag.FlagSet).BoolVar(fs, &opts.verbose, "v", false, "verbose output") (call parameter) at ./main.go:22:12
./main.go:19:16: leaking param: args
./main.go:20:10: &options{} escapes to heap
./main.go:36:39: []string{...} escapes to heap in main:
./main.go:36:39:   flow: {heap} ← &{storage for []string{...}}:
./main.go:36:39:     from []string{...} (spill) at ./main.go:36:39
./main.go:36:39:     from parseArgs([]string{...}) (call parameter) at ./main.go:36:30
./main.go:41:18: opts.verbose escapes to heap in main:
./main.go:41:18:   flow: {storage for ... argument} ← &{storage for opts.verbose}:
./main.go:41:18:     from opts.verbose (spill) at ./main.go:41:18
./main.go:41:18:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:18:   flow: {heap} ← {storage for ... argument}:
./main.go:41:18:     from ... argument (spill) at ./main.go:41:13
./main.go:41:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:41:32: opts.workers escapes to heap in main:
./main.go:41:32:   flow: {storage for ... argument} ← &{storage for opts.workers}:
./main.go:41:32:     from opts.workers (spill) at ./main.go:41:32
./main.go:41:32:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:32:   flow: {heap} ← {storage for ... argument}:
./main.go:41:32:     from ... argument (spill) at ./main.go:41:13
./main.go:41:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:41:46: opts.timeout escapes to heap in main:
./main.go:41:46:   flow: {storage for ... argument} ← &{storage for opts.timeout}:
./main.go:41:46:     from opts.timeout (spill) at ./main.go:41:46
./main.go:41:46:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:46:   flow: {heap} ← {storage for ... argument}:
./main.go:41:46:     from ... argument (spill) at ./main.go:41:13
./main.go:41:46:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:41:60: opts.tags escapes to heap in main:
./main.go:41:60:   flow: {storage for ... argument} ← &{storage for opts.tags}:
./main.go:41:60:     from opts.tags (spill) at ./main.go:41:60
./main.go:41:60:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:60:   flow: {heap} ← {storage for ... argument}:
./main.go:41:60:     from ... argument (spill) at ./main.go:41:13
./main.go:41:60:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:41:67: rest escapes to heap in main:
./main.go:41:67:   flow: {storage for ... argument} ← &{storage for rest}:
./main.go:41:67:     from rest (spill) at ./main.go:41:67
./main.go:41:67:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:67:   flow: {heap} ← {storage for ... argument}:
./main.go:41:67:     from ... argument (spill) at ./main.go:41:13
./main.go:41:67:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:36:39: []string{...} escapes to heap
./main.go:38:15: ... argument does not escape
./main.go:41:13: ... argument does not escape
./main.go:41:18: opts.verbose escapes to heap
./main.go:41:32: opts.workers escapes to heap
./main.go:41:46: opts.timeout escapes to heap
./main.go:41:60: opts.tags escapes to heap
./main.go:41:67: rest escapes to heap
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
