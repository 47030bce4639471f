./main.go:23:9: &TTLCache[go.shape.string,go.shape.*uint8]{...} escapes to heap in NewTTLCache[go.shape.string,go.shape.*uint8]:
./main.go:23:9:   flow: ~r0 ← &{storage for &TTLCache[go.shape.string,go.shape.*uint8]{...}}:
./main.go:23:9:     from &TTLCache[go.shape.string,go.shape.*uint8]{...} (spill) at ./main.go:23:9
./main.go:23:9:     from return &TTLCache[go.shape.string,go.shape.*uint8]{...} (return) at ./main.go:23:2
./main.go:23:45: make(map[go.shape.string]entry[go.shape.*uint8]) escapes to heap in NewTTLCache[go.shape.string,go.shape.*uint8]:
./main.go:23:45:   flow: {storage for &TTLCache[go.shape.string,go.shape.*uint8]{...}} ← &{storage for make(map[go.shape.string]entry[go.shape.*uint8])}:
./main.go:23:45:     from make(map[go.shape.string]entry[go.shape.*uint8]) (spill) at ./main.go:23:45
./main.go:23:45:     from TTLCache[go.shape.string,go.shape.*uint8]{...} (struct literal element) at ./main.go:23:24
./main.go:23:9: &TTLCache[go.shape.string,go.shape.*uint8]{...} escapes to heap
./main.go:23:45: make(map[go.shape.string]entry[go.shape.*uint8]) escapes to heap
./main.go:26:7: parameter c leaks to {heap} for (*TTLCache[go.shape.string,go.shape.*uint8]).Set with derefs=0:
./main.go:26:7:   flow: {heap} ← c:
./main.go:26:7:     from c.mu (dot of pointer) at ./main.go:27:3
./main.go:26:7:     from c.mu (address-of) at ./main.go:27:6
./main.go:26:7:     from (*sync.RWMutex).Lock(c.mu) (call parameter) at ./main.go:27:11
./main.go:26:30: parameter k leaks to {heap} for (*TTLCache[go.shape.string,go.shape.*uint8]).Set with derefs=0:
./main.go:26:30:   flow: {heap} ← k:
./main.go:26:30:     from c.data[k] (key of map put) at ./main.go:28:8
./main.go:26:35: parameter v leaks to {heap} for (*TTLCache[go.shape.string,go.shape.*uint8]).Set with derefs=0:
./main.go:26:35:   flow: {heap} ← v:
./main.go:26:35:     from entry[go.shape.*uint8]{...} (struct literal element) at ./main.go:28:22
./main.go:26:35:     from c.data[k] = entry[go.shape.*uint8]{...} (assign) at ./main.go:28:12
./main.go:34:12: (*TTLCache[go.shape.string,go.shape.*uint8]).Get capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:32:7: parameter c leaks to {heap} for (*TTLCache[go.shape.string,go.shape.*uint8]).Get with derefs=0:
./main.go:32:7:   flow: {heap} ← c:
./main.go:32:7:     from c.mu (dot of pointer) at ./main.go:33:3
./main.go:32:7:     from c.mu (address-of) at ./main.go:33:6
./main.go:32:7:     from (*sync.RWMutex).RLock(c.mu) (call parameter) at ./main.go:33:12
./main.go:23:9: &TTLCache[go.shape.int,go.shape.float64]{...} escapes to heap in NewTTLCache[go.shape.int,go.shape.float64]:
./main.go:23:9:   flow: ~r0 ← &{storage for &TTLCache[go.shape.int,go.shape.float64]{...}}:
./main.go:23:9:     from &TTLCache[go.shape.int,go.shape.float64]{...} (spill) at ./main.go:23:9
./main.go:23:9:     from return &TTLCache[go.shape.int,go.shape.float64]{...} (return) at ./main.go:23:2
./main.go:23:45: make(map[go.shape.int]entry[go.shape.float64]) escapes to heap in NewTTLCache[go.shape.int,go.shape.float64]:
./main.go:23:45:   flow: {storage for &TTLCache[go.shape.int,go.shape.float64]{...}} ← &{storage for make(map[go.shape.int]entry[go.shape.float64])}:
./main.go:23:45:     from make(map[go.shape.int]entry[go.shape.float64]) (spill) at ./main.go:23:45
./main.go:23:45:     from TTLCache[go.shape.int,go.shape.float64]{...} (struct literal element) at ./main.go:23:24
./main.go:23:9: &TTLCache[go.shape.int,go.shape.float64]{...} escapes to heap
./main.go:23:45: make(map[go.shape.int]entry[go.shape.float64]) escapes to heap
./main.go:26:7: parameter c leaks to {heap} for (*TTLCache[go.shape.int,go.shape.float64]).Set with derefs=0:
./main.go:26:7:   flow: {heap} ← c:
./main.go:26:7:     from c.mu (dot of pointer) at ./main.go:27:3
./main.go:26:7:     from c.mu (address-of) at ./main.go:27:6
./main.go:26:7:     from (*sync.RWMutex).Lock(c.mu) (call parameter) at ./main.go:27:11
./main.go:34:12: (*TTLCache[go.shape.int,go.shape.float64]).Get capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:32:7: parameter c leaks to {heap} for (*TTLCache[go.shape.int,go.shape.float64]).Get with derefs=0:
./main.go:32:7:   flow: {heap} ← c:
./main.go:32:7:     from c.mu (dot of pointer) at ./main.go:33:3
./main.go:32:7:     from c.mu (address-of) at ./main.go:33:6
./main.go:32:7:     from (*sync.RWMutex).RLock(c.mu) (call parameter) at ./main.go:33:12
./main.go:50:14: &Profile{...} escapes to heap in main:
./main.go:50:14:   flow: {heap} ← &{storage for &Profile{...}}:
./main.go:50:14:     from &Profile{...} (spill) at ./main.go:50:14
./main.go:50:14:     from (*TTLCache[go.shape.string,go.shape.*uint8]).Set(c, &.dict.TTLCache[string,*main.Profile], "u1", &Profile{...}) (call parameter) at ./main.go:50:7
./main.go:52:15: p.Name escapes to heap in main:
./main.go:52:15:   flow: {storage for ... argument} ← &{storage for p.Name}:
./main.go:52:15:     from p.Name (spill) at ./main.go:52:15
./main.go:52:15:     from ... argument (slice-literal-element) at ./main.go:52:13
./main.go:52:15:   flow: {heap} ← {storage for ... argument}:
./main.go:52:15:     from ... argument (spill) at ./main.go:52:13
./main.go:52:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:52:13
./main.go:52:22: ok escapes to heap in main:
./main.go:52:22:   flow: {storage for ... argument} ← &{storage for ok}:
./main.go:52:22:     from ok (spill) at ./main.go:52:22
./main.go:52:22:     from ... argument (slice-literal-element) at ./main.go:52:13
./main.go:52:22:   flow: {heap} ← {storage for ... argument}:
./main.go:52:22:     from ... argument (spill) at ./main.go:52:13
./main.go:52:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:52:13
./main.go:55:13: .autotmp_6 escapes to heap in main:
./main.go:55:13:   flow: {storage for ... argument} ← &{storage for .autotmp_6}:
./main.go:55:13:     from .autotmp_6 (spill) at ./main.go:55:13
./main.go:55:13:     from ... argument (slice-literal-element) at ./main.go:55:13
./main.go:55:13:   flow: {heap} ← {storage for ... argument}:
./main.go:55:13:     from ... argument (spill) at ./main.go:55:13
./main.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./main.go:55:13
./main.go:55:13: .autotmp_7 escapes to heap in main:
./main.go:55:13:   flow: {storage for ... argument} ← &{storage for .autotmp_7}:
./main.go:55:13:     from .autotmp_7 (spill) at ./main.go:55:13
./main.go:55:13:     from ... argument (slice-literal-element) at ./main.go:55:13
./main.go:55:13:   flow: {heap} ← {storage for ... argument}:
./main.go:55:13:     from ... argument (spill) at ./main.go:55:13
./main.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./main.go:55:13
./main.go:50:14: &Profile{...} escapes to heap
./main.go:52:13: ... argument does not escape
./main.go:52:15: p.Name escapes to heap
./main.go:52:22: ok escapes to heap
./main.go:55:13: ... argument does not escape
./main.go:55:13: .autotmp_6 escapes to heap
./main.go:55:13: .autotmp_7 escapes to heap
./main.go:32:7: parameter c leaks to {heap} for (*TTLCache[int,float64]).Get with derefs=0:
./main.go:32:7:   flow: {heap} ← c:
./main.go:32:7:     from (*TTLCache[go.shape.int,go.shape.float64]).Get(c, &.dict.TTLCache[int,float64], k) (call parameter) at ./main.go:32:6
./main.go:26:7: parameter c leaks to {heap} for (*TTLCache[int,float64]).Set with derefs=0:
./main.go:26:7:   flow: {heap} ← c:
./main.go:26:7:     from (*TTLCache[go.shape.int,go.shape.float64]).Set(c, &.dict.TTLCache[int,float64], k, v) (call parameter) at ./main.go:26:6
./main.go:32:7: parameter c leaks to {heap} for (*TTLCache[string,*main.Profile]).Get with derefs=0:
./main.go:32:7:   flow: {heap} ← c:
./main.go:32:7:     from (*TTLCache[go.shape.string,go.shape.*uint8]).Get(c, &.dict.TTLCache[string,*main.Profile], k) (call parameter) at ./main.go:32:6
./main.go:26:7: parameter c leaks to {heap} for (*TTLCache[string,*main.Profile]).Set with derefs=0:
./main.go:26:7:   flow: {heap} ← c:
./main.go:26:7:     from (*TTLCache[go.shape.string,go.shape.*uint8]).Set(c, &.dict.TTLCache[string,*main.Profile], k, v) (call parameter) at ./main.go:26:6
./main.go:26:30: parameter k leaks to {heap} for (*TTLCache[string,*main.Profile]).Set with derefs=0:
./main.go:26:30:   flow: {heap} ← k:
./main.go:26:30:     from (*TTLCache[go.shape.string,go.shape.*uint8]).Set(c, &.dict.TTLCache[string,*main.Profile], k, v) (call parameter) at ./main.go:26:6
./main.go:26:35: parameter v leaks to {heap} for (*TTLCache[string,*main.Profile]).Set with derefs=0:
./main.go:26:35:   flow: {heap} ← v:
./main.go:26:35:     from (*TTLCache[go.shape.string,go.shape.*uint8]).Set(c, &.dict.TTLCache[string,*main.Profile], k, v) (call parameter) at ./main.go:26:6
