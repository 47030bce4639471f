./main.go:17:28: parameter w leaks to {heap} for (*Broker).ServeHTTP with derefs=0:
./main.go:17:28:   flow: {heap} ← w:
./main.go:17:28:     from http.Error(w, "streaming unsupported", 500) (call parameter) at ./main.go:20:13
./main.go:17:51: parameter r leaks to {heap} for (*Broker).ServeHTTP with derefs=1:
./main.go:17:51:   flow: .autotmp_7 ← *r:
./main.go:17:51:     from (*http.Request).Context(r) (call parameter) at ./main.go:27:19
./main.go:17:51:     from .autotmp_7 = (*http.Request).Context(r) (assign) at ./main.go:27:26
./main.go:17:51:   flow: {heap} ← .autotmp_7:
./main.go:17:51:     from .autotmp_7.Done() (call parameter) at ./main.go:27:26
./main.go:33:35: ev escapes to heap in (*Broker).ServeHTTP:
./main.go:33:35:   flow: {storage for ... argument} ← &{storage for ev}:
./main.go:33:35:     from ev (spill) at ./main.go:33:35
./main.go:33:35:     from ... argument (slice-literal-element) at ./main.go:33:15
./main.go:33:35:   flow: {heap} ← {storage for ... argument}:
./main.go:33:35:     from ... argument (spill) at ./main.go:33:15
./main.go:33:35:     from fmt.Fprintf(w, "data: %s\n\n", ... argument...) (call parameter) at ./main.go:33:15
./main.go:17:7: b does not escape
./main.go:17:28: leaking param: w
./main.go:17:51: leaking param content: r
./main.go:33:15: ... argument does not escape
./main.go:33:35: ev escapes to heap
./main.go:53:14: n escapes to heap in main:
./main.go:53:14:   flow: {storage for ... argument} ← &{storage for n}:
./main.go:53:14:     from n (spill) at ./main.go:53:14
./main.go:53:14:     from ... argument (slice-literal-element) at ./main.go:53:13
./main.go:53:14:   flow: {heap} ← {storage for ... argument}:
./main.go:53:14:     from ... argument (spill) at ./main.go:53:13
./main.go:53:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:53:13
./main.go:53:33: http.Header.Get((*httptest.ResponseRecorder).Header(rec), "Content-Type") escapes to heap in main:
./main.go:53:33:   flow: {storage for ... argument} ← &{storage for http.Header.Get((*httptest.ResponseRecorder).Header(rec), "Content-Type")}:
./main.go:53:33:     from http.Header.Get((*httptest.ResponseRecorder).Header(rec), "Content-Type") (spill) at ./main.go:53:33
./main.go:53:33:     from ... argument (slice-literal-element) at ./main.go:53:13
./main.go:53:33:   flow: {heap} ← {storage for ... argument}:
./main.go:53:33:     from ... argument (spill) at ./main.go:53:13
./main.go:53:33:     from fmt.Println(... argument...) (call parameter) at ./main.go:53:13
./main.go:53:67: time.Duration(n) * time.Duration(1000000000) escapes to heap in main:
./main.go:53:67:   flow: {storage for ... argument} ← &{storage for time.Duration(n) * time.Duration(1000000000)}:
./main.go:53:67:     from time.Duration(n) * time.Duration(1000000000) (spill) at ./main.go:53:67
./main.go:53:67:     from ... argument (slice-literal-element) at ./main.go:53:13
./main.go:53:67:   flow: {heap} ← {storage for ... argument}:
./main.go:53:67:     from ... argument (spill) at ./main.go:53:13
./main.go:53:67:     from fmt.Println(... argument...) (call parameter) at ./main.go:53:13
./main.go:40:7: &Broker{...} does not escape
./main.go:53:13: ... argument does not escape
./main.go:53:14: n escapes to heap
./main.go:53:33: http.Header.Get((*httptest.ResponseRecorder).Header(rec), "Content-Type") escapes to heap
./main.go:53:67: time.Duration(n) * time.Duration(1000000000) escapes to heap
