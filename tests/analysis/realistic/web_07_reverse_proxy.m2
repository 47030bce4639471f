./main.go:15:54: parameter w leaks to {heap} for main.func1 with derefs=0:
./main.go:15:54:   flow: {heap} ← w:
./main.go:15:54:     from w (interface-converted) at ./main.go:16:15
./main.go:15:54:     from fmt.Fprintf(w, "backend saw %s %s via %s", ... argument...) (call parameter) at ./main.go:16:14
./main.go:16:47: r.Method escapes to heap in main.func1:
./main.go:16:47:   flow: {storage for ... argument} ← &{storage for r.Method}:
./main.go:16:47:     from r.Method (spill) at ./main.go:16:47
./main.go:16:47:     from ... argument (slice-literal-element) at ./main.go:16:14
./main.go:16:47:   flow: {heap} ← {storage for ... argument}:
./main.go:16:47:     from ... argument (spill) at ./main.go:16:14
./main.go:16:47:     from fmt.Fprintf(w, "backend saw %s %s via %s", ... argument...) (call parameter) at ./main.go:16:14
./main.go:16:61: r.URL.Path escapes to heap in main.func1:
./main.go:16:61:   flow: {storage for ... argument} ← &{storage for r.URL.Path}:
./main.go:16:61:     from r.URL.Path (spill) at ./main.go:16:61
./main.go:16:61:     from ... argument (slice-literal-element) at ./main.go:16:14
./main.go:16:61:   flow: {heap} ← {storage for ... argument}:
./main.go:16:61:     from ... argument (spill) at ./main.go:16:14
./main.go:16:61:     from fmt.Fprintf(w, "backend saw %s %s via %s", ... argument...) (call parameter) at ./main.go:16:14
./main.go:16:80: http.Header.Get(r.Header, "X-Forwarded-Host") escapes to heap in main.func1:
./main.go:16:80:   flow: {storage for ... argument} ← &{storage for http.Header.Get(r.Header, "X-Forwarded-Host")}:
./main.go:16:80:     from http.Header.Get(r.Header, "X-Forwarded-Host") (spill) at ./main.go:16:80
./main.go:16:80:     from ... argument (slice-literal-element) at ./main.go:16:14
./main.go:16:80:   flow: {heap} ← {storage for ... argument}:
./main.go:16:80:     from ... argument (spill) at ./main.go:16:14
./main.go:16:80:     from fmt.Fprintf(w, "backend saw %s %s via %s", ... argument...) (call parameter) at ./main.go:16:14
./main.go:15:77: parameter r leaks to {storage for r.URL.Path} for main.func1 with derefs=2:
./main.go:15:77:   flow: {storage for r.URL.Path} ← **r:
./main.go:15:77:     from r.URL (dot of pointer) at ./main.go:16:57
./main.go:15:77:     from r.URL.Path (dot of pointer) at ./main.go:16:61
./main.go:15:77:     from r.URL.Path (interface-converted) at ./main.go:16:61
./main.go:15:77: parameter r leaks to {storage for r.Method} for main.func1 with derefs=1:
./main.go:15:77:   flow: {storage for r.Method} ← *r:
./main.go:15:77:     from r.Method (dot of pointer) at ./main.go:16:47
./main.go:15:77:     from r.Method (interface-converted) at ./main.go:16:47
./main.go:15:54: leaking param: w
./main.go:15:77: leaking param content: r
./main.go:16:14: ... argument does not escape
./main.go:16:47: r.Method escapes to heap
./main.go:16:61: r.URL.Path escapes to heap
./main.go:16:80: http.Header.Get(r.Header, "X-Forwarded-Host") escapes to heap
./main.go:15:49: func literal escapes to heap in main:
./main.go:15:49:   flow: {heap} ← &{storage for func literal}:
./main.go:15:49:     from func literal (spill) at ./main.go:15:49
./main.go:15:49:     from http.HandlerFunc(func literal) (interface-converted) at ./main.go:15:48
./main.go:15:49:     from httptest.NewServer(http.HandlerFunc(func literal)) (call parameter) at ./main.go:15:31
./main.go:34:34: front.URL + "/api/items" escapes to heap in main:
./main.go:34:34:   flow: {heap} ← &{storage for front.URL + "/api/items"}:
./main.go:34:34:     from front.URL + "/api/items" (spill) at ./main.go:34:34
./main.go:34:34:     from http.Get(front.URL + "/api/items") (call parameter) at ./main.go:34:23
./main.go:18:2: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:20:2: main capturing by value: target (addr=false assign=false width=8)
./main.go:32:2: main capturing by value: .autotmp_8 (addr=false assign=false width=8)
./main.go:38:12: main capturing by value: .autotmp_12 (addr=false assign=false width=16)
./main.go:25:17: parameter pr leaks to {heap} for main.func2 with derefs=2:
./main.go:25:17:   flow: {heap} ← **pr:
./main.go:25:17:     from (*httputil.ProxyRequest).SetXForwarded(pr) (call parameter) at ./main.go:28:20
./main.go:24:11: &httputil.ReverseProxy{...} escapes to heap in main:
./main.go:24:11:   flow: proxy ← &{storage for &httputil.ReverseProxy{...}}:
./main.go:24:11:     from &httputil.ReverseProxy{...} (spill) at ./main.go:24:11
./main.go:24:11:     from proxy := &httputil.ReverseProxy{...} (assign) at ./main.go:24:8
./main.go:24:11:   flow: {heap} ← proxy:
./main.go:24:11:     from proxy (interface-converted) at ./main.go:31:30
./main.go:24:11:     from httptest.NewServer(proxy) (call parameter) at ./main.go:31:29
./main.go:40:18: resp.StatusCode escapes to heap in main:
./main.go:40:18:   flow: {storage for ... argument} ← &{storage for resp.StatusCode}:
./main.go:40:18:     from resp.StatusCode (spill) at ./main.go:40:18
./main.go:40:18:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:18:   flow: {heap} ← {storage for ... argument}:
./main.go:40:18:     from ... argument (spill) at ./main.go:40:13
./main.go:40:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:40:44: string(body) != "" escapes to heap in main:
./main.go:40:44:   flow: {storage for ... argument} ← &{storage for string(body) != ""}:
./main.go:40:44:     from string(body) != "" (spill) at ./main.go:40:44
./main.go:40:44:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:44:   flow: {heap} ← {storage for ... argument}:
./main.go:40:44:     from ... argument (spill) at ./main.go:40:13
./main.go:40:44:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:25:12: func literal escapes to heap in main:
./main.go:25:12:   flow: {storage for &httputil.ReverseProxy{...}} ← &{storage for func literal}:
./main.go:25:12:     from func literal (spill) at ./main.go:25:12
./main.go:25:12:     from httputil.ReverseProxy{...} (struct literal element) at ./main.go:24:33
./main.go:25:17: leaking param content: pr
./main.go:15:49: func literal escapes to heap
./main.go:24:11: &httputil.ReverseProxy{...} escapes to heap
./main.go:25:12: func literal escapes to heap
./main.go:34:34: front.URL + "/api/items" escapes to heap
./main.go:40:13: ... argument does not escape
./main.go:40:18: resp.StatusCode escapes to heap
./main.go:40:44: string(body) != "" escapes to heap
./main.go:40:38: string(body) does not escape
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
