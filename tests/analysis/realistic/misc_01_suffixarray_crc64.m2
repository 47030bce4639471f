./main.go:19:16: append(text, d...) escapes to heap in NewCorpus:
./main.go:19:16:   flow: text ← &{storage for append(text, d...)}:
./main.go:19:16:     from append(text, d...) (spill) at ./main.go:19:16
./main.go:19:16:     from text = append(text, d...) (assign) at ./main.go:19:8
./main.go:19:16:   flow: {heap} ← text:
./main.go:19:16:     from suffixarray.New(text) (call parameter) at ./main.go:22:51
./main.go:20:16: append(text, byte(0)) escapes to heap in NewCorpus:
./main.go:20:16:   flow: text ← &{storage for append(text, byte(0))}:
./main.go:20:16:     from append(text, byte(0)) (spill) at ./main.go:20:16
./main.go:20:16:     from text = append(text, byte(0)) (assign) at ./main.go:20:8
./main.go:20:16:   flow: {heap} ← text:
./main.go:20:16:     from suffixarray.New(text) (call parameter) at ./main.go:22:51
./main.go:22:9: &Corpus{...} escapes to heap in NewCorpus:
./main.go:22:9:   flow: ~r0 ← &{storage for &Corpus{...}}:
./main.go:22:9:     from &Corpus{...} (spill) at ./main.go:22:9
./main.go:22:9:     from return &Corpus{...} (return) at ./main.go:22:2
./main.go:16:16: docs does not escape
./main.go:19:16: append escapes to heap
./main.go:20:16: append escapes to heap
./main.go:22:9: &Corpus{...} escapes to heap
./main.go:25:7: c does not escape
./main.go:25:23: term does not escape
./main.go:26:32: ([]byte)(term) does not escape
./main.go:33:20: (*Corpus).Find(c, "heap") escapes to heap in main:
./main.go:33:20:   flow: {storage for ... argument} ← &{storage for (*Corpus).Find(c, "heap")}:
./main.go:33:20:     from (*Corpus).Find(c, "heap") (spill) at ./main.go:33:20
./main.go:33:20:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:20:   flow: {heap} ← {storage for ... argument}:
./main.go:33:20:     from ... argument (spill) at ./main.go:33:13
./main.go:33:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:33:36: (*Corpus).Find(c, "stack") escapes to heap in main:
./main.go:33:36:   flow: {storage for ... argument} ← &{storage for (*Corpus).Find(c, "stack")}:
./main.go:33:36:     from (*Corpus).Find(c, "stack") (spill) at ./main.go:33:36
./main.go:33:36:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:36:   flow: {heap} ← {storage for ... argument}:
./main.go:33:36:     from ... argument (spill) at ./main.go:33:13
./main.go:33:36:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:33:50: len((*Corpus).Find(c, "queue")) escapes to heap in main:
./main.go:33:50:   flow: {storage for ... argument} ← &{storage for len((*Corpus).Find(c, "queue"))}:
./main.go:33:50:     from len((*Corpus).Find(c, "queue")) (spill) at ./main.go:33:50
./main.go:33:50:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:50:   flow: {heap} ← {storage for ... argument}:
./main.go:33:50:     from ... argument (spill) at ./main.go:33:13
./main.go:33:50:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:35:38: crc64.Checksum(c.text, tab) escapes to heap in main:
./main.go:35:38:   flow: {storage for ... argument} ← &{storage for crc64.Checksum(c.text, tab)}:
./main.go:35:38:     from crc64.Checksum(c.text, tab) (spill) at ./main.go:35:38
./main.go:35:38:     from ... argument (slice-literal-element) at ./main.go:35:12
./main.go:35:38:   flow: {heap} ← {storage for ... argument}:
./main.go:35:38:     from ... argument (spill) at ./main.go:35:12
./main.go:35:38:     from fmt.Printf("%016x\n", ... argument...) (call parameter) at ./main.go:35:12
./main.go:32:25: []string{...} does not escape
./main.go:33:13: ... argument does not escape
./main.go:33:20: (*Corpus).Find(c, "heap") escapes to heap
./main.go:33:36: (*Corpus).Find(c, "stack") escapes to heap
./main.go:33:50: len((*Corpus).Find(c, "queue")) escapes to heap
./main.go:35:12: ... argument does not escape
./main.go:35:38: crc64.Checksum(c.text, tab) escapes to heap
