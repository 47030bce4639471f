./main.go:21:6: out escapes to heap in run:
./main.go:21:6:   flow: {heap} ← &out:
./main.go:21:6:     from &out (address-of) at ./main.go:22:15
./main.go:21:6:     from &out (interface-converted) at ./main.go:22:15
./main.go:21:6:     from cmd.Stdout = &out (assign) at ./main.go:22:13
./main.go:21:11: errb escapes to heap in run:
./main.go:21:11:   flow: {heap} ← &errb:
./main.go:21:11:     from &errb (address-of) at ./main.go:23:15
./main.go:21:11:     from &errb (interface-converted) at ./main.go:23:15
./main.go:21:11:     from cmd.Stderr = &errb (assign) at ./main.go:23:13
./main.go:26:6: ee escapes to heap in run:
./main.go:26:6:   flow: {heap} ← &ee:
./main.go:26:6:     from &ee (address-of) at ./main.go:27:20
./main.go:26:6:     from &ee (interface-converted) at ./main.go:27:20
./main.go:26:6:     from errors.As(err, &ee) (call parameter) at ./main.go:27:14
./main.go:19:10: parameter ctx leaks to {heap} for run with derefs=0:
./main.go:19:10:   flow: {heap} ← ctx:
./main.go:19:10:     from exec.CommandContext(ctx, name, args...) (call parameter) at ./main.go:20:28
./main.go:19:31: parameter name leaks to {heap} for run with derefs=0:
./main.go:19:31:   flow: {heap} ← name:
./main.go:19:31:     from exec.CommandContext(ctx, name, args...) (call parameter) at ./main.go:20:28
./main.go:19:44: parameter args leaks to {heap} for run with derefs=1:
./main.go:19:44:   flow: {heap} ← *args:
./main.go:19:44:     from exec.CommandContext(ctx, name, args...) (call parameter) at ./main.go:20:28
./main.go:29:43: name escapes to heap in run:
./main.go:29:43:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:29:43:     from name (spill) at ./main.go:29:43
./main.go:29:43:     from ... argument (slice-literal-element) at ./main.go:29:25
./main.go:29:43:   flow: {heap} ← {storage for ... argument}:
./main.go:29:43:     from ... argument (spill) at ./main.go:29:25
./main.go:29:43:     from fmt.Errorf("%s failed: %s", ... argument...) (call parameter) at ./main.go:29:25
./main.go:29:66: strings.TrimSpace((*bytes.Buffer).String(errb)) escapes to heap in run:
./main.go:29:66:   flow: {storage for ... argument} ← &{storage for strings.TrimSpace((*bytes.Buffer).String(errb))}:
./main.go:29:66:     from strings.TrimSpace((*bytes.Buffer).String(errb)) (spill) at ./main.go:29:66
./main.go:29:66:     from ... argument (slice-literal-element) at ./main.go:29:25
./main.go:29:66:   flow: {heap} ← {storage for ... argument}:
./main.go:29:66:     from ... argument (spill) at ./main.go:29:25
./main.go:29:66:     from fmt.Errorf("%s failed: %s", ... argument...) (call parameter) at ./main.go:29:25
./main.go:19:31: parameter name leaks to {storage for name} for run with derefs=0:
./main.go:19:31:   flow: {storage for name} ← name:
./main.go:19:31:     from name (interface-converted) at ./main.go:29:43
./main.go:19:10: leaking param: ctx
./main.go:19:31: leaking param: name
./main.go:19:44: leaking param content: args
./main.go:21:6: moved to heap: out
./main.go:21:11: moved to heap: errb
./main.go:26:6: moved to heap: ee
./main.go:29:25: ... argument does not escape
./main.go:29:43: name escapes to heap
./main.go:29:66: strings.TrimSpace((*bytes.Buffer).String(errb)) escapes to heap
./main.go:38:15: "no echo:" escapes to heap in main:
./main.go:38:15:   flow: {storage for ... argument} ← &{storage for "no echo:"}:
./main.go:38:15:     from "no echo:" (spill) at ./main.go:38:15
./main.go:38:15:     from ... argument (slice-literal-element) at ./main.go:38:14
./main.go:38:15:   flow: {heap} ← {storage for ... argument}:
./main.go:38:15:     from ... argument (spill) at ./main.go:38:14
./main.go:38:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:14
./main.go:42:15: r.Stdout escapes to heap in main:
./main.go:42:15:   flow: {storage for ... argument} ← &{storage for r.Stdout}:
./main.go:42:15:     from r.Stdout (spill) at ./main.go:42:15
./main.go:42:15:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:15:   flow: {heap} ← {storage for ... argument}:
./main.go:42:15:     from ... argument (spill) at ./main.go:42:13
./main.go:42:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:42:25: r.ExitCode escapes to heap in main:
./main.go:42:25:   flow: {storage for ... argument} ← &{storage for r.ExitCode}:
./main.go:42:25:     from r.ExitCode (spill) at ./main.go:42:25
./main.go:42:25:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:25:   flow: {heap} ← {storage for ... argument}:
./main.go:42:25:     from ... argument (spill) at ./main.go:42:13
./main.go:42:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:44:18: err != nil escapes to heap in main:
./main.go:44:18:   flow: {storage for ... argument} ← &{storage for err != nil}:
./main.go:44:18:     from err != nil (spill) at ./main.go:44:18
./main.go:44:18:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:18:   flow: {heap} ← {storage for ... argument}:
./main.go:44:18:     from ... argument (spill) at ./main.go:44:13
./main.go:44:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:38:14: ... argument does not escape
./main.go:38:15: "no echo:" escapes to heap
./main.go:41:15: ... argument does not escape
./main.go:42:13: ... argument does not escape
./main.go:42:15: r.Stdout escapes to heap
./main.go:42:25: r.ExitCode escapes to heap
./main.go:44:13: ... argument does not escape
./main.go:44:18: err != nil escapes to heap
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
