./main.go:14:6: s escapes to heap in (*Duration).UnmarshalJSON:
./main.go:14:6:   flow: {heap} ← &s:
./main.go:14:6:     from &s (address-of) at ./main.go:15:30
./main.go:14:6:     from &s (interface-converted) at ./main.go:15:30
./main.go:14:6:     from json.Unmarshal(b, &s) (call parameter) at ./main.go:15:26
./main.go:13:34: parameter b leaks to {heap} for (*Duration).UnmarshalJSON with derefs=0:
./main.go:13:34:   flow: {heap} ← b:
./main.go:13:34:     from json.Unmarshal(b, &s) (call parameter) at ./main.go:15:26
./main.go:13:7: d does not escape
./main.go:13:34: leaking param: b
./main.go:14:6: moved to heap: s
./main.go:33:17: parameter data leaks to {heap} for loadConfig with derefs=0:
./main.go:33:17:   flow: {heap} ← data:
./main.go:33:17:     from json.Unmarshal(data, cfg) (call parameter) at ./main.go:35:26
./main.go:34:9: &Config{...} escapes to heap in loadConfig:
./main.go:34:9:   flow: cfg ← &{storage for &Config{...}}:
./main.go:34:9:     from &Config{...} (spill) at ./main.go:34:9
./main.go:34:9:     from cfg := &Config{...} (assign) at ./main.go:34:6
./main.go:34:9:   flow: {heap} ← cfg:
./main.go:34:9:     from cfg (interface-converted) at ./main.go:35:33
./main.go:34:9:     from json.Unmarshal(data, cfg) (call parameter) at ./main.go:35:26
./main.go:33:17: leaking param: data
./main.go:34:9: &Config{...} escapes to heap
./main.go:36:25: ... argument does not escape
./main.go:42:16: ([]byte)("{\"addr\":\":9000\",\"timeout\":\"1.5s\",\"labels\":{\"env\":\"dev\"}}") escapes to heap in main:
./main.go:42:16:   flow: raw ← &{storage for ([]byte)("{\"addr\":\":9000\",\"timeout\":\"1.5s\",\"labels\":{\"env\":\"dev\"}}")}:
./main.go:42:16:     from ([]byte)("{\"addr\":\":9000\",\"timeout\":\"1.5s\",\"labels\":{\"env\":\"dev\"}}") (spill) at ./main.go:42:16
./main.go:42:16:     from raw := ([]byte)("{\"addr\":\":9000\",\"timeout\":\"1.5s\",\"labels\":{\"env\":\"dev\"}}") (assign) at ./main.go:42:6
./main.go:42:16:   flow: {heap} ← raw:
./main.go:42:16:     from loadConfig(raw) (call parameter) at ./main.go:43:24
./main.go:48:17: cfg.Addr escapes to heap in main:
./main.go:48:17:   flow: {storage for ... argument} ← &{storage for cfg.Addr}:
./main.go:48:17:     from cfg.Addr (spill) at ./main.go:48:17
./main.go:48:17:     from ... argument (slice-literal-element) at ./main.go:48:13
./main.go:48:17:   flow: {heap} ← {storage for ... argument}:
./main.go:48:17:     from ... argument (spill) at ./main.go:48:13
./main.go:48:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:48:13
./main.go:48:43: time.Duration.Seconds(cfg.Timeout.Duration) escapes to heap in main:
./main.go:48:43:   flow: {storage for ... argument} ← &{storage for time.Duration.Seconds(cfg.Timeout.Duration)}:
./main.go:48:43:     from time.Duration.Seconds(cfg.Timeout.Duration) (spill) at ./main.go:48:43
./main.go:48:43:     from ... argument (slice-literal-element) at ./main.go:48:13
./main.go:48:43:   flow: {heap} ← {storage for ... argument}:
./main.go:48:43:     from ... argument (spill) at ./main.go:48:13
./main.go:48:43:     from fmt.Println(... argument...) (call parameter) at ./main.go:48:13
./main.go:48:50: cfg.Replicas escapes to heap in main:
./main.go:48:50:   flow: {storage for ... argument} ← &{storage for cfg.Replicas}:
./main.go:48:50:     from cfg.Replicas (spill) at ./main.go:48:50
./main.go:48:50:     from ... argument (slice-literal-element) at ./main.go:48:13
./main.go:48:50:   flow: {heap} ← {storage for ... argument}:
./main.go:48:50:     from ... argument (spill) at ./main.go:48:13
./main.go:48:50:     from fmt.Println(... argument...) (call parameter) at ./main.go:48:13
./main.go:48:71: cfg.Labels["env"] escapes to heap in main:
./main.go:48:71:   flow: {storage for ... argument} ← &{storage for cfg.Labels["env"]}:
./main.go:48:71:     from cfg.Labels["env"] (spill) at ./main.go:48:71
./main.go:48:71:     from ... argument (slice-literal-element) at ./main.go:48:13
./main.go:48:71:   flow: {heap} ← {storage for ... argument}:
./main.go:48:71:     from ... argument (spill) at ./main.go:48:13
./main.go:48:71:     from fmt.Println(... argument...) (call parameter) at ./main.go:48:13
./main.go:42:16: ([]byte)("{\"addr\":\":9000\",\"timeout\":\"1.5s\",\"labels\":{\"env\":\"dev\"}}") escapes to heap
./main.go:45:15: ... argument does not escape
./main.go:48:13: ... argument does not escape
./main.go:48:17: cfg.Addr escapes to heap
./main.go:48:43: time.Duration.Seconds(cfg.Timeout.Duration) escapes to heap
./main.go:48:50: cfg.Replicas escapes to heap
./main.go:48:71: cfg.Labels["env"] escapes to heap
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
