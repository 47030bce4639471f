./main.go:16:17: ([]byte)(key) escapes to heap in (*Ring).ShardFor:
./main.go:16:17:   flow: {heap} ← &{storage for ([]byte)(key)}:
./main.go:16:17:     from ([]byte)(key) (spill) at ./main.go:16:17
./main.go:16:17:     from h.Write(([]byte)(key)) (call parameter) at ./main.go:16:9
./main.go:14:7: parameter r leaks to ~r0 for (*Ring).ShardFor with derefs=2:
./main.go:14:7:   flow: ~r0 ← **r:
./main.go:14:7:     from r.shards (dot of pointer) at ./main.go:17:10
./main.go:14:7:     from r.shards[h.Sum32() % uint32(len(r.shards))] (dot of pointer) at ./main.go:17:17
./main.go:14:7:     from return r.shards[h.Sum32() % uint32(len(r.shards))] (return) at ./main.go:17:2
./main.go:14:7: leaking param: r to result ~r0 level=2
./main.go:14:25: key does not escape
./main.go:16:17: ([]byte)(key) escapes to heap
./main.go:22:15: parameter frames leaks to {heap} for checksum with derefs=1:
./main.go:22:15:   flow: {temp} ← frames:
./main.go:22:15:   flow: f ← *{temp}:
./main.go:22:15:     from for loop (range-deref) at ./main.go:24:14
./main.go:22:15:   flow: {heap} ← f:
./main.go:22:15:     from crc32.Update(crc, castagnoli, f) (call parameter) at ./main.go:25:21
./main.go:22:15: leaking param content: frames
./main.go:36:49: ([]byte)("abcd") escapes to heap in main:
./main.go:36:49:   flow: {heap} ← &{storage for ([]byte)("abcd")}:
./main.go:36:49:     from ([]byte)("abcd") (spill) at ./main.go:36:49
./main.go:36:49:     from crc32.ChecksumIEEE(([]byte)("abcd")) (call parameter) at ./main.go:36:41
./main.go:33:15: k escapes to heap in main:
./main.go:33:15:   flow: {storage for ... argument} ← &{storage for k}:
./main.go:33:15:     from k (spill) at ./main.go:33:15
./main.go:33:15:     from ... argument (slice-literal-element) at ./main.go:33:14
./main.go:33:15:   flow: {heap} ← {storage for ... argument}:
./main.go:33:15:     from ... argument (spill) at ./main.go:33:14
./main.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:14
./main.go:33:28: (*Ring).ShardFor(r, k) escapes to heap in main:
./main.go:33:28:   flow: {storage for ... argument} ← &{storage for (*Ring).ShardFor(r, k)}:
./main.go:33:28:     from (*Ring).ShardFor(r, k) (spill) at ./main.go:33:28
./main.go:33:28:     from ... argument (slice-literal-element) at ./main.go:33:14
./main.go:33:28:   flow: {heap} ← {storage for ... argument}:
./main.go:33:28:     from ... argument (spill) at ./main.go:33:14
./main.go:33:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:14
./main.go:35:31: checksum([][]byte{...}) escapes to heap in main:
./main.go:35:31:   flow: {storage for ... argument} ← &{storage for checksum([][]byte{...})}:
./main.go:35:31:     from checksum([][]byte{...}) (spill) at ./main.go:35:31
./main.go:35:31:     from ... argument (slice-literal-element) at ./main.go:35:12
./main.go:35:31:   flow: {heap} ← {storage for ... argument}:
./main.go:35:31:     from ... argument (spill) at ./main.go:35:12
./main.go:35:31:     from fmt.Printf("%08x\n", ... argument...) (call parameter) at ./main.go:35:12
./main.go:35:48: ([]byte)("ab") escapes to heap in main:
./main.go:35:48:   flow: {storage for [][]byte{...}} ← &{storage for ([]byte)("ab")}:
./main.go:35:48:     from ([]byte)("ab") (spill) at ./main.go:35:48
./main.go:35:48:     from [][]byte{...} (slice-literal-element) at ./main.go:35:40
./main.go:35:48:   flow: {heap} ← {storage for [][]byte{...}}:
./main.go:35:48:     from [][]byte{...} (spill) at ./main.go:35:40
./main.go:35:48:     from checksum([][]byte{...}) (call parameter) at ./main.go:35:31
./main.go:35:62: ([]byte)("cd") escapes to heap in main:
./main.go:35:62:   flow: {storage for [][]byte{...}} ← &{storage for ([]byte)("cd")}:
./main.go:35:62:     from ([]byte)("cd") (spill) at ./main.go:35:62
./main.go:35:62:     from [][]byte{...} (slice-literal-element) at ./main.go:35:40
./main.go:35:62:   flow: {heap} ← {storage for [][]byte{...}}:
./main.go:35:62:     from [][]byte{...} (spill) at ./main.go:35:40
./main.go:35:62:     from checksum([][]byte{...}) (call parameter) at ./main.go:35:31
./main.go:36:41: crc32.ChecksumIEEE(([]byte)("abcd")) escapes to heap in main:
./main.go:36:41:   flow: {storage for ... argument} ← &{storage for crc32.ChecksumIEEE(([]byte)("abcd"))}:
./main.go:36:41:     from crc32.ChecksumIEEE(([]byte)("abcd")) (spill) at ./main.go:36:41
./main.go:36:41:     from ... argument (slice-literal-element) at ./main.go:36:12
./main.go:36:41:   flow: {heap} ← {storage for ... argument}:
./main.go:36:41:     from ... argument (spill) at ./main.go:36:12
./main.go:36:41:     from fmt.Printf("%08x\n", ... argument...) (call parameter) at ./main.go:36:12
./main.go:31:7: &Ring{...} does not escape
./main.go:31:29: []string{...} does not escape
./main.go:32:28: []string{...} does not escape
./main.go:33:14: ... argument does not escape
./main.go:33:15: k escapes to heap
./main.go:33:28: (*Ring).ShardFor(r, k) escapes to heap
./main.go:35:12: ... argument does not escape
./main.go:35:31: checksum([][]byte{...}) escapes to heap
./main.go:35:40: [][]byte{...} does not escape
./main.go:35:48: ([]byte)("ab") escapes to heap
./main.go:35:62: ([]byte)("cd") escapes to heap
./main.go:36:12: ... argument does not escape
./main.go:36:41: crc32.ChecksumIEEE(([]byte)("abcd")) escapes to heap
./main.go:36:49: ([]byte)("abcd") escapes to heap
