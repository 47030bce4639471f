./main.go:17:7: parameter r leaks to {heap} for (*statusRecorder).WriteHeader with derefs=1:
./main.go:17:7:   flow: {heap} ← *r:
./main.go:17:7:     from r.ResponseWriter (dot of pointer) at ./main.go:19:3
./main.go:17:7:     from r.ResponseWriter.WriteHeader(code) (call parameter) at ./main.go:19:30
./main.go:17:7: leaking param content: r
./main.go:22:14: logging capturing by value: next (addr=false assign=false width=16)
./main.go:22:14: parameter next leaks to {heap} for logging with derefs=0:
./main.go:22:14:   flow: {heap} ← next:
./main.go:22:14:     from next.ServeHTTP(rec, r) (call parameter) at ./main.go:26:17
./main.go:23:54: parameter r leaks to {heap} for logging.func1 with derefs=0:
./main.go:23:54:   flow: {heap} ← r:
./main.go:23:54:     from next.ServeHTTP(rec, r) (call parameter) at ./main.go:26:17
./main.go:25:10: &statusRecorder{...} escapes to heap in logging.func1:
./main.go:25:10:   flow: rec ← &{storage for &statusRecorder{...}}:
./main.go:25:10:     from &statusRecorder{...} (spill) at ./main.go:25:10
./main.go:25:10:     from rec := &statusRecorder{...} (assign) at ./main.go:25:7
./main.go:25:10:   flow: {heap} ← rec:
./main.go:25:10:     from rec (interface-converted) at ./main.go:26:18
./main.go:25:10:     from next.ServeHTTP(rec, r) (call parameter) at ./main.go:26:17
./main.go:27:30: r.Method escapes to heap in logging.func1:
./main.go:27:30:   flow: {storage for ... argument} ← &{storage for r.Method}:
./main.go:27:30:     from r.Method (spill) at ./main.go:27:30
./main.go:27:30:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:30:   flow: {temp} ← &{storage for ... argument}:
./main.go:27:30:     from ... argument (spill) at ./main.go:27:13
./main.go:27:30:     from log.Printf("%s %s %d %v", ... argument...) (call parameter) at ./main.go:27:13
./main.go:27:30:   flow: {heap} ← *{temp}:
./main.go:27:44: r.URL.Path escapes to heap in logging.func1:
./main.go:27:44:   flow: {storage for ... argument} ← &{storage for r.URL.Path}:
./main.go:27:44:     from r.URL.Path (spill) at ./main.go:27:44
./main.go:27:44:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:44:   flow: {temp} ← &{storage for ... argument}:
./main.go:27:44:     from ... argument (spill) at ./main.go:27:13
./main.go:27:44:     from log.Printf("%s %s %d %v", ... argument...) (call parameter) at ./main.go:27:13
./main.go:27:44:   flow: {heap} ← *{temp}:
./main.go:27:54: rec.status escapes to heap in logging.func1:
./main.go:27:54:   flow: {storage for ... argument} ← &{storage for rec.status}:
./main.go:27:54:     from rec.status (spill) at ./main.go:27:54
./main.go:27:54:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:54:   flow: {temp} ← &{storage for ... argument}:
./main.go:27:54:     from ... argument (spill) at ./main.go:27:13
./main.go:27:54:     from log.Printf("%s %s %d %v", ... argument...) (call parameter) at ./main.go:27:13
./main.go:27:54:   flow: {heap} ← *{temp}:
./main.go:27:73: time.Since(start) escapes to heap in logging.func1:
./main.go:27:73:   flow: {storage for ... argument} ← &{storage for time.Since(start)}:
./main.go:27:73:     from time.Since(start) (spill) at ./main.go:27:73
./main.go:27:73:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:73:   flow: {temp} ← &{storage for ... argument}:
./main.go:27:73:     from ... argument (spill) at ./main.go:27:13
./main.go:27:73:     from log.Printf("%s %s %d %v", ... argument...) (call parameter) at ./main.go:27:13
./main.go:27:73:   flow: {heap} ← *{temp}:
./main.go:23:54: parameter r leaks to {storage for r.URL.Path} for logging.func1 with derefs=2:
./main.go:23:54:   flow: {storage for r.URL.Path} ← **r:
./main.go:23:54:     from r.URL (dot of pointer) at ./main.go:27:40
./main.go:23:54:     from r.URL.Path (dot of pointer) at ./main.go:27:44
./main.go:23:54:     from r.URL.Path (interface-converted) at ./main.go:27:44
./main.go:23:54: parameter r leaks to {storage for r.Method} for logging.func1 with derefs=1:
./main.go:23:54:   flow: {storage for r.Method} ← *r:
./main.go:23:54:     from r.Method (dot of pointer) at ./main.go:27:30
./main.go:23:54:     from r.Method (interface-converted) at ./main.go:27:30
./main.go:23:31: parameter w leaks to {storage for &statusRecorder{...}} for logging.func1 with derefs=0:
./main.go:23:31:   flow: {storage for &statusRecorder{...}} ← w:
./main.go:23:31:     from statusRecorder{...} (struct literal element) at ./main.go:25:25
./main.go:23:26: func literal escapes to heap in logging:
./main.go:23:26:   flow: ~r0 ← &{storage for func literal}:
./main.go:23:26:     from func literal (spill) at ./main.go:23:26
./main.go:23:26:     from http.HandlerFunc(func literal) (interface-converted) at ./main.go:23:25
./main.go:23:26:     from return http.HandlerFunc(func literal) (return) at ./main.go:23:2
./main.go:22:14: parameter next leaks to {storage for func literal} for logging with derefs=0:
./main.go:22:14:   flow: {storage for func literal} ← next:
./main.go:22:14:     from next (captured by a closure) at ./main.go:26:3
./main.go:22:14: leaking param: next
./main.go:23:31: leaking param: w
./main.go:23:54: leaking param: r
./main.go:23:26: func literal escapes to heap
./main.go:25:10: &statusRecorder{...} escapes to heap
./main.go:27:13: ... argument does not escape
./main.go:27:30: r.Method escapes to heap
./main.go:27:44: r.URL.Path escapes to heap
./main.go:27:54: rec.status escapes to heap
./main.go:27:73: time.Since(start) escapes to heap
./main.go:31:17: requireKey capturing by value: key (addr=false assign=false width=16)
./main.go:31:29: requireKey capturing by value: next (addr=false assign=false width=16)
./main.go:32:31: parameter w leaks to {heap} for requireKey.func1 with derefs=0:
./main.go:32:31:   flow: {heap} ← w:
./main.go:32:31:     from http.Error(w, "forbidden", 403) (call parameter) at ./main.go:34:14
./main.go:31:29: parameter next leaks to {heap} for requireKey with derefs=0:
./main.go:31:29:   flow: {heap} ← next:
./main.go:31:29:     from next.ServeHTTP(w, r) (call parameter) at ./main.go:37:17
./main.go:32:54: parameter r leaks to {heap} for requireKey.func1 with derefs=0:
./main.go:32:54:   flow: {heap} ← r:
./main.go:32:54:     from next.ServeHTTP(w, r) (call parameter) at ./main.go:37:17
./main.go:32:26: func literal escapes to heap in requireKey:
./main.go:32:26:   flow: ~r0 ← &{storage for func literal}:
./main.go:32:26:     from func literal (spill) at ./main.go:32:26
./main.go:32:26:     from http.HandlerFunc(func literal) (interface-converted) at ./main.go:32:25
./main.go:32:26:     from return http.HandlerFunc(func literal) (return) at ./main.go:32:2
./main.go:31:17: parameter key leaks to {storage for func literal} for requireKey with derefs=0:
./main.go:31:17:   flow: {storage for func literal} ← key:
./main.go:31:17:     from key (captured by a closure) at ./main.go:33:35
./main.go:31:29: parameter next leaks to {storage for func literal} for requireKey with derefs=0:
./main.go:31:29:   flow: {storage for func literal} ← next:
./main.go:31:29:     from next (captured by a closure) at ./main.go:37:3
./main.go:31:17: leaking param: key
./main.go:31:29: leaking param: next
./main.go:32:31: leaking param: w
./main.go:32:54: leaking param: r
./main.go:32:26: func literal escapes to heap
./main.go:41:35: parameter r leaks to {heap} for hello with derefs=2:
./main.go:41:35:   flow: {heap} ← **r:
./main.go:41:35:     from r.URL (dot of pointer) at ./main.go:42:11
./main.go:41:35:     from (*url.URL).Query(r.URL) (call parameter) at ./main.go:42:21
./main.go:41:12: parameter w leaks to {heap} for hello with derefs=0:
./main.go:41:12:   flow: {heap} ← w:
./main.go:41:12:     from w (interface-converted) at ./main.go:46:14
./main.go:41:12:     from fmt.Fprintf(w, "hello, %s\n", ... argument...) (call parameter) at ./main.go:46:13
./main.go:46:32: name escapes to heap in hello:
./main.go:46:32:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:46:32:     from name (spill) at ./main.go:46:32
./main.go:46:32:     from ... argument (slice-literal-element) at ./main.go:46:13
./main.go:46:32:   flow: {heap} ← {storage for ... argument}:
./main.go:46:32:     from ... argument (spill) at ./main.go:46:13
./main.go:46:32:     from fmt.Fprintf(w, "hello, %s\n", ... argument...) (call parameter) at ./main.go:46:13
./main.go:41:12: leaking param: w
./main.go:41:35: leaking param content: r
./main.go:46:13: ... argument does not escape
./main.go:46:32: name escapes to heap
./main.go:58:25: (*bytes.Buffer).String(w.Body) escapes to heap in main:
./main.go:58:25:   flow: {storage for ... argument} ← &{storage for (*bytes.Buffer).String(w.Body)}:
./main.go:58:25:     from (*bytes.Buffer).String(w.Body) (spill) at ./main.go:58:25
./main.go:58:25:     from ... argument (slice-literal-element) at ./main.go:58:11
./main.go:58:25:   flow: {heap} ← {storage for ... argument}:
./main.go:58:25:     from ... argument (spill) at ./main.go:58:11
./main.go:58:25:     from fmt.Print(... argument...) (call parameter) at ./main.go:58:11
./main.go:58:11: ... argument does not escape
./main.go:58:25: (*bytes.Buffer).String(w.Body) escapes to heap
$GOROOT/src/net/http/mapping.go:61:7: parameter http.h leaks to {heap} for (*mapping[go.shape.string,go.shape.*uint8]).eachPair with derefs=2:
$GOROOT/src/net/http/mapping.go:61:7:   flow: {temp} ← *http.h:
$GOROOT/src/net/http/mapping.go:61:7:     from http.h.m (dot of pointer) at $GOROOT/src/net/http/mapping.go:66:22
$GOROOT/src/net/http/mapping.go:61:7:   flow: http.v ← *{temp}:
$GOROOT/src/net/http/mapping.go:61:7:     from for loop (range-deref) at $GOROOT/src/net/http/mapping.go:66:15
$GOROOT/src/net/http/mapping.go:61:7:   flow: {heap} ← http.v:
$GOROOT/src/net/http/mapping.go:61:7:     from http.f(http.k, http.v) (call parameter) at $GOROOT/src/net/http/mapping.go:67:9
$GOROOT/src/net/http/mapping.go:43:7: parameter http.h leaks to http.v for (*mapping[go.shape.string,go.shape.*uint8]).find with derefs=2:
$GOROOT/src/net/http/mapping.go:43:7:   flow: {temp} ← *http.h:
$GOROOT/src/net/http/mapping.go:43:7:     from http.h.s (dot of pointer) at $GOROOT/src/net/http/mapping.go:51:21
$GOROOT/src/net/http/mapping.go:43:7:   flow: http.e ← *{temp}:
$GOROOT/src/net/http/mapping.go:43:7:     from for loop (range-deref) at $GOROOT/src/net/http/mapping.go:51:14
$GOROOT/src/net/http/mapping.go:43:7:   flow: http.v ← http.e:
$GOROOT/src/net/http/mapping.go:43:7:     from http.e.value (dot) at $GOROOT/src/net/http/mapping.go:53:12
$GOROOT/src/net/http/mapping.go:43:7:     from return http.e.value, true (return) at $GOROOT/src/net/http/mapping.go:53:4
$GOROOT/src/net/http/mapping.go:27:15: append(http.h.s, http.entry[go.shape.string,go.shape.*uint8]{...}) escapes to heap in (*mapping[go.shape.string,go.shape.*uint8]).add:
$GOROOT/src/net/http/mapping.go:27:15:   flow: {heap} ← &{storage for append(http.h.s, http.entry[go.shape.string,go.shape.*uint8]{...})}:
$GOROOT/src/net/http/mapping.go:27:15:     from append(http.h.s, http.entry[go.shape.string,go.shape.*uint8]{...}) (spill) at $GOROOT/src/net/http/mapping.go:27:15
$GOROOT/src/net/http/mapping.go:27:15:     from http.h.s = append(http.h.s, http.entry[go.shape.string,go.shape.*uint8]{...}) (assign) at $GOROOT/src/net/http/mapping.go:27:7
$GOROOT/src/net/http/mapping.go:30:17: map[go.shape.string]go.shape.*uint8{} escapes to heap in (*mapping[go.shape.string,go.shape.*uint8]).add:
$GOROOT/src/net/http/mapping.go:30:17:   flow: {heap} ← &{storage for map[go.shape.string]go.shape.*uint8{}}:
$GOROOT/src/net/http/mapping.go:30:17:     from map[go.shape.string]go.shape.*uint8{} (spill) at $GOROOT/src/net/http/mapping.go:30:17
$GOROOT/src/net/http/mapping.go:30:17:     from http.h.m = map[go.shape.string]go.shape.*uint8{} (assign) at $GOROOT/src/net/http/mapping.go:30:8
$GOROOT/src/net/http/mapping.go:25:29: parameter http.k leaks to {heap} for (*mapping[go.shape.string,go.shape.*uint8]).add with derefs=0:
$GOROOT/src/net/http/mapping.go:25:29:   flow: {heap} ← http.k:
$GOROOT/src/net/http/mapping.go:25:29:     from http.entry[go.shape.string,go.shape.*uint8]{...} (struct literal element) at $GOROOT/src/net/http/mapping.go:27:32
$GOROOT/src/net/http/mapping.go:25:29:     from append(http.h.s, http.entry[go.shape.string,go.shape.*uint8]{...}) (call parameter) at $GOROOT/src/net/http/mapping.go:27:15
$GOROOT/src/net/http/mapping.go:25:34: parameter http.v leaks to {heap} for (*mapping[go.shape.string,go.shape.*uint8]).add with derefs=0:
$GOROOT/src/net/http/mapping.go:25:34:   flow: {heap} ← http.v:
$GOROOT/src/net/http/mapping.go:25:34:     from http.entry[go.shape.string,go.shape.*uint8]{...} (struct literal element) at $GOROOT/src/net/http/mapping.go:27:32
$GOROOT/src/net/http/mapping.go:25:34:     from append(http.h.s, http.entry[go.shape.string,go.shape.*uint8]{...}) (call parameter) at $GOROOT/src/net/http/mapping.go:27:15
$GOROOT/src/net/http/mapping.go:25:7: parameter http.h leaks to {heap} for (*mapping[go.shape.string,go.shape.*uint8]).add with derefs=1:
$GOROOT/src/net/http/mapping.go:25:7:   flow: {temp} ← *http.h:
$GOROOT/src/net/http/mapping.go:25:7:     from http.h.s (dot of pointer) at $GOROOT/src/net/http/mapping.go:27:17
$GOROOT/src/net/http/mapping.go:25:7:     from append(http.h.s, http.entry[go.shape.string,go.shape.*uint8]{...}) (call parameter) at $GOROOT/src/net/http/mapping.go:27:15
$GOROOT/src/net/http/mapping.go:25:7:   flow: {temp} ← {temp}:
$GOROOT/src/net/http/mapping.go:25:7:   flow: {heap} ← {temp}:
$GOROOT/src/net/http/mapping.go:25:7:     from http.h.s = append(http.h.s, http.entry[go.shape.string,go.shape.*uint8]{...}) (assign) at $GOROOT/src/net/http/mapping.go:27:7
$GOROOT/src/net/http/mapping.go:27:15: append escapes to heap
$GOROOT/src/net/http/mapping.go:30:17: map[go.shape.string]go.shape.*uint8{} escapes to heap
$GOROOT/src/net/http/mapping.go:61:7: parameter http.h leaks to {heap} for (*mapping[string,*net/http.routingNode]).eachPair with derefs=2:
$GOROOT/src/net/http/mapping.go:61:7:   flow: {heap} ← **http.h:
$GOROOT/src/net/http/mapping.go:61:7:     from (*http.mapping[go.shape.string,go.shape.*uint8]).eachPair(http.h, &http..dict.mapping[string,*net/http.routingNode], http.f) (call parameter) at $GOROOT/src/net/http/mapping.go:61:6
$GOROOT/src/net/http/mapping.go:43:7: parameter http.h leaks to http.v for (*mapping[string,*net/http.routingNode]).find with derefs=2:
$GOROOT/src/net/http/mapping.go:43:7:   flow: .autotmp_4 ← **http.h:
$GOROOT/src/net/http/mapping.go:43:7:     from (*http.mapping[go.shape.string,go.shape.*uint8]).find(http.h, &http..dict.mapping[string,*net/http.routingNode], http.k) (call parameter) at $GOROOT/src/net/http/mapping.go:43:6
$GOROOT/src/net/http/mapping.go:43:7:   flow: http.v ← .autotmp_4:
$GOROOT/src/net/http/mapping.go:43:7:     from return .autotmp_4, .autotmp_5 (return) at $GOROOT/src/net/http/mapping.go:43:6
$GOROOT/src/net/http/mapping.go:25:29: parameter http.k leaks to {heap} for (*mapping[string,*net/http.routingNode]).add with derefs=0:
$GOROOT/src/net/http/mapping.go:25:29:   flow: {heap} ← http.k:
$GOROOT/src/net/http/mapping.go:25:29:     from (*http.mapping[go.shape.string,go.shape.*uint8]).add(http.h, &http..dict.mapping[string,*net/http.routingNode], http.k, http.v) (call parameter) at $GOROOT/src/net/http/mapping.go:25:6
$GOROOT/src/net/http/mapping.go:25:34: parameter http.v leaks to {heap} for (*mapping[string,*net/http.routingNode]).add with derefs=0:
$GOROOT/src/net/http/mapping.go:25:34:   flow: {heap} ← http.v:
$GOROOT/src/net/http/mapping.go:25:34:     from (*http.mapping[go.shape.string,go.shape.*uint8]).add(http.h, &http..dict.mapping[string,*net/http.routingNode], http.k, http.v) (call parameter) at $GOROOT/src/net/http/mapping.go:25:6
$GOROOT/src/net/http/mapping.go:25:7: parameter http.h leaks to {heap} for (*mapping[string,*net/http.routingNode]).add with derefs=1:
$GOROOT/src/net/http/mapping.go:25:7:   flow: {temp} ← http.h:
$GOROOT/src/net/http/mapping.go:25:7:     from (*http.mapping[go.shape.string,go.shape.*uint8]).add(http.h, &http..dict.mapping[string,*net/http.routingNode], http.k, http.v) (call parameter) at $GOROOT/src/net/http/mapping.go:25:6
$GOROOT/src/net/http/mapping.go:25:7:   flow: {heap} ← *{temp}:
<autogenerated>:1: parameter p leaks to {heap} for .eq.IM8 with derefs=1:
<autogenerated>:1:   flow: {heap} ← *p:
<autogenerated>:1:     from unsafe.Add(p, uintptr(0)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(**uintptr)(unsafe.Add(p, uintptr(0))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.ifaceeq(*(**uintptr)(unsafe.Add(p, uintptr(0))), *(*unsafe.Pointer)(unsafe.Add(p, uintptr(8))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(8)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter q leaks to {heap} for .eq.IM8 with derefs=1:
<autogenerated>:1:   flow: {heap} ← *q:
<autogenerated>:1:     from unsafe.Add(q, uintptr(8)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(q, uintptr(8))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.ifaceeq(*(**uintptr)(unsafe.Add(p, uintptr(0))), *(*unsafe.Pointer)(unsafe.Add(p, uintptr(8))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(8)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for statusRecorder.Header with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.ResponseWriter (dot) at <autogenerated>:1
<autogenerated>:1:     from ~p0.ResponseWriter.Header() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for (*statusRecorder).Header with derefs=1:
<autogenerated>:1:   flow: {heap} ← *~p0:
<autogenerated>:1:     from ~p0.ResponseWriter (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from ~p0.ResponseWriter.Header() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for statusRecorder.Write with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.ResponseWriter (dot) at <autogenerated>:1
<autogenerated>:1:     from ~p0.ResponseWriter.Write(~p1) (call parameter) at <autogenerated>:1
$GOROOT/src/net/http/server.go:141:8: parameter ~p1 leaks to {heap} for statusRecorder.Write with derefs=0:
$GOROOT/src/net/http/server.go:141:8:   flow: {heap} ← ~p1:
$GOROOT/src/net/http/server.go:141:8:     from ~p0.ResponseWriter.Write(~p1) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for (*statusRecorder).Write with derefs=1:
<autogenerated>:1:   flow: {heap} ← *~p0:
<autogenerated>:1:     from ~p0.ResponseWriter (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from ~p0.ResponseWriter.Write(~p1) (call parameter) at <autogenerated>:1
$GOROOT/src/net/http/server.go:141:8: parameter ~p1 leaks to {heap} for (*statusRecorder).Write with derefs=0:
$GOROOT/src/net/http/server.go:141:8:   flow: {heap} ← ~p1:
$GOROOT/src/net/http/server.go:141:8:     from ~p0.ResponseWriter.Write(~p1) (call parameter) at <autogenerated>:1
