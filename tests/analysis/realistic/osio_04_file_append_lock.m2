./main.go:19:18: parameter dir leaks to {heap} for OpenJournal with derefs=0:
./main.go:19:18:   flow: {storage for ... argument} ← dir:
./main.go:19:18:     from ... argument (slice-literal-element) at ./main.go:20:20
./main.go:19:18:   flow: {temp} ← &{storage for ... argument}:
./main.go:19:18:     from ... argument (spill) at ./main.go:20:20
./main.go:19:18:     from filepath.Join(... argument...) (call parameter) at ./main.go:20:20
./main.go:19:18:   flow: p ← *{temp}:
./main.go:19:18:     from p := filepath.Join(... argument...) (assign) at ./main.go:20:4
./main.go:19:18:   flow: {heap} ← p:
./main.go:19:18:     from os.OpenFile(p, 1089, fs.FileMode(384)) (call parameter) at ./main.go:21:23
./main.go:25:9: &Journal{...} escapes to heap in OpenJournal:
./main.go:25:9:   flow: ~r0 ← &{storage for &Journal{...}}:
./main.go:25:9:     from &Journal{...} (spill) at ./main.go:25:9
./main.go:25:9:     from return &Journal{...}, nil (return) at ./main.go:25:2
./main.go:19:18: parameter dir leaks to {storage for &Journal{...}} for OpenJournal with derefs=0:
./main.go:19:18:   flow: {storage for ... argument} ← dir:
./main.go:19:18:     from ... argument (slice-literal-element) at ./main.go:20:20
./main.go:19:18:   flow: {temp} ← &{storage for ... argument}:
./main.go:19:18:     from ... argument (spill) at ./main.go:20:20
./main.go:19:18:     from filepath.Join(... argument...) (call parameter) at ./main.go:20:20
./main.go:19:18:   flow: p ← *{temp}:
./main.go:19:18:     from p := filepath.Join(... argument...) (assign) at ./main.go:20:4
./main.go:19:18:   flow: {storage for &Journal{...}} ← p:
./main.go:19:18:     from Journal{...} (struct literal element) at ./main.go:25:17
./main.go:19:18: leaking param: dir
./main.go:20:20: ... argument does not escape
./main.go:25:9: &Journal{...} escapes to heap
./main.go:30:12: (*Journal).Append capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:28:7: parameter j leaks to {heap} for (*Journal).Append with derefs=0:
./main.go:28:7:   flow: {heap} ← j:
./main.go:28:7:     from j.mu (dot of pointer) at ./main.go:29:3
./main.go:28:7:     from j.mu (address-of) at ./main.go:29:6
./main.go:28:7:     from (*sync.Mutex).Lock(j.mu) (call parameter) at ./main.go:29:11
./main.go:28:7: leaking param: j
./main.go:28:26: entry does not escape
./main.go:31:34: entry + "\n" does not escape
./main.go:35:7: parameter j leaks to {heap} for (*Journal).Close with derefs=2:
./main.go:35:7:   flow: {heap} ← **j:
./main.go:35:7:     from j.f (dot of pointer) at ./main.go:35:43
./main.go:35:7:     from (*os.File).Close(j.f) (call parameter) at ./main.go:35:51
./main.go:35:7: leaking param content: j
./main.go:39:2: main capturing by value: .autotmp_3 (addr=false assign=false width=16)
./main.go:48:18: string(data) escapes to heap in main:
./main.go:48:18:   flow: {storage for ... argument} ← &{storage for string(data)}:
./main.go:48:18:     from string(data) (spill) at ./main.go:48:18
./main.go:48:18:     from ... argument (slice-literal-element) at ./main.go:48:11
./main.go:48:18:   flow: {heap} ← {storage for ... argument}:
./main.go:48:18:     from ... argument (spill) at ./main.go:48:11
./main.go:48:18:     from fmt.Print(... argument...) (call parameter) at ./main.go:48:11
./main.go:50:23: errors.Is(err, fs.ErrNotExist) escapes to heap in main:
./main.go:50:23:   flow: {storage for ... argument} ← &{storage for errors.Is(err, fs.ErrNotExist)}:
./main.go:50:23:     from errors.Is(err, fs.ErrNotExist) (spill) at ./main.go:50:23
./main.go:50:23:     from ... argument (slice-literal-element) at ./main.go:50:13
./main.go:50:23:   flow: {heap} ← {storage for ... argument}:
./main.go:50:23:     from ... argument (spill) at ./main.go:50:13
./main.go:50:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:50:13
./main.go:48:19: string(data) escapes to heap in main:
./main.go:48:19:   flow: {storage for string(data)} ← &{storage for string(data)}:
./main.go:48:19:     from string(data) (spill) at ./main.go:48:19
./main.go:48:19:     from string(data) (interface-converted) at ./main.go:48:18
./main.go:48:11: ... argument does not escape
./main.go:48:18: string(data) escapes to heap
./main.go:48:19: string(data) escapes to heap
./main.go:49:36: ... argument does not escape
./main.go:50:13: ... argument does not escape
./main.go:50:23: errors.Is(err, fs.ErrNotExist) escapes to heap
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
