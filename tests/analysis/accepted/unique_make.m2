$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/internal/sync/hashtriemap.go:550:9: &sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]{...} escapes to heap in newIndirectNode[go.shape.*internal/abi.Type,go.shape.interface {}]:
$GOROOT/src/internal/sync/hashtriemap.go:550:9:   flow: sync.~r0 ← &{storage for &sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]{...}}:
$GOROOT/src/internal/sync/hashtriemap.go:550:9:     from &sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]{...} (spill) at $GOROOT/src/internal/sync/hashtriemap.go:550:9
$GOROOT/src/internal/sync/hashtriemap.go:550:9:     from return &sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]{...} (return) at $GOROOT/src/internal/sync/hashtriemap.go:550:2
$GOROOT/src/internal/sync/hashtriemap.go:549:43: parameter sync.parent leaks to {storage for &sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]{...}} for newIndirectNode[go.shape.*internal/abi.Type,go.shape.interface {}] with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:549:43:   flow: {storage for &sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]{...}} ← sync.parent:
$GOROOT/src/internal/sync/hashtriemap.go:549:43:     from sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]{...} (struct literal element) at $GOROOT/src/internal/sync/hashtriemap.go:550:24
$GOROOT/src/internal/sync/hashtriemap.go:550:9: &sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]{...} escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:39:17: sync.(*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).initSlow capturing by value: .autotmp_2 (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:37:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).initSlow with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:37:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:37:7:     from sync.ht.initMu (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:38:4
$GOROOT/src/internal/sync/hashtriemap.go:37:7:     from sync.ht.initMu (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:38:11
$GOROOT/src/internal/sync/hashtriemap.go:37:7:     from (*sync.Mutex).Lock(sync.ht.initMu) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:38:16
$GOROOT/src/internal/sync/hashtriemap.go:30:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).init with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:30:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:30:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).initSlow(sync.ht, (*[144]uintptr)(sync..dict[0])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:32:14
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.isEntry bool }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/internal/sync/hashtriemap.go:579:7: parameter sync.e leaks to {heap} for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).lookup with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:   flow: {heap} ← sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from sync.e.overflow (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:584:8
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from sync.e.overflow (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:584:17
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).Load(sync.e.overflow, (*[16]uintptr)(sync..dict[0])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:584:22
$GOROOT/src/internal/sync/hashtriemap.go:579:7: parameter sync.e leaks to sync.~r0 for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).lookup with derefs=1:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:   flow: sync.~r0 ← *sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from sync.e.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:582:12
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from return sync.e.value, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:582:4
$GOROOT/src/internal/sync/hashtriemap.go:586:13: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:708:9: "called entry on non-entry node" escapes to heap in (*node[go.shape.*internal/abi.Type,go.shape.interface {}]).entry:
$GOROOT/src/internal/sync/hashtriemap.go:708:9:   flow: {heap} ← &{storage for "called entry on non-entry node"}:
$GOROOT/src/internal/sync/hashtriemap.go:708:9:     from "called entry on non-entry node" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:708:9
$GOROOT/src/internal/sync/hashtriemap.go:708:9:     from panic("called entry on non-entry node") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:708:8
$GOROOT/src/internal/sync/hashtriemap.go:706:7: parameter sync.n leaks to sync.~r0 for (*node[go.shape.*internal/abi.Type,go.shape.interface {}]).entry with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:706:7:   flow: sync.~r0 ← sync.n:
$GOROOT/src/internal/sync/hashtriemap.go:706:7:     from return (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}])(unsafe.Pointer(sync.n)) (return) at $GOROOT/src/internal/sync/hashtriemap.go:710:2
$GOROOT/src/internal/sync/hashtriemap.go:708:9: "called entry on non-entry node" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:715:9: "called indirect on entry node" escapes to heap in (*node[go.shape.*internal/abi.Type,go.shape.interface {}]).indirect:
$GOROOT/src/internal/sync/hashtriemap.go:715:9:   flow: {heap} ← &{storage for "called indirect on entry node"}:
$GOROOT/src/internal/sync/hashtriemap.go:715:9:     from "called indirect on entry node" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:715:9
$GOROOT/src/internal/sync/hashtriemap.go:715:9:     from panic("called indirect on entry node") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:715:8
$GOROOT/src/internal/sync/hashtriemap.go:713:7: parameter sync.n leaks to sync.~r0 for (*node[go.shape.*internal/abi.Type,go.shape.interface {}]).indirect with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:713:7:   flow: sync.~r0 ← sync.n:
$GOROOT/src/internal/sync/hashtriemap.go:713:7:     from return (*sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}])(unsafe.Pointer(sync.n)) (return) at $GOROOT/src/internal/sync/hashtriemap.go:717:2
$GOROOT/src/internal/sync/hashtriemap.go:715:9: "called indirect on entry node" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:82:8: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Load:
$GOROOT/src/internal/sync/hashtriemap.go:82:8:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:82:8:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:82:8
$GOROOT/src/internal/sync/hashtriemap.go:82:8:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:82:7
$GOROOT/src/internal/sync/hashtriemap.go:64:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Load with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:64:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:64:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[3])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:65:9
$GOROOT/src/internal/sync/hashtriemap.go:75:15: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:82:8: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/unique/canonmap.go:295:9: &unique.indirect[go.shape.string]{...} escapes to heap in newIndirectNode[go.shape.string]:
$GOROOT/src/unique/canonmap.go:295:9:   flow: unique.~r0 ← &{storage for &unique.indirect[go.shape.string]{...}}:
$GOROOT/src/unique/canonmap.go:295:9:     from &unique.indirect[go.shape.string]{...} (spill) at $GOROOT/src/unique/canonmap.go:295:9
$GOROOT/src/unique/canonmap.go:295:9:     from return &unique.indirect[go.shape.string]{...} (return) at $GOROOT/src/unique/canonmap.go:295:2
$GOROOT/src/unique/canonmap.go:294:36: parameter unique.parent leaks to {storage for &unique.indirect[go.shape.string]{...}} for newIndirectNode[go.shape.string] with derefs=0:
$GOROOT/src/unique/canonmap.go:294:36:   flow: {storage for &unique.indirect[go.shape.string]{...}} ← unique.parent:
$GOROOT/src/unique/canonmap.go:294:36:     from unique.indirect[go.shape.string]{...} (struct literal element) at $GOROOT/src/unique/canonmap.go:295:21
$GOROOT/src/unique/canonmap.go:295:9: &unique.indirect[go.shape.string]{...} escapes to heap
$GOROOT/src/unique/canonmap.go:27:11: new(<node DYNAMICTYPE>) escapes to heap in newCanonMap[go.shape.string]:
$GOROOT/src/unique/canonmap.go:27:11:   flow: unique.cm ← &{storage for new(<node DYNAMICTYPE>)}:
$GOROOT/src/unique/canonmap.go:27:11:     from new(<node DYNAMICTYPE>) (spill) at $GOROOT/src/unique/canonmap.go:27:11
$GOROOT/src/unique/canonmap.go:27:11:     from unique.cm := new(<node DYNAMICTYPE>) (assign) at $GOROOT/src/unique/canonmap.go:27:5
$GOROOT/src/unique/canonmap.go:27:11:   flow: {heap} ← unique.cm:
$GOROOT/src/unique/canonmap.go:27:11:     from unique.cm.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:28:4
$GOROOT/src/unique/canonmap.go:27:11:     from unique.cm.root (address-of) at $GOROOT/src/unique/canonmap.go:28:9
$GOROOT/src/unique/canonmap.go:27:11:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Store(unique.cm.root, (*[16]uintptr)(unique..dict[0]), unique.newIndirectNode[go.shape.string]((*[2]uintptr)(unique..dict[1]), nil)) (call parameter) at $GOROOT/src/unique/canonmap.go:28:15
$GOROOT/src/unique/canonmap.go:27:11: new(<node DYNAMICTYPE>) escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:572:9: &sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]{...} escapes to heap in newEntryNode[go.shape.*internal/abi.Type,go.shape.interface {}]:
$GOROOT/src/internal/sync/hashtriemap.go:572:9:   flow: sync.~r0 ← &{storage for &sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]{...}}:
$GOROOT/src/internal/sync/hashtriemap.go:572:9:     from &sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]{...} (spill) at $GOROOT/src/internal/sync/hashtriemap.go:572:9
$GOROOT/src/internal/sync/hashtriemap.go:572:9:     from return &sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]{...} (return) at $GOROOT/src/internal/sync/hashtriemap.go:572:2
$GOROOT/src/internal/sync/hashtriemap.go:571:40: parameter sync.key leaks to {storage for &sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]{...}} for newEntryNode[go.shape.*internal/abi.Type,go.shape.interface {}] with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:571:40:   flow: {storage for &sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]{...}} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:571:40:     from sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]{...} (struct literal element) at $GOROOT/src/internal/sync/hashtriemap.go:572:21
$GOROOT/src/internal/sync/hashtriemap.go:571:47: parameter sync.value leaks to {storage for &sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]{...}} for newEntryNode[go.shape.*internal/abi.Type,go.shape.interface {}] with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:571:47:   flow: {storage for &sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]{...}} ← sync.value:
$GOROOT/src/internal/sync/hashtriemap.go:571:47:     from sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]{...} (struct literal element) at $GOROOT/src/internal/sync/hashtriemap.go:572:21
$GOROOT/src/internal/sync/hashtriemap.go:572:9: &sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]{...} escapes to heap
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.isEntry bool }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.isEntry bool }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/internal/sync/hashtriemap.go:181:10: "internal/sync.HashTrieMap: ran out of hash bits while inserting (inc... escapes to heap in (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).expand:
$GOROOT/src/internal/sync/hashtriemap.go:181:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while inserting (inc...}:
$GOROOT/src/internal/sync/hashtriemap.go:181:10:     from "internal/sync.HashTrieMap: ran out of hash bits while inserting (inc... (spill) at $GOROOT/src/internal/sync/hashtriemap.go:181:10
$GOROOT/src/internal/sync/hashtriemap.go:181:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while inserting (inc...) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:181:9
$GOROOT/src/internal/sync/hashtriemap.go:167:37: parameter sync.oldEntry leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:37:   flow: {heap} ← sync.oldEntry:
$GOROOT/src/internal/sync/hashtriemap.go:167:37:     from sync.oldEntry.key (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:169:48
$GOROOT/src/internal/sync/hashtriemap.go:167:37:     from &sync.oldEntry.key (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:169:39
$GOROOT/src/internal/sync/hashtriemap.go:167:37:     from sync.ht.keyHash(unsafe.Pointer(&sync.oldEntry.key), sync.ht.seed) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:169:23
$GOROOT/src/internal/sync/hashtriemap.go:167:47: parameter sync.newEntry leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:   flow: {heap} ← sync.newEntry:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from sync.newEntry.overflow (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:173:11
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from sync.newEntry.overflow (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:173:20
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).Store(sync.newEntry.overflow, (*[16]uintptr)(sync..dict[14]), sync.oldEntry) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:173:26
$GOROOT/src/internal/sync/hashtriemap.go:167:103: parameter sync.parent leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:103:   flow: {heap} ← sync.parent:
$GOROOT/src/internal/sync/hashtriemap.go:167:103:     from sync.newIndirectNode[go.shape.*internal/abi.Type,go.shape.interface {}]((*[2]uintptr)(sync..dict[15]), sync.parent) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:177:32
$GOROOT/src/internal/sync/hashtriemap.go:167:47: parameter sync.newEntry leaks to sync.~r0 for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:   flow: sync.~r0 ← sync.newEntry:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from sync.newEntry.node (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:174:19
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from &sync.newEntry.node (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:174:10
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from return &sync.newEntry.node (return) at $GOROOT/src/internal/sync/hashtriemap.go:174:3
$GOROOT/src/internal/sync/hashtriemap.go:181:10: "internal/sync.HashTrieMap: ran out of hash bits while inserting (inc... escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:123:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore:
$GOROOT/src/internal/sync/hashtriemap.go:123:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:123:10:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:123:10
$GOROOT/src/internal/sync/hashtriemap.go:123:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:123:9
$GOROOT/src/internal/sync/hashtriemap.go:141:12: sync.(*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore capturing by value: .autotmp_16 (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:88:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:88:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[8])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:89:9
$GOROOT/src/internal/sync/hashtriemap.go:88:42: parameter sync.key leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:42:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:88:42:     from sync.newEntryNode[go.shape.*internal/abi.Type,go.shape.interface {}]((*[3]uintptr)(sync..dict[13]), sync.key, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:151:26
$GOROOT/src/internal/sync/hashtriemap.go:88:49: parameter sync.value leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:   flow: {heap} ← sync.value:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:     from sync.newEntryNode[go.shape.*internal/abi.Type,go.shape.interface {}]((*[3]uintptr)(sync..dict[13]), sync.key, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:151:26
$GOROOT/src/internal/sync/hashtriemap.go:88:49: parameter sync.value leaks to sync.result for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:   flow: sync.result ← sync.value:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:     from return sync.value, false (return) at $GOROOT/src/internal/sync/hashtriemap.go:162:2
$GOROOT/src/internal/sync/hashtriemap.go:123:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.isEntry bool }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for Pointer[go.shape.string].Value with derefs=0:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p.u (dot) at $GOROOT/src/weak/pointer.go:89:42
$GOROOT/src/weak/pointer.go:85:7:     from weak.runtime_makeStrongFromWeak(weak.p.u) (call parameter) at $GOROOT/src/weak/pointer.go:89:40
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/unique/canonmap.go:329:7: parameter unique.e leaks to {heap} for (*entry[go.shape.string]).lookup with derefs=0:
$GOROOT/src/unique/canonmap.go:329:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:329:7:     from unique.e.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:335:8
$GOROOT/src/unique/canonmap.go:329:7:     from unique.e.overflow (address-of) at $GOROOT/src/unique/canonmap.go:335:17
$GOROOT/src/unique/canonmap.go:329:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).Load(unique.e.overflow, (*[16]uintptr)(unique..dict[1])) (call parameter) at $GOROOT/src/unique/canonmap.go:335:22
$GOROOT/src/unique/canonmap.go:329:7: parameter unique.e leaks to unique.~r1 for (*entry[go.shape.string]).lookup with derefs=1:
$GOROOT/src/unique/canonmap.go:329:7:   flow: unique.~r1 ← *unique.e:
$GOROOT/src/unique/canonmap.go:329:7:     from unique.e.key (dot of pointer) at $GOROOT/src/unique/canonmap.go:333:15
$GOROOT/src/unique/canonmap.go:329:7:     from return unique.s, unique.e.key (return) at $GOROOT/src/unique/canonmap.go:333:4
$GOROOT/src/unique/canonmap.go:263:9: "called entry on non-entry node" escapes to heap in (*node[go.shape.string]).entry:
$GOROOT/src/unique/canonmap.go:263:9:   flow: {heap} ← &{storage for "called entry on non-entry node"}:
$GOROOT/src/unique/canonmap.go:263:9:     from "called entry on non-entry node" (spill) at $GOROOT/src/unique/canonmap.go:263:9
$GOROOT/src/unique/canonmap.go:263:9:     from panic("called entry on non-entry node") (call parameter) at $GOROOT/src/unique/canonmap.go:263:8
$GOROOT/src/unique/canonmap.go:261:7: parameter unique.n leaks to unique.~r0 for (*node[go.shape.string]).entry with derefs=0:
$GOROOT/src/unique/canonmap.go:261:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:261:7:     from return (*unique.entry[go.shape.string])(unsafe.Pointer(unique.n)) (return) at $GOROOT/src/unique/canonmap.go:265:2
$GOROOT/src/unique/canonmap.go:263:9: "called entry on non-entry node" escapes to heap
$GOROOT/src/unique/canonmap.go:270:9: "called indirect on entry node" escapes to heap in (*node[go.shape.string]).indirect:
$GOROOT/src/unique/canonmap.go:270:9:   flow: {heap} ← &{storage for "called indirect on entry node"}:
$GOROOT/src/unique/canonmap.go:270:9:     from "called indirect on entry node" (spill) at $GOROOT/src/unique/canonmap.go:270:9
$GOROOT/src/unique/canonmap.go:270:9:     from panic("called indirect on entry node") (call parameter) at $GOROOT/src/unique/canonmap.go:270:8
$GOROOT/src/unique/canonmap.go:268:7: parameter unique.n leaks to unique.~r0 for (*node[go.shape.string]).indirect with derefs=0:
$GOROOT/src/unique/canonmap.go:268:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:268:7:     from return (*unique.indirect[go.shape.string])(unsafe.Pointer(unique.n)) (return) at $GOROOT/src/unique/canonmap.go:272:2
$GOROOT/src/unique/canonmap.go:270:9: "called indirect on entry node" escapes to heap
$GOROOT/src/unique/canonmap.go:55:8: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.string]).Load:
$GOROOT/src/unique/canonmap.go:55:8:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:55:8:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:55:8
$GOROOT/src/unique/canonmap.go:55:8:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:55:7
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*canonMap[go.shape.string]).Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:40:8
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.root (address-of) at $GOROOT/src/unique/canonmap.go:40:13
$GOROOT/src/unique/canonmap.go:37:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load(unique.m.root, (*[16]uintptr)(unique..dict[0])) (call parameter) at $GOROOT/src/unique/canonmap.go:40:18
$GOROOT/src/unique/canonmap.go:55:8: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/internal/abi/escape.go:28:20: parameter abi.x leaks to {heap} for Escape[go.shape.*uint8] with derefs=0:
$GOROOT/src/internal/abi/escape.go:28:20:   flow: {heap} ← abi.x:
$GOROOT/src/internal/abi/escape.go:28:20:     from abi.x (interface-converted) at $GOROOT/src/internal/abi/escape.go:30:16
$GOROOT/src/internal/abi/escape.go:28:20:     from abi.escapeSink = abi.x (assign) at $GOROOT/src/internal/abi/escape.go:30:14
$GOROOT/src/internal/abi/escape.go:28:20: parameter abi.x leaks to abi.~r0 for Escape[go.shape.*uint8] with derefs=0:
$GOROOT/src/internal/abi/escape.go:28:20:   flow: abi.~r0 ← abi.x:
$GOROOT/src/internal/abi/escape.go:28:20:     from return abi.x (return) at $GOROOT/src/internal/abi/escape.go:32:2
$GOROOT/src/weak/pointer.go:68:18: parameter weak.ptr leaks to {heap} for Make[go.shape.string] with derefs=0:
$GOROOT/src/weak/pointer.go:68:18:   flow: {heap} ← weak.ptr:
$GOROOT/src/weak/pointer.go:68:18:     from abi.Escape[go.shape.*uint8]((*[2]uintptr)(weak..dict[0]), weak.ptr) (call parameter) at $GOROOT/src/weak/pointer.go:70:18
$GOROOT/src/unique/canonmap.go:315:33: parameter unique.key leaks to {heap} for newEntryNode[go.shape.string] with derefs=0:
$GOROOT/src/unique/canonmap.go:315:33:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:315:33:     from *unique.k = unique.key (assign) at $GOROOT/src/unique/canonmap.go:317:5
$GOROOT/src/unique/canonmap.go:316:10: new(<node DYNAMICTYPE>) escapes to heap in newEntryNode[go.shape.string]:
$GOROOT/src/unique/canonmap.go:316:10:   flow: unique.k ← &{storage for new(<node DYNAMICTYPE>)}:
$GOROOT/src/unique/canonmap.go:316:10:     from new(<node DYNAMICTYPE>) (spill) at $GOROOT/src/unique/canonmap.go:316:10
$GOROOT/src/unique/canonmap.go:316:10:     from unique.k := new(<node DYNAMICTYPE>) (assign) at $GOROOT/src/unique/canonmap.go:316:4
$GOROOT/src/unique/canonmap.go:316:10:   flow: {heap} ← unique.k:
$GOROOT/src/unique/canonmap.go:316:10:     from weak.Make[go.shape.string]((*[5]uintptr)(unique..dict[0]), unique.k) (call parameter) at $GOROOT/src/unique/canonmap.go:318:17
$GOROOT/src/unique/canonmap.go:319:9: &unique.entry[go.shape.string]{...} escapes to heap in newEntryNode[go.shape.string]:
$GOROOT/src/unique/canonmap.go:319:9:   flow: unique.~r0 ← &{storage for &unique.entry[go.shape.string]{...}}:
$GOROOT/src/unique/canonmap.go:319:9:     from &unique.entry[go.shape.string]{...} (spill) at $GOROOT/src/unique/canonmap.go:319:9
$GOROOT/src/unique/canonmap.go:319:9:     from return &unique.entry[go.shape.string]{...}, unique.k, unique.wp (return) at $GOROOT/src/unique/canonmap.go:319:2
$GOROOT/src/unique/canonmap.go:316:10: new(<node DYNAMICTYPE>) escapes to heap
$GOROOT/src/unique/canonmap.go:319:9: &unique.entry[go.shape.string]{...} escapes to heap
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/unique/canonmap.go:354:7: parameter unique.e leaks to {heap} for (*entry[go.shape.string]).prune with derefs=0:
$GOROOT/src/unique/canonmap.go:354:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:354:7:     from unique.e.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:360:8
$GOROOT/src/unique/canonmap.go:354:7:     from unique.e.overflow (address-of) at $GOROOT/src/unique/canonmap.go:360:17
$GOROOT/src/unique/canonmap.go:354:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).Load(unique.e.overflow, (*[16]uintptr)(unique..dict[4])) (call parameter) at $GOROOT/src/unique/canonmap.go:360:22
$GOROOT/src/unique/canonmap.go:354:7: parameter unique.e leaks to unique.~r0 for (*entry[go.shape.string]).prune with derefs=0:
$GOROOT/src/unique/canonmap.go:354:7:   flow: unique.newHead ← unique.e:
$GOROOT/src/unique/canonmap.go:354:7:     from unique.newHead := unique.e (assign) at $GOROOT/src/unique/canonmap.go:367:10
$GOROOT/src/unique/canonmap.go:354:7:   flow: unique.~r0 ← unique.newHead:
$GOROOT/src/unique/canonmap.go:354:7:     from return unique.newHead (return) at $GOROOT/src/unique/canonmap.go:378:2
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.isEntry bool }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.isEntry bool }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/unique/canonmap.go:159:10: "unique.canonMap: ran out of hash bits while inserting" escapes to heap in (*canonMap[go.shape.string]).expand:
$GOROOT/src/unique/canonmap.go:159:10:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while inserting"}:
$GOROOT/src/unique/canonmap.go:159:10:     from "unique.canonMap: ran out of hash bits while inserting" (spill) at $GOROOT/src/unique/canonmap.go:159:10
$GOROOT/src/unique/canonmap.go:159:10:     from panic("unique.canonMap: ran out of hash bits while inserting") (call parameter) at $GOROOT/src/unique/canonmap.go:159:9
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*canonMap[go.shape.string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from unique.newEntry.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:151:11
$GOROOT/src/unique/canonmap.go:145:40:     from unique.newEntry.overflow (address-of) at $GOROOT/src/unique/canonmap.go:151:20
$GOROOT/src/unique/canonmap.go:145:40:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).Store(unique.newEntry.overflow, (*[16]uintptr)(unique..dict[11]), unique.oldEntry) (call parameter) at $GOROOT/src/unique/canonmap.go:151:26
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*canonMap[go.shape.string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).Store(unique.newEntry.overflow, (*[16]uintptr)(unique..dict[11]), unique.oldEntry) (call parameter) at $GOROOT/src/unique/canonmap.go:151:26
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*canonMap[go.shape.string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from unique.newIndirectNode[go.shape.string]((*[2]uintptr)(unique..dict[12]), unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:155:32
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to unique.~r0 for (*canonMap[go.shape.string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: unique.~r0 ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from unique.newEntry.node (dot of pointer) at $GOROOT/src/unique/canonmap.go:152:19
$GOROOT/src/unique/canonmap.go:145:40:     from &unique.newEntry.node (address-of) at $GOROOT/src/unique/canonmap.go:152:10
$GOROOT/src/unique/canonmap.go:145:40:     from return &unique.newEntry.node (return) at $GOROOT/src/unique/canonmap.go:152:3
$GOROOT/src/unique/canonmap.go:159:10: "unique.canonMap: ran out of hash bits while inserting" escapes to heap
$GOROOT/src/internal/abi/escape.go:28:20: parameter abi.x leaks to {heap} for Escape[go.shape.func(go.shape.struct {})] with derefs=0:
$GOROOT/src/internal/abi/escape.go:28:20:   flow: {heap} ← abi.x:
$GOROOT/src/internal/abi/escape.go:28:20:     from abi.x (interface-converted) at $GOROOT/src/internal/abi/escape.go:30:16
$GOROOT/src/internal/abi/escape.go:28:20:     from abi.escapeSink = abi.x (assign) at $GOROOT/src/internal/abi/escape.go:30:14
$GOROOT/src/internal/abi/escape.go:28:20: parameter abi.x leaks to abi.~r0 for Escape[go.shape.func(go.shape.struct {})] with derefs=0:
$GOROOT/src/internal/abi/escape.go:28:20:   flow: abi.~r0 ← abi.x:
$GOROOT/src/internal/abi/escape.go:28:20:     from return abi.x (return) at $GOROOT/src/internal/abi/escape.go:32:2
$GOROOT/src/runtime/mcleanup.go:88:9: "runtime.AddCleanup: ptr is nil" escapes to heap in AddCleanup[go.shape.string,go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:88:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is nil"}:
$GOROOT/src/runtime/mcleanup.go:88:9:     from "runtime.AddCleanup: ptr is nil" (spill) at $GOROOT/src/runtime/mcleanup.go:88:9
$GOROOT/src/runtime/mcleanup.go:88:9:     from panic("runtime.AddCleanup: ptr is nil") (call parameter) at $GOROOT/src/runtime/mcleanup.go:88:8
$GOROOT/src/runtime/mcleanup.go:97:10: "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" escapes to heap in AddCleanup[go.shape.string,go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:97:10:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is equal to arg, cleanup will never run"}:
$GOROOT/src/runtime/mcleanup.go:97:10:     from "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" (spill) at $GOROOT/src/runtime/mcleanup.go:97:10
$GOROOT/src/runtime/mcleanup.go:97:10:     from panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run") (call parameter) at $GOROOT/src/runtime/mcleanup.go:97:9
$GOROOT/src/runtime/mcleanup.go:102:9: "runtime.AddCleanup: ptr is arena-allocated" escapes to heap in AddCleanup[go.shape.string,go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:102:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is arena-allocated"}:
$GOROOT/src/runtime/mcleanup.go:102:9:     from "runtime.AddCleanup: ptr is arena-allocated" (spill) at $GOROOT/src/runtime/mcleanup.go:102:9
$GOROOT/src/runtime/mcleanup.go:102:9:     from panic("runtime.AddCleanup: ptr is arena-allocated") (call parameter) at $GOROOT/src/runtime/mcleanup.go:102:8
$GOROOT/src/runtime/mcleanup.go:136:9: "runtime.AddCleanup: ptr not in allocated block" escapes to heap in AddCleanup[go.shape.string,go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:136:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr not in allocated block"}:
$GOROOT/src/runtime/mcleanup.go:136:9:     from "runtime.AddCleanup: ptr not in allocated block" (spill) at $GOROOT/src/runtime/mcleanup.go:136:9
$GOROOT/src/runtime/mcleanup.go:136:9:     from panic("runtime.AddCleanup: ptr not in allocated block") (call parameter) at $GOROOT/src/runtime/mcleanup.go:136:8
$GOROOT/src/runtime/mcleanup.go:150:11: "runtime.AddCleanup: ptr is within arg, cleanup will never run" escapes to heap in AddCleanup[go.shape.string,go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:150:11:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is within arg, cleanup will never run"}:
$GOROOT/src/runtime/mcleanup.go:150:11:     from "runtime.AddCleanup: ptr is within arg, cleanup will never run" (spill) at $GOROOT/src/runtime/mcleanup.go:150:11
$GOROOT/src/runtime/mcleanup.go:150:11:     from panic("runtime.AddCleanup: ptr is within arg, cleanup will never run") (call parameter) at $GOROOT/src/runtime/mcleanup.go:150:10
$GOROOT/src/runtime/mcleanup.go:167:11: "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... escapes to heap in AddCleanup[go.shape.string,go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:167:11:   flow: {heap} ← &{storage for "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n...}:
$GOROOT/src/runtime/mcleanup.go:167:11:     from "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... (spill) at $GOROOT/src/runtime/mcleanup.go:167:11
$GOROOT/src/runtime/mcleanup.go:167:11:     from panic("runtime.AddCleanup: cleanup function closes over ptr, cleanup will n...) (call parameter) at $GOROOT/src/runtime/mcleanup.go:167:10
$GOROOT/src/runtime/mcleanup.go:183:20: func literal escapes to heap in AddCleanup[go.shape.string,go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:183:20:   flow: {heap} ← &{storage for func literal}:
$GOROOT/src/runtime/mcleanup.go:183:20:     from func literal (spill) at $GOROOT/src/runtime/mcleanup.go:183:20
$GOROOT/src/runtime/mcleanup.go:183:20:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:183:20:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:183:20: runtime.AddCleanup[go.shape.string,go.shape.struct {}] capturing by value: .autotmp_29 (addr=false assign=false width=8)
$GOROOT/src/runtime/mcleanup.go:76:27: parameter runtime.ptr leaks to {heap} for AddCleanup[go.shape.string,go.shape.struct {}] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:27:   flow: {heap} ← runtime.ptr:
$GOROOT/src/runtime/mcleanup.go:76:27:     from abi.Escape[go.shape.*uint8]((*[2]uintptr)(runtime..dict[0]), runtime.ptr) (call parameter) at $GOROOT/src/runtime/mcleanup.go:83:18
$GOROOT/src/runtime/mcleanup.go:76:35: parameter runtime.cleanup leaks to {heap} for AddCleanup[go.shape.string,go.shape.struct {}] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:35:   flow: {heap} ← runtime.cleanup:
$GOROOT/src/runtime/mcleanup.go:76:35:     from abi.Escape[go.shape.func(go.shape.struct {})]((*[2]uintptr)(runtime..dict[1]), runtime.cleanup) (call parameter) at $GOROOT/src/runtime/mcleanup.go:84:22
$GOROOT/src/runtime/mcleanup.go:125:13: new(<node DYNAMICTYPE>) escapes to heap in AddCleanup[go.shape.string,go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:125:13:   flow: runtime.argv ← &{storage for new(<node DYNAMICTYPE>)}:
$GOROOT/src/runtime/mcleanup.go:125:13:     from new(<node DYNAMICTYPE>) (spill) at $GOROOT/src/runtime/mcleanup.go:125:13
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.argv = new(<node DYNAMICTYPE>) (assign) at $GOROOT/src/runtime/mcleanup.go:125:8
$GOROOT/src/runtime/mcleanup.go:125:13:   flow: {heap} ← runtime.argv:
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:122:13: new([2]uintptr) escapes to heap in AddCleanup[go.shape.string,go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: runtime.box ← &{storage for new([2]uintptr)}:
$GOROOT/src/runtime/mcleanup.go:122:13:     from new([2]uintptr) (spill) at $GOROOT/src/runtime/mcleanup.go:122:13
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.box := new([2]uintptr) (assign) at $GOROOT/src/runtime/mcleanup.go:122:7
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: runtime.argv ← runtime.box:
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.argv = (*go.shape.struct {})(unsafe.Pointer(runtime.box)) (assign) at $GOROOT/src/runtime/mcleanup.go:123:8
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: {heap} ← runtime.argv:
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:88:9: "runtime.AddCleanup: ptr is nil" escapes to heap
$GOROOT/src/runtime/mcleanup.go:93:24: runtime.arg does not escape
$GOROOT/src/runtime/mcleanup.go:97:10: "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" escapes to heap
$GOROOT/src/runtime/mcleanup.go:102:9: "runtime.AddCleanup: ptr is arena-allocated" escapes to heap
$GOROOT/src/runtime/mcleanup.go:122:13: new([2]uintptr) escapes to heap
$GOROOT/src/runtime/mcleanup.go:125:13: new(<node DYNAMICTYPE>) escapes to heap
$GOROOT/src/runtime/mcleanup.go:136:9: "runtime.AddCleanup: ptr not in allocated block" escapes to heap
$GOROOT/src/runtime/mcleanup.go:150:11: "runtime.AddCleanup: ptr is within arg, cleanup will never run" escapes to heap
$GOROOT/src/runtime/mcleanup.go:167:11: "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... escapes to heap
$GOROOT/src/unique/canonmap.go:341:7: parameter unique.e leaks to {heap} for (*entry[go.shape.string]).hasWeakPointer with derefs=0:
$GOROOT/src/unique/canonmap.go:341:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:341:7:     from unique.e.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:346:8
$GOROOT/src/unique/canonmap.go:341:7:     from unique.e.overflow (address-of) at $GOROOT/src/unique/canonmap.go:346:17
$GOROOT/src/unique/canonmap.go:341:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).Load(unique.e.overflow, (*[16]uintptr)(unique..dict[2])) (call parameter) at $GOROOT/src/unique/canonmap.go:346:22
$GOROOT/src/unique/canonmap.go:298:7: parameter unique.i leaks to {heap} for (*indirect[go.shape.string]).empty with derefs=0:
$GOROOT/src/unique/canonmap.go:298:7:   flow: {heap} ← unique.i:
$GOROOT/src/unique/canonmap.go:298:7:     from unique.i.children (dot of pointer) at $GOROOT/src/unique/canonmap.go:300:7
$GOROOT/src/unique/canonmap.go:298:7:     from unique.i.children[unique.j] (fixed-array-index-of) at $GOROOT/src/unique/canonmap.go:300:16
$GOROOT/src/unique/canonmap.go:298:7:     from unique.i.children[unique.j] (address-of) at $GOROOT/src/unique/canonmap.go:300:19
$GOROOT/src/unique/canonmap.go:298:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Load(unique.i.children[unique.j], (*[16]uintptr)(unique..dict[0])) (call parameter) at $GOROOT/src/unique/canonmap.go:300:24
$GOROOT/src/unique/canonmap.go:210:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.string]).cleanup:
$GOROOT/src/unique/canonmap.go:210:10:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:210:10:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:210:10
$GOROOT/src/unique/canonmap.go:210:10:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:210:9
$GOROOT/src/unique/canonmap.go:235:12: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.string]).cleanup:
$GOROOT/src/unique/canonmap.go:235:12:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:235:12:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:235:12
$GOROOT/src/unique/canonmap.go:235:12:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:235:11
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*canonMap[go.shape.string]).cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:187:8
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.root (address-of) at $GOROOT/src/unique/canonmap.go:187:13
$GOROOT/src/unique/canonmap.go:180:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load(unique.m.root, (*[16]uintptr)(unique..dict[14])) (call parameter) at $GOROOT/src/unique/canonmap.go:187:18
$GOROOT/src/unique/canonmap.go:210:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/unique/canonmap.go:235:12: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/unique/canonmap.go:93:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.string]).LoadOrStore:
$GOROOT/src/unique/canonmap.go:93:10:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:93:10:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:93:10
$GOROOT/src/unique/canonmap.go:93:10:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:93:9
$GOROOT/src/unique/canonmap.go:136:28: func literal escapes to heap in (*canonMap[go.shape.string]).LoadOrStore:
$GOROOT/src/unique/canonmap.go:136:28:   flow: {heap} ← &{storage for func literal}:
$GOROOT/src/unique/canonmap.go:136:28:     from func literal (spill) at $GOROOT/src/unique/canonmap.go:136:28
$GOROOT/src/unique/canonmap.go:136:28:     from runtime.AddCleanup[go.shape.string,go.shape.struct {}]((*[23]uintptr)(unique..dict[10]), unique.canon, func literal, struct {}{}) (call parameter) at $GOROOT/src/unique/canonmap.go:136:20
$GOROOT/src/unique/canonmap.go:111:12: unique.(*canonMap[go.shape.string]).LoadOrStore capturing by value: .autotmp_13 (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:58:7: unique.(*canonMap[go.shape.string]).LoadOrStore capturing by value: unique.m (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:59:2: unique.(*canonMap[go.shape.string]).LoadOrStore capturing by value: unique.hash (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:121:19: unique.(*canonMap[go.shape.string]).LoadOrStore capturing by value: unique.wp (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:58:6: unique.(*canonMap[go.shape.string]).LoadOrStore capturing by value: unique..dict (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*canonMap[go.shape.string]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:67:8
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.root (address-of) at $GOROOT/src/unique/canonmap.go:67:13
$GOROOT/src/unique/canonmap.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load(unique.m.root, (*[16]uintptr)(unique..dict[4])) (call parameter) at $GOROOT/src/unique/canonmap.go:67:18
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for (*canonMap[go.shape.string]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from unique.newEntryNode[go.shape.string]((*[6]uintptr)(unique..dict[8]), unique.key, unique.hash) (call parameter) at $GOROOT/src/unique/canonmap.go:121:37
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {storage for func literal} for (*canonMap[go.shape.string]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {storage for func literal} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m (captured by a closure) at $GOROOT/src/unique/canonmap.go:137:3
$GOROOT/src/unique/canonmap.go:58:6: parameter unique..dict leaks to {storage for func literal} for (*canonMap[go.shape.string]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:6:   flow: {storage for func literal} ← unique..dict:
$GOROOT/src/unique/canonmap.go:58:6:     from unique..dict (captured by a closure) at $GOROOT/src/unique/canonmap.go:58:6
$GOROOT/src/unique/canonmap.go:93:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/unique/canonmap.go:136:28: func literal escapes to heap
$GOROOT/src/internal/abi/escape.go:48:42: "intrinsic" escapes to heap in EscapeNonString[go.shape.string]:
$GOROOT/src/internal/abi/escape.go:48:42:   flow: {heap} ← &{storage for "intrinsic"}:
$GOROOT/src/internal/abi/escape.go:48:42:     from "intrinsic" (spill) at $GOROOT/src/internal/abi/escape.go:48:42
$GOROOT/src/internal/abi/escape.go:48:42:     from panic("intrinsic") (call parameter) at $GOROOT/src/internal/abi/escape.go:48:41
$GOROOT/src/internal/abi/escape.go:48:42: "intrinsic" escapes to heap
$GOROOT/src/unique/handle.go:41:8: &unique.uniqueMap[go.shape.string]{...} escapes to heap in Make[go.shape.string]:
$GOROOT/src/unique/handle.go:41:8:   flow: unique.m ← &{storage for &unique.uniqueMap[go.shape.string]{...}}:
$GOROOT/src/unique/handle.go:41:8:     from &unique.uniqueMap[go.shape.string]{...} (spill) at $GOROOT/src/unique/handle.go:41:8
$GOROOT/src/unique/handle.go:41:8:     from unique.m := &unique.uniqueMap[go.shape.string]{...} (assign) at $GOROOT/src/unique/handle.go:41:5
$GOROOT/src/unique/handle.go:41:8:   flow: {heap} ← unique.m:
$GOROOT/src/unique/handle.go:41:8:     from unique.m (interface-converted) at $GOROOT/src/unique/handle.go:42:39
$GOROOT/src/unique/handle.go:41:8:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore(unique.uniqueMaps, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], unique.typ, unique.m) (call parameter) at $GOROOT/src/unique/handle.go:42:33
$GOROOT/src/unique/handle.go:41:8: &unique.uniqueMap[go.shape.string]{...} escapes to heap
./main.go:17:13: make([]unique.Handle[string], 0, len(words)) escapes to heap in intern:
./main.go:17:13:   flow: out ← &{storage for make([]unique.Handle[string], 0, len(words))}:
./main.go:17:13:     from make([]unique.Handle[string], 0, len(words)) (spill) at ./main.go:17:13
./main.go:17:13:     from out := make([]unique.Handle[string], 0, len(words)) (assign) at ./main.go:17:6
./main.go:17:13:   flow: ~r0 ← out:
./main.go:17:13:     from return out (return) at ./main.go:21:2
./main.go:19:15: append(out, unique.Make[go.shape.string](&unique..dict.Make[string], w)) escapes to heap in intern:
./main.go:19:15:   flow: out ← &{storage for append(out, unique.Make[go.shape.string](&unique..dict.Make[string], w))}:
./main.go:19:15:     from append(out, unique.Make[go.shape.string](&unique..dict.Make[string], w)) (spill) at ./main.go:19:15
./main.go:19:15:     from out = append(out, unique.Make[go.shape.string](&unique..dict.Make[string], w)) (assign) at ./main.go:19:7
./main.go:19:15:   flow: ~r0 ← out:
./main.go:19:15:     from return out (return) at ./main.go:21:2
./main.go:16:13: words does not escape
./main.go:17:13: make([]unique.Handle[string], 0, len(words)) escapes to heap
./main.go:19:15: append escapes to heap
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/unique/canonmap.go:295:9: &unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]{...} escapes to heap in newIndirectNode[go.shape.struct { main.name string; main.meta interface {} }]:
$GOROOT/src/unique/canonmap.go:295:9:   flow: unique.~r0 ← &{storage for &unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]{...}}:
$GOROOT/src/unique/canonmap.go:295:9:     from &unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]{...} (spill) at $GOROOT/src/unique/canonmap.go:295:9
$GOROOT/src/unique/canonmap.go:295:9:     from return &unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]{...} (return) at $GOROOT/src/unique/canonmap.go:295:2
$GOROOT/src/unique/canonmap.go:294:36: parameter unique.parent leaks to {storage for &unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]{...}} for newIndirectNode[go.shape.struct { main.name string; main.meta interface {} }] with derefs=0:
$GOROOT/src/unique/canonmap.go:294:36:   flow: {storage for &unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]{...}} ← unique.parent:
$GOROOT/src/unique/canonmap.go:294:36:     from unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]{...} (struct literal element) at $GOROOT/src/unique/canonmap.go:295:21
$GOROOT/src/unique/canonmap.go:295:9: &unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]{...} escapes to heap
$GOROOT/src/unique/canonmap.go:27:11: new(<node DYNAMICTYPE>) escapes to heap in newCanonMap[go.shape.struct { main.name string; main.meta interface {} }]:
$GOROOT/src/unique/canonmap.go:27:11:   flow: unique.cm ← &{storage for new(<node DYNAMICTYPE>)}:
$GOROOT/src/unique/canonmap.go:27:11:     from new(<node DYNAMICTYPE>) (spill) at $GOROOT/src/unique/canonmap.go:27:11
$GOROOT/src/unique/canonmap.go:27:11:     from unique.cm := new(<node DYNAMICTYPE>) (assign) at $GOROOT/src/unique/canonmap.go:27:5
$GOROOT/src/unique/canonmap.go:27:11:   flow: {heap} ← unique.cm:
$GOROOT/src/unique/canonmap.go:27:11:     from unique.cm.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:28:4
$GOROOT/src/unique/canonmap.go:27:11:     from unique.cm.root (address-of) at $GOROOT/src/unique/canonmap.go:28:9
$GOROOT/src/unique/canonmap.go:27:11:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Store(unique.cm.root, (*[16]uintptr)(unique..dict[0]), unique.newIndirectNode[go.shape.struct { main.name string; main.meta interface {} }]((*[2]uintptr)(unique..dict[1]), nil)) (call parameter) at $GOROOT/src/unique/canonmap.go:28:15
$GOROOT/src/unique/canonmap.go:27:11: new(<node DYNAMICTYPE>) escapes to heap
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for Pointer[go.shape.struct { main.name string; main.meta interface {} }].Value with derefs=0:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p.u (dot) at $GOROOT/src/weak/pointer.go:89:42
$GOROOT/src/weak/pointer.go:85:7:     from weak.runtime_makeStrongFromWeak(weak.p.u) (call parameter) at $GOROOT/src/weak/pointer.go:89:40
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/unique/canonmap.go:329:7: parameter unique.e leaks to {heap} for (*entry[go.shape.struct { main.name string; main.meta interface {} }]).lookup with derefs=0:
$GOROOT/src/unique/canonmap.go:329:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:329:7:     from unique.e.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:335:8
$GOROOT/src/unique/canonmap.go:329:7:     from unique.e.overflow (address-of) at $GOROOT/src/unique/canonmap.go:335:17
$GOROOT/src/unique/canonmap.go:329:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).Load(unique.e.overflow, (*[16]uintptr)(unique..dict[1])) (call parameter) at $GOROOT/src/unique/canonmap.go:335:22
$GOROOT/src/unique/canonmap.go:329:7: parameter unique.e leaks to unique.~r1 for (*entry[go.shape.struct { main.name string; main.meta interface {} }]).lookup with derefs=1:
$GOROOT/src/unique/canonmap.go:329:7:   flow: unique.~r1 ← *unique.e:
$GOROOT/src/unique/canonmap.go:329:7:     from unique.e.key (dot of pointer) at $GOROOT/src/unique/canonmap.go:333:15
$GOROOT/src/unique/canonmap.go:329:7:     from return unique.s, unique.e.key (return) at $GOROOT/src/unique/canonmap.go:333:4
$GOROOT/src/unique/canonmap.go:263:9: "called entry on non-entry node" escapes to heap in (*node[go.shape.struct { main.name string; main.meta interface {} }]).entry:
$GOROOT/src/unique/canonmap.go:263:9:   flow: {heap} ← &{storage for "called entry on non-entry node"}:
$GOROOT/src/unique/canonmap.go:263:9:     from "called entry on non-entry node" (spill) at $GOROOT/src/unique/canonmap.go:263:9
$GOROOT/src/unique/canonmap.go:263:9:     from panic("called entry on non-entry node") (call parameter) at $GOROOT/src/unique/canonmap.go:263:8
$GOROOT/src/unique/canonmap.go:261:7: parameter unique.n leaks to unique.~r0 for (*node[go.shape.struct { main.name string; main.meta interface {} }]).entry with derefs=0:
$GOROOT/src/unique/canonmap.go:261:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:261:7:     from return (*unique.entry[go.shape.struct { main.name string; main.meta interface {} }])(unsafe.Pointer(unique.n)) (return) at $GOROOT/src/unique/canonmap.go:265:2
$GOROOT/src/unique/canonmap.go:263:9: "called entry on non-entry node" escapes to heap
$GOROOT/src/unique/canonmap.go:270:9: "called indirect on entry node" escapes to heap in (*node[go.shape.struct { main.name string; main.meta interface {} }]).indirect:
$GOROOT/src/unique/canonmap.go:270:9:   flow: {heap} ← &{storage for "called indirect on entry node"}:
$GOROOT/src/unique/canonmap.go:270:9:     from "called indirect on entry node" (spill) at $GOROOT/src/unique/canonmap.go:270:9
$GOROOT/src/unique/canonmap.go:270:9:     from panic("called indirect on entry node") (call parameter) at $GOROOT/src/unique/canonmap.go:270:8
$GOROOT/src/unique/canonmap.go:268:7: parameter unique.n leaks to unique.~r0 for (*node[go.shape.struct { main.name string; main.meta interface {} }]).indirect with derefs=0:
$GOROOT/src/unique/canonmap.go:268:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:268:7:     from return (*unique.indirect[go.shape.struct { main.name string; main.meta interface {} }])(unsafe.Pointer(unique.n)) (return) at $GOROOT/src/unique/canonmap.go:272:2
$GOROOT/src/unique/canonmap.go:270:9: "called indirect on entry node" escapes to heap
$GOROOT/src/unique/canonmap.go:55:8: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).Load:
$GOROOT/src/unique/canonmap.go:55:8:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:55:8:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:55:8
$GOROOT/src/unique/canonmap.go:55:8:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:55:7
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:40:8
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.root (address-of) at $GOROOT/src/unique/canonmap.go:40:13
$GOROOT/src/unique/canonmap.go:37:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load(unique.m.root, (*[16]uintptr)(unique..dict[0])) (call parameter) at $GOROOT/src/unique/canonmap.go:40:18
$GOROOT/src/unique/canonmap.go:55:8: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/weak/pointer.go:68:18: parameter weak.ptr leaks to {heap} for Make[go.shape.struct { main.name string; main.meta interface {} }] with derefs=0:
$GOROOT/src/weak/pointer.go:68:18:   flow: {heap} ← weak.ptr:
$GOROOT/src/weak/pointer.go:68:18:     from abi.Escape[go.shape.*uint8]((*[2]uintptr)(weak..dict[0]), weak.ptr) (call parameter) at $GOROOT/src/weak/pointer.go:70:18
$GOROOT/src/unique/canonmap.go:315:33: parameter unique.key leaks to {heap} for newEntryNode[go.shape.struct { main.name string; main.meta interface {} }] with derefs=0:
$GOROOT/src/unique/canonmap.go:315:33:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:315:33:     from *unique.k = unique.key (assign) at $GOROOT/src/unique/canonmap.go:317:5
$GOROOT/src/unique/canonmap.go:316:10: new(<node DYNAMICTYPE>) escapes to heap in newEntryNode[go.shape.struct { main.name string; main.meta interface {} }]:
$GOROOT/src/unique/canonmap.go:316:10:   flow: unique.k ← &{storage for new(<node DYNAMICTYPE>)}:
$GOROOT/src/unique/canonmap.go:316:10:     from new(<node DYNAMICTYPE>) (spill) at $GOROOT/src/unique/canonmap.go:316:10
$GOROOT/src/unique/canonmap.go:316:10:     from unique.k := new(<node DYNAMICTYPE>) (assign) at $GOROOT/src/unique/canonmap.go:316:4
$GOROOT/src/unique/canonmap.go:316:10:   flow: {heap} ← unique.k:
$GOROOT/src/unique/canonmap.go:316:10:     from weak.Make[go.shape.struct { main.name string; main.meta interface {} }]((*[5]uintptr)(unique..dict[0]), unique.k) (call parameter) at $GOROOT/src/unique/canonmap.go:318:17
$GOROOT/src/unique/canonmap.go:319:9: &unique.entry[go.shape.struct { main.name string; main.meta interface {} }]{...} escapes to heap in newEntryNode[go.shape.struct { main.name string; main.meta interface {} }]:
$GOROOT/src/unique/canonmap.go:319:9:   flow: unique.~r0 ← &{storage for &unique.entry[go.shape.struct { main.name string; main.meta interface {} }]{...}}:
$GOROOT/src/unique/canonmap.go:319:9:     from &unique.entry[go.shape.struct { main.name string; main.meta interface {} }]{...} (spill) at $GOROOT/src/unique/canonmap.go:319:9
$GOROOT/src/unique/canonmap.go:319:9:     from return &unique.entry[go.shape.struct { main.name string; main.meta interface {} }]{...}, unique.k, unique.wp (return) at $GOROOT/src/unique/canonmap.go:319:2
$GOROOT/src/unique/canonmap.go:316:10: new(<node DYNAMICTYPE>) escapes to heap
$GOROOT/src/unique/canonmap.go:319:9: &unique.entry[go.shape.struct { main.name string; main.meta interface {} }]{...} escapes to heap
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/unique/canonmap.go:354:7: parameter unique.e leaks to {heap} for (*entry[go.shape.struct { main.name string; main.meta interface {} }]).prune with derefs=0:
$GOROOT/src/unique/canonmap.go:354:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:354:7:     from unique.e.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:360:8
$GOROOT/src/unique/canonmap.go:354:7:     from unique.e.overflow (address-of) at $GOROOT/src/unique/canonmap.go:360:17
$GOROOT/src/unique/canonmap.go:354:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).Load(unique.e.overflow, (*[16]uintptr)(unique..dict[4])) (call parameter) at $GOROOT/src/unique/canonmap.go:360:22
$GOROOT/src/unique/canonmap.go:354:7: parameter unique.e leaks to unique.~r0 for (*entry[go.shape.struct { main.name string; main.meta interface {} }]).prune with derefs=0:
$GOROOT/src/unique/canonmap.go:354:7:   flow: unique.newHead ← unique.e:
$GOROOT/src/unique/canonmap.go:354:7:     from unique.newHead := unique.e (assign) at $GOROOT/src/unique/canonmap.go:367:10
$GOROOT/src/unique/canonmap.go:354:7:   flow: unique.~r0 ← unique.newHead:
$GOROOT/src/unique/canonmap.go:354:7:     from return unique.newHead (return) at $GOROOT/src/unique/canonmap.go:378:2
$GOROOT/src/unique/canonmap.go:159:10: "unique.canonMap: ran out of hash bits while inserting" escapes to heap in (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand:
$GOROOT/src/unique/canonmap.go:159:10:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while inserting"}:
$GOROOT/src/unique/canonmap.go:159:10:     from "unique.canonMap: ran out of hash bits while inserting" (spill) at $GOROOT/src/unique/canonmap.go:159:10
$GOROOT/src/unique/canonmap.go:159:10:     from panic("unique.canonMap: ran out of hash bits while inserting") (call parameter) at $GOROOT/src/unique/canonmap.go:159:9
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from unique.newEntry.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:151:11
$GOROOT/src/unique/canonmap.go:145:40:     from unique.newEntry.overflow (address-of) at $GOROOT/src/unique/canonmap.go:151:20
$GOROOT/src/unique/canonmap.go:145:40:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).Store(unique.newEntry.overflow, (*[16]uintptr)(unique..dict[11]), unique.oldEntry) (call parameter) at $GOROOT/src/unique/canonmap.go:151:26
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).Store(unique.newEntry.overflow, (*[16]uintptr)(unique..dict[11]), unique.oldEntry) (call parameter) at $GOROOT/src/unique/canonmap.go:151:26
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from unique.newIndirectNode[go.shape.struct { main.name string; main.meta interface {} }]((*[2]uintptr)(unique..dict[12]), unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:155:32
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to unique.~r0 for (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: unique.~r0 ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from unique.newEntry.node (dot of pointer) at $GOROOT/src/unique/canonmap.go:152:19
$GOROOT/src/unique/canonmap.go:145:40:     from &unique.newEntry.node (address-of) at $GOROOT/src/unique/canonmap.go:152:10
$GOROOT/src/unique/canonmap.go:145:40:     from return &unique.newEntry.node (return) at $GOROOT/src/unique/canonmap.go:152:3
$GOROOT/src/unique/canonmap.go:159:10: "unique.canonMap: ran out of hash bits while inserting" escapes to heap
$GOROOT/src/runtime/mcleanup.go:88:9: "runtime.AddCleanup: ptr is nil" escapes to heap in AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:88:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is nil"}:
$GOROOT/src/runtime/mcleanup.go:88:9:     from "runtime.AddCleanup: ptr is nil" (spill) at $GOROOT/src/runtime/mcleanup.go:88:9
$GOROOT/src/runtime/mcleanup.go:88:9:     from panic("runtime.AddCleanup: ptr is nil") (call parameter) at $GOROOT/src/runtime/mcleanup.go:88:8
$GOROOT/src/runtime/mcleanup.go:97:10: "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" escapes to heap in AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:97:10:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is equal to arg, cleanup will never run"}:
$GOROOT/src/runtime/mcleanup.go:97:10:     from "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" (spill) at $GOROOT/src/runtime/mcleanup.go:97:10
$GOROOT/src/runtime/mcleanup.go:97:10:     from panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run") (call parameter) at $GOROOT/src/runtime/mcleanup.go:97:9
$GOROOT/src/runtime/mcleanup.go:102:9: "runtime.AddCleanup: ptr is arena-allocated" escapes to heap in AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:102:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is arena-allocated"}:
$GOROOT/src/runtime/mcleanup.go:102:9:     from "runtime.AddCleanup: ptr is arena-allocated" (spill) at $GOROOT/src/runtime/mcleanup.go:102:9
$GOROOT/src/runtime/mcleanup.go:102:9:     from panic("runtime.AddCleanup: ptr is arena-allocated") (call parameter) at $GOROOT/src/runtime/mcleanup.go:102:8
$GOROOT/src/runtime/mcleanup.go:136:9: "runtime.AddCleanup: ptr not in allocated block" escapes to heap in AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:136:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr not in allocated block"}:
$GOROOT/src/runtime/mcleanup.go:136:9:     from "runtime.AddCleanup: ptr not in allocated block" (spill) at $GOROOT/src/runtime/mcleanup.go:136:9
$GOROOT/src/runtime/mcleanup.go:136:9:     from panic("runtime.AddCleanup: ptr not in allocated block") (call parameter) at $GOROOT/src/runtime/mcleanup.go:136:8
$GOROOT/src/runtime/mcleanup.go:150:11: "runtime.AddCleanup: ptr is within arg, cleanup will never run" escapes to heap in AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:150:11:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is within arg, cleanup will never run"}:
$GOROOT/src/runtime/mcleanup.go:150:11:     from "runtime.AddCleanup: ptr is within arg, cleanup will never run" (spill) at $GOROOT/src/runtime/mcleanup.go:150:11
$GOROOT/src/runtime/mcleanup.go:150:11:     from panic("runtime.AddCleanup: ptr is within arg, cleanup will never run") (call parameter) at $GOROOT/src/runtime/mcleanup.go:150:10
$GOROOT/src/runtime/mcleanup.go:167:11: "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... escapes to heap in AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:167:11:   flow: {heap} ← &{storage for "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n...}:
$GOROOT/src/runtime/mcleanup.go:167:11:     from "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... (spill) at $GOROOT/src/runtime/mcleanup.go:167:11
$GOROOT/src/runtime/mcleanup.go:167:11:     from panic("runtime.AddCleanup: cleanup function closes over ptr, cleanup will n...) (call parameter) at $GOROOT/src/runtime/mcleanup.go:167:10
$GOROOT/src/runtime/mcleanup.go:183:20: func literal escapes to heap in AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:183:20:   flow: {heap} ← &{storage for func literal}:
$GOROOT/src/runtime/mcleanup.go:183:20:     from func literal (spill) at $GOROOT/src/runtime/mcleanup.go:183:20
$GOROOT/src/runtime/mcleanup.go:183:20:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:183:20:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:183:20: runtime.AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}] capturing by value: .autotmp_29 (addr=false assign=false width=8)
$GOROOT/src/runtime/mcleanup.go:76:27: parameter runtime.ptr leaks to {heap} for AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:27:   flow: {heap} ← runtime.ptr:
$GOROOT/src/runtime/mcleanup.go:76:27:     from abi.Escape[go.shape.*uint8]((*[2]uintptr)(runtime..dict[0]), runtime.ptr) (call parameter) at $GOROOT/src/runtime/mcleanup.go:83:18
$GOROOT/src/runtime/mcleanup.go:76:35: parameter runtime.cleanup leaks to {heap} for AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:35:   flow: {heap} ← runtime.cleanup:
$GOROOT/src/runtime/mcleanup.go:76:35:     from abi.Escape[go.shape.func(go.shape.struct {})]((*[2]uintptr)(runtime..dict[1]), runtime.cleanup) (call parameter) at $GOROOT/src/runtime/mcleanup.go:84:22
$GOROOT/src/runtime/mcleanup.go:125:13: new(<node DYNAMICTYPE>) escapes to heap in AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:125:13:   flow: runtime.argv ← &{storage for new(<node DYNAMICTYPE>)}:
$GOROOT/src/runtime/mcleanup.go:125:13:     from new(<node DYNAMICTYPE>) (spill) at $GOROOT/src/runtime/mcleanup.go:125:13
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.argv = new(<node DYNAMICTYPE>) (assign) at $GOROOT/src/runtime/mcleanup.go:125:8
$GOROOT/src/runtime/mcleanup.go:125:13:   flow: {heap} ← runtime.argv:
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:122:13: new([2]uintptr) escapes to heap in AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: runtime.box ← &{storage for new([2]uintptr)}:
$GOROOT/src/runtime/mcleanup.go:122:13:     from new([2]uintptr) (spill) at $GOROOT/src/runtime/mcleanup.go:122:13
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.box := new([2]uintptr) (assign) at $GOROOT/src/runtime/mcleanup.go:122:7
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: runtime.argv ← runtime.box:
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.argv = (*go.shape.struct {})(unsafe.Pointer(runtime.box)) (assign) at $GOROOT/src/runtime/mcleanup.go:123:8
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: {heap} ← runtime.argv:
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:88:9: "runtime.AddCleanup: ptr is nil" escapes to heap
$GOROOT/src/runtime/mcleanup.go:93:24: runtime.arg does not escape
$GOROOT/src/runtime/mcleanup.go:97:10: "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" escapes to heap
$GOROOT/src/runtime/mcleanup.go:102:9: "runtime.AddCleanup: ptr is arena-allocated" escapes to heap
$GOROOT/src/runtime/mcleanup.go:122:13: new([2]uintptr) escapes to heap
$GOROOT/src/runtime/mcleanup.go:125:13: new(<node DYNAMICTYPE>) escapes to heap
$GOROOT/src/runtime/mcleanup.go:136:9: "runtime.AddCleanup: ptr not in allocated block" escapes to heap
$GOROOT/src/runtime/mcleanup.go:150:11: "runtime.AddCleanup: ptr is within arg, cleanup will never run" escapes to heap
$GOROOT/src/runtime/mcleanup.go:167:11: "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... escapes to heap
$GOROOT/src/unique/canonmap.go:341:7: parameter unique.e leaks to {heap} for (*entry[go.shape.struct { main.name string; main.meta interface {} }]).hasWeakPointer with derefs=0:
$GOROOT/src/unique/canonmap.go:341:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:341:7:     from unique.e.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:346:8
$GOROOT/src/unique/canonmap.go:341:7:     from unique.e.overflow (address-of) at $GOROOT/src/unique/canonmap.go:346:17
$GOROOT/src/unique/canonmap.go:341:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).Load(unique.e.overflow, (*[16]uintptr)(unique..dict[2])) (call parameter) at $GOROOT/src/unique/canonmap.go:346:22
$GOROOT/src/unique/canonmap.go:298:7: parameter unique.i leaks to {heap} for (*indirect[go.shape.struct { main.name string; main.meta interface {} }]).empty with derefs=0:
$GOROOT/src/unique/canonmap.go:298:7:   flow: {heap} ← unique.i:
$GOROOT/src/unique/canonmap.go:298:7:     from unique.i.children (dot of pointer) at $GOROOT/src/unique/canonmap.go:300:7
$GOROOT/src/unique/canonmap.go:298:7:     from unique.i.children[unique.j] (fixed-array-index-of) at $GOROOT/src/unique/canonmap.go:300:16
$GOROOT/src/unique/canonmap.go:298:7:     from unique.i.children[unique.j] (address-of) at $GOROOT/src/unique/canonmap.go:300:19
$GOROOT/src/unique/canonmap.go:298:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Load(unique.i.children[unique.j], (*[16]uintptr)(unique..dict[0])) (call parameter) at $GOROOT/src/unique/canonmap.go:300:24
$GOROOT/src/unique/canonmap.go:210:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).cleanup:
$GOROOT/src/unique/canonmap.go:210:10:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:210:10:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:210:10
$GOROOT/src/unique/canonmap.go:210:10:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:210:9
$GOROOT/src/unique/canonmap.go:235:12: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).cleanup:
$GOROOT/src/unique/canonmap.go:235:12:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:235:12:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:235:12
$GOROOT/src/unique/canonmap.go:235:12:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:235:11
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:187:8
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.root (address-of) at $GOROOT/src/unique/canonmap.go:187:13
$GOROOT/src/unique/canonmap.go:180:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load(unique.m.root, (*[16]uintptr)(unique..dict[14])) (call parameter) at $GOROOT/src/unique/canonmap.go:187:18
$GOROOT/src/unique/canonmap.go:210:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/unique/canonmap.go:235:12: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/unique/canonmap.go:93:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore:
$GOROOT/src/unique/canonmap.go:93:10:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:93:10:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:93:10
$GOROOT/src/unique/canonmap.go:93:10:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:93:9
$GOROOT/src/unique/canonmap.go:136:28: func literal escapes to heap in (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore:
$GOROOT/src/unique/canonmap.go:136:28:   flow: {heap} ← &{storage for func literal}:
$GOROOT/src/unique/canonmap.go:136:28:     from func literal (spill) at $GOROOT/src/unique/canonmap.go:136:28
$GOROOT/src/unique/canonmap.go:136:28:     from runtime.AddCleanup[go.shape.struct { main.name string; main.meta interface {} },go.shape.struct {}]((*[23]uintptr)(unique..dict[10]), unique.canon, func literal, struct {}{}) (call parameter) at $GOROOT/src/unique/canonmap.go:136:20
$GOROOT/src/unique/canonmap.go:111:12: unique.(*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore capturing by value: .autotmp_13 (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:58:7: unique.(*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore capturing by value: unique.m (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:59:2: unique.(*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore capturing by value: unique.hash (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:121:19: unique.(*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore capturing by value: unique.wp (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:58:6: unique.(*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore capturing by value: unique..dict (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:67:8
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.root (address-of) at $GOROOT/src/unique/canonmap.go:67:13
$GOROOT/src/unique/canonmap.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load(unique.m.root, (*[16]uintptr)(unique..dict[4])) (call parameter) at $GOROOT/src/unique/canonmap.go:67:18
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from unique.newEntryNode[go.shape.struct { main.name string; main.meta interface {} }]((*[6]uintptr)(unique..dict[8]), unique.key, unique.hash) (call parameter) at $GOROOT/src/unique/canonmap.go:121:37
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {storage for func literal} for (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {storage for func literal} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m (captured by a closure) at $GOROOT/src/unique/canonmap.go:137:3
$GOROOT/src/unique/canonmap.go:58:6: parameter unique..dict leaks to {storage for func literal} for (*canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:6:   flow: {storage for func literal} ← unique..dict:
$GOROOT/src/unique/canonmap.go:58:6:     from unique..dict (captured by a closure) at $GOROOT/src/unique/canonmap.go:58:6
$GOROOT/src/unique/canonmap.go:93:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/unique/canonmap.go:136:28: func literal escapes to heap
$GOROOT/src/internal/abi/escape.go:48:42: "intrinsic" escapes to heap in EscapeNonString[go.shape.struct { main.name string; main.meta interface {} }]:
$GOROOT/src/internal/abi/escape.go:48:42:   flow: {heap} ← &{storage for "intrinsic"}:
$GOROOT/src/internal/abi/escape.go:48:42:     from "intrinsic" (spill) at $GOROOT/src/internal/abi/escape.go:48:42
$GOROOT/src/internal/abi/escape.go:48:42:     from panic("intrinsic") (call parameter) at $GOROOT/src/internal/abi/escape.go:48:41
$GOROOT/src/internal/abi/escape.go:48:42: "intrinsic" escapes to heap
$GOROOT/src/internal/abi/escape.go:62:37: parameter abi.v leaks to {heap} for EscapeToResultNonString[go.shape.struct { main.name string; main.meta interface {} }] with derefs=0:
$GOROOT/src/internal/abi/escape.go:62:37:   flow: {heap} ← abi.v:
$GOROOT/src/internal/abi/escape.go:62:37:     from abi.EscapeNonString[go.shape.struct { main.name string; main.meta interface {} }]((*[1]uintptr)(abi..dict[0]), abi.v) (call parameter) at $GOROOT/src/internal/abi/escape.go:63:17
$GOROOT/src/unique/clone.go:21:26: parameter unique.value leaks to {heap} for clone[go.shape.struct { main.name string; main.meta interface {} }] with derefs=0:
$GOROOT/src/unique/clone.go:21:26:   flow: {heap} ← unique.value:
$GOROOT/src/unique/clone.go:21:26:     from abi.EscapeToResultNonString[go.shape.struct { main.name string; main.meta interface {} }]((*[6]uintptr)(unique..dict[0]), unique.value) (call parameter) at $GOROOT/src/unique/clone.go:26:36
$GOROOT/src/unique/handle.go:33:25: parameter unique.value leaks to {heap} for Make[go.shape.struct { main.name string; main.meta interface {} }] with derefs=0:
$GOROOT/src/unique/handle.go:33:25:   flow: {heap} ← unique.value:
$GOROOT/src/unique/handle.go:33:25:     from unique.clone[go.shape.struct { main.name string; main.meta interface {} }]((*[4]uintptr)(unique..dict[3]), unique.value, &unique.m.cloneSeq) (call parameter) at $GOROOT/src/unique/handle.go:50:28
$GOROOT/src/unique/handle.go:41:8: &unique.uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]{...} escapes to heap in Make[go.shape.struct { main.name string; main.meta interface {} }]:
$GOROOT/src/unique/handle.go:41:8:   flow: unique.m ← &{storage for &unique.uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]{...}}:
$GOROOT/src/unique/handle.go:41:8:     from &unique.uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]{...} (spill) at $GOROOT/src/unique/handle.go:41:8
$GOROOT/src/unique/handle.go:41:8:     from unique.m := &unique.uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]{...} (assign) at $GOROOT/src/unique/handle.go:41:5
$GOROOT/src/unique/handle.go:41:8:   flow: {heap} ← unique.m:
$GOROOT/src/unique/handle.go:41:8:     from unique.m (interface-converted) at $GOROOT/src/unique/handle.go:42:39
$GOROOT/src/unique/handle.go:41:8:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore(unique.uniqueMaps, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], unique.typ, unique.m) (call parameter) at $GOROOT/src/unique/handle.go:42:33
$GOROOT/src/unique/handle.go:41:8: &unique.uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]{...} escapes to heap
./main.go:24:12: parameter name leaks to {heap} for label with derefs=0:
./main.go:24:12:   flow: {heap} ← name:
./main.go:24:12:     from tagged{...} (struct literal element) at ./main.go:25:27
./main.go:24:12:     from unique.Make[go.shape.struct { main.name string; main.meta interface {} }](&unique..dict.Make[main.tagged], tagged{...}) (call parameter) at ./main.go:25:20
./main.go:24:25: parameter meta leaks to {heap} for label with derefs=0:
./main.go:24:25:   flow: {heap} ← meta:
./main.go:24:25:     from tagged{...} (struct literal element) at ./main.go:25:27
./main.go:24:25:     from unique.Make[go.shape.struct { main.name string; main.meta interface {} }](&unique..dict.Make[main.tagged], tagged{...}) (call parameter) at ./main.go:25:20
./main.go:24:12: leaking param: name
./main.go:24:25: leaking param: meta
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for Handle[go.shape.string].Value with derefs=1:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← *unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h.value (dot) at $GOROOT/src/unique/handle.go:27:11
$GOROOT/src/unique/handle.go:26:7:     from *unique.h.value (indirection) at $GOROOT/src/unique/handle.go:27:9
$GOROOT/src/unique/handle.go:26:7:     from return *unique.h.value (return) at $GOROOT/src/unique/handle.go:27:2
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/unique/canonmap.go:295:9: &unique.indirect[go.shape.struct { main.x int; main.y int }]{...} escapes to heap in newIndirectNode[go.shape.struct { main.x int; main.y int }]:
$GOROOT/src/unique/canonmap.go:295:9:   flow: unique.~r0 ← &{storage for &unique.indirect[go.shape.struct { main.x int; main.y int }]{...}}:
$GOROOT/src/unique/canonmap.go:295:9:     from &unique.indirect[go.shape.struct { main.x int; main.y int }]{...} (spill) at $GOROOT/src/unique/canonmap.go:295:9
$GOROOT/src/unique/canonmap.go:295:9:     from return &unique.indirect[go.shape.struct { main.x int; main.y int }]{...} (return) at $GOROOT/src/unique/canonmap.go:295:2
$GOROOT/src/unique/canonmap.go:294:36: parameter unique.parent leaks to {storage for &unique.indirect[go.shape.struct { main.x int; main.y int }]{...}} for newIndirectNode[go.shape.struct { main.x int; main.y int }] with derefs=0:
$GOROOT/src/unique/canonmap.go:294:36:   flow: {storage for &unique.indirect[go.shape.struct { main.x int; main.y int }]{...}} ← unique.parent:
$GOROOT/src/unique/canonmap.go:294:36:     from unique.indirect[go.shape.struct { main.x int; main.y int }]{...} (struct literal element) at $GOROOT/src/unique/canonmap.go:295:21
$GOROOT/src/unique/canonmap.go:295:9: &unique.indirect[go.shape.struct { main.x int; main.y int }]{...} escapes to heap
$GOROOT/src/unique/canonmap.go:27:11: new(<node DYNAMICTYPE>) escapes to heap in newCanonMap[go.shape.struct { main.x int; main.y int }]:
$GOROOT/src/unique/canonmap.go:27:11:   flow: unique.cm ← &{storage for new(<node DYNAMICTYPE>)}:
$GOROOT/src/unique/canonmap.go:27:11:     from new(<node DYNAMICTYPE>) (spill) at $GOROOT/src/unique/canonmap.go:27:11
$GOROOT/src/unique/canonmap.go:27:11:     from unique.cm := new(<node DYNAMICTYPE>) (assign) at $GOROOT/src/unique/canonmap.go:27:5
$GOROOT/src/unique/canonmap.go:27:11:   flow: {heap} ← unique.cm:
$GOROOT/src/unique/canonmap.go:27:11:     from unique.cm.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:28:4
$GOROOT/src/unique/canonmap.go:27:11:     from unique.cm.root (address-of) at $GOROOT/src/unique/canonmap.go:28:9
$GOROOT/src/unique/canonmap.go:27:11:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Store(unique.cm.root, (*[16]uintptr)(unique..dict[0]), unique.newIndirectNode[go.shape.struct { main.x int; main.y int }]((*[2]uintptr)(unique..dict[1]), nil)) (call parameter) at $GOROOT/src/unique/canonmap.go:28:15
$GOROOT/src/unique/canonmap.go:27:11: new(<node DYNAMICTYPE>) escapes to heap
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for Pointer[go.shape.struct { main.x int; main.y int }].Value with derefs=0:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p.u (dot) at $GOROOT/src/weak/pointer.go:89:42
$GOROOT/src/weak/pointer.go:85:7:     from weak.runtime_makeStrongFromWeak(weak.p.u) (call parameter) at $GOROOT/src/weak/pointer.go:89:40
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/unique/canonmap.go:329:7: parameter unique.e leaks to {heap} for (*entry[go.shape.struct { main.x int; main.y int }]).lookup with derefs=0:
$GOROOT/src/unique/canonmap.go:329:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:329:7:     from unique.e.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:335:8
$GOROOT/src/unique/canonmap.go:329:7:     from unique.e.overflow (address-of) at $GOROOT/src/unique/canonmap.go:335:17
$GOROOT/src/unique/canonmap.go:329:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).Load(unique.e.overflow, (*[16]uintptr)(unique..dict[1])) (call parameter) at $GOROOT/src/unique/canonmap.go:335:22
$GOROOT/src/unique/canonmap.go:329:7: parameter unique.e leaks to unique.~r1 for (*entry[go.shape.struct { main.x int; main.y int }]).lookup with derefs=1:
$GOROOT/src/unique/canonmap.go:329:7:   flow: unique.~r1 ← *unique.e:
$GOROOT/src/unique/canonmap.go:329:7:     from unique.e.key (dot of pointer) at $GOROOT/src/unique/canonmap.go:333:15
$GOROOT/src/unique/canonmap.go:329:7:     from return unique.s, unique.e.key (return) at $GOROOT/src/unique/canonmap.go:333:4
$GOROOT/src/unique/canonmap.go:263:9: "called entry on non-entry node" escapes to heap in (*node[go.shape.struct { main.x int; main.y int }]).entry:
$GOROOT/src/unique/canonmap.go:263:9:   flow: {heap} ← &{storage for "called entry on non-entry node"}:
$GOROOT/src/unique/canonmap.go:263:9:     from "called entry on non-entry node" (spill) at $GOROOT/src/unique/canonmap.go:263:9
$GOROOT/src/unique/canonmap.go:263:9:     from panic("called entry on non-entry node") (call parameter) at $GOROOT/src/unique/canonmap.go:263:8
$GOROOT/src/unique/canonmap.go:261:7: parameter unique.n leaks to unique.~r0 for (*node[go.shape.struct { main.x int; main.y int }]).entry with derefs=0:
$GOROOT/src/unique/canonmap.go:261:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:261:7:     from return (*unique.entry[go.shape.struct { main.x int; main.y int }])(unsafe.Pointer(unique.n)) (return) at $GOROOT/src/unique/canonmap.go:265:2
$GOROOT/src/unique/canonmap.go:263:9: "called entry on non-entry node" escapes to heap
$GOROOT/src/unique/canonmap.go:270:9: "called indirect on entry node" escapes to heap in (*node[go.shape.struct { main.x int; main.y int }]).indirect:
$GOROOT/src/unique/canonmap.go:270:9:   flow: {heap} ← &{storage for "called indirect on entry node"}:
$GOROOT/src/unique/canonmap.go:270:9:     from "called indirect on entry node" (spill) at $GOROOT/src/unique/canonmap.go:270:9
$GOROOT/src/unique/canonmap.go:270:9:     from panic("called indirect on entry node") (call parameter) at $GOROOT/src/unique/canonmap.go:270:8
$GOROOT/src/unique/canonmap.go:268:7: parameter unique.n leaks to unique.~r0 for (*node[go.shape.struct { main.x int; main.y int }]).indirect with derefs=0:
$GOROOT/src/unique/canonmap.go:268:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:268:7:     from return (*unique.indirect[go.shape.struct { main.x int; main.y int }])(unsafe.Pointer(unique.n)) (return) at $GOROOT/src/unique/canonmap.go:272:2
$GOROOT/src/unique/canonmap.go:270:9: "called indirect on entry node" escapes to heap
$GOROOT/src/unique/canonmap.go:55:8: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.struct { main.x int; main.y int }]).Load:
$GOROOT/src/unique/canonmap.go:55:8:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:55:8:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:55:8
$GOROOT/src/unique/canonmap.go:55:8:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:55:7
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*canonMap[go.shape.struct { main.x int; main.y int }]).Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:40:8
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.root (address-of) at $GOROOT/src/unique/canonmap.go:40:13
$GOROOT/src/unique/canonmap.go:37:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load(unique.m.root, (*[16]uintptr)(unique..dict[0])) (call parameter) at $GOROOT/src/unique/canonmap.go:40:18
$GOROOT/src/unique/canonmap.go:55:8: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/weak/pointer.go:68:18: parameter weak.ptr leaks to {heap} for Make[go.shape.struct { main.x int; main.y int }] with derefs=0:
$GOROOT/src/weak/pointer.go:68:18:   flow: {heap} ← weak.ptr:
$GOROOT/src/weak/pointer.go:68:18:     from abi.Escape[go.shape.*uint8]((*[2]uintptr)(weak..dict[0]), weak.ptr) (call parameter) at $GOROOT/src/weak/pointer.go:70:18
$GOROOT/src/unique/canonmap.go:316:10: new(<node DYNAMICTYPE>) escapes to heap in newEntryNode[go.shape.struct { main.x int; main.y int }]:
$GOROOT/src/unique/canonmap.go:316:10:   flow: unique.k ← &{storage for new(<node DYNAMICTYPE>)}:
$GOROOT/src/unique/canonmap.go:316:10:     from new(<node DYNAMICTYPE>) (spill) at $GOROOT/src/unique/canonmap.go:316:10
$GOROOT/src/unique/canonmap.go:316:10:     from unique.k := new(<node DYNAMICTYPE>) (assign) at $GOROOT/src/unique/canonmap.go:316:4
$GOROOT/src/unique/canonmap.go:316:10:   flow: {heap} ← unique.k:
$GOROOT/src/unique/canonmap.go:316:10:     from weak.Make[go.shape.struct { main.x int; main.y int }]((*[5]uintptr)(unique..dict[0]), unique.k) (call parameter) at $GOROOT/src/unique/canonmap.go:318:17
$GOROOT/src/unique/canonmap.go:319:9: &unique.entry[go.shape.struct { main.x int; main.y int }]{...} escapes to heap in newEntryNode[go.shape.struct { main.x int; main.y int }]:
$GOROOT/src/unique/canonmap.go:319:9:   flow: unique.~r0 ← &{storage for &unique.entry[go.shape.struct { main.x int; main.y int }]{...}}:
$GOROOT/src/unique/canonmap.go:319:9:     from &unique.entry[go.shape.struct { main.x int; main.y int }]{...} (spill) at $GOROOT/src/unique/canonmap.go:319:9
$GOROOT/src/unique/canonmap.go:319:9:     from return &unique.entry[go.shape.struct { main.x int; main.y int }]{...}, unique.k, unique.wp (return) at $GOROOT/src/unique/canonmap.go:319:2
$GOROOT/src/unique/canonmap.go:316:10: new(<node DYNAMICTYPE>) escapes to heap
$GOROOT/src/unique/canonmap.go:319:9: &unique.entry[go.shape.struct { main.x int; main.y int }]{...} escapes to heap
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/unique/canonmap.go:354:7: parameter unique.e leaks to {heap} for (*entry[go.shape.struct { main.x int; main.y int }]).prune with derefs=0:
$GOROOT/src/unique/canonmap.go:354:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:354:7:     from unique.e.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:360:8
$GOROOT/src/unique/canonmap.go:354:7:     from unique.e.overflow (address-of) at $GOROOT/src/unique/canonmap.go:360:17
$GOROOT/src/unique/canonmap.go:354:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).Load(unique.e.overflow, (*[16]uintptr)(unique..dict[4])) (call parameter) at $GOROOT/src/unique/canonmap.go:360:22
$GOROOT/src/unique/canonmap.go:354:7: parameter unique.e leaks to unique.~r0 for (*entry[go.shape.struct { main.x int; main.y int }]).prune with derefs=0:
$GOROOT/src/unique/canonmap.go:354:7:   flow: unique.newHead ← unique.e:
$GOROOT/src/unique/canonmap.go:354:7:     from unique.newHead := unique.e (assign) at $GOROOT/src/unique/canonmap.go:367:10
$GOROOT/src/unique/canonmap.go:354:7:   flow: unique.~r0 ← unique.newHead:
$GOROOT/src/unique/canonmap.go:354:7:     from return unique.newHead (return) at $GOROOT/src/unique/canonmap.go:378:2
$GOROOT/src/unique/canonmap.go:159:10: "unique.canonMap: ran out of hash bits while inserting" escapes to heap in (*canonMap[go.shape.struct { main.x int; main.y int }]).expand:
$GOROOT/src/unique/canonmap.go:159:10:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while inserting"}:
$GOROOT/src/unique/canonmap.go:159:10:     from "unique.canonMap: ran out of hash bits while inserting" (spill) at $GOROOT/src/unique/canonmap.go:159:10
$GOROOT/src/unique/canonmap.go:159:10:     from panic("unique.canonMap: ran out of hash bits while inserting") (call parameter) at $GOROOT/src/unique/canonmap.go:159:9
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*canonMap[go.shape.struct { main.x int; main.y int }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from unique.newEntry.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:151:11
$GOROOT/src/unique/canonmap.go:145:40:     from unique.newEntry.overflow (address-of) at $GOROOT/src/unique/canonmap.go:151:20
$GOROOT/src/unique/canonmap.go:145:40:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).Store(unique.newEntry.overflow, (*[16]uintptr)(unique..dict[11]), unique.oldEntry) (call parameter) at $GOROOT/src/unique/canonmap.go:151:26
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*canonMap[go.shape.struct { main.x int; main.y int }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).Store(unique.newEntry.overflow, (*[16]uintptr)(unique..dict[11]), unique.oldEntry) (call parameter) at $GOROOT/src/unique/canonmap.go:151:26
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*canonMap[go.shape.struct { main.x int; main.y int }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from unique.newIndirectNode[go.shape.struct { main.x int; main.y int }]((*[2]uintptr)(unique..dict[12]), unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:155:32
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to unique.~r0 for (*canonMap[go.shape.struct { main.x int; main.y int }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: unique.~r0 ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from unique.newEntry.node (dot of pointer) at $GOROOT/src/unique/canonmap.go:152:19
$GOROOT/src/unique/canonmap.go:145:40:     from &unique.newEntry.node (address-of) at $GOROOT/src/unique/canonmap.go:152:10
$GOROOT/src/unique/canonmap.go:145:40:     from return &unique.newEntry.node (return) at $GOROOT/src/unique/canonmap.go:152:3
$GOROOT/src/unique/canonmap.go:159:10: "unique.canonMap: ran out of hash bits while inserting" escapes to heap
$GOROOT/src/runtime/mcleanup.go:88:9: "runtime.AddCleanup: ptr is nil" escapes to heap in AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:88:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is nil"}:
$GOROOT/src/runtime/mcleanup.go:88:9:     from "runtime.AddCleanup: ptr is nil" (spill) at $GOROOT/src/runtime/mcleanup.go:88:9
$GOROOT/src/runtime/mcleanup.go:88:9:     from panic("runtime.AddCleanup: ptr is nil") (call parameter) at $GOROOT/src/runtime/mcleanup.go:88:8
$GOROOT/src/runtime/mcleanup.go:97:10: "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" escapes to heap in AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:97:10:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is equal to arg, cleanup will never run"}:
$GOROOT/src/runtime/mcleanup.go:97:10:     from "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" (spill) at $GOROOT/src/runtime/mcleanup.go:97:10
$GOROOT/src/runtime/mcleanup.go:97:10:     from panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run") (call parameter) at $GOROOT/src/runtime/mcleanup.go:97:9
$GOROOT/src/runtime/mcleanup.go:102:9: "runtime.AddCleanup: ptr is arena-allocated" escapes to heap in AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:102:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is arena-allocated"}:
$GOROOT/src/runtime/mcleanup.go:102:9:     from "runtime.AddCleanup: ptr is arena-allocated" (spill) at $GOROOT/src/runtime/mcleanup.go:102:9
$GOROOT/src/runtime/mcleanup.go:102:9:     from panic("runtime.AddCleanup: ptr is arena-allocated") (call parameter) at $GOROOT/src/runtime/mcleanup.go:102:8
$GOROOT/src/runtime/mcleanup.go:136:9: "runtime.AddCleanup: ptr not in allocated block" escapes to heap in AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:136:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr not in allocated block"}:
$GOROOT/src/runtime/mcleanup.go:136:9:     from "runtime.AddCleanup: ptr not in allocated block" (spill) at $GOROOT/src/runtime/mcleanup.go:136:9
$GOROOT/src/runtime/mcleanup.go:136:9:     from panic("runtime.AddCleanup: ptr not in allocated block") (call parameter) at $GOROOT/src/runtime/mcleanup.go:136:8
$GOROOT/src/runtime/mcleanup.go:150:11: "runtime.AddCleanup: ptr is within arg, cleanup will never run" escapes to heap in AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:150:11:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is within arg, cleanup will never run"}:
$GOROOT/src/runtime/mcleanup.go:150:11:     from "runtime.AddCleanup: ptr is within arg, cleanup will never run" (spill) at $GOROOT/src/runtime/mcleanup.go:150:11
$GOROOT/src/runtime/mcleanup.go:150:11:     from panic("runtime.AddCleanup: ptr is within arg, cleanup will never run") (call parameter) at $GOROOT/src/runtime/mcleanup.go:150:10
$GOROOT/src/runtime/mcleanup.go:167:11: "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... escapes to heap in AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:167:11:   flow: {heap} ← &{storage for "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n...}:
$GOROOT/src/runtime/mcleanup.go:167:11:     from "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... (spill) at $GOROOT/src/runtime/mcleanup.go:167:11
$GOROOT/src/runtime/mcleanup.go:167:11:     from panic("runtime.AddCleanup: cleanup function closes over ptr, cleanup will n...) (call parameter) at $GOROOT/src/runtime/mcleanup.go:167:10
$GOROOT/src/runtime/mcleanup.go:183:20: func literal escapes to heap in AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:183:20:   flow: {heap} ← &{storage for func literal}:
$GOROOT/src/runtime/mcleanup.go:183:20:     from func literal (spill) at $GOROOT/src/runtime/mcleanup.go:183:20
$GOROOT/src/runtime/mcleanup.go:183:20:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:183:20:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:183:20: runtime.AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}] capturing by value: .autotmp_29 (addr=false assign=false width=8)
$GOROOT/src/runtime/mcleanup.go:76:27: parameter runtime.ptr leaks to {heap} for AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:27:   flow: {heap} ← runtime.ptr:
$GOROOT/src/runtime/mcleanup.go:76:27:     from abi.Escape[go.shape.*uint8]((*[2]uintptr)(runtime..dict[0]), runtime.ptr) (call parameter) at $GOROOT/src/runtime/mcleanup.go:83:18
$GOROOT/src/runtime/mcleanup.go:76:35: parameter runtime.cleanup leaks to {heap} for AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:35:   flow: {heap} ← runtime.cleanup:
$GOROOT/src/runtime/mcleanup.go:76:35:     from abi.Escape[go.shape.func(go.shape.struct {})]((*[2]uintptr)(runtime..dict[1]), runtime.cleanup) (call parameter) at $GOROOT/src/runtime/mcleanup.go:84:22
$GOROOT/src/runtime/mcleanup.go:125:13: new(<node DYNAMICTYPE>) escapes to heap in AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:125:13:   flow: runtime.argv ← &{storage for new(<node DYNAMICTYPE>)}:
$GOROOT/src/runtime/mcleanup.go:125:13:     from new(<node DYNAMICTYPE>) (spill) at $GOROOT/src/runtime/mcleanup.go:125:13
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.argv = new(<node DYNAMICTYPE>) (assign) at $GOROOT/src/runtime/mcleanup.go:125:8
$GOROOT/src/runtime/mcleanup.go:125:13:   flow: {heap} ← runtime.argv:
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:122:13: new([2]uintptr) escapes to heap in AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}]:
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: runtime.box ← &{storage for new([2]uintptr)}:
$GOROOT/src/runtime/mcleanup.go:122:13:     from new([2]uintptr) (spill) at $GOROOT/src/runtime/mcleanup.go:122:13
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.box := new([2]uintptr) (assign) at $GOROOT/src/runtime/mcleanup.go:122:7
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: runtime.argv ← runtime.box:
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.argv = (*go.shape.struct {})(unsafe.Pointer(runtime.box)) (assign) at $GOROOT/src/runtime/mcleanup.go:123:8
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: {heap} ← runtime.argv:
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:88:9: "runtime.AddCleanup: ptr is nil" escapes to heap
$GOROOT/src/runtime/mcleanup.go:93:24: runtime.arg does not escape
$GOROOT/src/runtime/mcleanup.go:97:10: "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" escapes to heap
$GOROOT/src/runtime/mcleanup.go:102:9: "runtime.AddCleanup: ptr is arena-allocated" escapes to heap
$GOROOT/src/runtime/mcleanup.go:122:13: new([2]uintptr) escapes to heap
$GOROOT/src/runtime/mcleanup.go:125:13: new(<node DYNAMICTYPE>) escapes to heap
$GOROOT/src/runtime/mcleanup.go:136:9: "runtime.AddCleanup: ptr not in allocated block" escapes to heap
$GOROOT/src/runtime/mcleanup.go:150:11: "runtime.AddCleanup: ptr is within arg, cleanup will never run" escapes to heap
$GOROOT/src/runtime/mcleanup.go:167:11: "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... escapes to heap
$GOROOT/src/unique/canonmap.go:341:7: parameter unique.e leaks to {heap} for (*entry[go.shape.struct { main.x int; main.y int }]).hasWeakPointer with derefs=0:
$GOROOT/src/unique/canonmap.go:341:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:341:7:     from unique.e.overflow (dot of pointer) at $GOROOT/src/unique/canonmap.go:346:8
$GOROOT/src/unique/canonmap.go:341:7:     from unique.e.overflow (address-of) at $GOROOT/src/unique/canonmap.go:346:17
$GOROOT/src/unique/canonmap.go:341:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).Load(unique.e.overflow, (*[16]uintptr)(unique..dict[2])) (call parameter) at $GOROOT/src/unique/canonmap.go:346:22
$GOROOT/src/unique/canonmap.go:298:7: parameter unique.i leaks to {heap} for (*indirect[go.shape.struct { main.x int; main.y int }]).empty with derefs=0:
$GOROOT/src/unique/canonmap.go:298:7:   flow: {heap} ← unique.i:
$GOROOT/src/unique/canonmap.go:298:7:     from unique.i.children (dot of pointer) at $GOROOT/src/unique/canonmap.go:300:7
$GOROOT/src/unique/canonmap.go:298:7:     from unique.i.children[unique.j] (fixed-array-index-of) at $GOROOT/src/unique/canonmap.go:300:16
$GOROOT/src/unique/canonmap.go:298:7:     from unique.i.children[unique.j] (address-of) at $GOROOT/src/unique/canonmap.go:300:19
$GOROOT/src/unique/canonmap.go:298:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Load(unique.i.children[unique.j], (*[16]uintptr)(unique..dict[0])) (call parameter) at $GOROOT/src/unique/canonmap.go:300:24
$GOROOT/src/unique/canonmap.go:210:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.struct { main.x int; main.y int }]).cleanup:
$GOROOT/src/unique/canonmap.go:210:10:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:210:10:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:210:10
$GOROOT/src/unique/canonmap.go:210:10:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:210:9
$GOROOT/src/unique/canonmap.go:235:12: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.struct { main.x int; main.y int }]).cleanup:
$GOROOT/src/unique/canonmap.go:235:12:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:235:12:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:235:12
$GOROOT/src/unique/canonmap.go:235:12:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:235:11
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*canonMap[go.shape.struct { main.x int; main.y int }]).cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:187:8
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.root (address-of) at $GOROOT/src/unique/canonmap.go:187:13
$GOROOT/src/unique/canonmap.go:180:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load(unique.m.root, (*[16]uintptr)(unique..dict[14])) (call parameter) at $GOROOT/src/unique/canonmap.go:187:18
$GOROOT/src/unique/canonmap.go:210:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/unique/canonmap.go:235:12: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/unique/canonmap.go:93:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap in (*canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore:
$GOROOT/src/unique/canonmap.go:93:10:   flow: {heap} ← &{storage for "unique.canonMap: ran out of hash bits while iterating"}:
$GOROOT/src/unique/canonmap.go:93:10:     from "unique.canonMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/unique/canonmap.go:93:10
$GOROOT/src/unique/canonmap.go:93:10:     from panic("unique.canonMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/unique/canonmap.go:93:9
$GOROOT/src/unique/canonmap.go:136:28: func literal escapes to heap in (*canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore:
$GOROOT/src/unique/canonmap.go:136:28:   flow: {heap} ← &{storage for func literal}:
$GOROOT/src/unique/canonmap.go:136:28:     from func literal (spill) at $GOROOT/src/unique/canonmap.go:136:28
$GOROOT/src/unique/canonmap.go:136:28:     from runtime.AddCleanup[go.shape.struct { main.x int; main.y int },go.shape.struct {}]((*[23]uintptr)(unique..dict[10]), unique.canon, func literal, struct {}{}) (call parameter) at $GOROOT/src/unique/canonmap.go:136:20
$GOROOT/src/unique/canonmap.go:111:12: unique.(*canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore capturing by value: .autotmp_13 (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:58:7: unique.(*canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore capturing by value: unique.m (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:59:2: unique.(*canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore capturing by value: unique.hash (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:121:19: unique.(*canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore capturing by value: unique.wp (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:58:6: unique.(*canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore capturing by value: unique..dict (addr=false assign=false width=8)
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.root (dot of pointer) at $GOROOT/src/unique/canonmap.go:67:8
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.root (address-of) at $GOROOT/src/unique/canonmap.go:67:13
$GOROOT/src/unique/canonmap.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Load(unique.m.root, (*[16]uintptr)(unique..dict[4])) (call parameter) at $GOROOT/src/unique/canonmap.go:67:18
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {storage for func literal} for (*canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {storage for func literal} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m (captured by a closure) at $GOROOT/src/unique/canonmap.go:137:3
$GOROOT/src/unique/canonmap.go:58:6: parameter unique..dict leaks to {storage for func literal} for (*canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:6:   flow: {storage for func literal} ← unique..dict:
$GOROOT/src/unique/canonmap.go:58:6:     from unique..dict (captured by a closure) at $GOROOT/src/unique/canonmap.go:58:6
$GOROOT/src/unique/canonmap.go:93:10: "unique.canonMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/unique/canonmap.go:136:28: func literal escapes to heap
$GOROOT/src/internal/abi/escape.go:48:42: "intrinsic" escapes to heap in EscapeNonString[go.shape.struct { main.x int; main.y int }]:
$GOROOT/src/internal/abi/escape.go:48:42:   flow: {heap} ← &{storage for "intrinsic"}:
$GOROOT/src/internal/abi/escape.go:48:42:     from "intrinsic" (spill) at $GOROOT/src/internal/abi/escape.go:48:42
$GOROOT/src/internal/abi/escape.go:48:42:     from panic("intrinsic") (call parameter) at $GOROOT/src/internal/abi/escape.go:48:41
$GOROOT/src/internal/abi/escape.go:48:42: "intrinsic" escapes to heap
$GOROOT/src/unique/handle.go:41:8: &unique.uniqueMap[go.shape.struct { main.x int; main.y int }]{...} escapes to heap in Make[go.shape.struct { main.x int; main.y int }]:
$GOROOT/src/unique/handle.go:41:8:   flow: unique.m ← &{storage for &unique.uniqueMap[go.shape.struct { main.x int; main.y int }]{...}}:
$GOROOT/src/unique/handle.go:41:8:     from &unique.uniqueMap[go.shape.struct { main.x int; main.y int }]{...} (spill) at $GOROOT/src/unique/handle.go:41:8
$GOROOT/src/unique/handle.go:41:8:     from unique.m := &unique.uniqueMap[go.shape.struct { main.x int; main.y int }]{...} (assign) at $GOROOT/src/unique/handle.go:41:5
$GOROOT/src/unique/handle.go:41:8:   flow: {heap} ← unique.m:
$GOROOT/src/unique/handle.go:41:8:     from unique.m (interface-converted) at $GOROOT/src/unique/handle.go:42:39
$GOROOT/src/unique/handle.go:41:8:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore(unique.uniqueMaps, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], unique.typ, unique.m) (call parameter) at $GOROOT/src/unique/handle.go:42:33
$GOROOT/src/unique/handle.go:41:8: &unique.uniqueMap[go.shape.struct { main.x int; main.y int }]{...} escapes to heap
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for Handle[go.shape.struct { main.name string; main.meta interface {} }].Value with derefs=1:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← *unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h.value (dot) at $GOROOT/src/unique/handle.go:27:11
$GOROOT/src/unique/handle.go:26:7:     from *unique.h.value (indirection) at $GOROOT/src/unique/handle.go:27:9
$GOROOT/src/unique/handle.go:26:7:     from return *unique.h.value (return) at $GOROOT/src/unique/handle.go:27:2
./main.go:32:38: 3 escapes to heap in main:
./main.go:32:38:   flow: {heap} ← &{storage for 3}:
./main.go:32:38:     from 3 (spill) at ./main.go:32:38
./main.go:32:38:     from label("n", 3) (call parameter) at ./main.go:32:32
./main.go:30:20: hs[0] == hs[2] escapes to heap in main:
./main.go:30:20:   flow: {storage for ... argument} ← &{storage for hs[0] == hs[2]}:
./main.go:30:20:     from hs[0] == hs[2] (spill) at ./main.go:30:20
./main.go:30:20:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:20:   flow: {heap} ← {storage for ... argument}:
./main.go:30:20:     from ... argument (spill) at ./main.go:30:13
./main.go:30:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:30:41: unique.Handle[go.shape.string].Value(hs[1], &unique..dict.Handle[string]) escapes to heap in main:
./main.go:30:41:   flow: {storage for ... argument} ← &{storage for unique.Handle[go.shape.string].Value(hs[1], &unique..dict.Handle[string])}:
./main.go:30:41:     from unique.Handle[go.shape.string].Value(hs[1], &unique..dict.Handle[string]) (spill) at ./main.go:30:41
./main.go:30:41:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:41:   flow: {heap} ← {storage for ... argument}:
./main.go:30:41:     from ... argument (spill) at ./main.go:30:13
./main.go:30:41:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:32:23: unique.Handle[go.shape.struct { main.x int; main.y int }].Value(p, &unique..dict.Handle[main.point]).x escapes to heap in main:
./main.go:32:23:   flow: {storage for ... argument} ← &{storage for unique.Handle[go.shape.struct { main.x int; main.y int }].Value(p, &unique..dict.Handle[main.point]).x}:
./main.go:32:23:     from unique.Handle[go.shape.struct { main.x int; main.y int }].Value(p, &unique..dict.Handle[main.point]).x (spill) at ./main.go:32:23
./main.go:32:23:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:23:   flow: {heap} ← {storage for ... argument}:
./main.go:32:23:     from ... argument (spill) at ./main.go:32:13
./main.go:32:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:13
./main.go:32:48: unique.Handle[go.shape.struct { main.name string; main.meta interface {} }].Value(label("n", 3), &unique..dict.Handle[main.tagged]).name escapes to heap in main:
./main.go:32:48:   flow: {storage for ... argument} ← &{storage for unique.Handle[go.shape.struct { main.name string; main.meta interface {} }].Value(label("n", 3), &unique..dict.Handle[main.tagged]).name}:
./main.go:32:48:     from unique.Handle[go.shape.struct { main.name string; main.meta interface {} }].Value(label("n", 3), &unique..dict.Handle[main.tagged]).name (spill) at ./main.go:32:48
./main.go:32:48:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:48:   flow: {heap} ← {storage for ... argument}:
./main.go:32:48:     from ... argument (spill) at ./main.go:32:13
./main.go:32:48:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:13
./main.go:29:23: []string{...} does not escape
./main.go:30:13: ... argument does not escape
./main.go:30:20: hs[0] == hs[2] escapes to heap
./main.go:30:41: unique.Handle[go.shape.string].Value(hs[1], &unique..dict.Handle[string]) escapes to heap
./main.go:32:13: ... argument does not escape
./main.go:32:23: unique.Handle[go.shape.struct { main.x int; main.y int }].Value(p, &unique..dict.Handle[main.point]).x escapes to heap
./main.go:32:48: unique.Handle[go.shape.struct { main.name string; main.meta interface {} }].Value(label("n", 3), &unique..dict.Handle[main.tagged]).name escapes to heap
./main.go:32:38: 3 escapes to heap
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]; unique.key weak.Pointer[go.shape.struct { main.x int; main.y int }]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:570:10
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:570:12
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:562:10
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:562:12
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:546:3
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:546:5
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from (*atomic.UnsafePointer).Store(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:546:11
$GOROOT/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:     from (*atomic.UnsafePointer).Store(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:546:11
$GOROOT/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:539:3
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:539:5
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from (*atomic.UnsafePointer).StoreNoWB(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:539:15
$GOROOT/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:     from (*atomic.UnsafePointer).StoreNoWB(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:539:15
$GOROOT/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Load with derefs=1:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:526:15
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:526:17
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from (*atomic.UnsafePointer).Load(atomic.p.u) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:526:22
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from return (*go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] })((*atomic.UnsafePointer).Load(atomic.p.u)) (return) at $GOROOT/src/internal/runtime/atomic/types.go:526:2
$GOROOT/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:570:10
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:570:12
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:562:10
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:562:12
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:546:3
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:546:5
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from (*atomic.UnsafePointer).Store(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:546:11
$GOROOT/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:     from (*atomic.UnsafePointer).Store(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:546:11
$GOROOT/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:539:3
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:539:5
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from (*atomic.UnsafePointer).StoreNoWB(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:539:15
$GOROOT/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:     from (*atomic.UnsafePointer).StoreNoWB(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:539:15
$GOROOT/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Load with derefs=1:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:526:15
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:526:17
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from (*atomic.UnsafePointer).Load(atomic.p.u) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:526:22
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from return (*go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0)((*atomic.UnsafePointer).Load(atomic.p.u)) (return) at $GOROOT/src/internal/runtime/atomic/types.go:526:2
$GOROOT/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Store(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:545:6
$GOROOT/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[runtime.m]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Store(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:545:6
$GOROOT/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).StoreNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:538:6
$GOROOT/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[runtime.m]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).StoreNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:538:6
$GOROOT/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[runtime.m]).Load with derefs=1:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Load(atomic.p, &atomic..dict.Pointer[runtime.m]) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:525:6
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from return (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Load(atomic.p, &atomic..dict.Pointer[runtime.m]) (return) at $GOROOT/src/internal/runtime/atomic/types.go:525:6
$GOROOT/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:545:6
$GOROOT/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[runtime._defer]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:545:6
$GOROOT/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:538:6
$GOROOT/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[runtime._defer]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:538:6
$GOROOT/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[runtime._defer]).Load with derefs=1:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Load(atomic.p, &atomic..dict.Pointer[runtime._defer]) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:525:6
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from return (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Load(atomic.p, &atomic..dict.Pointer[runtime._defer]) (return) at $GOROOT/src/internal/runtime/atomic/types.go:525:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.x int; main.y int }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.x int; main.y int }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.isEntry bool }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.isEntry bool }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.x int; main.y int }]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*canonMap[main.point]).cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).cleanup(unique.m, &unique..dict.canonMap[main.point], unique.hash, unique.wp) (call parameter) at $GOROOT/src/unique/canonmap.go:180:6
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*canonMap[main.point]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).expand(unique.m, &unique..dict.canonMap[main.point], unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:145:6
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*canonMap[main.point]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).expand(unique.m, &unique..dict.canonMap[main.point], unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:145:6
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*canonMap[main.point]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).expand(unique.m, &unique..dict.canonMap[main.point], unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:145:6
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*canonMap[main.point]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore(unique.m, &unique..dict.canonMap[main.point], unique.key) (call parameter) at $GOROOT/src/unique/canonmap.go:58:6
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*canonMap[main.point]).Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).Load(unique.m, &unique..dict.canonMap[main.point], unique.key) (call parameter) at $GOROOT/src/unique/canonmap.go:37:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[main.point]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.indirect[main.point]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.indirect[main.point]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.indirect[main.point]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.indirect[main.point]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.indirect[main.point]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[main.point]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).Swap(atomic.x, &atomic..dict.Pointer[unique.indirect[main.point]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.indirect[main.point]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).Swap(atomic.x, &atomic..dict.Pointer[unique.indirect[main.point]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[main.point]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).Store(atomic.x, &atomic..dict.Pointer[unique.indirect[main.point]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.indirect[main.point]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).Store(atomic.x, &atomic..dict.Pointer[unique.indirect[main.point]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[main.point]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.point]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.point]] }]).Load(atomic.x, &atomic..dict.Pointer[unique.indirect[main.point]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/unique/canonmap.go:298:7: parameter unique.i leaks to {heap} for (*indirect[main.point]).empty with derefs=0:
$GOROOT/src/unique/canonmap.go:298:7:   flow: {heap} ← unique.i:
$GOROOT/src/unique/canonmap.go:298:7:     from (*unique.indirect[go.shape.struct { main.x int; main.y int }]).empty(unique.i, &unique..dict.indirect[main.point]) (call parameter) at $GOROOT/src/unique/canonmap.go:298:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[main.point]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.node[main.point]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.node[main.point]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.node[main.point]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.node[main.point]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.node[main.point]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[main.point]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Swap(atomic.x, &atomic..dict.Pointer[unique.node[main.point]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.node[main.point]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Swap(atomic.x, &atomic..dict.Pointer[unique.node[main.point]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[main.point]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Store(atomic.x, &atomic..dict.Pointer[unique.node[main.point]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.node[main.point]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Store(atomic.x, &atomic..dict.Pointer[unique.node[main.point]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[main.point]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Load(atomic.x, &atomic..dict.Pointer[unique.node[main.point]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/unique/canonmap.go:268:7: parameter unique.n leaks to unique.~r0 for (*node[main.point]).indirect with derefs=0:
$GOROOT/src/unique/canonmap.go:268:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:268:7:     from (*unique.node[go.shape.struct { main.x int; main.y int }]).indirect(unique.n, &unique..dict.node[main.point]) (call parameter) at $GOROOT/src/unique/canonmap.go:268:6
$GOROOT/src/unique/canonmap.go:268:7:     from return (*unique.node[go.shape.struct { main.x int; main.y int }]).indirect(unique.n, &unique..dict.node[main.point]) (return) at $GOROOT/src/unique/canonmap.go:268:6
$GOROOT/src/unique/canonmap.go:261:7: parameter unique.n leaks to unique.~r0 for (*node[main.point]).entry with derefs=0:
$GOROOT/src/unique/canonmap.go:261:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:261:7:     from (*unique.node[go.shape.struct { main.x int; main.y int }]).entry(unique.n, &unique..dict.node[main.point]) (call parameter) at $GOROOT/src/unique/canonmap.go:261:6
$GOROOT/src/unique/canonmap.go:261:7:     from return (*unique.node[go.shape.struct { main.x int; main.y int }]).entry(unique.n, &unique..dict.node[main.point]) (return) at $GOROOT/src/unique/canonmap.go:261:6
$GOROOT/src/unique/canonmap.go:354:7: parameter unique.e leaks to {heap} for (*entry[main.point]).prune with derefs=0:
$GOROOT/src/unique/canonmap.go:354:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:354:7:     from (*unique.entry[go.shape.struct { main.x int; main.y int }]).prune(unique.e, &unique..dict.entry[main.point]) (call parameter) at $GOROOT/src/unique/canonmap.go:354:6
$GOROOT/src/unique/canonmap.go:341:7: parameter unique.e leaks to {heap} for (*entry[main.point]).hasWeakPointer with derefs=0:
$GOROOT/src/unique/canonmap.go:341:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:341:7:     from (*unique.entry[go.shape.struct { main.x int; main.y int }]).hasWeakPointer(unique.e, &unique..dict.entry[main.point], unique.wp) (call parameter) at $GOROOT/src/unique/canonmap.go:341:6
$GOROOT/src/unique/canonmap.go:329:7: parameter unique.e leaks to {heap} for (*entry[main.point]).lookup with derefs=0:
$GOROOT/src/unique/canonmap.go:329:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:329:7:     from (*unique.entry[go.shape.struct { main.x int; main.y int }]).lookup(unique.e, &unique..dict.entry[main.point], unique.key) (call parameter) at $GOROOT/src/unique/canonmap.go:329:6
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for Pointer[main.point].Value with derefs=0:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[go.shape.struct { main.x int; main.y int }].Value(weak.p, &weak..dict.Pointer[main.point]) (call parameter) at $GOROOT/src/weak/pointer.go:85:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[main.point]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.entry[main.point]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.entry[main.point]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.entry[main.point]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[main.point]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.entry[main.point]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[main.point]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).Swap(atomic.x, &atomic..dict.Pointer[unique.entry[main.point]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[main.point]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).Swap(atomic.x, &atomic..dict.Pointer[unique.entry[main.point]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[main.point]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).Store(atomic.x, &atomic..dict.Pointer[unique.entry[main.point]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.entry[main.point]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).Store(atomic.x, &atomic..dict.Pointer[unique.entry[main.point]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[main.point]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.point]; unique.overflow sync/atomic.Pointer[unique.entry[main.point]]; unique.key weak.Pointer[main.point]; unique.hash uintptr }]).Load(atomic.x, &atomic..dict.Pointer[unique.entry[main.point]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/internal/sync/hashtriemap.go:522:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Clear with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:522:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:522:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[51])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:523:9
$GOROOT/src/internal/sync/hashtriemap.go:498:35: parameter sync.i leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).iter with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:498:35:   flow: {heap} ← sync.i:
$GOROOT/src/internal/sync/hashtriemap.go:498:35:     from sync.i.children (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:500:9
$GOROOT/src/internal/sync/hashtriemap.go:498:35:     from sync.i.children[sync.j] (fixed-array-index-of) at $GOROOT/src/internal/sync/hashtriemap.go:500:18
$GOROOT/src/internal/sync/hashtriemap.go:498:35:     from sync.i.children[sync.j] (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:500:21
$GOROOT/src/internal/sync/hashtriemap.go:498:35:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Load(sync.i.children[sync.j], (*[16]uintptr)(sync..dict[47])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:500:26
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/internal/sync/hashtriemap.go:493:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Range with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:493:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:493:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[45])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:494:9
$GOROOT/src/internal/sync/hashtriemap.go:481:7: sync.(*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).All capturing by value: sync.ht (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:481:6: sync.(*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).All capturing by value: sync..dict (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:481:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).All with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[43])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:482:9
$GOROOT/src/internal/sync/hashtriemap.go:483:9: func literal escapes to heap in (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).All:
$GOROOT/src/internal/sync/hashtriemap.go:483:9:   flow: sync.~r0 ← &{storage for func literal}:
$GOROOT/src/internal/sync/hashtriemap.go:483:9:     from func literal (spill) at $GOROOT/src/internal/sync/hashtriemap.go:483:9
$GOROOT/src/internal/sync/hashtriemap.go:483:9:     from return func literal (return) at $GOROOT/src/internal/sync/hashtriemap.go:483:2
$GOROOT/src/internal/sync/hashtriemap.go:481:7: parameter sync.ht leaks to {storage for func literal} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).All with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:   flow: {storage for func literal} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:     from sync.ht (captured by a closure) at $GOROOT/src/internal/sync/hashtriemap.go:484:3
$GOROOT/src/internal/sync/hashtriemap.go:481:6: parameter sync..dict leaks to {storage for func literal} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).All with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:481:6:   flow: {storage for func literal} ← sync..dict:
$GOROOT/src/internal/sync/hashtriemap.go:481:6:     from sync..dict (captured by a closure) at $GOROOT/src/internal/sync/hashtriemap.go:481:6
$GOROOT/src/internal/sync/hashtriemap.go:483:9: func literal escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:589:7: parameter sync.e leaks to {heap} for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).lookupWithValue with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:   flow: {heap} ← sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from sync.e.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:591:68
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from &sync.e.value (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:591:66
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from sync.valEqual(unsafe.Pointer(&sync.e.value), abi.NoEscape(unsafe.Pointer(&sync.value))) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:591:50
$GOROOT/src/internal/sync/hashtriemap.go:589:7: parameter sync.e leaks to sync.~r0 for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).lookupWithValue with derefs=1:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:   flow: sync.~r0 ← *sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from sync.e.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:592:12
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from return sync.e.value, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:592:4
$GOROOT/src/internal/sync/hashtriemap.go:596:13: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:457:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).find:
$GOROOT/src/internal/sync/hashtriemap.go:457:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:457:10:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:457:10
$GOROOT/src/internal/sync/hashtriemap.go:457:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:457:9
$GOROOT/src/internal/sync/hashtriemap.go:426:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).find with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:426:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:426:7:     from sync.ht.root (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:429:9
$GOROOT/src/internal/sync/hashtriemap.go:426:7:     from sync.ht.root (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:429:14
$GOROOT/src/internal/sync/hashtriemap.go:426:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Load(sync.ht.root, (*[16]uintptr)(sync..dict[39])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:429:19
$GOROOT/src/internal/sync/hashtriemap.go:457:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:682:7: parameter sync.head leaks to {heap} for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:     from sync.head.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:683:53
$GOROOT/src/internal/sync/hashtriemap.go:682:7:     from &sync.head.value (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:683:48
$GOROOT/src/internal/sync/hashtriemap.go:682:7:     from sync.valEqual(unsafe.Pointer(&sync.head.value), abi.NoEscape(unsafe.Pointer(&sync.value))) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:683:32
$GOROOT/src/internal/sync/hashtriemap.go:682:7: parameter sync.head leaks to sync.~r0 for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:   flow: sync.~r0 ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:     from return sync.head, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:692:4
$GOROOT/src/internal/sync/hashtriemap.go:553:7: parameter sync.i leaks to {heap} for (*indirect[go.shape.*internal/abi.Type,go.shape.interface {}]).empty with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:553:7:   flow: {heap} ← sync.i:
$GOROOT/src/internal/sync/hashtriemap.go:553:7:     from sync.i.children (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:556:7
$GOROOT/src/internal/sync/hashtriemap.go:553:7:     from sync.i.children[sync.j] (fixed-array-index-of) at $GOROOT/src/internal/sync/hashtriemap.go:556:16
$GOROOT/src/internal/sync/hashtriemap.go:553:7:     from sync.i.children[sync.j] (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:556:19
$GOROOT/src/internal/sync/hashtriemap.go:553:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Load(sync.i.children[sync.j], (*[16]uintptr)(sync..dict[0])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:556:24
$GOROOT/src/internal/sync/hashtriemap.go:371:9: "called CompareAndDelete when value is not of comparable type" escapes to heap in (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndDelete:
$GOROOT/src/internal/sync/hashtriemap.go:371:9:   flow: {heap} ← &{storage for "called CompareAndDelete when value is not of comparable type"}:
$GOROOT/src/internal/sync/hashtriemap.go:371:9:     from "called CompareAndDelete when value is not of comparable type" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:371:9
$GOROOT/src/internal/sync/hashtriemap.go:371:9:     from panic("called CompareAndDelete when value is not of comparable type") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:371:8
$GOROOT/src/internal/sync/hashtriemap.go:404:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndDelete:
$GOROOT/src/internal/sync/hashtriemap.go:404:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:404:10:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:404:10
$GOROOT/src/internal/sync/hashtriemap.go:404:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:404:9
$GOROOT/src/internal/sync/hashtriemap.go:368:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:368:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:368:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[34])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:369:9
$GOROOT/src/internal/sync/hashtriemap.go:371:9: "called CompareAndDelete when value is not of comparable type" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:376:55: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:404:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:660:7: parameter sync.head leaks to {heap} for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).loadAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from sync.head.overflow (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:663:26
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from sync.head.overflow (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:663:35
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).Load(sync.head.overflow, (*[16]uintptr)(sync..dict[6])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:663:40
$GOROOT/src/internal/sync/hashtriemap.go:660:7: parameter sync.head leaks to sync.~r1 for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).loadAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:   flow: sync.~r1 ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from return sync.e.value, sync.head, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:670:4
$GOROOT/src/internal/sync/hashtriemap.go:660:7: parameter sync.head leaks to sync.~r0 for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).loadAndDelete with derefs=1:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:   flow: sync.~r0 ← *sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from sync.head.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:663:14
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from return sync.head.value, (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).Load(sync.head.overflow, (*[16]uintptr)(sync..dict[6])), true (return) at $GOROOT/src/internal/sync/hashtriemap.go:663:3
$GOROOT/src/internal/sync/hashtriemap.go:675:13: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:342:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadAndDelete:
$GOROOT/src/internal/sync/hashtriemap.go:342:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:342:10:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:342:10
$GOROOT/src/internal/sync/hashtriemap.go:342:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:342:9
$GOROOT/src/internal/sync/hashtriemap.go:309:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:309:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:309:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[28])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:310:9
$GOROOT/src/internal/sync/hashtriemap.go:314:55: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:319:14: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:327:14: new(<node DYNAMICTYPE>) does not escape
$GOROOT/src/internal/sync/hashtriemap.go:342:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:359:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Delete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:359:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:359:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadAndDelete(sync.ht, (*[144]uintptr)(sync..dict[33]), sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:360:25
$GOROOT/src/internal/sync/hashtriemap.go:632:7: parameter sync.head leaks to {heap} for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:     from sync.head.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:633:53
$GOROOT/src/internal/sync/hashtriemap.go:632:7:     from &sync.head.value (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:633:48
$GOROOT/src/internal/sync/hashtriemap.go:632:7:     from sync.valEqual(unsafe.Pointer(&sync.head.value), abi.NoEscape(unsafe.Pointer(&sync.old))) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:633:32
$GOROOT/src/internal/sync/hashtriemap.go:632:41: parameter sync.key leaks to {heap} for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:41:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:632:41:     from sync.newEntryNode[go.shape.*internal/abi.Type,go.shape.interface {}]((*[3]uintptr)(sync..dict[4]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:635:20
$GOROOT/src/internal/sync/hashtriemap.go:632:53: parameter sync.new leaks to {heap} for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:53:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:632:53:     from sync.newEntryNode[go.shape.*internal/abi.Type,go.shape.interface {}]((*[3]uintptr)(sync..dict[4]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:635:20
$GOROOT/src/internal/sync/hashtriemap.go:632:7: parameter sync.head leaks to sync.~r0 for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:   flow: sync.~r0 ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:     from return sync.head, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:648:4
$GOROOT/src/internal/sync/hashtriemap.go:283:9: "called CompareAndSwap when value is not of comparable type" escapes to heap in (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndSwap:
$GOROOT/src/internal/sync/hashtriemap.go:283:9:   flow: {heap} ← &{storage for "called CompareAndSwap when value is not of comparable type"}:
$GOROOT/src/internal/sync/hashtriemap.go:283:9:     from "called CompareAndSwap when value is not of comparable type" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:283:9
$GOROOT/src/internal/sync/hashtriemap.go:283:9:     from panic("called CompareAndSwap when value is not of comparable type") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:283:8
$GOROOT/src/internal/sync/hashtriemap.go:290:13: sync.(*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndSwap capturing by value: .autotmp_14 (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:280:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:280:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[24])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:281:9
$GOROOT/src/internal/sync/hashtriemap.go:280:45: parameter sync.key leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:45:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:280:45:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndSwap((*sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]).entry(sync.n, (*[10]uintptr)(sync..dict[25])), (*[60]uintptr)(sync..dict[26]), sync.key, sync.old, sync.new, sync.ht.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:297:40
$GOROOT/src/internal/sync/hashtriemap.go:280:57: parameter sync.new leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:57:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:280:57:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndSwap((*sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]).entry(sync.n, (*[10]uintptr)(sync..dict[25])), (*[60]uintptr)(sync..dict[26]), sync.key, sync.old, sync.new, sync.ht.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:297:40
$GOROOT/src/internal/sync/hashtriemap.go:283:9: "called CompareAndSwap when value is not of comparable type" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:603:31: parameter sync.key leaks to {heap} for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:31:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:603:31:     from sync.newEntryNode[go.shape.*internal/abi.Type,go.shape.interface {}]((*[3]uintptr)(sync..dict[2]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:606:20
$GOROOT/src/internal/sync/hashtriemap.go:603:38: parameter sync.new leaks to {heap} for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:38:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:603:38:     from sync.newEntryNode[go.shape.*internal/abi.Type,go.shape.interface {}]((*[3]uintptr)(sync..dict[2]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:606:20
$GOROOT/src/internal/sync/hashtriemap.go:603:7: parameter sync.head leaks to {heap} for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from sync.head.overflow (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:607:19
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from sync.head.overflow (address-of) at $GOROOT/src/internal/sync/hashtriemap.go:607:28
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]; internal/sync.key go.shape.*internal/abi.Type; internal/sync.value go.shape.interface {} }]).Load(sync.head.overflow, (*[16]uintptr)(sync..dict[3])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:607:33
$GOROOT/src/internal/sync/hashtriemap.go:603:7: parameter sync.head leaks to sync.~r1 for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).swap with derefs=1:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:   flow: sync.~r1 ← *sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from sync.head.value (dot of pointer) at $GOROOT/src/internal/sync/hashtriemap.go:610:17
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from return sync.e, sync.head.value, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:610:3
$GOROOT/src/internal/sync/hashtriemap.go:603:7: parameter sync.head leaks to sync.~r0 for (*entry[go.shape.*internal/abi.Type,go.shape.interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:   flow: sync.~r0 ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from return sync.head, sync.e.value, true (return) at $GOROOT/src/internal/sync/hashtriemap.go:619:4
$GOROOT/src/internal/sync/hashtriemap.go:231:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap in (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Swap:
$GOROOT/src/internal/sync/hashtriemap.go:231:10:   flow: {heap} ← &{storage for "internal/sync.HashTrieMap: ran out of hash bits while iterating"}:
$GOROOT/src/internal/sync/hashtriemap.go:231:10:     from "internal/sync.HashTrieMap: ran out of hash bits while iterating" (spill) at $GOROOT/src/internal/sync/hashtriemap.go:231:10
$GOROOT/src/internal/sync/hashtriemap.go:231:10:     from panic("internal/sync.HashTrieMap: ran out of hash bits while iterating") (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:231:9
$GOROOT/src/internal/sync/hashtriemap.go:249:12: sync.(*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Swap capturing by value: .autotmp_12 (addr=false assign=false width=8)
$GOROOT/src/internal/sync/hashtriemap.go:205:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:205:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).init(sync.ht, (*[144]uintptr)(sync..dict[18])) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:206:9
$GOROOT/src/internal/sync/hashtriemap.go:205:35: parameter sync.key leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:35:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:205:35:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).swap(sync.oldEntry, (*[60]uintptr)(sync..dict[22]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:256:42
$GOROOT/src/internal/sync/hashtriemap.go:205:42: parameter sync.new leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:42:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:205:42:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).swap(sync.oldEntry, (*[60]uintptr)(sync..dict[22]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:256:42
$GOROOT/src/internal/sync/hashtriemap.go:231:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
$GOROOT/src/internal/sync/hashtriemap.go:199:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:199:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Swap(sync.ht, (*[144]uintptr)(sync..dict[17]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:200:16
$GOROOT/src/internal/sync/hashtriemap.go:199:36: parameter sync.key leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:36:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:199:36:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Swap(sync.ht, (*[144]uintptr)(sync..dict[17]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:200:16
$GOROOT/src/internal/sync/hashtriemap.go:199:43: parameter sync.new leaks to {heap} for (*HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:43:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:199:43:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Swap(sync.ht, (*[144]uintptr)(sync..dict[17]), sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:200:16
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { internal/sync.node = internal/sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]; internal/sync.children [16]sync/atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }] }]).Swap with derefs=0:
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
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/internal/sync/hashtriemap.go:522:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).Clear with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:522:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:522:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Clear(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:522:6
$GOROOT/src/internal/sync/hashtriemap.go:498:35: parameter sync.i leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).iter with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:498:35:   flow: {heap} ← sync.i:
$GOROOT/src/internal/sync/hashtriemap.go:498:35:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).iter(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.i, sync.yield) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:498:6
$GOROOT/src/internal/sync/hashtriemap.go:493:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).Range with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:493:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:493:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Range(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.yield) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:493:6
$GOROOT/src/internal/sync/hashtriemap.go:481:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).All with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:481:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).All(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:481:6
$GOROOT/src/internal/sync/hashtriemap.go:426:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).find with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:426:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:426:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).find(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.hash, sync.valEqual, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:426:6
$GOROOT/src/internal/sync/hashtriemap.go:368:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).CompareAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:368:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:368:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndDelete(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.old) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:368:6
$GOROOT/src/internal/sync/hashtriemap.go:359:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).Delete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:359:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:359:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Delete(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:359:6
$GOROOT/src/internal/sync/hashtriemap.go:309:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).LoadAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:309:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:309:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadAndDelete(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:309:6
$GOROOT/src/internal/sync/hashtriemap.go:280:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:280:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndSwap(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.old, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:280:6
$GOROOT/src/internal/sync/hashtriemap.go:280:45: parameter sync.key leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:45:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:280:45:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndSwap(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.old, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:280:6
$GOROOT/src/internal/sync/hashtriemap.go:280:57: parameter sync.new leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:280:57:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:280:57:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).CompareAndSwap(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.old, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:280:6
$GOROOT/src/internal/sync/hashtriemap.go:205:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:205:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Swap(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:205:6
$GOROOT/src/internal/sync/hashtriemap.go:205:35: parameter sync.key leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:35:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:205:35:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Swap(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:205:6
$GOROOT/src/internal/sync/hashtriemap.go:205:42: parameter sync.new leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).Swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:205:42:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:205:42:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Swap(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:205:6
$GOROOT/src/internal/sync/hashtriemap.go:199:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:199:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Store(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:199:6
$GOROOT/src/internal/sync/hashtriemap.go:199:36: parameter sync.key leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:36:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:199:36:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Store(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:199:6
$GOROOT/src/internal/sync/hashtriemap.go:199:43: parameter sync.new leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).Store with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:199:43:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:199:43:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Store(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:199:6
$GOROOT/src/internal/sync/hashtriemap.go:167:37: parameter sync.oldEntry leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:37:   flow: {heap} ← sync.oldEntry:
$GOROOT/src/internal/sync/hashtriemap.go:167:37:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).expand(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.oldEntry, sync.newEntry, sync.newHash, sync.hashShift, sync.parent) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:167:6
$GOROOT/src/internal/sync/hashtriemap.go:167:47: parameter sync.newEntry leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:   flow: {heap} ← sync.newEntry:
$GOROOT/src/internal/sync/hashtriemap.go:167:47:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).expand(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.oldEntry, sync.newEntry, sync.newHash, sync.hashShift, sync.parent) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:167:6
$GOROOT/src/internal/sync/hashtriemap.go:167:103: parameter sync.parent leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).expand with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:167:103:   flow: {heap} ← sync.parent:
$GOROOT/src/internal/sync/hashtriemap.go:167:103:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).expand(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.oldEntry, sync.newEntry, sync.newHash, sync.hashShift, sync.parent) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:167:6
$GOROOT/src/internal/sync/hashtriemap.go:88:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:88:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:88:6
$GOROOT/src/internal/sync/hashtriemap.go:88:42: parameter sync.key leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:42:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:88:42:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:88:6
$GOROOT/src/internal/sync/hashtriemap.go:88:49: parameter sync.value leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).LoadOrStore with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:   flow: {heap} ← sync.value:
$GOROOT/src/internal/sync/hashtriemap.go:88:49:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).LoadOrStore(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key, sync.value) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:88:6
$GOROOT/src/internal/sync/hashtriemap.go:64:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).Load with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:64:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:64:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).Load(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}], sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:64:6
$GOROOT/src/internal/sync/hashtriemap.go:37:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).initSlow with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:37:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:37:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).initSlow(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:37:6
$GOROOT/src/internal/sync/hashtriemap.go:30:7: parameter sync.ht leaks to {heap} for (*HashTrieMap[*internal/abi.Type,interface {}]).init with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:30:7:   flow: {heap} ← sync.ht:
$GOROOT/src/internal/sync/hashtriemap.go:30:7:     from (*sync.HashTrieMap[go.shape.*internal/abi.Type,go.shape.interface {}]).init(sync.ht, &sync..dict.HashTrieMap[*internal/abi.Type,interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:30:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.dead sync/atomic.Bool; internal/sync.mu internal/sync.Mutex; internal/sync.parent *internal/sync.indirect[*internal/abi.Type,interface {}]; internal/sync.children [16]sync/atomic.Pointer[internal/sync.node[*internal/abi.Type,interface {}]] }]).Load(atomic.x, &atomic..dict.Pointer[internal/sync.indirect[*internal/abi.Type,interface {}]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/internal/sync/hashtriemap.go:553:7: parameter sync.i leaks to {heap} for (*indirect[*internal/abi.Type,interface {}]).empty with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:553:7:   flow: {heap} ← sync.i:
$GOROOT/src/internal/sync/hashtriemap.go:553:7:     from (*sync.indirect[go.shape.*internal/abi.Type,go.shape.interface {}]).empty(sync.i, &sync..dict.indirect[*internal/abi.Type,interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:553:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.node[*internal/abi.Type,interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.node[*internal/abi.Type,interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[internal/sync.node[*internal/abi.Type,interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.node[*internal/abi.Type,interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.node[*internal/abi.Type,interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.node[*internal/abi.Type,interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.node[*internal/abi.Type,interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.node[*internal/abi.Type,interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.node[*internal/abi.Type,interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.node[*internal/abi.Type,interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.node[*internal/abi.Type,interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.node[*internal/abi.Type,interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[internal/sync.node[*internal/abi.Type,interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.node[*internal/abi.Type,interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.node[*internal/abi.Type,interface {}]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.isEntry bool }]).Load(atomic.x, &atomic..dict.Pointer[internal/sync.node[*internal/abi.Type,interface {}]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/internal/sync/hashtriemap.go:713:7: parameter sync.n leaks to sync.~r0 for (*node[*internal/abi.Type,interface {}]).indirect with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:713:7:   flow: sync.~r0 ← sync.n:
$GOROOT/src/internal/sync/hashtriemap.go:713:7:     from (*sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]).indirect(sync.n, &sync..dict.node[*internal/abi.Type,interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:713:6
$GOROOT/src/internal/sync/hashtriemap.go:713:7:     from return (*sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]).indirect(sync.n, &sync..dict.node[*internal/abi.Type,interface {}]) (return) at $GOROOT/src/internal/sync/hashtriemap.go:713:6
$GOROOT/src/internal/sync/hashtriemap.go:706:7: parameter sync.n leaks to sync.~r0 for (*node[*internal/abi.Type,interface {}]).entry with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:706:7:   flow: sync.~r0 ← sync.n:
$GOROOT/src/internal/sync/hashtriemap.go:706:7:     from (*sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]).entry(sync.n, &sync..dict.node[*internal/abi.Type,interface {}]) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:706:6
$GOROOT/src/internal/sync/hashtriemap.go:706:7:     from return (*sync.node[go.shape.*internal/abi.Type,go.shape.interface {}]).entry(sync.n, &sync..dict.node[*internal/abi.Type,interface {}]) (return) at $GOROOT/src/internal/sync/hashtriemap.go:706:6
$GOROOT/src/internal/sync/hashtriemap.go:682:7: parameter sync.head leaks to {heap} for (*entry[*internal/abi.Type,interface {}]).compareAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:682:7:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndDelete(sync.head, &sync..dict.entry[*internal/abi.Type,interface {}], sync.key, sync.value, sync.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:682:6
$GOROOT/src/internal/sync/hashtriemap.go:660:7: parameter sync.head leaks to {heap} for (*entry[*internal/abi.Type,interface {}]).loadAndDelete with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:660:7:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).loadAndDelete(sync.head, &sync..dict.entry[*internal/abi.Type,interface {}], sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:660:6
$GOROOT/src/internal/sync/hashtriemap.go:632:7: parameter sync.head leaks to {heap} for (*entry[*internal/abi.Type,interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:632:7:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndSwap(sync.head, &sync..dict.entry[*internal/abi.Type,interface {}], sync.key, sync.old, sync.new, sync.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:632:6
$GOROOT/src/internal/sync/hashtriemap.go:632:41: parameter sync.key leaks to {heap} for (*entry[*internal/abi.Type,interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:41:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:632:41:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndSwap(sync.head, &sync..dict.entry[*internal/abi.Type,interface {}], sync.key, sync.old, sync.new, sync.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:632:6
$GOROOT/src/internal/sync/hashtriemap.go:632:53: parameter sync.new leaks to {heap} for (*entry[*internal/abi.Type,interface {}]).compareAndSwap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:632:53:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:632:53:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).compareAndSwap(sync.head, &sync..dict.entry[*internal/abi.Type,interface {}], sync.key, sync.old, sync.new, sync.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:632:6
$GOROOT/src/internal/sync/hashtriemap.go:603:7: parameter sync.head leaks to {heap} for (*entry[*internal/abi.Type,interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:   flow: {heap} ← sync.head:
$GOROOT/src/internal/sync/hashtriemap.go:603:7:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).swap(sync.head, &sync..dict.entry[*internal/abi.Type,interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:603:6
$GOROOT/src/internal/sync/hashtriemap.go:603:31: parameter sync.key leaks to {heap} for (*entry[*internal/abi.Type,interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:31:   flow: {heap} ← sync.key:
$GOROOT/src/internal/sync/hashtriemap.go:603:31:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).swap(sync.head, &sync..dict.entry[*internal/abi.Type,interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:603:6
$GOROOT/src/internal/sync/hashtriemap.go:603:38: parameter sync.new leaks to {heap} for (*entry[*internal/abi.Type,interface {}]).swap with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:603:38:   flow: {heap} ← sync.new:
$GOROOT/src/internal/sync/hashtriemap.go:603:38:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).swap(sync.head, &sync..dict.entry[*internal/abi.Type,interface {}], sync.key, sync.new) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:603:6
$GOROOT/src/internal/sync/hashtriemap.go:589:7: parameter sync.e leaks to {heap} for (*entry[*internal/abi.Type,interface {}]).lookupWithValue with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:   flow: {heap} ← sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:589:7:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).lookupWithValue(sync.e, &sync..dict.entry[*internal/abi.Type,interface {}], sync.key, sync.value, sync.valEqual) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:589:6
$GOROOT/src/internal/sync/hashtriemap.go:579:7: parameter sync.e leaks to {heap} for (*entry[*internal/abi.Type,interface {}]).lookup with derefs=0:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:   flow: {heap} ← sync.e:
$GOROOT/src/internal/sync/hashtriemap.go:579:7:     from (*sync.entry[go.shape.*internal/abi.Type,go.shape.interface {}]).lookup(sync.e, &sync..dict.entry[*internal/abi.Type,interface {}], sync.key) (call parameter) at $GOROOT/src/internal/sync/hashtriemap.go:579:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).Swap(atomic.x, &atomic..dict.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).Store(atomic.x, &atomic..dict.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { internal/sync.node = internal/sync.node[*internal/abi.Type,interface {}]; internal/sync.overflow sync/atomic.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]; internal/sync.key *internal/abi.Type; internal/sync.value interface {} }]).Load(atomic.x, &atomic..dict.Pointer[internal/sync.entry[*internal/abi.Type,interface {}]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]; unique.key weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.struct { main.name string; main.meta interface {} }]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.struct { main.name string; main.meta interface {} }]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*canonMap[main.tagged]).cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).cleanup(unique.m, &unique..dict.canonMap[main.tagged], unique.hash, unique.wp) (call parameter) at $GOROOT/src/unique/canonmap.go:180:6
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*canonMap[main.tagged]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand(unique.m, &unique..dict.canonMap[main.tagged], unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:145:6
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*canonMap[main.tagged]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand(unique.m, &unique..dict.canonMap[main.tagged], unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:145:6
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*canonMap[main.tagged]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand(unique.m, &unique..dict.canonMap[main.tagged], unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:145:6
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*canonMap[main.tagged]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore(unique.m, &unique..dict.canonMap[main.tagged], unique.key) (call parameter) at $GOROOT/src/unique/canonmap.go:58:6
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for (*canonMap[main.tagged]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore(unique.m, &unique..dict.canonMap[main.tagged], unique.key) (call parameter) at $GOROOT/src/unique/canonmap.go:58:6
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*canonMap[main.tagged]).Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).Load(unique.m, &unique..dict.canonMap[main.tagged], unique.key) (call parameter) at $GOROOT/src/unique/canonmap.go:37:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[main.tagged]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.indirect[main.tagged]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.indirect[main.tagged]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.indirect[main.tagged]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.indirect[main.tagged]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.indirect[main.tagged]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[main.tagged]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).Swap(atomic.x, &atomic..dict.Pointer[unique.indirect[main.tagged]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.indirect[main.tagged]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).Swap(atomic.x, &atomic..dict.Pointer[unique.indirect[main.tagged]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[main.tagged]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).Store(atomic.x, &atomic..dict.Pointer[unique.indirect[main.tagged]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.indirect[main.tagged]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).Store(atomic.x, &atomic..dict.Pointer[unique.indirect[main.tagged]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[main.tagged]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[main.tagged]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[main.tagged]] }]).Load(atomic.x, &atomic..dict.Pointer[unique.indirect[main.tagged]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/unique/canonmap.go:298:7: parameter unique.i leaks to {heap} for (*indirect[main.tagged]).empty with derefs=0:
$GOROOT/src/unique/canonmap.go:298:7:   flow: {heap} ← unique.i:
$GOROOT/src/unique/canonmap.go:298:7:     from (*unique.indirect[go.shape.struct { main.name string; main.meta interface {} }]).empty(unique.i, &unique..dict.indirect[main.tagged]) (call parameter) at $GOROOT/src/unique/canonmap.go:298:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[main.tagged]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.node[main.tagged]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.node[main.tagged]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.node[main.tagged]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.node[main.tagged]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.node[main.tagged]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[main.tagged]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Swap(atomic.x, &atomic..dict.Pointer[unique.node[main.tagged]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.node[main.tagged]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Swap(atomic.x, &atomic..dict.Pointer[unique.node[main.tagged]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[main.tagged]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Store(atomic.x, &atomic..dict.Pointer[unique.node[main.tagged]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.node[main.tagged]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Store(atomic.x, &atomic..dict.Pointer[unique.node[main.tagged]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[main.tagged]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Load(atomic.x, &atomic..dict.Pointer[unique.node[main.tagged]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/unique/canonmap.go:268:7: parameter unique.n leaks to unique.~r0 for (*node[main.tagged]).indirect with derefs=0:
$GOROOT/src/unique/canonmap.go:268:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:268:7:     from (*unique.node[go.shape.struct { main.name string; main.meta interface {} }]).indirect(unique.n, &unique..dict.node[main.tagged]) (call parameter) at $GOROOT/src/unique/canonmap.go:268:6
$GOROOT/src/unique/canonmap.go:268:7:     from return (*unique.node[go.shape.struct { main.name string; main.meta interface {} }]).indirect(unique.n, &unique..dict.node[main.tagged]) (return) at $GOROOT/src/unique/canonmap.go:268:6
$GOROOT/src/unique/canonmap.go:261:7: parameter unique.n leaks to unique.~r0 for (*node[main.tagged]).entry with derefs=0:
$GOROOT/src/unique/canonmap.go:261:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:261:7:     from (*unique.node[go.shape.struct { main.name string; main.meta interface {} }]).entry(unique.n, &unique..dict.node[main.tagged]) (call parameter) at $GOROOT/src/unique/canonmap.go:261:6
$GOROOT/src/unique/canonmap.go:261:7:     from return (*unique.node[go.shape.struct { main.name string; main.meta interface {} }]).entry(unique.n, &unique..dict.node[main.tagged]) (return) at $GOROOT/src/unique/canonmap.go:261:6
$GOROOT/src/unique/canonmap.go:354:7: parameter unique.e leaks to {heap} for (*entry[main.tagged]).prune with derefs=0:
$GOROOT/src/unique/canonmap.go:354:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:354:7:     from (*unique.entry[go.shape.struct { main.name string; main.meta interface {} }]).prune(unique.e, &unique..dict.entry[main.tagged]) (call parameter) at $GOROOT/src/unique/canonmap.go:354:6
$GOROOT/src/unique/canonmap.go:341:7: parameter unique.e leaks to {heap} for (*entry[main.tagged]).hasWeakPointer with derefs=0:
$GOROOT/src/unique/canonmap.go:341:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:341:7:     from (*unique.entry[go.shape.struct { main.name string; main.meta interface {} }]).hasWeakPointer(unique.e, &unique..dict.entry[main.tagged], unique.wp) (call parameter) at $GOROOT/src/unique/canonmap.go:341:6
$GOROOT/src/unique/canonmap.go:329:7: parameter unique.e leaks to {heap} for (*entry[main.tagged]).lookup with derefs=0:
$GOROOT/src/unique/canonmap.go:329:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:329:7:     from (*unique.entry[go.shape.struct { main.name string; main.meta interface {} }]).lookup(unique.e, &unique..dict.entry[main.tagged], unique.key) (call parameter) at $GOROOT/src/unique/canonmap.go:329:6
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for Pointer[main.tagged].Value with derefs=0:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }].Value(weak.p, &weak..dict.Pointer[main.tagged]) (call parameter) at $GOROOT/src/weak/pointer.go:85:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[main.tagged]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.entry[main.tagged]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.entry[main.tagged]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.entry[main.tagged]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[main.tagged]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.entry[main.tagged]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[main.tagged]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).Swap(atomic.x, &atomic..dict.Pointer[unique.entry[main.tagged]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[main.tagged]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).Swap(atomic.x, &atomic..dict.Pointer[unique.entry[main.tagged]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[main.tagged]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).Store(atomic.x, &atomic..dict.Pointer[unique.entry[main.tagged]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.entry[main.tagged]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).Store(atomic.x, &atomic..dict.Pointer[unique.entry[main.tagged]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[main.tagged]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[main.tagged]; unique.overflow sync/atomic.Pointer[unique.entry[main.tagged]]; unique.key weak.Pointer[main.tagged]; unique.hash uintptr }]).Load(atomic.x, &atomic..dict.Pointer[unique.entry[main.tagged]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/unique/handle.go:33:25: parameter unique.value leaks to {heap} for Make[main.tagged] with derefs=0:
$GOROOT/src/unique/handle.go:33:25:   flow: {heap} ← unique.value:
$GOROOT/src/unique/handle.go:33:25:     from unique.Make[go.shape.struct { main.name string; main.meta interface {} }](&unique..dict.Make[main.tagged], unique.value) (call parameter) at $GOROOT/src/unique/handle.go:33:6
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for Handle[main.tagged].Value with derefs=1:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← *unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[go.shape.struct { main.name string; main.meta interface {} }].Value(unique.h, &unique..dict.Handle[main.tagged]) (call parameter) at $GOROOT/src/unique/handle.go:26:6
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[go.shape.struct { main.name string; main.meta interface {} }].Value(unique.h, &unique..dict.Handle[main.tagged]) (return) at $GOROOT/src/unique/handle.go:26:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.overflow sync/atomic.Pointer[unique.entry[go.shape.string]]; unique.key weak.Pointer[go.shape.string]; unique.hash uintptr }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { unique.node = unique.node[go.shape.string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[go.shape.string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[go.shape.struct { unique.isEntry bool }] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.entry[go.shape.string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[go.shape.string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.string]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[go.shape.string]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.string]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.entry[go.shape.string]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[go.shape.string]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*canonMap[string]).cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[go.shape.string]).cleanup(unique.m, &unique..dict.canonMap[string], unique.hash, unique.wp) (call parameter) at $GOROOT/src/unique/canonmap.go:180:6
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*canonMap[string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[go.shape.string]).expand(unique.m, &unique..dict.canonMap[string], unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:145:6
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*canonMap[string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[go.shape.string]).expand(unique.m, &unique..dict.canonMap[string], unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:145:6
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*canonMap[string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[go.shape.string]).expand(unique.m, &unique..dict.canonMap[string], unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at $GOROOT/src/unique/canonmap.go:145:6
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*canonMap[string]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[go.shape.string]).LoadOrStore(unique.m, &unique..dict.canonMap[string], unique.key) (call parameter) at $GOROOT/src/unique/canonmap.go:58:6
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for (*canonMap[string]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from (*unique.canonMap[go.shape.string]).LoadOrStore(unique.m, &unique..dict.canonMap[string], unique.key) (call parameter) at $GOROOT/src/unique/canonmap.go:58:6
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*canonMap[string]).Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[go.shape.string]).Load(unique.m, &unique..dict.canonMap[string], unique.key) (call parameter) at $GOROOT/src/unique/canonmap.go:37:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.indirect[string]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.indirect[string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.indirect[string]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.indirect[string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.indirect[string]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[string]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).Swap(atomic.x, &atomic..dict.Pointer[unique.indirect[string]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.indirect[string]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).Swap(atomic.x, &atomic..dict.Pointer[unique.indirect[string]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[string]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).Store(atomic.x, &atomic..dict.Pointer[unique.indirect[string]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.indirect[string]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).Store(atomic.x, &atomic..dict.Pointer[unique.indirect[string]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.indirect[string]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.dead sync/atomic.Bool; unique.parent *unique.indirect[string]; unique.mu sync.Mutex; unique.children [16]sync/atomic.Pointer[unique.node[string]] }]).Load(atomic.x, &atomic..dict.Pointer[unique.indirect[string]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/unique/canonmap.go:298:7: parameter unique.i leaks to {heap} for (*indirect[string]).empty with derefs=0:
$GOROOT/src/unique/canonmap.go:298:7:   flow: {heap} ← unique.i:
$GOROOT/src/unique/canonmap.go:298:7:     from (*unique.indirect[go.shape.string]).empty(unique.i, &unique..dict.indirect[string]) (call parameter) at $GOROOT/src/unique/canonmap.go:298:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.node[string]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.node[string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.node[string]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.node[string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.node[string]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[string]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Swap(atomic.x, &atomic..dict.Pointer[unique.node[string]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.node[string]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Swap(atomic.x, &atomic..dict.Pointer[unique.node[string]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[string]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Store(atomic.x, &atomic..dict.Pointer[unique.node[string]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.node[string]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Store(atomic.x, &atomic..dict.Pointer[unique.node[string]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.node[string]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.isEntry bool }]).Load(atomic.x, &atomic..dict.Pointer[unique.node[string]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/unique/canonmap.go:268:7: parameter unique.n leaks to unique.~r0 for (*node[string]).indirect with derefs=0:
$GOROOT/src/unique/canonmap.go:268:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:268:7:     from (*unique.node[go.shape.string]).indirect(unique.n, &unique..dict.node[string]) (call parameter) at $GOROOT/src/unique/canonmap.go:268:6
$GOROOT/src/unique/canonmap.go:268:7:     from return (*unique.node[go.shape.string]).indirect(unique.n, &unique..dict.node[string]) (return) at $GOROOT/src/unique/canonmap.go:268:6
$GOROOT/src/unique/canonmap.go:261:7: parameter unique.n leaks to unique.~r0 for (*node[string]).entry with derefs=0:
$GOROOT/src/unique/canonmap.go:261:7:   flow: unique.~r0 ← unique.n:
$GOROOT/src/unique/canonmap.go:261:7:     from (*unique.node[go.shape.string]).entry(unique.n, &unique..dict.node[string]) (call parameter) at $GOROOT/src/unique/canonmap.go:261:6
$GOROOT/src/unique/canonmap.go:261:7:     from return (*unique.node[go.shape.string]).entry(unique.n, &unique..dict.node[string]) (return) at $GOROOT/src/unique/canonmap.go:261:6
$GOROOT/src/unique/canonmap.go:354:7: parameter unique.e leaks to {heap} for (*entry[string]).prune with derefs=0:
$GOROOT/src/unique/canonmap.go:354:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:354:7:     from (*unique.entry[go.shape.string]).prune(unique.e, &unique..dict.entry[string]) (call parameter) at $GOROOT/src/unique/canonmap.go:354:6
$GOROOT/src/unique/canonmap.go:341:7: parameter unique.e leaks to {heap} for (*entry[string]).hasWeakPointer with derefs=0:
$GOROOT/src/unique/canonmap.go:341:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:341:7:     from (*unique.entry[go.shape.string]).hasWeakPointer(unique.e, &unique..dict.entry[string], unique.wp) (call parameter) at $GOROOT/src/unique/canonmap.go:341:6
$GOROOT/src/unique/canonmap.go:329:7: parameter unique.e leaks to {heap} for (*entry[string]).lookup with derefs=0:
$GOROOT/src/unique/canonmap.go:329:7:   flow: {heap} ← unique.e:
$GOROOT/src/unique/canonmap.go:329:7:     from (*unique.entry[go.shape.string]).lookup(unique.e, &unique..dict.entry[string], unique.key) (call parameter) at $GOROOT/src/unique/canonmap.go:329:6
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for Pointer[string].Value with derefs=0:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[go.shape.string].Value(weak.p, &weak..dict.Pointer[string]) (call parameter) at $GOROOT/src/weak/pointer.go:85:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.entry[string]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[unique.entry[string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.entry[string]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[string]]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[unique.entry[string]], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[string]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).Swap(atomic.x, &atomic..dict.Pointer[unique.entry[string]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[unique.entry[string]]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).Swap(atomic.x, &atomic..dict.Pointer[unique.entry[string]], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[string]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).Store(atomic.x, &atomic..dict.Pointer[unique.entry[string]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[unique.entry[string]]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).Store(atomic.x, &atomic..dict.Pointer[unique.entry[string]], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[unique.entry[string]]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { unique.node = unique.node[string]; unique.overflow sync/atomic.Pointer[unique.entry[string]]; unique.key weak.Pointer[string]; unique.hash uintptr }]).Load(atomic.x, &atomic..dict.Pointer[unique.entry[string]]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for Handle[string].Value with derefs=1:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← *unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[go.shape.string].Value(unique.h, &unique..dict.Handle[string]) (call parameter) at $GOROOT/src/unique/handle.go:26:6
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[go.shape.string].Value(unique.h, &unique..dict.Handle[string]) (return) at $GOROOT/src/unique/handle.go:26:6
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for (*Handle[string]).Value with derefs=2:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← **unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h (indirection) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[string].Value(unique.h) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[string].Value(unique.h) (return) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for (*Handle[main.tagged]).Value with derefs=2:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← **unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h (indirection) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[main.tagged].Value(unique.h) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[main.tagged].Value(unique.h) (return) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for (*Handle[go.shape.struct { main.name string; main.meta interface {} }]).Value with derefs=2:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← **unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h (indirection) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[go.shape.struct { main.name string; main.meta interface {} }].Value(unique.h, unique..dict) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[go.shape.struct { main.name string; main.meta interface {} }].Value(unique.h, unique..dict) (return) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for (*Handle[go.shape.string]).Value with derefs=2:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← **unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h (indirection) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[go.shape.string].Value(unique.h, unique..dict) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[go.shape.string].Value(unique.h, unique..dict) (return) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for (*Pointer[main.point]).Value with derefs=1:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← *weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p (indirection) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[main.point].Value(weak.p) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for uniqueMap[main.point].Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[main.point]).Load(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*uniqueMap[main.point]).Load with derefs=1:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[main.point]).Load(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for uniqueMap[main.point].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[main.point]).LoadOrStore(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*uniqueMap[main.point]).LoadOrStore with derefs=1:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[main.point]).LoadOrStore(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for uniqueMap[main.point].cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[main.point]).cleanup(unique.m.canonMap, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*uniqueMap[main.point]).cleanup with derefs=1:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[main.point]).cleanup(unique.m.canonMap, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for uniqueMap[main.point].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[main.point]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for uniqueMap[main.point].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[main.point]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for uniqueMap[main.point].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[main.point]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*uniqueMap[main.point]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[main.point]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*uniqueMap[main.point]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[main.point]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*uniqueMap[main.point]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[main.point]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for (*Pointer[go.shape.struct { main.x int; main.y int }]).Value with derefs=1:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← *weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p (indirection) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[go.shape.struct { main.x int; main.y int }].Value(weak.p, weak..dict) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for uniqueMap[go.shape.struct { main.x int; main.y int }].Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).Load(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*uniqueMap[go.shape.struct { main.x int; main.y int }]).Load with derefs=1:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).Load(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for uniqueMap[go.shape.struct { main.x int; main.y int }].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:6: parameter unique..dict leaks to {heap} for uniqueMap[go.shape.struct { main.x int; main.y int }].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:6:   flow: {heap} ← unique..dict:
$GOROOT/src/unique/canonmap.go:58:6:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*uniqueMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore with derefs=1:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:6: parameter unique..dict leaks to {heap} for (*uniqueMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:6:   flow: {heap} ← unique..dict:
$GOROOT/src/unique/canonmap.go:58:6:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for uniqueMap[go.shape.struct { main.x int; main.y int }].cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).cleanup(unique.m.canonMap, unique..dict, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*uniqueMap[go.shape.struct { main.x int; main.y int }]).cleanup with derefs=1:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).cleanup(unique.m.canonMap, unique..dict, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for uniqueMap[go.shape.struct { main.x int; main.y int }].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for uniqueMap[go.shape.struct { main.x int; main.y int }].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for uniqueMap[go.shape.struct { main.x int; main.y int }].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*uniqueMap[go.shape.struct { main.x int; main.y int }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*uniqueMap[go.shape.struct { main.x int; main.y int }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*uniqueMap[go.shape.struct { main.x int; main.y int }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[go.shape.struct { main.x int; main.y int }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for (*Pointer[main.tagged]).Value with derefs=1:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← *weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p (indirection) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[main.tagged].Value(weak.p) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for uniqueMap[main.tagged].Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[main.tagged]).Load(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*uniqueMap[main.tagged]).Load with derefs=1:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[main.tagged]).Load(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for uniqueMap[main.tagged].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[main.tagged]).LoadOrStore(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for uniqueMap[main.tagged].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from (*unique.canonMap[main.tagged]).LoadOrStore(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*uniqueMap[main.tagged]).LoadOrStore with derefs=1:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[main.tagged]).LoadOrStore(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for (*uniqueMap[main.tagged]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from (*unique.canonMap[main.tagged]).LoadOrStore(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for uniqueMap[main.tagged].cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[main.tagged]).cleanup(unique.m.canonMap, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*uniqueMap[main.tagged]).cleanup with derefs=1:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[main.tagged]).cleanup(unique.m.canonMap, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for uniqueMap[main.tagged].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[main.tagged]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for uniqueMap[main.tagged].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[main.tagged]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for uniqueMap[main.tagged].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[main.tagged]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*uniqueMap[main.tagged]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[main.tagged]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*uniqueMap[main.tagged]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[main.tagged]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*uniqueMap[main.tagged]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[main.tagged]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for (*Pointer[go.shape.struct { main.name string; main.meta interface {} }]).Value with derefs=1:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← *weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p (indirection) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[go.shape.struct { main.name string; main.meta interface {} }].Value(weak.p, weak..dict) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for uniqueMap[go.shape.struct { main.name string; main.meta interface {} }].Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).Load(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]).Load with derefs=1:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).Load(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for uniqueMap[go.shape.struct { main.name string; main.meta interface {} }].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:6: parameter unique..dict leaks to {heap} for uniqueMap[go.shape.struct { main.name string; main.meta interface {} }].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:6:   flow: {heap} ← unique..dict:
$GOROOT/src/unique/canonmap.go:58:6:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for uniqueMap[go.shape.struct { main.name string; main.meta interface {} }].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore with derefs=1:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:6: parameter unique..dict leaks to {heap} for (*uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:6:   flow: {heap} ← unique..dict:
$GOROOT/src/unique/canonmap.go:58:6:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for (*uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for uniqueMap[go.shape.struct { main.name string; main.meta interface {} }].cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).cleanup(unique.m.canonMap, unique..dict, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]).cleanup with derefs=1:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).cleanup(unique.m.canonMap, unique..dict, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for uniqueMap[go.shape.struct { main.name string; main.meta interface {} }].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for uniqueMap[go.shape.struct { main.name string; main.meta interface {} }].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for uniqueMap[go.shape.struct { main.name string; main.meta interface {} }].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*uniqueMap[go.shape.struct { main.name string; main.meta interface {} }]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[go.shape.struct { main.name string; main.meta interface {} }]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for (*Pointer[string]).Value with derefs=1:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← *weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p (indirection) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[string].Value(weak.p) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for uniqueMap[string].Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[string]).Load(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*uniqueMap[string]).Load with derefs=1:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[string]).Load(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for uniqueMap[string].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[string]).LoadOrStore(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for uniqueMap[string].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from (*unique.canonMap[string]).LoadOrStore(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*uniqueMap[string]).LoadOrStore with derefs=1:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[string]).LoadOrStore(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for (*uniqueMap[string]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from (*unique.canonMap[string]).LoadOrStore(unique.m.canonMap, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for uniqueMap[string].cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[string]).cleanup(unique.m.canonMap, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*uniqueMap[string]).cleanup with derefs=1:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[string]).cleanup(unique.m.canonMap, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for uniqueMap[string].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[string]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for uniqueMap[string].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[string]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for uniqueMap[string].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[string]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*uniqueMap[string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[string]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*uniqueMap[string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[string]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*uniqueMap[string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[string]).expand(unique.m.canonMap, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for (*Pointer[go.shape.string]).Value with derefs=1:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← *weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p (indirection) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[go.shape.string].Value(weak.p, weak..dict) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for uniqueMap[go.shape.string].Load with derefs=0:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[go.shape.string]).Load(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7: parameter unique.m leaks to {heap} for (*uniqueMap[go.shape.string]).Load with derefs=1:
$GOROOT/src/unique/canonmap.go:37:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:37:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:37:7:     from (*unique.canonMap[go.shape.string]).Load(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for uniqueMap[go.shape.string].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[go.shape.string]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:6: parameter unique..dict leaks to {heap} for uniqueMap[go.shape.string].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:6:   flow: {heap} ← unique..dict:
$GOROOT/src/unique/canonmap.go:58:6:     from (*unique.canonMap[go.shape.string]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for uniqueMap[go.shape.string].LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from (*unique.canonMap[go.shape.string]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7: parameter unique.m leaks to {heap} for (*uniqueMap[go.shape.string]).LoadOrStore with derefs=1:
$GOROOT/src/unique/canonmap.go:58:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:58:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:7:     from (*unique.canonMap[go.shape.string]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:6: parameter unique..dict leaks to {heap} for (*uniqueMap[go.shape.string]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:6:   flow: {heap} ← unique..dict:
$GOROOT/src/unique/canonmap.go:58:6:     from (*unique.canonMap[go.shape.string]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:58:35: parameter unique.key leaks to {heap} for (*uniqueMap[go.shape.string]).LoadOrStore with derefs=0:
$GOROOT/src/unique/canonmap.go:58:35:   flow: {heap} ← unique.key:
$GOROOT/src/unique/canonmap.go:58:35:     from (*unique.canonMap[go.shape.string]).LoadOrStore(unique.m.canonMap, unique..dict, unique.key) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for uniqueMap[go.shape.string].cleanup with derefs=0:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[go.shape.string]).cleanup(unique.m.canonMap, unique..dict, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7: parameter unique.m leaks to {heap} for (*uniqueMap[go.shape.string]).cleanup with derefs=1:
$GOROOT/src/unique/canonmap.go:180:7:   flow: {heap} ← *unique.m:
$GOROOT/src/unique/canonmap.go:180:7:     from unique.m.canonMap (dot of pointer) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:180:7:     from (*unique.canonMap[go.shape.string]).cleanup(unique.m.canonMap, unique..dict, unique.hash, unique.wp) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for uniqueMap[go.shape.string].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[go.shape.string]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for uniqueMap[go.shape.string].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[go.shape.string]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for uniqueMap[go.shape.string].expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[go.shape.string]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:30: parameter unique.oldEntry leaks to {heap} for (*uniqueMap[go.shape.string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:30:   flow: {heap} ← unique.oldEntry:
$GOROOT/src/unique/canonmap.go:145:30:     from (*unique.canonMap[go.shape.string]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:40: parameter unique.newEntry leaks to {heap} for (*uniqueMap[go.shape.string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:40:   flow: {heap} ← unique.newEntry:
$GOROOT/src/unique/canonmap.go:145:40:     from (*unique.canonMap[go.shape.string]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:145:93: parameter unique.parent leaks to {heap} for (*uniqueMap[go.shape.string]).expand with derefs=0:
$GOROOT/src/unique/canonmap.go:145:93:   flow: {heap} ← unique.parent:
$GOROOT/src/unique/canonmap.go:145:93:     from (*unique.canonMap[go.shape.string]).expand(unique.m.canonMap, unique..dict, unique.oldEntry, unique.newEntry, unique.newHash, unique.hashShift, unique.parent) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/canonmap.go:193:22: index bounds check elided
$GOROOT/src/unique/canonmap.go:243:20: index bounds check elided
$GOROOT/src/unique/canonmap.go:73:22: index bounds check elided
$GOROOT/src/unique/canonmap.go:45:18: index bounds check elided
$GOROOT/src/internal/sync/hashtriemap.go:435:22: index bounds check elided
$GOROOT/src/internal/sync/hashtriemap.go:412:18: index bounds check elided
$GOROOT/src/internal/sync/hashtriemap.go:350:18: index bounds check elided
$GOROOT/src/internal/sync/hashtriemap.go:220:22: index bounds check elided
$GOROOT/src/internal/sync/hashtriemap.go:103:22: index bounds check elided
$GOROOT/src/internal/sync/hashtriemap.go:73:18: index bounds check elided
$GOROOT/src/unique/canonmap.go:193:22: index bounds check elided
$GOROOT/src/unique/canonmap.go:243:20: index bounds check elided
$GOROOT/src/unique/canonmap.go:73:22: index bounds check elided
$GOROOT/src/unique/canonmap.go:45:18: index bounds check elided
$GOROOT/src/unique/canonmap.go:193:22: index bounds check elided
$GOROOT/src/unique/canonmap.go:243:20: index bounds check elided
$GOROOT/src/unique/canonmap.go:73:22: index bounds check elided
$GOROOT/src/unique/canonmap.go:45:18: index bounds check elided
