./main.go:17:19: append(b.seeds, maphash.MakeSeed()) escapes to heap in NewBloom:
./main.go:17:19:   flow: {heap} ← &{storage for append(b.seeds, maphash.MakeSeed())}:
./main.go:17:19:     from append(b.seeds, maphash.MakeSeed()) (spill) at ./main.go:17:19
./main.go:17:19:     from b.seeds = append(b.seeds, maphash.MakeSeed()) (assign) at ./main.go:17:11
./main.go:15:24: make([]uint64, (m + 63) / 64) escapes to heap in NewBloom:
./main.go:15:24:   flow: {storage for &Bloom{...}} ← &{storage for make([]uint64, (m + 63) / 64)}:
./main.go:15:24:     from make([]uint64, (m + 63) / 64) (spill) at ./main.go:15:24
./main.go:15:24:     from Bloom{...} (struct literal element) at ./main.go:15:13
./main.go:15:24:   flow: b ← &{storage for &Bloom{...}}:
./main.go:15:24:     from &Bloom{...} (spill) at ./main.go:15:7
./main.go:15:24:     from b := &Bloom{...} (assign) at ./main.go:15:4
./main.go:15:24:   flow: {temp} ← *b:
./main.go:15:24:     from b.seeds (dot of pointer) at ./main.go:17:21
./main.go:15:24:     from append(b.seeds, maphash.MakeSeed()) (call parameter) at ./main.go:17:19
./main.go:15:24:   flow: {heap} ← {temp}:
./main.go:15:24:     from b.seeds = append(b.seeds, maphash.MakeSeed()) (assign) at ./main.go:17:11
./main.go:15:7: &Bloom{...} escapes to heap in NewBloom:
./main.go:15:7:   flow: b ← &{storage for &Bloom{...}}:
./main.go:15:7:     from &Bloom{...} (spill) at ./main.go:15:7
./main.go:15:7:     from b := &Bloom{...} (assign) at ./main.go:15:4
./main.go:15:7:   flow: ~r0 ← b:
./main.go:15:7:     from return b (return) at ./main.go:19:2
./main.go:15:7: &Bloom{...} escapes to heap
./main.go:15:24: make([]uint64, (m + 63) / 64) escapes to heap
./main.go:17:19: append escapes to heap
./main.go:24:12: make([]uint64, len(b.seeds)) escapes to heap in (*Bloom).positions:
./main.go:24:12:   flow: ps ← &{storage for make([]uint64, len(b.seeds))}:
./main.go:24:12:     from make([]uint64, len(b.seeds)) (spill) at ./main.go:24:12
./main.go:24:12:     from ps := make([]uint64, len(b.seeds)) (assign) at ./main.go:24:5
./main.go:24:12:   flow: ~r0 ← ps:
./main.go:24:12:     from return ps (return) at ./main.go:28:2
./main.go:22:7: b does not escape
./main.go:22:27: s does not escape
./main.go:24:12: make([]uint64, len(b.seeds)) escapes to heap
./main.go:31:7: b does not escape
./main.go:31:21: s does not escape
./main.go:37:7: b does not escape
./main.go:37:28: s does not escape
./main.go:51:26: (*Bloom).MayContain(b, "heap") escapes to heap in main:
./main.go:51:26:   flow: {storage for ... argument} ← &{storage for (*Bloom).MayContain(b, "heap")}:
./main.go:51:26:     from (*Bloom).MayContain(b, "heap") (spill) at ./main.go:51:26
./main.go:51:26:     from ... argument (slice-literal-element) at ./main.go:51:13
./main.go:51:26:   flow: {heap} ← {storage for ... argument}:
./main.go:51:26:     from ... argument (spill) at ./main.go:51:13
./main.go:51:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:51:13
./main.go:51:48: (*Bloom).MayContain(b, "register") escapes to heap in main:
./main.go:51:48:   flow: {storage for ... argument} ← &{storage for (*Bloom).MayContain(b, "register")}:
./main.go:51:48:     from (*Bloom).MayContain(b, "register") (spill) at ./main.go:51:48
./main.go:51:48:     from ... argument (slice-literal-element) at ./main.go:51:13
./main.go:51:48:   flow: {heap} ← {storage for ... argument}:
./main.go:51:48:     from ... argument (spill) at ./main.go:51:13
./main.go:51:48:     from fmt.Println(... argument...) (call parameter) at ./main.go:51:13
./main.go:54:24: (*maphash.Hash).Sum64(h) != uint64(0) escapes to heap in main:
./main.go:54:24:   flow: {storage for ... argument} ← &{storage for (*maphash.Hash).Sum64(h) != uint64(0)}:
./main.go:54:24:     from (*maphash.Hash).Sum64(h) != uint64(0) (spill) at ./main.go:54:24
./main.go:54:24:     from ... argument (slice-literal-element) at ./main.go:54:13
./main.go:54:24:   flow: {heap} ← {storage for ... argument}:
./main.go:54:24:     from ... argument (spill) at ./main.go:54:13
./main.go:54:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:54:13
./main.go:48:28: []string{...} does not escape
./main.go:51:13: ... argument does not escape
./main.go:51:26: (*Bloom).MayContain(b, "heap") escapes to heap
./main.go:51:48: (*Bloom).MayContain(b, "register") escapes to heap
./main.go:54:13: ... argument does not escape
./main.go:54:24: (*maphash.Hash).Sum64(h) != uint64(0) escapes to heap
