./main.go:15:21: parameter key leaks to {heap} for Env.String with derefs=0:
./main.go:15:21:   flow: {heap} ← key:
./main.go:15:21:     from e.lookup(key) (call parameter) at ./main.go:16:22
./main.go:15:26: parameter def leaks to ~r0 for Env.String with derefs=0:
./main.go:15:26:   flow: ~r0 ← def:
./main.go:15:26:     from return def (return) at ./main.go:19:2
./main.go:15:7: e does not escape
./main.go:15:21: leaking param: key
./main.go:15:26: leaking param: def to result ~r0 level=0
./main.go:22:18: parameter key leaks to {heap} for Env.Int with derefs=0:
./main.go:22:18:   flow: {heap} ← key:
./main.go:22:18:     from e.lookup(key) (call parameter) at ./main.go:23:19
./main.go:29:63: key escapes to heap in Env.Int:
./main.go:29:63:   flow: {storage for ... argument} ← &{storage for key}:
./main.go:29:63:     from key (spill) at ./main.go:29:63
./main.go:29:63:     from ... argument (slice-literal-element) at ./main.go:29:14
./main.go:29:63:   flow: {heap} ← {storage for ... argument}:
./main.go:29:63:     from ... argument (spill) at ./main.go:29:14
./main.go:29:63:     from fmt.Fprintf(os.Stderr, "%s=%q is not a number, using %d\n", ... argument...) (call parameter) at ./main.go:29:14
./main.go:29:68: v escapes to heap in Env.Int:
./main.go:29:68:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:29:68:     from v (spill) at ./main.go:29:68
./main.go:29:68:     from ... argument (slice-literal-element) at ./main.go:29:14
./main.go:29:68:   flow: {heap} ← {storage for ... argument}:
./main.go:29:68:     from ... argument (spill) at ./main.go:29:14
./main.go:29:68:     from fmt.Fprintf(os.Stderr, "%s=%q is not a number, using %d\n", ... argument...) (call parameter) at ./main.go:29:14
./main.go:29:71: def escapes to heap in Env.Int:
./main.go:29:71:   flow: {storage for ... argument} ← &{storage for def}:
./main.go:29:71:     from def (spill) at ./main.go:29:71
./main.go:29:71:     from ... argument (slice-literal-element) at ./main.go:29:14
./main.go:29:71:   flow: {heap} ← {storage for ... argument}:
./main.go:29:71:     from ... argument (spill) at ./main.go:29:14
./main.go:29:71:     from fmt.Fprintf(os.Stderr, "%s=%q is not a number, using %d\n", ... argument...) (call parameter) at ./main.go:29:14
./main.go:22:18: parameter key leaks to {storage for key} for Env.Int with derefs=0:
./main.go:22:18:   flow: {storage for key} ← key:
./main.go:22:18:     from key (interface-converted) at ./main.go:29:63
./main.go:22:7: e does not escape
./main.go:22:18: leaking param: key
./main.go:29:14: ... argument does not escape
./main.go:29:63: key escapes to heap
./main.go:29:68: v escapes to heap
./main.go:29:71: def escapes to heap
./main.go:38:2: main capturing by value: fake (addr=false assign=false width=8)
./main.go:37:22: Env.String(e, "APP_NAME", "demo") escapes to heap in main:
./main.go:37:22:   flow: {storage for ... argument} ← &{storage for Env.String(e, "APP_NAME", "demo")}:
./main.go:37:22:     from Env.String(e, "APP_NAME", "demo") (spill) at ./main.go:37:22
./main.go:37:22:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:22:   flow: {heap} ← {storage for ... argument}:
./main.go:37:22:     from ... argument (spill) at ./main.go:37:13
./main.go:37:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:37:49: Env.Int(e, "APP_WORKERS", 4) escapes to heap in main:
./main.go:37:49:   flow: {storage for ... argument} ← &{storage for Env.Int(e, "APP_WORKERS", 4)}:
./main.go:37:49:     from Env.Int(e, "APP_WORKERS", 4) (spill) at ./main.go:37:49
./main.go:37:49:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:49:   flow: {heap} ← {storage for ... argument}:
./main.go:37:49:     from ... argument (spill) at ./main.go:37:13
./main.go:37:49:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:40:19: Env.Int(f, "APP_WORKERS", 2) escapes to heap in main:
./main.go:40:19:   flow: {storage for ... argument} ← &{storage for Env.Int(f, "APP_WORKERS", 2)}:
./main.go:40:19:     from Env.Int(f, "APP_WORKERS", 2) (spill) at ./main.go:40:19
./main.go:40:19:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:19:   flow: {heap} ← {storage for ... argument}:
./main.go:40:19:     from ... argument (spill) at ./main.go:40:13
./main.go:40:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:42:27: len(os.Args) > 0 escapes to heap in main:
./main.go:42:27:   flow: {storage for ... argument} ← &{storage for len(os.Args) > 0}:
./main.go:42:27:     from len(os.Args) > 0 (spill) at ./main.go:42:27
./main.go:42:27:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:27:   flow: {heap} ← {storage for ... argument}:
./main.go:42:27:     from ... argument (spill) at ./main.go:42:13
./main.go:42:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:42:37: host != "" escapes to heap in main:
./main.go:42:37:   flow: {storage for ... argument} ← &{storage for host != ""}:
./main.go:42:37:     from host != "" (spill) at ./main.go:42:37
./main.go:42:37:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:37:   flow: {heap} ← {storage for ... argument}:
./main.go:42:37:     from ... argument (spill) at ./main.go:42:13
./main.go:42:37:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:42:60: strings.Contains(os.ExpandEnv("$HOME"), "/") escapes to heap in main:
./main.go:42:60:   flow: {storage for ... argument} ← &{storage for strings.Contains(os.ExpandEnv("$HOME"), "/")}:
./main.go:42:60:     from strings.Contains(os.ExpandEnv("$HOME"), "/") (spill) at ./main.go:42:60
./main.go:42:60:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:60:   flow: {heap} ← {storage for ... argument}:
./main.go:42:60:     from ... argument (spill) at ./main.go:42:13
./main.go:42:60:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:39:24: k does not escape
./main.go:37:13: ... argument does not escape
./main.go:37:22: Env.String(e, "APP_NAME", "demo") escapes to heap
./main.go:37:49: Env.Int(e, "APP_WORKERS", 4) escapes to heap
./main.go:38:27: map[string]string{...} does not escape
./main.go:39:19: func literal does not escape
./main.go:40:13: ... argument does not escape
./main.go:40:19: Env.Int(f, "APP_WORKERS", 2) escapes to heap
./main.go:42:13: ... argument does not escape
./main.go:42:27: len(os.Args) > 0 escapes to heap
./main.go:42:37: host != "" escapes to heap
./main.go:42:60: strings.Contains(os.ExpandEnv("$HOME"), "/") escapes to heap
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
./main.go:22:18: parameter key leaks to {heap} for (*Env).Int with derefs=0:
./main.go:22:18:   flow: {heap} ← key:
./main.go:22:18:     from Env.Int(e, key, def) (call parameter) at <autogenerated>:1
./main.go:15:21: parameter key leaks to {heap} for (*Env).String with derefs=0:
./main.go:15:21:   flow: {heap} ← key:
./main.go:15:21:     from Env.String(e, key, def) (call parameter) at <autogenerated>:1
./main.go:15:26: parameter def leaks to ~r0 for (*Env).String with derefs=0:
./main.go:15:26:   flow: ~r0 ← def:
./main.go:15:26:     from Env.String(e, key, def) (call parameter) at <autogenerated>:1
./main.go:15:26:     from return Env.String(e, key, def) (return) at <autogenerated>:1
