./main.go:19:21: append(seen[sum], b.Name) escapes to heap in dedupe:
./main.go:19:21:   flow: {heap} ← &{storage for append(seen[sum], b.Name)}:
./main.go:19:21:     from append(seen[sum], b.Name) (spill) at ./main.go:19:21
./main.go:19:21:     from seen[sum] = append(seen[sum], b.Name) (assign) at ./main.go:19:13
./main.go:15:13: parameter blobs leaks to {heap} for dedupe with derefs=1:
./main.go:15:13:   flow: {temp} ← blobs:
./main.go:15:13:   flow: b ← *{temp}:
./main.go:15:13:     from for loop (range-deref) at ./main.go:17:14
./main.go:15:13:   flow: {heap} ← b:
./main.go:15:13:     from b.Name (dot) at ./main.go:19:34
./main.go:15:13:     from append(seen[sum], b.Name) (call parameter) at ./main.go:19:21
./main.go:16:14: make(map[[16]byte][]string) escapes to heap in dedupe:
./main.go:16:14:   flow: seen ← &{storage for make(map[[16]byte][]string)}:
./main.go:16:14:     from make(map[[16]byte][]string) (spill) at ./main.go:16:14
./main.go:16:14:     from seen := make(map[[16]byte][]string) (assign) at ./main.go:16:7
./main.go:16:14:   flow: ~r0 ← seen:
./main.go:16:14:     from return seen (return) at ./main.go:21:2
./main.go:15:13: leaking param content: blobs
./main.go:16:14: make(map[[16]byte][]string) escapes to heap
./main.go:19:21: append escapes to heap
./main.go:24:16: parameter content leaks to {heap} for gitBlobID with derefs=0:
./main.go:24:16:   flow: {heap} ← content:
./main.go:24:16:     from h.Write(content) (call parameter) at ./main.go:27:9
./main.go:26:35: len(content) escapes to heap in gitBlobID:
./main.go:26:35:   flow: {storage for ... argument} ← &{storage for len(content)}:
./main.go:26:35:     from len(content) (spill) at ./main.go:26:35
./main.go:26:35:     from ... argument (slice-literal-element) at ./main.go:26:13
./main.go:26:35:   flow: {heap} ← {storage for ... argument}:
./main.go:26:35:     from ... argument (spill) at ./main.go:26:13
./main.go:26:35:     from fmt.Fprintf(h, "blob %d\x00", ... argument...) (call parameter) at ./main.go:26:13
./main.go:28:32: h.Sum(nil) escapes to heap in gitBlobID:
./main.go:28:32:   flow: {storage for ... argument} ← &{storage for h.Sum(nil)}:
./main.go:28:32:     from h.Sum(nil) (spill) at ./main.go:28:32
./main.go:28:32:     from ... argument (slice-literal-element) at ./main.go:28:20
./main.go:28:32:   flow: {heap} ← {storage for ... argument}:
./main.go:28:32:     from ... argument (spill) at ./main.go:28:20
./main.go:28:32:     from fmt.Sprintf("%x", ... argument...) (call parameter) at ./main.go:28:20
./main.go:24:16: leaking param: content
./main.go:26:13: ... argument does not escape
./main.go:26:35: len(content) escapes to heap
./main.go:28:20: ... argument does not escape
./main.go:28:32: h.Sum(nil) escapes to heap
./main.go:38:31: ([]byte)("hello\n") escapes to heap in main:
./main.go:38:31:   flow: {heap} ← &{storage for ([]byte)("hello\n")}:
./main.go:38:31:     from ([]byte)("hello\n") (spill) at ./main.go:38:31
./main.go:38:31:     from gitBlobID(([]byte)("hello\n")) (call parameter) at ./main.go:38:23
./main.go:35:29: sum[:4] escapes to heap in main:
./main.go:35:29:   flow: {storage for ... argument} ← &{storage for sum[:4]}:
./main.go:35:29:     from sum[:4] (spill) at ./main.go:35:29
./main.go:35:29:     from ... argument (slice-literal-element) at ./main.go:35:14
./main.go:35:29:   flow: {heap} ← {storage for ... argument}:
./main.go:35:29:     from ... argument (spill) at ./main.go:35:14
./main.go:35:29:     from fmt.Printf("%x %v\n", ... argument...) (call parameter) at ./main.go:35:14
./main.go:35:35: names escapes to heap in main:
./main.go:35:35:   flow: {storage for ... argument} ← &{storage for names}:
./main.go:35:35:     from names (spill) at ./main.go:35:35
./main.go:35:35:     from ... argument (slice-literal-element) at ./main.go:35:14
./main.go:35:35:   flow: {heap} ← {storage for ... argument}:
./main.go:35:35:     from ... argument (spill) at ./main.go:35:14
./main.go:35:35:     from fmt.Printf("%x %v\n", ... argument...) (call parameter) at ./main.go:35:14
./main.go:38:23: gitBlobID(([]byte)("hello\n")) escapes to heap in main:
./main.go:38:23:   flow: {storage for ... argument} ← &{storage for gitBlobID(([]byte)("hello\n"))}:
./main.go:38:23:     from gitBlobID(([]byte)("hello\n")) (spill) at ./main.go:38:23
./main.go:38:23:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:23:   flow: {heap} ← {storage for ... argument}:
./main.go:38:23:     from ... argument (spill) at ./main.go:38:13
./main.go:38:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:32:35: ([]byte)("x") escapes to heap in main:
./main.go:32:35:   flow: {storage for []Blob{...}} ← &{storage for ([]byte)("x")}:
./main.go:32:35:     from ([]byte)("x") (spill) at ./main.go:32:35
./main.go:32:35:     from Blob{...} (struct literal element) at ./main.go:32:18
./main.go:32:35:     from []Blob{...} (slice-literal-element) at ./main.go:32:17
./main.go:32:35:   flow: blobs ← &{storage for []Blob{...}}:
./main.go:32:35:     from []Blob{...} (spill) at ./main.go:32:17
./main.go:32:35:     from blobs := []Blob{...} (assign) at ./main.go:32:8
./main.go:32:35:   flow: {heap} ← *blobs:
./main.go:32:35:     from dedupe(blobs) (call parameter) at ./main.go:33:32
./main.go:32:59: ([]byte)("y") escapes to heap in main:
./main.go:32:59:   flow: {storage for []Blob{...}} ← &{storage for ([]byte)("y")}:
./main.go:32:59:     from ([]byte)("y") (spill) at ./main.go:32:59
./main.go:32:59:     from Blob{...} (struct literal element) at ./main.go:32:42
./main.go:32:59:     from []Blob{...} (slice-literal-element) at ./main.go:32:17
./main.go:32:59:   flow: blobs ← &{storage for []Blob{...}}:
./main.go:32:59:     from []Blob{...} (spill) at ./main.go:32:17
./main.go:32:59:     from blobs := []Blob{...} (assign) at ./main.go:32:8
./main.go:32:59:   flow: {heap} ← *blobs:
./main.go:32:59:     from dedupe(blobs) (call parameter) at ./main.go:33:32
./main.go:32:83: ([]byte)("x") escapes to heap in main:
./main.go:32:83:   flow: {storage for []Blob{...}} ← &{storage for ([]byte)("x")}:
./main.go:32:83:     from ([]byte)("x") (spill) at ./main.go:32:83
./main.go:32:83:     from Blob{...} (struct literal element) at ./main.go:32:66
./main.go:32:83:     from []Blob{...} (slice-literal-element) at ./main.go:32:17
./main.go:32:83:   flow: blobs ← &{storage for []Blob{...}}:
./main.go:32:83:     from []Blob{...} (spill) at ./main.go:32:17
./main.go:32:83:     from blobs := []Blob{...} (assign) at ./main.go:32:8
./main.go:32:83:   flow: {heap} ← *blobs:
./main.go:32:83:     from dedupe(blobs) (call parameter) at ./main.go:33:32
./main.go:33:6: sum escapes to heap in main:
./main.go:33:6:   flow: {storage for sum[:4]} ← &sum:
./main.go:33:6:     from sum (address-of) at ./main.go:35:29
./main.go:33:6:     from sum[:4] (slice) at ./main.go:35:29
./main.go:33:6:     from sum[:4] (interface-converted) at ./main.go:35:29
./main.go:33:6: moved to heap: sum
./main.go:32:17: []Blob{...} does not escape
./main.go:32:35: ([]byte)("x") escapes to heap
./main.go:32:59: ([]byte)("y") escapes to heap
./main.go:32:83: ([]byte)("x") escapes to heap
./main.go:35:14: ... argument does not escape
./main.go:35:29: sum[:4] escapes to heap
./main.go:35:35: names escapes to heap
./main.go:38:13: ... argument does not escape
./main.go:38:23: gitBlobID(([]byte)("hello\n")) escapes to heap
./main.go:38:31: ([]byte)("hello\n") escapes to heap
