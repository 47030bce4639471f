./main.go:20:9: &APIClient{...} escapes to heap in NewAPIClient:
./main.go:20:9:   flow: ~r0 ← &{storage for &APIClient{...}}:
./main.go:20:9:     from &APIClient{...} (spill) at ./main.go:20:9
./main.go:20:9:     from return &APIClient{...} (return) at ./main.go:20:2
./main.go:19:19: parameter base leaks to {storage for &APIClient{...}} for NewAPIClient with derefs=0:
./main.go:19:19:   flow: {storage for &APIClient{...}} ← base:
./main.go:19:19:     from APIClient{...} (struct literal element) at ./main.go:20:19
./main.go:20:38: &http.Client{...} escapes to heap in NewAPIClient:
./main.go:20:38:   flow: {storage for &APIClient{...}} ← &{storage for &http.Client{...}}:
./main.go:20:38:     from &http.Client{...} (spill) at ./main.go:20:38
./main.go:20:38:     from APIClient{...} (struct literal element) at ./main.go:20:19
./main.go:19:25: parameter key leaks to {storage for &APIClient{...}} for NewAPIClient with derefs=0:
./main.go:19:25:   flow: {storage for &APIClient{...}} ← key:
./main.go:19:25:     from APIClient{...} (struct literal element) at ./main.go:20:19
./main.go:19:19: leaking param: base
./main.go:19:25: leaking param: key
./main.go:20:9: &APIClient{...} escapes to heap
./main.go:20:38: &http.Client{...} escapes to heap
./main.go:24:68: c.base + path escapes to heap in (*APIClient).Get:
./main.go:24:68:   flow: {heap} ← &{storage for c.base + path}:
./main.go:24:68:     from c.base + path (spill) at ./main.go:24:68
./main.go:24:68:     from http.NewRequestWithContext(ctx, "GET", c.base + path, nil) (call parameter) at ./main.go:24:40
./main.go:28:43: "Bearer " + c.apiKey escapes to heap in (*APIClient).Get:
./main.go:28:43:   flow: {heap} ← &{storage for "Bearer " + c.apiKey}:
./main.go:28:43:     from "Bearer " + c.apiKey (spill) at ./main.go:28:43
./main.go:28:43:     from http.Header.Set(req.Header, "Authorization", "Bearer " + c.apiKey) (call parameter) at ./main.go:28:16
./main.go:33:12: (*APIClient).Get capturing by value: .autotmp_12 (addr=false assign=false width=16)
./main.go:23:25: parameter ctx leaks to {heap} for (*APIClient).Get with derefs=0:
./main.go:23:25:   flow: {heap} ← ctx:
./main.go:23:25:     from http.NewRequestWithContext(ctx, "GET", c.base + path, nil) (call parameter) at ./main.go:24:40
./main.go:23:7: parameter c leaks to {heap} for (*APIClient).Get with derefs=1:
./main.go:23:7:   flow: {heap} ← *c:
./main.go:23:7:     from c.http (dot of pointer) at ./main.go:29:16
./main.go:23:7:     from (*http.Client).Do(c.http, req) (call parameter) at ./main.go:29:24
./main.go:35:40: path escapes to heap in (*APIClient).Get:
./main.go:35:40:   flow: {storage for ... argument} ← &{storage for path}:
./main.go:35:40:     from path (spill) at ./main.go:35:40
./main.go:35:40:     from ... argument (slice-literal-element) at ./main.go:35:25
./main.go:35:40:   flow: {heap} ← {storage for ... argument}:
./main.go:35:40:     from ... argument (spill) at ./main.go:35:25
./main.go:35:40:     from fmt.Errorf("GET %s: %s", ... argument...) (call parameter) at ./main.go:35:25
./main.go:35:50: resp.Status escapes to heap in (*APIClient).Get:
./main.go:35:50:   flow: {storage for ... argument} ← &{storage for resp.Status}:
./main.go:35:50:     from resp.Status (spill) at ./main.go:35:50
./main.go:35:50:     from ... argument (slice-literal-element) at ./main.go:35:25
./main.go:35:50:   flow: {heap} ← {storage for ... argument}:
./main.go:35:50:     from ... argument (spill) at ./main.go:35:25
./main.go:35:50:     from fmt.Errorf("GET %s: %s", ... argument...) (call parameter) at ./main.go:35:25
./main.go:23:46: parameter path leaks to {storage for path} for (*APIClient).Get with derefs=0:
./main.go:23:46:   flow: {storage for path} ← path:
./main.go:23:46:     from path (interface-converted) at ./main.go:35:40
./main.go:23:7: leaking param content: c
./main.go:23:25: leaking param: ctx
./main.go:23:46: leaking param: path
./main.go:24:68: c.base + path escapes to heap
./main.go:28:43: "Bearer " + c.apiKey escapes to heap
./main.go:35:25: ... argument does not escape
./main.go:35:40: path escapes to heap
./main.go:35:50: resp.Status escapes to heap
./main.go:41:50: parameter w leaks to {heap} for main.func1 with derefs=0:
./main.go:41:50:   flow: {heap} ← w:
./main.go:41:50:     from w.WriteHeader(401) (call parameter) at ./main.go:43:17
./main.go:41:50: leaking param: w
./main.go:41:73: r does not escape
./main.go:41:45: func literal escapes to heap in main:
./main.go:41:45:   flow: {heap} ← &{storage for func literal}:
./main.go:41:45:     from func literal (spill) at ./main.go:41:45
./main.go:41:45:     from http.HandlerFunc(func literal) (interface-converted) at ./main.go:41:44
./main.go:41:45:     from httptest.NewServer(http.HandlerFunc(func literal)) (call parameter) at ./main.go:41:27
./main.go:48:2: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:54:20: string(body) escapes to heap in main:
./main.go:54:20:   flow: {storage for ... argument} ← &{storage for string(body)}:
./main.go:54:20:     from string(body) (spill) at ./main.go:54:20
./main.go:54:20:     from ... argument (slice-literal-element) at ./main.go:54:13
./main.go:54:20:   flow: {heap} ← {storage for ... argument}:
./main.go:54:20:     from ... argument (spill) at ./main.go:54:13
./main.go:54:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:54:13
./main.go:54:21: string(body) escapes to heap in main:
./main.go:54:21:   flow: {storage for string(body)} ← &{storage for string(body)}:
./main.go:54:21:     from string(body) (spill) at ./main.go:54:21
./main.go:54:21:     from string(body) (interface-converted) at ./main.go:54:20
./main.go:41:45: func literal escapes to heap
./main.go:54:13: ... argument does not escape
./main.go:54:20: string(body) escapes to heap
./main.go:54:21: string(body) escapes to heap
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.string]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.string]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.string]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.string]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.string]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.string]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.string]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.string]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
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
$GOROOT/src/internal/nettest/queue.go:27:29: nettest.(*queue[go.shape.*uint8]).pop ignoring self-assignment in nettest.q.head, nettest.q.headPos, nettest.q.tail = nettest.q.tail, 0, nettest.q.head[:0]
$GOROOT/src/internal/nettest/queue.go:27:29: nettest.(*queue[go.shape.*uint8]).pop ignoring self-assignment in nettest.q.head, nettest.q.headPos, nettest.q.tail = nettest.q.tail, 0, nettest.q.head[:0]
$GOROOT/src/internal/nettest/queue.go:21:7: parameter nettest.q leaks to nettest.~r0 for (*queue[go.shape.*uint8]).pop with derefs=2:
$GOROOT/src/internal/nettest/queue.go:21:7:   flow: nettest.v ← **nettest.q:
$GOROOT/src/internal/nettest/queue.go:21:7:     from nettest.q.head (dot of pointer) at $GOROOT/src/internal/nettest/queue.go:29:8
$GOROOT/src/internal/nettest/queue.go:21:7:     from nettest.q.head[nettest.q.headPos] (dot of pointer) at $GOROOT/src/internal/nettest/queue.go:29:13
$GOROOT/src/internal/nettest/queue.go:21:7:     from nettest.v := nettest.q.head[nettest.q.headPos] (assign) at $GOROOT/src/internal/nettest/queue.go:29:4
$GOROOT/src/internal/nettest/queue.go:21:7:   flow: nettest.~r0 ← nettest.v:
$GOROOT/src/internal/nettest/queue.go:21:7:     from return nettest.v (return) at $GOROOT/src/internal/nettest/queue.go:32:2
$GOROOT/src/internal/nettest/queue.go:18:17: append(nettest.q.tail, nettest.v) escapes to heap in (*queue[go.shape.*uint8]).push:
$GOROOT/src/internal/nettest/queue.go:18:17:   flow: {heap} ← &{storage for append(nettest.q.tail, nettest.v)}:
$GOROOT/src/internal/nettest/queue.go:18:17:     from append(nettest.q.tail, nettest.v) (spill) at $GOROOT/src/internal/nettest/queue.go:18:17
$GOROOT/src/internal/nettest/queue.go:18:17:     from nettest.q.tail = append(nettest.q.tail, nettest.v) (assign) at $GOROOT/src/internal/nettest/queue.go:18:9
$GOROOT/src/internal/nettest/queue.go:17:25: parameter nettest.v leaks to {heap} for (*queue[go.shape.*uint8]).push with derefs=0:
$GOROOT/src/internal/nettest/queue.go:17:25:   flow: {heap} ← nettest.v:
$GOROOT/src/internal/nettest/queue.go:17:25:     from append(nettest.q.tail, nettest.v) (call parameter) at $GOROOT/src/internal/nettest/queue.go:18:17
$GOROOT/src/internal/nettest/queue.go:17:7: parameter nettest.q leaks to {heap} for (*queue[go.shape.*uint8]).push with derefs=1:
$GOROOT/src/internal/nettest/queue.go:17:7:   flow: {temp} ← *nettest.q:
$GOROOT/src/internal/nettest/queue.go:17:7:     from nettest.q.tail (dot of pointer) at $GOROOT/src/internal/nettest/queue.go:18:19
$GOROOT/src/internal/nettest/queue.go:17:7:     from append(nettest.q.tail, nettest.v) (call parameter) at $GOROOT/src/internal/nettest/queue.go:18:17
$GOROOT/src/internal/nettest/queue.go:17:7:   flow: {temp} ← {temp}:
$GOROOT/src/internal/nettest/queue.go:17:7:   flow: {heap} ← {temp}:
$GOROOT/src/internal/nettest/queue.go:17:7:     from nettest.q.tail = append(nettest.q.tail, nettest.v) (assign) at $GOROOT/src/internal/nettest/queue.go:18:9
$GOROOT/src/internal/nettest/queue.go:18:17: append escapes to heap
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value with derefs=1:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← *unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h.value (dot) at $GOROOT/src/unique/handle.go:27:11
$GOROOT/src/unique/handle.go:26:7:     from *unique.h.value (indirection) at $GOROOT/src/unique/handle.go:27:9
$GOROOT/src/unique/handle.go:26:7:     from return *unique.h.value (return) at $GOROOT/src/unique/handle.go:27:2
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for Handle[net/netip.addrDetail].Value with derefs=1:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← *unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, &unique..dict.Handle[net/netip.addrDetail]) (call parameter) at $GOROOT/src/unique/handle.go:26:6
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, &unique..dict.Handle[net/netip.addrDetail]) (return) at $GOROOT/src/unique/handle.go:26:6
$GOROOT/src/internal/nettest/queue.go:21:7: parameter nettest.q leaks to nettest.~r0 for (*queue[*internal/nettest.Conn]).pop with derefs=2:
$GOROOT/src/internal/nettest/queue.go:21:7:   flow: {temp} ← nettest.q:
$GOROOT/src/internal/nettest/queue.go:21:7:     from (*nettest.queue[go.shape.*uint8]).pop(nettest.q, &nettest..dict.queue[*internal/nettest.Conn]) (call parameter) at $GOROOT/src/internal/nettest/queue.go:21:6
$GOROOT/src/internal/nettest/queue.go:21:7:   flow: nettest.~r0 ← **{temp}:
$GOROOT/src/internal/nettest/queue.go:21:7:     from return (*nettest.queue[go.shape.*uint8]).pop(nettest.q, &nettest..dict.queue[*internal/nettest.Conn]) (return) at $GOROOT/src/internal/nettest/queue.go:21:6
$GOROOT/src/internal/nettest/queue.go:17:25: parameter nettest.v leaks to {heap} for (*queue[*internal/nettest.Conn]).push with derefs=0:
$GOROOT/src/internal/nettest/queue.go:17:25:   flow: {heap} ← nettest.v:
$GOROOT/src/internal/nettest/queue.go:17:25:     from (*nettest.queue[go.shape.*uint8]).push(nettest.q, &nettest..dict.queue[*internal/nettest.Conn], nettest.v) (call parameter) at $GOROOT/src/internal/nettest/queue.go:17:6
$GOROOT/src/internal/nettest/queue.go:17:7: parameter nettest.q leaks to {heap} for (*queue[*internal/nettest.Conn]).push with derefs=1:
$GOROOT/src/internal/nettest/queue.go:17:7:   flow: {temp} ← nettest.q:
$GOROOT/src/internal/nettest/queue.go:17:7:     from (*nettest.queue[go.shape.*uint8]).push(nettest.q, &nettest..dict.queue[*internal/nettest.Conn], nettest.v) (call parameter) at $GOROOT/src/internal/nettest/queue.go:17:6
$GOROOT/src/internal/nettest/queue.go:17:7:   flow: {heap} ← *{temp}:
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
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[net/http.response]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[net/http.response], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[net/http.response]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[net/http.response], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[net/http.response]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[net/http.response], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[net/http.response]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).Swap(atomic.x, &atomic..dict.Pointer[net/http.response], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[net/http.response]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).Swap(atomic.x, &atomic..dict.Pointer[net/http.response], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[net/http.response]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).Store(atomic.x, &atomic..dict.Pointer[net/http.response], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[net/http.response]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).Store(atomic.x, &atomic..dict.Pointer[net/http.response], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[net/http.response]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.d9a2bfed8f78ccf55e607f0a56c8209adb348363078f1f6aa8ffa893060fe816]).Load(atomic.x, &atomic..dict.Pointer[net/http.response]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[string]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.string]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[string], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[string]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.string]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[string], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[string]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.string]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[string], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[string]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.string]).Swap(atomic.x, &atomic..dict.Pointer[string], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[string]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.string]).Swap(atomic.x, &atomic..dict.Pointer[string], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[string]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.string]).Store(atomic.x, &atomic..dict.Pointer[string], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[string]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.string]).Store(atomic.x, &atomic..dict.Pointer[string], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[string]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.string]).Load(atomic.x, &atomic..dict.Pointer[string]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
$GOROOT/src/unique/handle.go:26:7: parameter unique.h leaks to unique.~r0 for (*Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }]).Value with derefs=2:
$GOROOT/src/unique/handle.go:26:7:   flow: unique.~r0 ← **unique.h:
$GOROOT/src/unique/handle.go:26:7:     from unique.h (indirection) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, unique..dict) (call parameter) at <autogenerated>:1
$GOROOT/src/unique/handle.go:26:7:     from return unique.Handle[go.shape.struct { net/netip.isV6 bool; net/netip.zoneV6 string }].Value(unique.h, unique..dict) (return) at <autogenerated>:1
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
