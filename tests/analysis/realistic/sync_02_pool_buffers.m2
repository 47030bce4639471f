./main.go:11:30: new(bytes.Buffer) escapes to heap in init.func1:
./main.go:11:30:   flow: ~r0 ← &{storage for new(bytes.Buffer)}:
./main.go:11:30:     from new(bytes.Buffer) (spill) at ./main.go:11:30
./main.go:11:30:     from new(bytes.Buffer) (interface-converted) at ./main.go:11:30
./main.go:11:30:     from return new(bytes.Buffer) (return) at ./main.go:11:20
./main.go:11:30: new(bytes.Buffer) escapes to heap
./main.go:20:2: encode capturing by value: buf (addr=false assign=false width=8)
./main.go:27:26: e.Value escapes to heap in encode:
./main.go:27:26:   flow: {storage for ... argument} ← &{storage for e.Value}:
./main.go:27:26:     from e.Value (spill) at ./main.go:27:26
./main.go:27:26:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:26:   flow: {heap} ← {storage for ... argument}:
./main.go:27:26:     from ... argument (spill) at ./main.go:27:13
./main.go:27:26:     from fmt.Fprintf(buf, "%d", ... argument...) (call parameter) at ./main.go:27:13
./main.go:19:13: e does not escape
./main.go:21:8: func literal does not escape
./main.go:27:13: ... argument does not escape
./main.go:27:26: e.Value escapes to heap
./main.go:33:6: wg escapes to heap in main:
./main.go:33:6:   flow: {heap} ← &wg:
./main.go:33:6:     from wg (address-of) at ./main.go:36:5
./main.go:33:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:36:9
./main.go:37:6: func literal escapes to heap in main:
./main.go:37:6:   flow: {heap} ← &{storage for func literal}:
./main.go:37:6:     from func literal (spill) at ./main.go:37:6
./main.go:33:6: wg escapes to heap in main:
./main.go:33:6:   flow: {heap} ← &wg:
./main.go:33:6:     from wg (address-of) at ./main.go:42:4
./main.go:33:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:42:9
./main.go:33:6: main capturing by ref: wg (addr=true assign=false width=16)
./main.go:33:6: wg escapes to heap in main:
./main.go:33:6:   flow: {storage for func literal} ← &wg:
./main.go:33:6:     from wg (captured by a closure) at ./main.go:38:10
./main.go:33:6:     from wg (reference) at ./main.go:38:10
./main.go:34:2: main capturing by value: out (addr=false assign=false width=8)
./main.go:35:9: main capturing by value: e (addr=false assign=false width=24)
./main.go:38:12: main.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./main.go:48:14: n escapes to heap in main:
./main.go:48:14:   flow: {storage for ... argument} ← &{storage for n}:
./main.go:48:14:     from n (spill) at ./main.go:48:14
./main.go:48:14:     from ... argument (slice-literal-element) at ./main.go:48:13
./main.go:48:14:   flow: {heap} ← {storage for ... argument}:
./main.go:48:14:     from ... argument (spill) at ./main.go:48:13
./main.go:48:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:48:13
./main.go:33:6: moved to heap: wg
./main.go:32:19: []Event{...} does not escape
./main.go:37:6: func literal escapes to heap
./main.go:48:13: ... argument does not escape
./main.go:48:14: n escapes to heap
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[sync.poolChainElt]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[sync.poolChainElt]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[sync.poolChainElt]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[sync.poolChainElt]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap(atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[sync.poolChainElt]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap(atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[sync.poolChainElt]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store(atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[sync.poolChainElt]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store(atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[sync.poolChainElt]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load(atomic.x, &atomic..dict.Pointer[sync.poolChainElt]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/sync/poolqueue.go:147:7: parameter sync.d leaks to {heap} for (*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popTail with derefs=1:
$GOROOT/src/sync/poolqueue.go:147:7:   flow: {temp} ← sync.d:
$GOROOT/src/sync/poolqueue.go:147:7:     from sync.d.poolDequeue (dot of pointer) at <autogenerated>:1
$GOROOT/src/sync/poolqueue.go:147:7:     from sync.d.poolDequeue (address-of) at <autogenerated>:1
$GOROOT/src/sync/poolqueue.go:147:7:     from (*sync.poolDequeue).popTail(sync.d.poolDequeue) (call parameter) at <autogenerated>:1
$GOROOT/src/sync/poolqueue.go:147:7:   flow: {heap} ← *{temp}:
$GOROOT/src/sync/poolqueue.go:80:32: parameter sync.val leaks to {heap} for (*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pushHead with derefs=0:
$GOROOT/src/sync/poolqueue.go:80:32:   flow: {heap} ← sync.val:
$GOROOT/src/sync/poolqueue.go:80:32:     from (*sync.poolDequeue).pushHead(sync.d.poolDequeue, sync.val) (call parameter) at <autogenerated>:1
$GOROOT/src/sync/poolqueue.go:80:7: parameter sync.d leaks to {heap} for (*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pushHead with derefs=1:
$GOROOT/src/sync/poolqueue.go:80:7:   flow: {temp} ← sync.d:
$GOROOT/src/sync/poolqueue.go:80:7:     from sync.d.poolDequeue (dot of pointer) at <autogenerated>:1
$GOROOT/src/sync/poolqueue.go:80:7:     from sync.d.poolDequeue (address-of) at <autogenerated>:1
$GOROOT/src/sync/poolqueue.go:80:7:     from (*sync.poolDequeue).pushHead(sync.d.poolDequeue, sync.val) (call parameter) at <autogenerated>:1
$GOROOT/src/sync/poolqueue.go:80:7:   flow: {heap} ← *{temp}:
