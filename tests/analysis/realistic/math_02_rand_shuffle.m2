./main.go:16:19: r + s escapes to heap in NewDeck:
./main.go:16:19:   flow: {heap} ← &{storage for r + s}:
./main.go:16:19:     from r + s (spill) at ./main.go:16:19
./main.go:16:19:     from append(d, r + s) (call parameter) at ./main.go:16:14
./main.go:16:14: append(d, r + s) escapes to heap in NewDeck:
./main.go:16:14:   flow: d ← &{storage for append(d, r + s)}:
./main.go:16:14:     from append(d, r + s) (spill) at ./main.go:16:14
./main.go:16:14:     from d = append(d, r + s) (assign) at ./main.go:16:6
./main.go:16:14:   flow: ~r0 ← d:
./main.go:16:14:     from return d (return) at ./main.go:19:2
./main.go:14:28: []string{...} does not escape
./main.go:15:29: []string{...} does not escape
./main.go:16:19: r + s escapes to heap
./main.go:16:14: append escapes to heap
./main.go:23:48: Deck.Shuffle.func1 ignoring self-assignment in d[i], d[j] = d[j], d[i]
./main.go:23:48: Deck.Shuffle.func1 ignoring self-assignment in d[i], d[j] = d[j], d[i]
./main.go:22:7: Deck.Shuffle capturing by value: d (addr=false assign=false width=24)
./main.go:22:23: parameter r leaks to {heap} for Deck.Shuffle with derefs=1:
./main.go:22:23:   flow: {heap} ← *r:
./main.go:22:23:     from (*rand.Rand).Shuffle(r, len(d), func literal) (call parameter) at ./main.go:23:11
./main.go:22:7: d does not escape
./main.go:22:23: leaking param content: r
./main.go:23:20: func literal does not escape
./main.go:27:13: make([]int, n) escapes to heap in sample:
./main.go:27:13:   flow: out ← &{storage for make([]int, n)}:
./main.go:27:13:     from make([]int, n) (spill) at ./main.go:27:13
./main.go:27:13:     from out := make([]int, n) (assign) at ./main.go:27:6
./main.go:27:13:   flow: ~r0 ← out:
./main.go:27:13:     from return out (return) at ./main.go:31:2
./main.go:27:13: make([]int, n) escapes to heap
$GOROOT/src/math/rand/v2/rand.go:215:9: "invalid argument to N" escapes to heap in (*Rand).N[go.shape.int]:
$GOROOT/src/math/rand/v2/rand.go:215:9:   flow: {heap} ← &{storage for "invalid argument to N"}:
$GOROOT/src/math/rand/v2/rand.go:215:9:     from "invalid argument to N" (spill) at $GOROOT/src/math/rand/v2/rand.go:215:9
$GOROOT/src/math/rand/v2/rand.go:215:9:     from panic("invalid argument to N") (call parameter) at $GOROOT/src/math/rand/v2/rand.go:215:8
$GOROOT/src/math/rand/v2/rand.go:213:7: parameter rand.r leaks to {heap} for (*Rand).N[go.shape.int] with derefs=1:
$GOROOT/src/math/rand/v2/rand.go:213:7:   flow: {heap} ← *rand.r:
$GOROOT/src/math/rand/v2/rand.go:213:7:     from (*rand.Rand).uint64n(rand.r, uint64(rand.n)) (call parameter) at $GOROOT/src/math/rand/v2/rand.go:217:22
$GOROOT/src/math/rand/v2/rand.go:215:9: "invalid argument to N" escapes to heap
./main.go:37:15: d[:5] escapes to heap in main:
./main.go:37:15:   flow: {storage for ... argument} ← &{storage for d[:5]}:
./main.go:37:15:     from d[:5] (spill) at ./main.go:37:15
./main.go:37:15:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:15:   flow: {heap} ← {storage for ... argument}:
./main.go:37:15:     from ... argument (spill) at ./main.go:37:13
./main.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:39:20: (*rand.Rand).IntN(r, 10) escapes to heap in main:
./main.go:39:20:   flow: {storage for ... argument} ← &{storage for (*rand.Rand).IntN(r, 10)}:
./main.go:39:20:     from (*rand.Rand).IntN(r, 10) (spill) at ./main.go:39:20
./main.go:39:20:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:20:   flow: {heap} ← {storage for ... argument}:
./main.go:39:20:     from ... argument (spill) at ./main.go:39:13
./main.go:39:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:39:38: (*rand.Rand).Float64(r) < 1 escapes to heap in main:
./main.go:39:38:   flow: {storage for ... argument} ← &{storage for (*rand.Rand).Float64(r) < 1}:
./main.go:39:38:     from (*rand.Rand).Float64(r) < 1 (spill) at ./main.go:39:38
./main.go:39:38:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:38:   flow: {heap} ← {storage for ... argument}:
./main.go:39:38:     from ... argument (spill) at ./main.go:39:13
./main.go:39:38:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:39:46: len(sample(8)) escapes to heap in main:
./main.go:39:46:   flow: {storage for ... argument} ← &{storage for len(sample(8))}:
./main.go:39:46:     from len(sample(8)) (spill) at ./main.go:39:46
./main.go:39:46:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:46:   flow: {heap} ← {storage for ... argument}:
./main.go:39:46:     from ... argument (spill) at ./main.go:39:13
./main.go:39:46:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:40:27: rand.N[go.shape.int](&rand..dict.N[int], 10) < 10 escapes to heap in main:
./main.go:40:27:   flow: {storage for ... argument} ← &{storage for rand.N[go.shape.int](&rand..dict.N[int], 10) < 10}:
./main.go:40:27:     from rand.N[go.shape.int](&rand..dict.N[int], 10) < 10 (spill) at ./main.go:40:27
./main.go:40:27:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:27:   flow: {heap} ← {storage for ... argument}:
./main.go:40:27:     from ... argument (spill) at ./main.go:40:13
./main.go:40:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:40:44: rand.Perm(4) escapes to heap in main:
./main.go:40:44:   flow: {storage for ... argument} ← &{storage for rand.Perm(4)}:
./main.go:40:44:     from rand.Perm(4) (spill) at ./main.go:40:44
./main.go:40:44:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:44:   flow: {heap} ← {storage for ... argument}:
./main.go:40:44:     from ... argument (spill) at ./main.go:40:13
./main.go:40:44:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:37:13: ... argument does not escape
./main.go:37:15: d[:5] escapes to heap
./main.go:39:13: ... argument does not escape
./main.go:39:20: (*rand.Rand).IntN(r, 10) escapes to heap
./main.go:39:38: (*rand.Rand).Float64(r) < 1 escapes to heap
./main.go:39:46: len(sample(8)) escapes to heap
./main.go:40:13: ... argument does not escape
./main.go:40:27: rand.N[go.shape.int](&rand..dict.N[int], 10) < 10 escapes to heap
./main.go:40:44: rand.Perm(4) escapes to heap
./main.go:22:23: parameter r leaks to {heap} for (*Deck).Shuffle with derefs=1:
./main.go:22:23:   flow: {heap} ← *r:
./main.go:22:23:     from Deck.Shuffle(d, r) (call parameter) at <autogenerated>:1
