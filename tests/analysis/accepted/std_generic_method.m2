$GOROOT/src/math/rand/v2/rand.go:215:9: "invalid argument to N" escapes to heap in (*Rand).N[go.shape.int64]:
$GOROOT/src/math/rand/v2/rand.go:215:9:   flow: {heap} ← &{storage for "invalid argument to N"}:
$GOROOT/src/math/rand/v2/rand.go:215:9:     from "invalid argument to N" (spill) at $GOROOT/src/math/rand/v2/rand.go:215:9
$GOROOT/src/math/rand/v2/rand.go:215:9:     from panic("invalid argument to N") (call parameter) at $GOROOT/src/math/rand/v2/rand.go:215:8
$GOROOT/src/math/rand/v2/rand.go:213:7: parameter rand.r leaks to {heap} for (*Rand).N[go.shape.int64] with derefs=1:
$GOROOT/src/math/rand/v2/rand.go:213:7:   flow: {heap} ← *rand.r:
$GOROOT/src/math/rand/v2/rand.go:213:7:     from (*rand.Rand).uint64n(rand.r, uint64(rand.n)) (call parameter) at $GOROOT/src/math/rand/v2/rand.go:217:22
$GOROOT/src/math/rand/v2/rand.go:215:9: "invalid argument to N" escapes to heap
$GOROOT/src/math/rand/v2/rand.go:215:9: "invalid argument to N" escapes to heap in (*Rand).N[go.shape.uint8]:
$GOROOT/src/math/rand/v2/rand.go:215:9:   flow: {heap} ← &{storage for "invalid argument to N"}:
$GOROOT/src/math/rand/v2/rand.go:215:9:     from "invalid argument to N" (spill) at $GOROOT/src/math/rand/v2/rand.go:215:9
$GOROOT/src/math/rand/v2/rand.go:215:9:     from panic("invalid argument to N") (call parameter) at $GOROOT/src/math/rand/v2/rand.go:215:8
$GOROOT/src/math/rand/v2/rand.go:213:7: parameter rand.r leaks to {heap} for (*Rand).N[go.shape.uint8] with derefs=1:
$GOROOT/src/math/rand/v2/rand.go:213:7:   flow: {heap} ← *rand.r:
$GOROOT/src/math/rand/v2/rand.go:213:7:     from (*rand.Rand).uint64n(rand.r, uint64(rand.n)) (call parameter) at $GOROOT/src/math/rand/v2/rand.go:217:22
$GOROOT/src/math/rand/v2/rand.go:215:9: "invalid argument to N" escapes to heap
./main.go:14:14: d escapes to heap in main:
./main.go:14:14:   flow: {storage for ... argument} ← &{storage for d}:
./main.go:14:14:     from d (spill) at ./main.go:14:14
./main.go:14:14:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:14:   flow: {heap} ← {storage for ... argument}:
./main.go:14:14:     from ... argument (spill) at ./main.go:14:13
./main.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:14:17: k escapes to heap in main:
./main.go:14:17:   flow: {storage for ... argument} ← &{storage for k}:
./main.go:14:17:     from k (spill) at ./main.go:14:17
./main.go:14:17:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:17:   flow: {heap} ← {storage for ... argument}:
./main.go:14:17:     from ... argument (spill) at ./main.go:14:13
./main.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:14:23: (*rand.Rand).N[go.shape.uint8](r, &rand..dict.(*Rand).N[uint8], uint8(7)) escapes to heap in main:
./main.go:14:23:   flow: {storage for ... argument} ← &{storage for (*rand.Rand).N[go.shape.uint8](r, &rand..dict.(*Rand).N[uint8], uint8(7))}:
./main.go:14:23:     from (*rand.Rand).N[go.shape.uint8](r, &rand..dict.(*Rand).N[uint8], uint8(7)) (spill) at ./main.go:14:23
./main.go:14:23:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:23:   flow: {heap} ← {storage for ... argument}:
./main.go:14:23:     from ... argument (spill) at ./main.go:14:13
./main.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:14:13: ... argument does not escape
./main.go:14:14: d escapes to heap
./main.go:14:17: k escapes to heap
./main.go:14:23: (*rand.Rand).N[go.shape.uint8](r, &rand..dict.(*Rand).N[uint8], uint8(7)) escapes to heap
