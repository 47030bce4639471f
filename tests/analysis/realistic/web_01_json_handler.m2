./main.go:26:18: append(s.todos, t) escapes to heap in (*Store).Add:
./main.go:26:18:   flow: {heap} ← &{storage for append(s.todos, t)}:
./main.go:26:18:     from append(s.todos, t) (spill) at ./main.go:26:18
./main.go:26:18:     from s.todos = append(s.todos, t) (assign) at ./main.go:26:10
./main.go:23:7: parameter s leaks to {heap} for (*Store).Add with derefs=1:
./main.go:23:7:   flow: {temp} ← *s:
./main.go:23:7:     from s.todos (dot of pointer) at ./main.go:26:20
./main.go:23:7:     from append(s.todos, t) (call parameter) at ./main.go:26:18
./main.go:23:7:   flow: {temp} ← {temp}:
./main.go:23:7:   flow: {heap} ← {temp}:
./main.go:23:7:     from s.todos = append(s.todos, t) (assign) at ./main.go:26:10
./main.go:23:21: parameter title leaks to {heap} for (*Store).Add with derefs=0:
./main.go:23:21:   flow: t ← title:
./main.go:23:21:     from Todo{...} (struct literal element) at ./main.go:25:11
./main.go:23:21:     from t := Todo{...} (assign) at ./main.go:25:4
./main.go:23:21:   flow: {heap} ← t:
./main.go:23:21:     from append(s.todos, t) (call parameter) at ./main.go:26:18
./main.go:23:21: parameter title leaks to ~r0 for (*Store).Add with derefs=0:
./main.go:23:21:   flow: t ← title:
./main.go:23:21:     from Todo{...} (struct literal element) at ./main.go:25:11
./main.go:23:21:     from t := Todo{...} (assign) at ./main.go:25:4
./main.go:23:21:   flow: ~r0 ← t:
./main.go:23:21:     from return t (return) at ./main.go:27:2
./main.go:23:7: leaking param content: s
./main.go:23:21: leaking param: title
./main.go:26:18: append escapes to heap
./main.go:34:30: s.todos escapes to heap in (*Store).ServeHTTP:
./main.go:34:30:   flow: {heap} ← &{storage for s.todos}:
./main.go:34:30:     from s.todos (spill) at ./main.go:34:30
./main.go:34:30:     from (*json.Encoder).Encode(json.NewEncoder(w), s.todos) (call parameter) at ./main.go:34:28
./main.go:36:7: in escapes to heap in (*Store).ServeHTTP:
./main.go:36:7:   flow: {heap} ← &in:
./main.go:36:7:     from &in (address-of) at ./main.go:39:44
./main.go:36:7:     from &in (interface-converted) at ./main.go:39:44
./main.go:36:7:     from (*json.Decoder).Decode(json.NewDecoder(r.Body), &in) (call parameter) at ./main.go:39:43
./main.go:45:29: t escapes to heap in (*Store).ServeHTTP:
./main.go:45:29:   flow: {heap} ← &{storage for t}:
./main.go:45:29:     from t (spill) at ./main.go:45:29
./main.go:45:29:     from (*json.Encoder).Encode(json.NewEncoder(w), t) (call parameter) at ./main.go:45:28
./main.go:30:27: parameter w leaks to {heap} for (*Store).ServeHTTP with derefs=0:
./main.go:30:27:   flow: {heap} ← w:
./main.go:30:27:     from w.Header() (call parameter) at ./main.go:33:11
./main.go:30:50: parameter r leaks to {heap} for (*Store).ServeHTTP with derefs=1:
./main.go:30:50:   flow: {heap} ← *r:
./main.go:30:50:     from r.Body (dot of pointer) at ./main.go:39:30
./main.go:30:50:     from r.Body (interface-converted) at ./main.go:39:30
./main.go:30:50:     from json.NewDecoder(r.Body) (call parameter) at ./main.go:39:28
./main.go:30:7: parameter s leaks to {heap} for (*Store).ServeHTTP with derefs=1:
./main.go:30:7:   flow: {temp} ← s:
./main.go:30:7:     from (*Store).Add(s, in.Title) (call parameter) at ./main.go:43:13
./main.go:30:7:   flow: {heap} ← *{temp}:
./main.go:30:7: parameter s leaks to {storage for s.todos} for (*Store).ServeHTTP with derefs=1:
./main.go:30:7:   flow: {storage for s.todos} ← *s:
./main.go:30:7:     from s.todos (dot of pointer) at ./main.go:34:30
./main.go:30:7:     from s.todos (interface-converted) at ./main.go:34:30
./main.go:30:7: leaking param content: s
./main.go:30:27: leaking param: w
./main.go:30:50: leaking param content: r
./main.go:36:7: moved to heap: in
./main.go:34:30: s.todos escapes to heap
./main.go:45:29: t escapes to heap
./main.go:56:17: rec.Code escapes to heap in main:
./main.go:56:17:   flow: {storage for ... argument} ← &{storage for rec.Code}:
./main.go:56:17:     from rec.Code (spill) at ./main.go:56:17
./main.go:56:17:     from ... argument (slice-literal-element) at ./main.go:56:13
./main.go:56:17:   flow: {heap} ← {storage for ... argument}:
./main.go:56:17:     from ... argument (spill) at ./main.go:56:13
./main.go:56:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:56:13
./main.go:56:39: (*bytes.Buffer).String(rec.Body) escapes to heap in main:
./main.go:56:39:   flow: {storage for ... argument} ← &{storage for (*bytes.Buffer).String(rec.Body)}:
./main.go:56:39:     from (*bytes.Buffer).String(rec.Body) (spill) at ./main.go:56:39
./main.go:56:39:     from ... argument (slice-literal-element) at ./main.go:56:13
./main.go:56:39:   flow: {heap} ← {storage for ... argument}:
./main.go:56:39:     from ... argument (spill) at ./main.go:56:13
./main.go:56:39:     from fmt.Println(... argument...) (call parameter) at ./main.go:56:13
./main.go:60:29: (*bytes.Buffer).String(rec.Body) escapes to heap in main:
./main.go:60:29:   flow: {storage for ... argument} ← &{storage for (*bytes.Buffer).String(rec.Body)}:
./main.go:60:29:     from (*bytes.Buffer).String(rec.Body) (spill) at ./main.go:60:29
./main.go:60:29:     from ... argument (slice-literal-element) at ./main.go:60:13
./main.go:60:29:   flow: {heap} ← {storage for ... argument}:
./main.go:60:29:     from ... argument (spill) at ./main.go:60:13
./main.go:60:29:     from fmt.Println(... argument...) (call parameter) at ./main.go:60:13
./main.go:52:7: &Store{} does not escape
./main.go:56:13: ... argument does not escape
./main.go:56:17: rec.Code escapes to heap
./main.go:56:39: (*bytes.Buffer).String(rec.Body) escapes to heap
./main.go:60:13: ... argument does not escape
./main.go:60:29: (*bytes.Buffer).String(rec.Body) escapes to heap
