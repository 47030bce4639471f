$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
./main.go:20:7: parameter s leaks to {heap} for (*Server).Reload with derefs=0:
./main.go:20:7:   flow: {heap} ← s:
./main.go:20:7:     from s.cfg (dot of pointer) at ./main.go:25:10
./main.go:20:7:     from s.cfg (address-of) at ./main.go:25:14
./main.go:20:7:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Swap(s.cfg, &atomic..dict.Pointer[main.Config], c) (call parameter) at ./main.go:25:19
./main.go:21:7: &Config{...} escapes to heap in (*Server).Reload:
./main.go:21:7:   flow: c ← &{storage for &Config{...}}:
./main.go:21:7:     from &Config{...} (spill) at ./main.go:21:7
./main.go:21:7:     from c := &Config{...} (assign) at ./main.go:21:4
./main.go:21:7:   flow: {heap} ← c:
./main.go:21:7:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Swap(s.cfg, &atomic..dict.Pointer[main.Config], c) (call parameter) at ./main.go:25:19
./main.go:27:15: "replaced version" escapes to heap in (*Server).Reload:
./main.go:27:15:   flow: {storage for ... argument} ← &{storage for "replaced version"}:
./main.go:27:15:     from "replaced version" (spill) at ./main.go:27:15
./main.go:27:15:     from ... argument (slice-literal-element) at ./main.go:27:14
./main.go:27:15:   flow: {heap} ← {storage for ... argument}:
./main.go:27:15:     from ... argument (spill) at ./main.go:27:14
./main.go:27:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:14
./main.go:27:38: old.Version escapes to heap in (*Server).Reload:
./main.go:27:38:   flow: {storage for ... argument} ← &{storage for old.Version}:
./main.go:27:38:     from old.Version (spill) at ./main.go:27:38
./main.go:27:38:     from ... argument (slice-literal-element) at ./main.go:27:14
./main.go:27:38:   flow: {heap} ← {storage for ... argument}:
./main.go:27:38:     from ... argument (spill) at ./main.go:27:14
./main.go:27:38:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:14
./main.go:20:38: parameter feats leaks to {heap} for (*Server).Reload with derefs=1:
./main.go:20:38:   flow: {temp} ← feats:
./main.go:20:38:   flow: f ← *{temp}:
./main.go:20:38:     from for loop (range-deref) at ./main.go:22:14
./main.go:20:38:   flow: {heap} ← f:
./main.go:20:38:     from c.Features[f] (key of map put) at ./main.go:23:13
./main.go:21:58: map[string]bool{} escapes to heap in (*Server).Reload:
./main.go:21:58:   flow: {storage for &Config{...}} ← &{storage for map[string]bool{}}:
./main.go:21:58:     from map[string]bool{} (spill) at ./main.go:21:58
./main.go:21:58:     from Config{...} (struct literal element) at ./main.go:21:14
./main.go:20:7: leaking param: s
./main.go:20:38: leaking param content: feats
./main.go:21:7: &Config{...} escapes to heap
./main.go:21:58: map[string]bool{} escapes to heap
./main.go:27:14: ... argument does not escape
./main.go:27:15: "replaced version" escapes to heap
./main.go:27:38: old.Version escapes to heap
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
./main.go:31:7: parameter s leaks to {heap} for (*Server).Enabled with derefs=0:
./main.go:31:7:   flow: {heap} ← s:
./main.go:31:7:     from s.cfg (dot of pointer) at ./main.go:32:8
./main.go:31:7:     from s.cfg (address-of) at ./main.go:32:12
./main.go:31:7:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Load(s.cfg, &atomic..dict.Pointer[main.Config]) (call parameter) at ./main.go:32:17
./main.go:31:7: leaking param: s
./main.go:31:26: f does not escape
./main.go:37:6: s escapes to heap in main:
./main.go:37:6:   flow: {heap} ← &s:
./main.go:37:6:     from s (address-of) at ./main.go:38:15
./main.go:37:6:     from (*Server).Enabled(s, "beta") (call parameter) at ./main.go:38:23
./main.go:37:6: s escapes to heap in main:
./main.go:37:6:   flow: {heap} ← &s:
./main.go:37:6:     from s (address-of) at ./main.go:39:3
./main.go:37:6:     from (*Server).Reload(s, 1, ... argument...) (call parameter) at ./main.go:39:10
./main.go:37:6: s escapes to heap in main:
./main.go:37:6:   flow: {heap} ← &s:
./main.go:37:6:     from s (address-of) at ./main.go:40:3
./main.go:37:6:     from (*Server).Reload(s, 2, ... argument...) (call parameter) at ./main.go:40:10
./main.go:37:6: s escapes to heap in main:
./main.go:37:6:   flow: {heap} ← &s:
./main.go:37:6:     from s (address-of) at ./main.go:41:15
./main.go:37:6:     from (*Server).Enabled(s, "dark-mode") (call parameter) at ./main.go:41:23
./main.go:37:6: s escapes to heap in main:
./main.go:37:6:   flow: {heap} ← &s:
./main.go:37:6:     from s.cfg (dot) at ./main.go:41:39
./main.go:37:6:     from s.cfg (address-of) at ./main.go:41:43
./main.go:37:6:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Load(s.cfg, &atomic..dict.Pointer[main.Config]) (call parameter) at ./main.go:41:48
./main.go:38:23: (*Server).Enabled(s, "beta") escapes to heap in main:
./main.go:38:23:   flow: {storage for ... argument} ← &{storage for (*Server).Enabled(s, "beta")}:
./main.go:38:23:     from (*Server).Enabled(s, "beta") (spill) at ./main.go:38:23
./main.go:38:23:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:23:   flow: {heap} ← {storage for ... argument}:
./main.go:38:23:     from ... argument (spill) at ./main.go:38:13
./main.go:38:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:41:23: (*Server).Enabled(s, "dark-mode") escapes to heap in main:
./main.go:41:23:   flow: {storage for ... argument} ← &{storage for (*Server).Enabled(s, "dark-mode")}:
./main.go:41:23:     from (*Server).Enabled(s, "dark-mode") (spill) at ./main.go:41:23
./main.go:41:23:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:23:   flow: {heap} ← {storage for ... argument}:
./main.go:41:23:     from ... argument (spill) at ./main.go:41:13
./main.go:41:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:41:50: (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Load(s.cfg, &atomic..dict.Pointer[main.Config]).Version escapes to heap in main:
./main.go:41:50:   flow: {storage for ... argument} ← &{storage for (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Load(s.cfg, &atomic..dict.Pointer[main.Config]).Version}:
./main.go:41:50:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Load(s.cfg, &atomic..dict.Pointer[main.Config]).Version (spill) at ./main.go:41:50
./main.go:41:50:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:50:   flow: {heap} ← {storage for ... argument}:
./main.go:41:50:     from ... argument (spill) at ./main.go:41:13
./main.go:41:50:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:37:6: moved to heap: s
./main.go:38:13: ... argument does not escape
./main.go:38:23: (*Server).Enabled(s, "beta") escapes to heap
./main.go:39:10: ... argument does not escape
./main.go:40:10: ... argument does not escape
./main.go:41:13: ... argument does not escape
./main.go:41:23: (*Server).Enabled(s, "dark-mode") escapes to heap
./main.go:41:50: (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Load(s.cfg, &atomic..dict.Pointer[main.Config]).Version escapes to heap
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[main.Config]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[main.Config], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[main.Config]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[main.Config], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[main.Config]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[main.Config], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[main.Config]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Swap(atomic.x, &atomic..dict.Pointer[main.Config], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[main.Config]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Swap(atomic.x, &atomic..dict.Pointer[main.Config], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[main.Config]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Store(atomic.x, &atomic..dict.Pointer[main.Config], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[main.Config]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Store(atomic.x, &atomic..dict.Pointer[main.Config], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[main.Config]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { Version int; Features map[string]bool; Loaded time.Time }]).Load(atomic.x, &atomic..dict.Pointer[main.Config]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
