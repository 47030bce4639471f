./main.go:25:11: make([]byte, 16) does not escape
./main.go:30:7: parameter s leaks to {heap} for (*SessionStore).Login with derefs=0:
./main.go:30:7:   flow: {heap} ← s:
./main.go:30:7:     from s.mu (dot of pointer) at ./main.go:32:3
./main.go:30:7:     from s.mu (address-of) at ./main.go:32:6
./main.go:30:7:     from (*sync.Mutex).Lock(s.mu) (call parameter) at ./main.go:32:11
./main.go:30:53: parameter user leaks to {heap} for (*SessionStore).Login with derefs=0:
./main.go:30:53:   flow: {heap} ← user:
./main.go:30:53:     from Session{...} (struct literal element) at ./main.go:33:27
./main.go:30:53:     from s.sessions[tok] = Session{...} (assign) at ./main.go:33:18
./main.go:30:30: parameter w leaks to {heap} for (*SessionStore).Login with derefs=0:
./main.go:30:30:   flow: {heap} ← w:
./main.go:30:30:     from http.SetCookie(w, &http.Cookie{...}) (call parameter) at ./main.go:35:16
./main.go:30:7: leaking param: s
./main.go:30:30: leaking param: w
./main.go:30:53: leaking param: user
./main.go:35:20: &http.Cookie{...} does not escape
./main.go:44:12: (*SessionStore).Current capturing by value: .autotmp_8 (addr=false assign=false width=8)
./main.go:38:7: parameter s leaks to {heap} for (*SessionStore).Current with derefs=0:
./main.go:38:7:   flow: {heap} ← s:
./main.go:38:7:     from s.mu (dot of pointer) at ./main.go:43:3
./main.go:38:7:     from s.mu (address-of) at ./main.go:43:6
./main.go:38:7:     from (*sync.Mutex).Lock(s.mu) (call parameter) at ./main.go:43:11
./main.go:38:7: leaking param: s
./main.go:38:32: r does not escape
./main.go:53:11: &SessionStore{...} escapes to heap in main:
./main.go:53:11:   flow: store ← &{storage for &SessionStore{...}}:
./main.go:53:11:     from &SessionStore{...} (spill) at ./main.go:53:11
./main.go:53:11:     from store := &SessionStore{...} (assign) at ./main.go:53:8
./main.go:53:11:   flow: {heap} ← store:
./main.go:53:11:     from (*SessionStore).Login(store, rec, "alice") (call parameter) at ./main.go:55:13
./main.go:63:14: user escapes to heap in main:
./main.go:63:14:   flow: {storage for ... argument} ← &{storage for user}:
./main.go:63:14:     from user (spill) at ./main.go:63:14
./main.go:63:14:     from ... argument (slice-literal-element) at ./main.go:63:13
./main.go:63:14:   flow: {heap} ← {storage for ... argument}:
./main.go:63:14:     from ... argument (spill) at ./main.go:63:13
./main.go:63:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:63:13
./main.go:63:20: ok escapes to heap in main:
./main.go:63:20:   flow: {storage for ... argument} ← &{storage for ok}:
./main.go:63:20:     from ok (spill) at ./main.go:63:20
./main.go:63:20:     from ... argument (slice-literal-element) at ./main.go:63:13
./main.go:63:20:   flow: {heap} ← {storage for ... argument}:
./main.go:63:20:     from ... argument (spill) at ./main.go:63:13
./main.go:63:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:63:13
./main.go:53:53: map[string]Session{} escapes to heap in main:
./main.go:53:53:   flow: {storage for &SessionStore{...}} ← &{storage for map[string]Session{}}:
./main.go:53:53:     from map[string]Session{} (spill) at ./main.go:53:53
./main.go:53:53:     from SessionStore{...} (struct literal element) at ./main.go:53:24
./main.go:53:11: &SessionStore{...} escapes to heap
./main.go:53:53: map[string]Session{} escapes to heap
./main.go:63:13: ... argument does not escape
./main.go:63:14: user escapes to heap
./main.go:63:20: ok escapes to heap
