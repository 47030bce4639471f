$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for Pointer[go.shape.struct { Name string; Pixels []uint8 }].Value with derefs=0:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p.u (dot) at $GOROOT/src/weak/pointer.go:89:42
$GOROOT/src/weak/pointer.go:85:7:     from weak.runtime_makeStrongFromWeak(weak.p.u) (call parameter) at $GOROOT/src/weak/pointer.go:89:40
$GOROOT/src/internal/abi/escape.go:28:20: parameter abi.x leaks to {heap} for Escape[go.shape.*uint8] with derefs=0:
$GOROOT/src/internal/abi/escape.go:28:20:   flow: {heap} ← abi.x:
$GOROOT/src/internal/abi/escape.go:28:20:     from abi.x (interface-converted) at $GOROOT/src/internal/abi/escape.go:30:16
$GOROOT/src/internal/abi/escape.go:28:20:     from abi.escapeSink = abi.x (assign) at $GOROOT/src/internal/abi/escape.go:30:14
$GOROOT/src/internal/abi/escape.go:28:20: parameter abi.x leaks to abi.~r0 for Escape[go.shape.*uint8] with derefs=0:
$GOROOT/src/internal/abi/escape.go:28:20:   flow: abi.~r0 ← abi.x:
$GOROOT/src/internal/abi/escape.go:28:20:     from return abi.x (return) at $GOROOT/src/internal/abi/escape.go:32:2
$GOROOT/src/weak/pointer.go:68:18: parameter weak.ptr leaks to {heap} for Make[go.shape.struct { Name string; Pixels []uint8 }] with derefs=0:
$GOROOT/src/weak/pointer.go:68:18:   flow: {heap} ← weak.ptr:
$GOROOT/src/weak/pointer.go:68:18:     from abi.Escape[go.shape.*uint8]((*[2]uintptr)(weak..dict[0]), weak.ptr) (call parameter) at $GOROOT/src/weak/pointer.go:70:18
./main.go:23:12: (*ImageCache).Load capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:21:7: parameter c leaks to {heap} for (*ImageCache).Load with derefs=0:
./main.go:21:7:   flow: {heap} ← c:
./main.go:21:7:     from c.mu (dot of pointer) at ./main.go:22:3
./main.go:21:7:     from c.mu (address-of) at ./main.go:22:6
./main.go:21:7:     from (*sync.Mutex).Lock(c.mu) (call parameter) at ./main.go:22:11
./main.go:21:27: parameter name leaks to {heap} for (*ImageCache).Load with derefs=0:
./main.go:21:27:   flow: {heap} ← name:
./main.go:21:27:     from c.m[name] (key of map put) at ./main.go:30:5
./main.go:29:9: &Image{...} escapes to heap in (*ImageCache).Load:
./main.go:29:9:   flow: img ← &{storage for &Image{...}}:
./main.go:29:9:     from &Image{...} (spill) at ./main.go:29:9
./main.go:29:9:     from img := &Image{...} (assign) at ./main.go:29:6
./main.go:29:9:   flow: {heap} ← img:
./main.go:29:9:     from weak.Make[go.shape.struct { Name string; Pixels []uint8 }](&weak..dict.Make[main.Image], img) (call parameter) at ./main.go:30:23
./main.go:21:27: parameter name leaks to {storage for &Image{...}} for (*ImageCache).Load with derefs=0:
./main.go:21:27:   flow: {storage for &Image{...}} ← name:
./main.go:21:27:     from Image{...} (struct literal element) at ./main.go:29:15
./main.go:29:40: make([]byte, 65536) escapes to heap in (*ImageCache).Load:
./main.go:29:40:   flow: {storage for &Image{...}} ← &{storage for make([]byte, 65536)}:
./main.go:29:40:     from make([]byte, 65536) (spill) at ./main.go:29:40
./main.go:29:40:     from Image{...} (struct literal element) at ./main.go:29:15
./main.go:21:7: leaking param: c
./main.go:21:27: leaking param: name
./main.go:29:9: &Image{...} escapes to heap
./main.go:29:40: make([]byte, 65536) escapes to heap
./main.go:35:7: &ImageCache{...} escapes to heap in main:
./main.go:35:7:   flow: c ← &{storage for &ImageCache{...}}:
./main.go:35:7:     from &ImageCache{...} (spill) at ./main.go:35:7
./main.go:35:7:     from c := &ImageCache{...} (assign) at ./main.go:35:4
./main.go:35:7:   flow: {heap} ← c:
./main.go:35:7:     from (*ImageCache).Load(c, "logo.png") (call parameter) at ./main.go:36:13
./main.go:38:16: a == b escapes to heap in main:
./main.go:38:16:   flow: {storage for ... argument} ← &{storage for a == b}:
./main.go:38:16:     from a == b (spill) at ./main.go:38:16
./main.go:38:16:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:16:   flow: {heap} ← {storage for ... argument}:
./main.go:38:16:     from ... argument (spill) at ./main.go:38:13
./main.go:38:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:38:25: len(a.Pixels) escapes to heap in main:
./main.go:38:25:   flow: {storage for ... argument} ← &{storage for len(a.Pixels)}:
./main.go:38:25:     from len(a.Pixels) (spill) at ./main.go:38:25
./main.go:38:25:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:25:   flow: {heap} ← {storage for ... argument}:
./main.go:38:25:     from ... argument (spill) at ./main.go:38:13
./main.go:38:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:35:52: map[string]weak.Pointer[main.Image]{} escapes to heap in main:
./main.go:35:52:   flow: {storage for &ImageCache{...}} ← &{storage for map[string]weak.Pointer[main.Image]{}}:
./main.go:35:52:     from map[string]weak.Pointer[main.Image]{} (spill) at ./main.go:35:52
./main.go:35:52:     from ImageCache{...} (struct literal element) at ./main.go:35:18
./main.go:35:7: &ImageCache{...} escapes to heap
./main.go:35:52: map[string]weak.Pointer[main.Image]{} escapes to heap
./main.go:38:13: ... argument does not escape
./main.go:38:16: a == b escapes to heap
./main.go:38:25: len(a.Pixels) escapes to heap
$GOROOT/src/weak/pointer.go:68:18: parameter weak.ptr leaks to {heap} for Make[main.Image] with derefs=0:
$GOROOT/src/weak/pointer.go:68:18:   flow: {heap} ← weak.ptr:
$GOROOT/src/weak/pointer.go:68:18:     from weak.Make[go.shape.struct { Name string; Pixels []uint8 }](&weak..dict.Make[main.Image], weak.ptr) (call parameter) at $GOROOT/src/weak/pointer.go:68:6
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for Pointer[main.Image].Value with derefs=0:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[go.shape.struct { Name string; Pixels []uint8 }].Value(weak.p, &weak..dict.Pointer[main.Image]) (call parameter) at $GOROOT/src/weak/pointer.go:85:6
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for (*Pointer[main.Image]).Value with derefs=1:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← *weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p (indirection) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[main.Image].Value(weak.p) (call parameter) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7: parameter weak.p leaks to {heap} for (*Pointer[go.shape.struct { Name string; Pixels []uint8 }]).Value with derefs=1:
$GOROOT/src/weak/pointer.go:85:7:   flow: {heap} ← *weak.p:
$GOROOT/src/weak/pointer.go:85:7:     from weak.p (indirection) at <autogenerated>:1
$GOROOT/src/weak/pointer.go:85:7:     from weak.Pointer[go.shape.struct { Name string; Pixels []uint8 }].Value(weak.p, weak..dict) (call parameter) at <autogenerated>:1
