./main.go:19:2: newCommands capturing by value: priority (addr=false assign=false width=8)
./main.go:21:2: newCommands capturing by value: all (addr=false assign=false width=8)
./main.go:27:16: "adding" escapes to heap in newCommands.func1:
./main.go:27:16:   flow: {storage for ... argument} ← &{storage for "adding"}:
./main.go:27:16:     from "adding" (spill) at ./main.go:27:16
./main.go:27:16:     from ... argument (slice-literal-element) at ./main.go:27:15
./main.go:27:16:   flow: {heap} ← {storage for ... argument}:
./main.go:27:16:     from ... argument (spill) at ./main.go:27:15
./main.go:27:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:15
./main.go:27:30: args[0] escapes to heap in newCommands.func1:
./main.go:27:30:   flow: {storage for ... argument} ← &{storage for args[0]}:
./main.go:27:30:     from args[0] (spill) at ./main.go:27:30
./main.go:27:30:     from ... argument (slice-literal-element) at ./main.go:27:15
./main.go:27:30:   flow: {heap} ← {storage for ... argument}:
./main.go:27:30:     from ... argument (spill) at ./main.go:27:15
./main.go:27:30:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:15
./main.go:27:35: "priority" escapes to heap in newCommands.func1:
./main.go:27:35:   flow: {storage for ... argument} ← &{storage for "priority"}:
./main.go:27:35:     from "priority" (spill) at ./main.go:27:35
./main.go:27:35:     from ... argument (slice-literal-element) at ./main.go:27:15
./main.go:27:35:   flow: {heap} ← {storage for ... argument}:
./main.go:27:35:     from ... argument (spill) at ./main.go:27:15
./main.go:27:35:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:15
./main.go:27:47: *priority escapes to heap in newCommands.func1:
./main.go:27:47:   flow: {storage for ... argument} ← &{storage for *priority}:
./main.go:27:47:     from *priority (spill) at ./main.go:27:47
./main.go:27:47:     from ... argument (slice-literal-element) at ./main.go:27:15
./main.go:27:47:   flow: {heap} ← {storage for ... argument}:
./main.go:27:47:     from ... argument (spill) at ./main.go:27:15
./main.go:27:47:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:15
./main.go:31:16: "listing, all =" escapes to heap in newCommands.func2:
./main.go:31:16:   flow: {storage for ... argument} ← &{storage for "listing, all ="}:
./main.go:31:16:     from "listing, all =" (spill) at ./main.go:31:16
./main.go:31:16:     from ... argument (slice-literal-element) at ./main.go:31:15
./main.go:31:16:   flow: {heap} ← {storage for ... argument}:
./main.go:31:16:     from ... argument (spill) at ./main.go:31:15
./main.go:31:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:15
./main.go:31:34: *all escapes to heap in newCommands.func2:
./main.go:31:34:   flow: {storage for ... argument} ← &{storage for *all}:
./main.go:31:34:     from *all (spill) at ./main.go:31:34
./main.go:31:34:     from ... argument (slice-literal-element) at ./main.go:31:15
./main.go:31:34:   flow: {heap} ← {storage for ... argument}:
./main.go:31:34:     from ... argument (spill) at ./main.go:31:15
./main.go:31:34:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:15
./main.go:23:23: parameter args leaks to {storage for args[0]} for newCommands.func1 with derefs=1:
./main.go:23:23:   flow: {storage for args[0]} ← *args:
./main.go:23:23:     from args[0] (dot of pointer) at ./main.go:27:30
./main.go:23:23:     from args[0] (interface-converted) at ./main.go:27:30
./main.go:22:19: []*command{...} escapes to heap in newCommands:
./main.go:22:19:   flow: ~r0 ← &{storage for []*command{...}}:
./main.go:22:19:     from []*command{...} (spill) at ./main.go:22:19
./main.go:22:19:     from return []*command{...} (return) at ./main.go:22:2
./main.go:23:3: &command{...} escapes to heap in newCommands:
./main.go:23:3:   flow: {storage for []*command{...}} ← &{storage for &command{...}}:
./main.go:23:3:     from &command{...} (spill) at ./main.go:23:3
./main.go:23:3:     from []*command{...} (slice-literal-element) at ./main.go:22:19
./main.go:30:3: &command{...} escapes to heap in newCommands:
./main.go:30:3:   flow: {storage for []*command{...}} ← &{storage for &command{...}}:
./main.go:30:3:     from &command{...} (spill) at ./main.go:30:3
./main.go:30:3:     from []*command{...} (slice-literal-element) at ./main.go:22:19
./main.go:30:20: func literal escapes to heap in newCommands:
./main.go:30:20:   flow: {storage for &command{...}} ← &{storage for func literal}:
./main.go:30:20:     from func literal (spill) at ./main.go:30:20
./main.go:30:20:     from command{...} (struct literal element) at ./main.go:30:3
./main.go:23:18: func literal escapes to heap in newCommands:
./main.go:23:18:   flow: {storage for &command{...}} ← &{storage for func literal}:
./main.go:23:18:     from func literal (spill) at ./main.go:23:18
./main.go:23:18:     from command{...} (struct literal element) at ./main.go:23:3
./main.go:23:23: leaking param content: args
./main.go:30:25: args does not escape
./main.go:22:19: []*command{...} escapes to heap
./main.go:23:3: &command{...} escapes to heap
./main.go:23:18: func literal escapes to heap
./main.go:27:15: ... argument does not escape
./main.go:27:16: "adding" escapes to heap
./main.go:27:30: args[0] escapes to heap
./main.go:27:35: "priority" escapes to heap
./main.go:27:47: *priority escapes to heap
./main.go:30:3: &command{...} escapes to heap
./main.go:30:20: func literal escapes to heap
./main.go:31:15: ... argument does not escape
./main.go:31:16: "listing, all =" escapes to heap
./main.go:31:34: *all escapes to heap
./main.go:37:15: parameter args leaks to {heap} for dispatch with derefs=0:
./main.go:37:15:   flow: {heap} ← args:
./main.go:37:15:     from args[1:] (slice) at ./main.go:43:29
./main.go:37:15:     from (*flag.FlagSet).Parse(c.fs, args[1:]) (call parameter) at ./main.go:43:24
./main.go:49:46: args[0] escapes to heap in dispatch:
./main.go:49:46:   flow: {storage for ... argument} ← &{storage for args[0]}:
./main.go:49:46:     from args[0] (spill) at ./main.go:49:46
./main.go:49:46:     from ... argument (slice-literal-element) at ./main.go:49:19
./main.go:49:46:   flow: {heap} ← {storage for ... argument}:
./main.go:49:46:     from ... argument (spill) at ./main.go:49:19
./main.go:49:46:     from fmt.Errorf("unknown command %q", ... argument...) (call parameter) at ./main.go:49:19
./main.go:37:15: parameter args leaks to {storage for args[0]} for dispatch with derefs=1:
./main.go:37:15:   flow: {storage for args[0]} ← *args:
./main.go:37:15:     from args[0] (dot of pointer) at ./main.go:49:46
./main.go:37:15:     from args[0] (interface-converted) at ./main.go:49:46
./main.go:37:15: leaking param: args
./main.go:49:19: ... argument does not escape
./main.go:49:46: args[0] escapes to heap
./main.go:53:34: []string{...} escapes to heap in main:
./main.go:53:34:   flow: {storage for [][]string{...}} ← &{storage for []string{...}}:
./main.go:53:34:     from []string{...} (spill) at ./main.go:53:34
./main.go:53:34:     from [][]string{...} (slice-literal-element) at ./main.go:53:33
./main.go:53:34:   flow: {temp} ← &{storage for [][]string{...}}:
./main.go:53:34:     from [][]string{...} (spill) at ./main.go:53:33
./main.go:53:34:   flow: argv ← *{temp}:
./main.go:53:34:     from for loop (range-deref) at ./main.go:53:17
./main.go:53:34:   flow: {heap} ← argv:
./main.go:53:34:     from dispatch(argv) (call parameter) at ./main.go:54:21
./main.go:53:66: []string{...} escapes to heap in main:
./main.go:53:66:   flow: {storage for [][]string{...}} ← &{storage for []string{...}}:
./main.go:53:66:     from []string{...} (spill) at ./main.go:53:66
./main.go:53:66:     from [][]string{...} (slice-literal-element) at ./main.go:53:33
./main.go:53:66:   flow: {temp} ← &{storage for [][]string{...}}:
./main.go:53:66:     from [][]string{...} (spill) at ./main.go:53:33
./main.go:53:66:   flow: argv ← *{temp}:
./main.go:53:66:     from for loop (range-deref) at ./main.go:53:17
./main.go:53:66:   flow: {heap} ← argv:
./main.go:53:66:     from dispatch(argv) (call parameter) at ./main.go:54:21
./main.go:53:84: []string{...} escapes to heap in main:
./main.go:53:84:   flow: {storage for [][]string{...}} ← &{storage for []string{...}}:
./main.go:53:84:     from []string{...} (spill) at ./main.go:53:84
./main.go:53:84:     from [][]string{...} (slice-literal-element) at ./main.go:53:33
./main.go:53:84:   flow: {temp} ← &{storage for [][]string{...}}:
./main.go:53:84:     from [][]string{...} (spill) at ./main.go:53:33
./main.go:53:84:   flow: argv ← *{temp}:
./main.go:53:84:     from for loop (range-deref) at ./main.go:53:17
./main.go:53:84:   flow: {heap} ← argv:
./main.go:53:84:     from dispatch(argv) (call parameter) at ./main.go:54:21
./main.go:53:33: [][]string{...} does not escape
./main.go:53:34: []string{...} escapes to heap
./main.go:53:66: []string{...} escapes to heap
./main.go:53:84: []string{...} escapes to heap
./main.go:55:16: ... argument does not escape
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
