./main.go:16:26: map[int]*User{...} escapes to heap in init:
./main.go:16:26:   flow: {heap} ← &{storage for map[int]*User{...}}:
./main.go:16:26:     from map[int]*User{...} (spill) at ./main.go:16:26
./main.go:16:26:     from users = map[int]*User{...} (assign) at ./main.go:16:5
./main.go:17:5: &User{...} escapes to heap in init:
./main.go:17:5:   flow: {heap} ← &{storage for &User{...}}:
./main.go:17:5:     from &User{...} (spill) at ./main.go:17:5
./main.go:17:5:     from map[int]*User{...} (map literal value) at ./main.go:16:26
./main.go:18:5: &User{...} escapes to heap in init:
./main.go:18:5:   flow: {heap} ← &{storage for &User{...}}:
./main.go:18:5:     from &User{...} (spill) at ./main.go:18:5
./main.go:18:5:     from map[int]*User{...} (map literal value) at ./main.go:16:26
./main.go:16:26: map[int]*User{...} escapes to heap
./main.go:17:5: &User{...} escapes to heap
./main.go:18:5: &User{...} escapes to heap
./main.go:21:14: parameter w leaks to {heap} for getUser with derefs=0:
./main.go:21:14:   flow: {heap} ← w:
./main.go:21:14:     from http.Error(w, "bad id", 400) (call parameter) at ./main.go:24:13
./main.go:32:33: u.ID escapes to heap in getUser:
./main.go:32:33:   flow: {storage for ... argument} ← &{storage for u.ID}:
./main.go:32:33:     from u.ID (spill) at ./main.go:32:33
./main.go:32:33:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:33:   flow: {heap} ← {storage for ... argument}:
./main.go:32:33:     from ... argument (spill) at ./main.go:32:13
./main.go:32:33:     from fmt.Fprintf(w, "user %d: %s", ... argument...) (call parameter) at ./main.go:32:13
./main.go:32:39: u.Name escapes to heap in getUser:
./main.go:32:39:   flow: {storage for ... argument} ← &{storage for u.Name}:
./main.go:32:39:     from u.Name (spill) at ./main.go:32:39
./main.go:32:39:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:39:   flow: {heap} ← {storage for ... argument}:
./main.go:32:39:     from ... argument (spill) at ./main.go:32:13
./main.go:32:39:     from fmt.Fprintf(w, "user %d: %s", ... argument...) (call parameter) at ./main.go:32:13
./main.go:21:14: leaking param: w
./main.go:21:37: r does not escape
./main.go:32:13: ... argument does not escape
./main.go:32:33: u.ID escapes to heap
./main.go:32:39: u.Name escapes to heap
./main.go:35:17: parameter w leaks to {heap} for deleteUser with derefs=0:
./main.go:35:17:   flow: {heap} ← w:
./main.go:35:17:     from http.Error(w, "bad id", 400) (call parameter) at ./main.go:38:13
./main.go:35:17: leaking param: w
./main.go:35:40: r does not escape
./main.go:53:15: path escapes to heap in main:
./main.go:53:15:   flow: {storage for ... argument} ← &{storage for path}:
./main.go:53:15:     from path (spill) at ./main.go:53:15
./main.go:53:15:     from ... argument (slice-literal-element) at ./main.go:53:14
./main.go:53:15:   flow: {heap} ← {storage for ... argument}:
./main.go:53:15:     from ... argument (spill) at ./main.go:53:14
./main.go:53:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:53:14
./main.go:53:24: rec.Code escapes to heap in main:
./main.go:53:24:   flow: {storage for ... argument} ← &{storage for rec.Code}:
./main.go:53:24:     from rec.Code (spill) at ./main.go:53:24
./main.go:53:24:     from ... argument (slice-literal-element) at ./main.go:53:14
./main.go:53:24:   flow: {heap} ← {storage for ... argument}:
./main.go:53:24:     from ... argument (spill) at ./main.go:53:14
./main.go:53:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:53:14
./main.go:53:46: (*bytes.Buffer).String(rec.Body) escapes to heap in main:
./main.go:53:46:   flow: {storage for ... argument} ← &{storage for (*bytes.Buffer).String(rec.Body)}:
./main.go:53:46:     from (*bytes.Buffer).String(rec.Body) (spill) at ./main.go:53:46
./main.go:53:46:     from ... argument (slice-literal-element) at ./main.go:53:14
./main.go:53:46:   flow: {heap} ← {storage for ... argument}:
./main.go:53:46:     from ... argument (spill) at ./main.go:53:14
./main.go:53:46:     from fmt.Println(... argument...) (call parameter) at ./main.go:53:14
./main.go:50:31: []string{...} does not escape
./main.go:53:14: ... argument does not escape
./main.go:53:15: path escapes to heap
./main.go:53:24: rec.Code escapes to heap
./main.go:53:46: (*bytes.Buffer).String(rec.Body) escapes to heap
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
