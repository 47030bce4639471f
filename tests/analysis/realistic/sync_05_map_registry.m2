./main.go:20:27: name escapes to heap in (*Metrics).Get:
./main.go:20:27:   flow: {heap} ← &{storage for name}:
./main.go:20:27:     from name (spill) at ./main.go:20:27
./main.go:20:27:     from (*sync.Map).LoadOrStore(ms.m, name, &Metric{...}) (call parameter) at ./main.go:20:26
./main.go:20:33: &Metric{...} escapes to heap in (*Metrics).Get:
./main.go:20:33:   flow: {heap} ← &{storage for &Metric{...}}:
./main.go:20:33:     from &Metric{...} (spill) at ./main.go:20:33
./main.go:20:33:     from &Metric{...} (interface-converted) at ./main.go:20:33
./main.go:20:33:     from (*sync.Map).LoadOrStore(ms.m, name, &Metric{...}) (call parameter) at ./main.go:20:26
./main.go:19:7: parameter ms leaks to {heap} for (*Metrics).Get with derefs=0:
./main.go:19:7:   flow: {heap} ← ms:
./main.go:19:7:     from ms.m (dot of pointer) at ./main.go:20:12
./main.go:19:7:     from ms.m (address-of) at ./main.go:20:14
./main.go:19:7:     from (*sync.Map).LoadOrStore(ms.m, name, &Metric{...}) (call parameter) at ./main.go:20:26
./main.go:19:24: parameter name leaks to {storage for &Metric{...}} for (*Metrics).Get with derefs=0:
./main.go:19:24:   flow: {storage for &Metric{...}} ← name:
./main.go:19:24:     from Metric{...} (struct literal element) at ./main.go:20:40
./main.go:19:24: parameter name leaks to {storage for name} for (*Metrics).Get with derefs=0:
./main.go:19:24:   flow: {storage for name} ← name:
./main.go:19:24:     from name (interface-converted) at ./main.go:20:27
./main.go:19:7: leaking param: ms
./main.go:19:24: leaking param: name
./main.go:20:27: name escapes to heap
./main.go:20:33: &Metric{...} escapes to heap
./main.go:30:13: out escapes to heap in (*Metrics).Snapshot:
./main.go:30:13:   flow: {heap} ← &{storage for out}:
./main.go:30:13:     from out (spill) at ./main.go:30:13
./main.go:30:13:     from sort.Slice(out, func literal) (call parameter) at ./main.go:30:12
./main.go:25:6: (*Metrics).Snapshot capturing by ref: out (addr=false assign=true width=24)
./main.go:25:6: (*Metrics).Snapshot capturing by ref: out (addr=true assign=true width=24)
./main.go:24:7: parameter ms leaks to {heap} for (*Metrics).Snapshot with derefs=0:
./main.go:24:7:   flow: {heap} ← ms:
./main.go:24:7:     from ms.m (dot of pointer) at ./main.go:26:4
./main.go:24:7:     from ms.m (address-of) at ./main.go:26:6
./main.go:24:7:     from (*sync.Map).Range(ms.m, func literal) (call parameter) at ./main.go:26:12
./main.go:26:21: parameter v leaks to {heap} for (*Metrics).Snapshot.func1 with derefs=1:
./main.go:26:21:   flow: {heap} ← *v:
./main.go:26:21:     from v.(*Metric) (dot) at ./main.go:27:23
./main.go:26:21:     from *v.(*Metric) (indirection) at ./main.go:27:21
./main.go:26:21:     from append(out, *v.(*Metric)) (call parameter) at ./main.go:27:15
./main.go:27:15: append(out, *v.(*Metric)) escapes to heap in (*Metrics).Snapshot.func1:
./main.go:27:15:   flow: out ← &{storage for append(out, *v.(*Metric))}:
./main.go:27:15:     from append(out, *v.(*Metric)) (spill) at ./main.go:27:15
./main.go:27:15:     from out = append(out, *v.(*Metric)) (assign) at ./main.go:27:7
./main.go:27:15:   flow: {storage for func literal} ← &out:
./main.go:27:15:     from out (captured by a closure) at ./main.go:30:47
./main.go:27:15:     from out (reference) at ./main.go:30:47
./main.go:24:7: leaking param: ms
./main.go:26:21: leaking param content: v
./main.go:26:13: func literal does not escape
./main.go:27:15: append escapes to heap
./main.go:30:13: out escapes to heap
./main.go:30:18: func literal does not escape
./main.go:35:6: ms escapes to heap in main:
./main.go:35:6:   flow: {heap} ← &ms:
./main.go:35:6:     from ms (address-of) at ./main.go:36:4
./main.go:35:6:     from (*Metrics).Get(ms, "requests") (call parameter) at ./main.go:36:8
./main.go:35:6: ms escapes to heap in main:
./main.go:35:6:   flow: {heap} ← &ms:
./main.go:35:6:     from ms (address-of) at ./main.go:37:4
./main.go:35:6:     from (*Metrics).Get(ms, "errors") (call parameter) at ./main.go:37:8
./main.go:35:6: ms escapes to heap in main:
./main.go:35:6:   flow: {heap} ← &ms:
./main.go:35:6:     from ms (address-of) at ./main.go:38:4
./main.go:35:6:     from (*Metrics).Get(ms, "requests") (call parameter) at ./main.go:38:8
./main.go:35:6: ms escapes to heap in main:
./main.go:35:6:   flow: {heap} ← &ms:
./main.go:35:6:     from ms.m (dot) at ./main.go:39:4
./main.go:35:6:     from ms.m (address-of) at ./main.go:39:6
./main.go:35:6:     from (*sync.Map).Delete(ms.m, "missing") (call parameter) at ./main.go:39:13
./main.go:35:6: ms escapes to heap in main:
./main.go:35:6:   flow: {heap} ← &ms:
./main.go:35:6:     from ms (address-of) at ./main.go:40:16
./main.go:35:6:     from (*Metrics).Snapshot(ms) (call parameter) at ./main.go:40:25
./main.go:40:25: (*Metrics).Snapshot(ms) escapes to heap in main:
./main.go:40:25:   flow: {storage for ... argument} ← &{storage for (*Metrics).Snapshot(ms)}:
./main.go:40:25:     from (*Metrics).Snapshot(ms) (spill) at ./main.go:40:25
./main.go:40:25:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:25:   flow: {heap} ← {storage for ... argument}:
./main.go:40:25:     from ... argument (spill) at ./main.go:40:13
./main.go:40:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:35:6: moved to heap: ms
./main.go:39:14: "missing" does not escape
./main.go:40:13: ... argument does not escape
./main.go:40:25: (*Metrics).Snapshot(ms) escapes to heap
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.interface {},go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.interface {},go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/internal/sync/hashtriemap.go:550:9: &sync.indirect[go.shape.interface {},go.shape.interface {}]{...} escapes to heap in newIndirectNode[go.shape.interface {},go.shape.interface {}]:
$GOROOT/src/internal/sync/hashtriemap.go:550:9:   flow: sync.~r0 ← &{storage for &sync.indirect[go.shape.interface {},go.shape.interface {}]{...}}:
$GOROOT/src/internal/sync/hashtriemap.go:550:9:     from &sync.indirect[go.shape.interface {},go.shape.interface {}]{...} (spill) at $GOROOT/src/internal/sync/hashtriemap.go:550:9
$GOROOT/src/internal/sync/hashtriemap.go:550:9:     from return &sync.indirect[go.shape.interface {},go.shape.interface {}]{...} (return) at $GOROOT/src/internal/sync/hashtriemap.go:550:2
$GOROOT/src/internal/sync/hashtriemap.go:549:43: parameter sync.parent leaks to {storage for &sync.indirect[go.shape.interface {},go.shape.interface {}]{...}} for newIndirectNode[go.shape.interface {},go.shape.interface {}] with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:549:43:   flow: {storage for &sync.indirect[go.shape.interface {},go.shape.interface {}]{...}} ← sync.parent:
$GOROOT/src/internal/sync/hashtriemap.go:549:43:     from sync.indirect[go.shape.interface {},go.shape.interface {}]{...} (struct literal element) at $GOROOT/src/internal/sync/hashtriemap.go:550:24
$GOROOT/src/internal/sync/hashtriemap.go:550:9: &sync.indirect[go.shape.interface {},go.shape.interface {}]{...} escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:39:17: sync.(*HashTrieMap[go.shape.interface {},go.shape.interface {}]).initSlow capturing by value: .autotmp_2 (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:37:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).initSlow with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:37:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:37:7:     from sync.ht.initMu (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:38:4
$GOROOT/src/internal/sync/hashtriemap.go:37:7:     from sync.ht.initMu (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:38:11
$GOROOT/src/internal/sync/hashtriemap.go:37:7:     from (*sync.Mutex).Lock(sync.ht.initMu) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:38:16
$GOROOT/src/internal/sync/hashtriemap.go:30:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).init with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:30:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:30:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).initSlow(sync.ht, (*[144]uintptr)(sync..dict[0])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:32:14
$GOROOT/src/internal/sync/hashtriemap.go:522:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Clear with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:522:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:522:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[51])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:523:9
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.isEntry bool }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/internal/sync/hashtriemap.go:715:9: "called indirect on entry node" escapes to heap in (*node[go.shape.interface {},go.shape.interface {}]).indirect:
$GOROOT/src/internal/sync/hashtriemap.go:715:9:   flow: {heap} ← &{storage for "called indirect on entry node"}:
$GOROOT/src/internal/sync/hashtriemap.go:715:9:     from "called indirect on entry node" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:715:9
$GOROOT/src/internal/sync/hashtriemap.go:715:9:     from panic("called indirect on entry node") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:715:8
$GOROOT/src/internal/sync/hashtriemap.go:713:7: parameter sync.n leaks to sync.~r0 for (*node[go.shape.interface {},go.shape.interface {}]).indirect with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:713:7:   flow: sync.~r0 ← sync.n:
$GOROOT/src/internal/sync/hashtriemap.go:713:7:     from return (*sync.indirect[go.shape.interface {},go.shape.interface {}])(unsafe.Pointer(sync.n)) (return) at $GOROOT/src/internal/sync/hashtriemap.go:717:2
$GOROOT/src/internal/sync/hashtriemap.go:715:9: "called indirect on entry node" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:708:9: "called entry on non-entry node" escapes to heap in (*node[go.shape.interface {},go.shape.interface {}]).entry:
$GOROOT/src/internal/sync/hashtriemap.go:708:9:   flow: {heap} ← &{storage for "called entry on non-entry node"}:
$GOROOT/src/internal/sync/hashtriemap.go:708:9:     from "called entry on non-entry node" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:708:9
$GOROOT/src/internal/sync/hashtriemap.go:708:9:     from panic("called entry on non-entry node") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:708:8
$GOROOT/src/internal/sync/hashtriemap.go:706:7: parameter sync.n leaks to sync.~r0 for (*node[go.shape.interface {},go.shape.interface {}]).entry with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:706:7:   flow: sync.~r0 ← sync.n:
$GOROOT/src/internal/sync/hashtriemap.go:706:7:     from return (*sync.entry[go.shape.interface {},go.shape.interface {}])(unsafe.Pointer(sync.n)) (return) at $GOROOT/src/internal/sync/hashtriemap.go:710:2
$GOROOT/src/internal/sync/hashtriemap.go:708:9: "called entry on non-entry node" escapes to heap
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/internal/sync/hashtriemap.go:498:35: parameter sync.i leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).iter with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:498:35:   flow: {heap} ← sync.i:
$GOROOT/src/internal/sync/hashtriemap.go:498:35:     from sync.i.children (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:500:9
$GOROOT/src/internal/sync/hashtriemap.go:498:35:     from sync.i.children[sync.j] (fixed-array-index-of) at $GOROOT/src/internal/sync/hashtriemap.go:500:18
$GOROOT/src/internal/sync/hashtriemap.go:498:35:     from sync.i.children[sync.j] (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:500:21
$GOROOT/src/internal/sync/hashtriemap.go:498:35:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Load(sync.i.children[sync.j], (*[16]uintptr)(sync..dict[47])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:500:26
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.interface {},go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/internal/sync/hashtriemap.go:493:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Range with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:493:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:493:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[45])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:494:9
$GOROOT/src/internal/sync/hashtriemap.go:481:7: sync.(*HashTrieMap[go.shape.interface {},go.shape.interface {}]).All capturing by value: sync.ht (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:481:6: sync.(*HashTrieMap[go.shape.interface {},go.shape.interface {}]).All capturing by value: sync..dict (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:481:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).All with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[43])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:482:9
$GOROOT/src/internal/sync/hashtriemap.go:483:9: func literal escapes to heap in (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).All:
$GOROOT/src/internal/sync/hashtriemap.go:483:9:   flow: sync.~r0 ← &{storage for func literal}:
$GOROOT/src/internal/sync/hashtriemap.go:483:9:     from func literal (spill) at $GOROOT/src/internal/sync/hashtriemap.go:483:9
$GOROOT/src/internal/sync/hashtriemap.go:483:9:     from return func literal (return) at $GOROOT/src/internal/sync/hashtriemap.go:483:2
$GOROOT/src/internal/sync/hashtriemap.go:481:7: parameter sync.ht leaks to {storage for func literal} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).All with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:   flow: {storage for func literal} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:     from sync.ht (captured by a closure) at $GOROOT/src/internal/sync/hashtriemap.go:484:3
$GOROOT/src/internal/sync/hashtriemap.go:481:6: parameter sync..dict leaks to {storage for func literal} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).All with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:481:6:   flow: {storage for func literal} ← sync..dict:
$GOROOT/src/internal/sync/hashtriemap.go:481:6:     from sync..dict (captured by a closure) at $GOROOT/src/internal/sync/hashtriemap.go:481:6
$GOROOT/src/internal/sync/hashtriemap.go:483:9: func literal escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:589:7: parameter sync.e leaks to {heap} for (*entry[go.shape.interface {},go.shape.interface {}]).lookupWithValue with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:   flow: {heap} ← sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from sync.e.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:591:68
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from &sync.e.value (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:591:66
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from sync.valEqual(unsafe.Pointer(&sync.e.value), abi.NoEscape(unsafe.Pointer(&sync.value))) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:591:50
$GOROOT/src/internal/sync/hashtriemap.go:589:7: parameter sync.e leaks to sync.~r0 for (*entry[go.shape.interface {},go.shape.interface {}]).lookupWithValue with derefs=1:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:   flow: sync.~r0 ← *sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from sync.e.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:592:12
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from return sync.e.value, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:592:4
$GOROOT/src/internal/sync/hashtriemap.go:596:13: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:457:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).find:
$GOROOT/src/internal/sync/hashtriemap.go:457:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:457:10:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:457:10
$GOROOT/src/internal/sync/hashtriemap.go:457:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:457:9
$GOROOT/src/internal/sync/hashtriemap.go:426:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).find with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:426:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:426:7:     from sync.ht.root (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:429:9
$GOROOT/src/internal/sync/hashtriemap.go:426:7:     from sync.ht.root (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:429:14
$GOROOT/src/internal/sync/hashtriemap.go:426:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.interface {},go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Load(sync.ht.root, (*[16]uintptr)(sync..dict[39])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:429:19
$GOROOT/src/internal/sync/hashtriemap.go:457:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:682:7: parameter sync.head leaks to {heap} for (*entry[go.shape.interface {},go.shape.interface {}]).compareAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:     from sync.head.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:683:53
$GOROOT/src/internal/sync/hashtriemap.go:682:7:     from &sync.head.value (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:683:48
$GOROOT/src/internal/sync/hashtriemap.go:682:7:     from sync.valEqual(unsafe.Pointer(&sync.head.value), abi.NoEscape(unsafe.Pointer(&sync.value))) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:683:32
$GOROOT/src/internal/sync/hashtriemap.go:682:7: parameter sync.head leaks to sync.~r0 for (*entry[go.shape.interface {},go.shape.interface {}]).compareAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:   flow: sync.~r0 ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:     from return sync.head, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:692:4
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.isEntry bool }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.isEntry bool }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/internal/sync/hashtriemap.go:553:7: parameter sync.i leaks to {heap} for (*indirect[go.shape.interface {},go.shape.interface {}]).empty with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:553:7:   flow: {heap} ← sync.i:
$GOROOT/src/internal/sync/hashtriemap.go:553:7:     from sync.i.children (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:556:7
$GOROOT/src/internal/sync/hashtriemap.go:553:7:     from sync.i.children[sync.j] (fixed-array-index-of) at $GOROOT/src/internal/sync/hashtriemap.go:556:16
$GOROOT/src/internal/sync/hashtriemap.go:553:7:     from sync.i.children[sync.j] (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:556:19
$GOROOT/src/internal/sync/hashtriemap.go:553:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Load(sync.i.children[sync.j], (*[16]uintptr)(sync..dict[0])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:556:24
$GOROOT/src/internal/sync/hashtriemap.go:371:9: "called CompareAndDelete when value is not of comparable type" escapes to heap in (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndDelete:
$GOROOT/src/internal/sync/hashtriemap.go:371:9:   flow: {heap} ← &{storage for "called CompareAndDelete when value is not of comparable type"}:
$GOROOT/src/internal/sync/hashtriemap.go:371:9:     from "called CompareAndDelete when value is not of comparable type" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:371:9
$GOROOT/src/internal/sync/hashtriemap.go:371:9:     from panic("called CompareAndDelete when value is not of comparable type") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:371:8
$GOROOT/src/internal/sync/hashtriemap.go:404:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndDelete:
$GOROOT/src/internal/sync/hashtriemap.go:404:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:404:10:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:404:10
$GOROOT/src/internal/sync/hashtriemap.go:404:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:404:9
$GOROOT/src/internal/sync/hashtriemap.go:368:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:368:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:368:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[34])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:369:9
$GOROOT/src/internal/sync/hashtriemap.go:371:9: "called CompareAndDelete when value is not of comparable type" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:376:55: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:404:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:660:7: parameter sync.head leaks to {heap} for (*entry[go.shape.interface {},go.shape.interface {}]).loadAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from sync.head.overflow (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:663:26
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from sync.head.overflow (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:663:35
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).Load(sync.head.overflow, (*[16]uintptr)(sync..dict[6])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:663:40
$GOROOT/src/internal/sync/hashtriemap.go:660:7: parameter sync.head leaks to sync.~r1 for (*entry[go.shape.interface {},go.shape.interface {}]).loadAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:   flow: sync.~r1 ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from return sync.e.value, sync.head, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:670:4
$GOROOT/src/internal/sync/hashtriemap.go:660:7: parameter sync.head leaks to sync.~r0 for (*entry[go.shape.interface {},go.shape.interface {}]).loadAndDelete with derefs=1:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:   flow: sync.~r0 ← *sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from sync.head.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:663:14
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from return sync.head.value, (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).Load(sync.head.overflow, (*[16]uintptr)(sync..dict[6])), true (return) at $GOROOT/src/internal/sync/hashtriemap.go:663:3
$GOROOT/src/internal/sync/hashtriemap.go:675:13: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:342:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadAndDelete:
$GOROOT/src/internal/sync/hashtriemap.go:342:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:342:10:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:342:10
$GOROOT/src/internal/sync/hashtriemap.go:342:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:342:9
$GOROOT/src/internal/sync/hashtriemap.go:309:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:309:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:309:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[28])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:310:9
$GOROOT/src/internal/sync/hashtriemap.go:314:55: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:319:14: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:327:14: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:342:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:359:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Delete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:359:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:359:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadAndDelete(sync.ht, (*[144]uintptr)(sync..dict[33]), sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:360:25
$GOROOT/src/internal/sync/hashtriemap.go:572:9: &sync.entry[go.shape.interface {},go.shape.interface {}]{...} escapes to heap in newEntryNode[go.shape.interface {},go.shape.interface {}]:
$GOROOT/src/internal/sync/hashtriemap.go:572:9:   flow: sync.~r0 ← &{storage for &sync.entry[go.shape.interface {},go.shape.interface {}]{...}}:
$GOROOT/src/internal/sync/hashtriemap.go:572:9:     from &sync.entry[go.shape.interface {},go.shape.interface {}]{...} (spill) at $GOROOT/src/internal/sync/hashtriemap.go:572:9
$GOROOT/src/internal/sync/hashtriemap.go:572:9:     from return &sync.entry[go.shape.interface {},go.shape.interface {}]{...} (return) at $GOROOT/src/internal/sync/hashtriemap.go:572:2
$GOROOT/src/internal/sync/hashtriemap.go:571:40: parameter sync.key leaks to {storage for &sync.entry[go.shape.interface {},go.shape.interface {}]{...}} for newEntryNode[go.shape.interface {},go.shape.interface {}] with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:571:40:   flow: {storage for &sync.entry[go.shape.interface {},go.shape.interface {}]{...}} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:571:40:     from sync.entry[go.shape.interface {},go.shape.interface {}]{...} (struct literal element) at $GOROOT/src/internal/sync/hashtriemap.go:572:21
$GOROOT/src/internal/sync/hashtriemap.go:571:47: parameter sync.value leaks to {storage for &sync.entry[go.shape.interface {},go.shape.interface {}]{...}} for newEntryNode[go.shape.interface {},go.shape.interface {}] with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:571:47:   flow: {storage for &sync.entry[go.shape.interface {},go.shape.interface {}]{...}} ← sync.value:
$GOROOT/src/internal/sync/hashtriemap.go:571:47:     from sync.entry[go.shape.interface {},go.shape.interface {}]{...} (struct literal element) at $GOROOT/src/internal/sync/hashtriemap.go:572:21
$GOROOT/src/internal/sync/hashtriemap.go:572:9: &sync.entry[go.shape.interface {},go.shape.interface {}]{...} escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:632:7: parameter sync.head leaks to {heap} for (*entry[go.shape.interface {},go.shape.interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:     from sync.head.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:633:53
$GOROOT/src/internal/sync/hashtriemap.go:632:7:     from &sync.head.value (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:633:48
$GOROOT/src/internal/sync/hashtriemap.go:632:7:     from sync.valEqual(unsafe.Pointer(&sync.head.value), abi.NoEscape(unsafe.Pointer(&sync.old))) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:633:32
$GOROOT/src/internal/sync/hashtriemap.go:632:41: parameter sync.key leaks to {heap} for (*entry[go.shape.interface {},go.shape.interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:41:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:632:41:     from sync.newEntryNode[go.shape.interface {},go.shape.interface {}]((*[3]uintptr)(sync..dict[4]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:635:20
$GOROOT/src/internal/sync/hashtriemap.go:632:53: parameter sync.new leaks to {heap} for (*entry[go.shape.interface {},go.shape.interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:53:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:632:53:     from sync.newEntryNode[go.shape.interface {},go.shape.interface {}]((*[3]uintptr)(sync..dict[4]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:635:20
$GOROOT/src/internal/sync/hashtriemap.go:632:7: parameter sync.head leaks to sync.~r0 for (*entry[go.shape.interface {},go.shape.interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:   flow: sync.~r0 ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:     from return sync.head, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:648:4
$GOROOT/src/internal/sync/hashtriemap.go:283:9: "called CompareAndSwap when value is not of comparable type" escapes to heap in (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndSwap:
$GOROOT/src/internal/sync/hashtriemap.go:283:9:   flow: {heap} ← &{storage for "called CompareAndSwap when value is not of comparable type"}:
$GOROOT/src/internal/sync/hashtriemap.go:283:9:     from "called CompareAndSwap when value is not of comparable type" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:283:9
$GOROOT/src/internal/sync/hashtriemap.go:283:9:     from panic("called CompareAndSwap when value is not of comparable type") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:283:8
$GOROOT/src/internal/sync/hashtriemap.go:290:13: sync.(*HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndSwap capturing by value: .autotmp_14 (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:280:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:280:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[24])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:281:9
$GOROOT/src/internal/sync/hashtriemap.go:280:45: parameter sync.key leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:45:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:280:45:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).compareAndSwap((*sync.node[go.shape.interface {},go.shape.interface {}]).entry(sync.n, (*[10]uintptr)(sync..dict[25])), (*[60]uintptr)(sync..dict[26]), sync.key, sync.old, sync.new, sync.ht.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:297:40
$GOROOT/src/internal/sync/hashtriemap.go:280:57: parameter sync.new leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:57:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:280:57:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).compareAndSwap((*sync.node[go.shape.interface {},go.shape.interface {}]).entry(sync.n, (*[10]uintptr)(sync..dict[25])), (*[60]uintptr)(sync..dict[26]), sync.key, sync.old, sync.new, sync.ht.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:297:40
$GOROOT/src/internal/sync/hashtriemap.go:283:9: "called CompareAndSwap when value is not of comparable type" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:603:31: parameter sync.key leaks to {heap} for (*entry[go.shape.interface {},go.shape.interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:31:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:603:31:     from sync.newEntryNode[go.shape.interface {},go.shape.interface {}]((*[3]uintptr)(sync..dict[2]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:606:20
$GOROOT/src/internal/sync/hashtriemap.go:603:38: parameter sync.new leaks to {heap} for (*entry[go.shape.interface {},go.shape.interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:38:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:603:38:     from sync.newEntryNode[go.shape.interface {},go.shape.interface {}]((*[3]uintptr)(sync..dict[2]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:606:20
$GOROOT/src/internal/sync/hashtriemap.go:603:7: parameter sync.head leaks to {heap} for (*entry[go.shape.interface {},go.shape.interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from sync.head.overflow (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:607:19
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from sync.head.overflow (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:607:28
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).Load(sync.head.overflow, (*[16]uintptr)(sync..dict[3])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:607:33
$GOROOT/src/internal/sync/hashtriemap.go:603:7: parameter sync.head leaks to sync.~r1 for (*entry[go.shape.interface {},go.shape.interface {}]).swap with derefs=1:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:   flow: sync.~r1 ← *sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from sync.head.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:610:17
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from return sync.e, sync.head.value, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:610:3
$GOROOT/src/internal/sync/hashtriemap.go:603:7: parameter sync.head leaks to sync.~r0 for (*entry[go.shape.interface {},go.shape.interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:   flow: sync.~r0 ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from return sync.head, sync.e.value, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:619:4
$GOROOT/src/internal/sync/hashtriemap.go:181:10: "internal/sync.HashTrieMap: ran out of hash bits while inserting (inc... escapes to heap in (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).expand:
$GOROOT/src/internal/sync/hashtriemap.go:181:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while inserting (inc...}:
$GOROOT/src/internal/sync/hashtriemap.go:181:10:     from "internal/sync.HashTrieMap: ran out of hash bits while inserting (inc... (spill) at $GOROOT/src/internal/sync/hashtriemap.go:181:10
$GOROOT/src/internal/sync/hashtriemap.go:181:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while inserting (inc...) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:181:9
$GOROOT/src/internal/sync/hashtriemap.go:167:37: parameter sync.oldEntry leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:37:   flow: {heap} ← sync.oldEntry:
$GOROOT/src/internal/sync/hashtriemap.go:167:37:     from sync.oldEntry.key (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:169:48
$GOROOT/src/internal/sync/hashtriemap.go:167:37:     from &sync.oldEntry.key (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:169:39
$GOROOT/src/internal/sync/hashtriemap.go:167:37:     from sync.ht.keyHash(unsafe.Pointer(&sync.oldEntry.key), sync.ht.seed) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:169:23
$GOROOT/src/internal/sync/hashtriemap.go:167:47: parameter sync.newEntry leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:   flow: {heap} ← sync.newEntry:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from sync.newEntry.overflow (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:173:11
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from sync.newEntry.overflow (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:173:20
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).Store(sync.newEntry.overflow, (*[16]uintptr)(sync..dict[14]), sync.oldEntry) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:173:26
$GOROOT/src/internal/sync/hashtriemap.go:167:103: parameter sync.parent leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:103:   flow: {heap} ← sync.parent:
$GOROOT/src/internal/sync/hashtriemap.go:167:103:     from sync.newIndirectNode[go.shape.interface {},go.shape.interface {}]((*[2]uintptr)(sync..dict[15]), sync.parent) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:177:32
$GOROOT/src/internal/sync/hashtriemap.go:167:47: parameter sync.newEntry leaks to sync.~r0 for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:   flow: sync.~r0 ← sync.newEntry:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from sync.newEntry.node (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:174:19
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from &sync.newEntry.node (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:174:10
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from return &sync.newEntry.node (return) at $GOROOT/src/internal/sync/hashtriemap.go:174:3
$GOROOT/src/internal/sync/hashtriemap.go:181:10: "internal/sync.HashTrieMap: ran out of hash bits while inserting (inc... escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:231:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Swap:
$GOROOT/src/internal/sync/hashtriemap.go:231:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:231:10:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:231:10
$GOROOT/src/internal/sync/hashtriemap.go:231:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:231:9
$GOROOT/src/internal/sync/hashtriemap.go:249:12: sync.(*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Swap capturing by value: .autotmp_12 (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:205:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:205:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[18])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:206:9
$GOROOT/src/internal/sync/hashtriemap.go:205:35: parameter sync.key leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:35:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:205:35:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).swap(sync.oldEntry, (*[60]uintptr)(sync..dict[22]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:256:42
$GOROOT/src/internal/sync/hashtriemap.go:205:42: parameter sync.new leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:42:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:205:42:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).swap(sync.oldEntry, (*[60]uintptr)(sync..dict[22]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:256:42
$GOROOT/src/internal/sync/hashtriemap.go:231:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:199:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:199:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Swap(sync.ht, (*[144]uintptr)(sync..dict[17]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:200:16
$GOROOT/src/internal/sync/hashtriemap.go:199:36: parameter sync.key leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:36:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:199:36:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Swap(sync.ht, (*[144]uintptr)(sync..dict[17]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:200:16
$GOROOT/src/internal/sync/hashtriemap.go:199:43: parameter sync.new leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:43:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:199:43:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Swap(sync.ht, (*[144]uintptr)(sync..dict[17]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:200:16
$GOROOT/src/internal/sync/hashtriemap.go:579:7: parameter sync.e leaks to {heap} for (*entry[go.shape.interface {},go.shape.interface {}]).lookup with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:   flow: {heap} ← sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from sync.e.overflow (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:584:8
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from sync.e.overflow (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:584:17
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]; internal/sync.key go.shape.interface {}; internal/sync.value go.shape.interface {} }]).Load(sync.e.overflow, (*[16]uintptr)(sync..dict[0])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:584:22
$GOROOT/src/internal/sync/hashtriemap.go:579:7: parameter sync.e leaks to sync.~r0 for (*entry[go.shape.interface {},go.shape.interface {}]).lookup with derefs=1:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:   flow: sync.~r0 ← *sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from sync.e.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:582:12
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from return sync.e.value, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:582:4
$GOROOT/src/internal/sync/hashtriemap.go:586:13: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:123:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadOrStore:
$GOROOT/src/internal/sync/hashtriemap.go:123:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:123:10:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:123:10
$GOROOT/src/internal/sync/hashtriemap.go:123:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:123:9
$GOROOT/src/internal/sync/hashtriemap.go:141:12: sync.(*HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadOrStore capturing by value: .autotmp_16 (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:88:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:88:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[8])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:89:9
$GOROOT/src/internal/sync/hashtriemap.go:88:42: parameter sync.key leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:42:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:88:42:     from sync.newEntryNode[go.shape.interface {},go.shape.interface {}]((*[3]uintptr)(sync..dict[13]), sync.key, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:151:26
$GOROOT/src/internal/sync/hashtriemap.go:88:49: parameter sync.value leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:   flow: {heap} ← sync.value:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:     from sync.newEntryNode[go.shape.interface {},go.shape.interface {}]((*[3]uintptr)(sync..dict[13]), sync.key, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:151:26
$GOROOT/src/internal/sync/hashtriemap.go:88:49: parameter sync.value leaks to sync.result for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:   flow: sync.result ← sync.value:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:     from return sync.value, false (return) at $GOROOT/src/internal/sync/hashtriemap.go:162:2
$GOROOT/src/internal/sync/hashtriemap.go:123:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:82:8: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Load:
$GOROOT/src/internal/sync/hashtriemap.go:82:8:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:82:8:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:82:8
$GOROOT/src/internal/sync/hashtriemap.go:82:8:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:82:7
$GOROOT/src/internal/sync/hashtriemap.go:64:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.interface {},go.shape.interface {}]).Load with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:64:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:64:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[3])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:65:9
$GOROOT/src/internal/sync/hashtriemap.go:75:15: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:82:8: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.interface {},go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.interface {},go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.interface {},go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.interface {},go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.interface {},go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.interface {},go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.isEntry bool }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.isEntry bool }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.isEntry bool }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.isEntry bool }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.isEntry bool }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.interface {},go.shape.interface {}]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/internal/sync/hashtriemap.go:522:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).Clear with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:522:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:522:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Clear(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:522:6
$GOROOT/src/internal/sync/hashtriemap.go:498:35: parameter sync.i leaks to {heap} for (*HashTrieMap[interface {},interface {}]).iter with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:498:35:   flow: {heap} ← sync.i:
$GOROOT/src/internal/sync/hashtriemap.go:498:35:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).iter(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.i, sync.yield) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:498:6
$GOROOT/src/internal/sync/hashtriemap.go:493:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).Range with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:493:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:493:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Range(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.yield) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:493:6
$GOROOT/src/internal/sync/hashtriemap.go:481:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).All with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).All(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:481:6
$GOROOT/src/internal/sync/hashtriemap.go:426:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).find with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:426:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:426:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).find(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.hash, sync.valEqual, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:426:6
$GOROOT/src/internal/sync/hashtriemap.go:368:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).CompareAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:368:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:368:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndDelete(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.old) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:368:6
$GOROOT/src/internal/sync/hashtriemap.go:359:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).Delete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:359:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:359:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Delete(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:359:6
$GOROOT/src/internal/sync/hashtriemap.go:309:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).LoadAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:309:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:309:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadAndDelete(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:309:6
$GOROOT/src/internal/sync/hashtriemap.go:280:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:280:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndSwap(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.old, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:280:6
$GOROOT/src/internal/sync/hashtriemap.go:280:45: parameter sync.key leaks to {heap} for (*HashTrieMap[interface {},interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:45:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:280:45:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndSwap(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.old, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:280:6
$GOROOT/src/internal/sync/hashtriemap.go:280:57: parameter sync.new leaks to {heap} for (*HashTrieMap[interface {},interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:57:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:280:57:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).CompareAndSwap(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.old, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:280:6
$GOROOT/src/internal/sync/hashtriemap.go:205:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:205:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Swap(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:205:6
$GOROOT/src/internal/sync/hashtriemap.go:205:35: parameter sync.key leaks to {heap} for (*HashTrieMap[interface {},interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:35:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:205:35:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Swap(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:205:6
$GOROOT/src/internal/sync/hashtriemap.go:205:42: parameter sync.new leaks to {heap} for (*HashTrieMap[interface {},interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:42:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:205:42:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Swap(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:205:6
$GOROOT/src/internal/sync/hashtriemap.go:199:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:199:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Store(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:199:6
$GOROOT/src/internal/sync/hashtriemap.go:199:36: parameter sync.key leaks to {heap} for (*HashTrieMap[interface {},interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:36:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:199:36:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Store(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:199:6
$GOROOT/src/internal/sync/hashtriemap.go:199:43: parameter sync.new leaks to {heap} for (*HashTrieMap[interface {},interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:43:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:199:43:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Store(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:199:6
$GOROOT/src/internal/sync/hashtriemap.go:167:37: parameter sync.oldEntry leaks to {heap} for (*HashTrieMap[interface {},interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:37:   flow: {heap} ← sync.oldEntry:
$GOROOT/src/internal/sync/hashtriemap.go:167:37:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).expand(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.oldEntry, sync.newEntry, sync.newHash, sync.hashShift, sync.parent) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:167:6
$GOROOT/src/internal/sync/hashtriemap.go:167:47: parameter sync.newEntry leaks to {heap} for (*HashTrieMap[interface {},interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:   flow: {heap} ← sync.newEntry:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).expand(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.oldEntry, sync.newEntry, sync.newHash, sync.hashShift, sync.parent) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:167:6
$GOROOT/src/internal/sync/hashtriemap.go:167:103: parameter sync.parent leaks to {heap} for (*HashTrieMap[interface {},interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:103:   flow: {heap} ← sync.parent:
$GOROOT/src/internal/sync/hashtriemap.go:167:103:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).expand(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.oldEntry, sync.newEntry, sync.newHash, sync.hashShift, sync.parent) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:167:6
$GOROOT/src/internal/sync/hashtriemap.go:88:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:88:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadOrStore(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:88:6
$GOROOT/src/internal/sync/hashtriemap.go:88:42: parameter sync.key leaks to {heap} for (*HashTrieMap[interface {},interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:42:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:88:42:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadOrStore(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:88:6
$GOROOT/src/internal/sync/hashtriemap.go:88:49: parameter sync.value leaks to {heap} for (*HashTrieMap[interface {},interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:   flow: {heap} ← sync.value:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadOrStore(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:88:6
$GOROOT/src/internal/sync/hashtriemap.go:64:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).Load with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:64:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:64:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).Load(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}], sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:64:6
$GOROOT/src/internal/sync/hashtriemap.go:37:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).initSlow with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:37:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:37:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).initSlow(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:37:6
$GOROOT/src/internal/sync/hashtriemap.go:30:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[interface {},interface {}]).init with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:30:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:30:7:     from (*sync.HashTrieMap[go.shape.interface {},go.shape.interface {}]).init(sync.ht, &sync..dict.HashTrieMap[interface {},interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:30:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.indirect[interface {},interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[interface {},interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[internal/sync.indirect[interface {},interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[interface {},interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.indirect[interface {},interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[interface {},interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.indirect[interface {},interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[interface {},interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.indirect[interface {},interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[interface {},interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.indirect[interface {},interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[interface {},interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[internal/sync.indirect[interface {},interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[interface {},interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.indirect[interface {},interface {}]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[interface {},interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[interface {},interface {}]] }]).Load(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[interface {},interface {}]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/internal/sync/hashtriemap.go:553:7: parameter sync.i leaks to {heap} for (*indirect[interface {},interface {}]).empty with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:553:7:   flow: {heap} ← sync.i:
$GOROOT/src/internal/sync/hashtriemap.go:553:7:     from (*sync.indirect[go.shape.interface {},go.shape.interface {}]).empty(sync.i, &sync..dict.indirect[interface {},interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:553:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.node[interface {},interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.node[interface {},interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[internal/sync.node[interface {},interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.node[interface {},interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.node[interface {},interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.node[interface {},interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.node[interface {},interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.node[interface {},interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.node[interface {},interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.node[interface {},interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.node[interface {},interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.node[interface {},interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[internal/sync.node[interface {},interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.node[interface {},interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.node[interface {},interface {}]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Load(atomic.x, &atomic..dict.Pointer[internal/sync.node[interface {},interface {}]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/internal/sync/hashtriemap.go:713:7: parameter sync.n leaks to sync.~r0 for (*node[interface {},interface {}]).indirect with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:713:7:   flow: sync.~r0 ← sync.n:
$GOROOT/src/internal/sync/hashtriemap.go:713:7:     from (*sync.node[go.shape.interface {},go.shape.interface {}]).indirect(sync.n, &sync..dict.node[interface {},interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:713:6
$GOROOT/src/internal/sync/hashtriemap.go:713:7:     from return (*sync.node[go.shape.interface {},go.shape.interface {}]).indirect(sync.n, &sync..dict.node[interface {},interface {}]) (return) at $GOROOT/src/internal/sync/hashtriemap.go:713:6
$GOROOT/src/internal/sync/hashtriemap.go:706:7: parameter sync.n leaks to sync.~r0 for (*node[interface {},interface {}]).entry with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:706:7:   flow: sync.~r0 ← sync.n:
$GOROOT/src/internal/sync/hashtriemap.go:706:7:     from (*sync.node[go.shape.interface {},go.shape.interface {}]).entry(sync.n, &sync..dict.node[interface {},interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:706:6
$GOROOT/src/internal/sync/hashtriemap.go:706:7:     from return (*sync.node[go.shape.interface {},go.shape.interface {}]).entry(sync.n, &sync..dict.node[interface {},interface {}]) (return) at $GOROOT/src/internal/sync/hashtriemap.go:706:6
$GOROOT/src/internal/sync/hashtriemap.go:682:7: parameter sync.head leaks to {heap} for (*entry[interface {},interface {}]).compareAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).compareAndDelete(sync.head, &sync..dict.entry[interface {},interface {}], sync.key, sync.value, sync.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:682:6
$GOROOT/src/internal/sync/hashtriemap.go:660:7: parameter sync.head leaks to {heap} for (*entry[interface {},interface {}]).loadAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).loadAndDelete(sync.head, &sync..dict.entry[interface {},interface {}], sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:660:6
$GOROOT/src/internal/sync/hashtriemap.go:632:7: parameter sync.head leaks to {heap} for (*entry[interface {},interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).compareAndSwap(sync.head, &sync..dict.entry[interface {},interface {}], sync.key, sync.old, sync.new, sync.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:632:6
$GOROOT/src/internal/sync/hashtriemap.go:632:41: parameter sync.key leaks to {heap} for (*entry[interface {},interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:41:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:632:41:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).compareAndSwap(sync.head, &sync..dict.entry[interface {},interface {}], sync.key, sync.old, sync.new, sync.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:632:6
$GOROOT/src/internal/sync/hashtriemap.go:632:53: parameter sync.new leaks to {heap} for (*entry[interface {},interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:53:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:632:53:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).compareAndSwap(sync.head, &sync..dict.entry[interface {},interface {}], sync.key, sync.old, sync.new, sync.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:632:6
$GOROOT/src/internal/sync/hashtriemap.go:603:7: parameter sync.head leaks to {heap} for (*entry[interface {},interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).swap(sync.head, &sync..dict.entry[interface {},interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:603:6
$GOROOT/src/internal/sync/hashtriemap.go:603:31: parameter sync.key leaks to {heap} for (*entry[interface {},interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:31:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:603:31:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).swap(sync.head, &sync..dict.entry[interface {},interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:603:6
$GOROOT/src/internal/sync/hashtriemap.go:603:38: parameter sync.new leaks to {heap} for (*entry[interface {},interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:38:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:603:38:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).swap(sync.head, &sync..dict.entry[interface {},interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:603:6
$GOROOT/src/internal/sync/hashtriemap.go:589:7: parameter sync.e leaks to {heap} for (*entry[interface {},interface {}]).lookupWithValue with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:   flow: {heap} ← sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).lookupWithValue(sync.e, &sync..dict.entry[interface {},interface {}], sync.key, sync.value, sync.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:589:6
$GOROOT/src/internal/sync/hashtriemap.go:579:7: parameter sync.e leaks to {heap} for (*entry[interface {},interface {}]).lookup with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:   flow: {heap} ← sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from (*sync.entry[go.shape.interface {},go.shape.interface {}]).lookup(sync.e, &sync..dict.entry[interface {},interface {}], sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:579:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[interface {},interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.entry[interface {},interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[internal/sync.entry[interface {},interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.entry[interface {},interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.entry[interface {},interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.entry[interface {},interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[interface {},interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.entry[interface {},interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.entry[interface {},interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.entry[interface {},interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[interface {},interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.entry[interface {},interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[internal/sync.entry[interface {},interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.entry[interface {},interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[interface {},interface {}]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[interface {},interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[interface {},interface {}]]; internal/sync.key interface {}; internal/sync.value interface {} }]).Load(atomic.x, &atomic..dict.Pointer[internal/sync.entry[interface {},interface {}]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/internal/sync/hashtriemap.go:435:22: index bounds check elided
$GOROOT/src/internal/sync/hashtriemap.go:412:18: index bounds check elided
$GOROOT/src/internal/sync/hashtriemap.go:350:18: index bounds check elided
$GOROOT/src/internal/sync/hashtriemap.go:220:22: index bounds check elided
$GOROOT/src/internal/sync/hashtriemap.go:103:22: index bounds check elided
$GOROOT/src/internal/sync/hashtriemap.go:73:18: index bounds check elided
