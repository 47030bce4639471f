$GOROOT/src/sync/oncefunc.go:48:2: sync.d escapes to heap in OnceValue[go.shape.*uint8]:
$GOROOT/src/sync/oncefunc.go:48:2:   flow: {heap} ← &sync.d:
$GOROOT/src/sync/oncefunc.go:48:2:     from sync.d.once (dot) at $GOROOT/src/sync/oncefunc.go:58:4
$GOROOT/src/sync/oncefunc.go:48:2:     from sync.d.once (address-of) at $GOROOT/src/sync/oncefunc.go:58:9
$GOROOT/src/sync/oncefunc.go:48:2:     from (*sync.Once).Do(sync.d.once, func literal) (call parameter) at $GOROOT/src/sync/oncefunc.go:58:12
$GOROOT/src/sync/oncefunc.go:48:2: sync.OnceValue[go.shape.*uint8] capturing by ref: sync.d (addr=true assign=true width=48)
$GOROOT/src/sync/oncefunc.go:46:6: sync.OnceValue[go.shape.*uint8] capturing by value: sync..dict (addr=false assign=false width=8)
$GOROOT/src/sync/oncefunc.go:48:2: sync.OnceValue[go.shape.*uint8] capturing by ref: sync.d (addr=true assign=true width=48)
$GOROOT/src/sync/oncefunc.go:46:6: sync.OnceValue[go.shape.*uint8] capturing by value: sync..dict (addr=false assign=false width=8)
$GOROOT/src/sync/oncefunc.go:48:2: sync.OnceValue[go.shape.*uint8] capturing by ref: sync.d (addr=true assign=true width=48)
$GOROOT/src/sync/oncefunc.go:46:6: sync.OnceValue[go.shape.*uint8] capturing by value: sync..dict (addr=false assign=false width=8)
$GOROOT/src/sync/oncefunc.go:46:23: parameter sync.f leaks to sync.d for OnceValue[go.shape.*uint8] with derefs=0:
$GOROOT/src/sync/oncefunc.go:46:23:   flow: sync.d ← sync.f:
$GOROOT/src/sync/oncefunc.go:46:23:     from struct { sync.f func() go.shape.*uint8; sync.once sync.Once; sync.valid bool; sync.p any; sync.result go.shape.*uint8 }{...} (struct literal element) at $GOROOT/src/sync/oncefunc.go:54:3
$GOROOT/src/sync/oncefunc.go:46:23:     from sync.d := struct { sync.f func() go.shape.*uint8; sync.once sync.Once; sync.valid bool; sync.p any; sync.result go.shape.*uint8 }{...} (assign) at $GOROOT/src/sync/oncefunc.go:48:4
$GOROOT/src/sync/oncefunc.go:57:9: func literal escapes to heap in OnceValue[go.shape.*uint8]:
$GOROOT/src/sync/oncefunc.go:57:9:   flow: sync.~r0 ← &{storage for func literal}:
$GOROOT/src/sync/oncefunc.go:57:9:     from func literal (spill) at $GOROOT/src/sync/oncefunc.go:57:9
$GOROOT/src/sync/oncefunc.go:57:9:     from return func literal (return) at $GOROOT/src/sync/oncefunc.go:57:2
$GOROOT/src/sync/oncefunc.go:46:6: parameter sync..dict leaks to {storage for func literal} for OnceValue[go.shape.*uint8] with derefs=0:
$GOROOT/src/sync/oncefunc.go:46:6:   flow: {storage for func literal} ← sync..dict:
$GOROOT/src/sync/oncefunc.go:46:6:     from sync..dict (captured by a closure) at $GOROOT/src/sync/oncefunc.go:46:6
$GOROOT/src/sync/oncefunc.go:48:2: moved to heap: sync.d
$GOROOT/src/sync/oncefunc.go:57:9: func literal escapes to heap
$GOROOT/src/sync/oncefunc.go:58:13: func literal does not escape
$GOROOT/src/sync/oncefunc.go:59:10: func literal does not escape
./main.go:17:9: &Settings{...} escapes to heap in init.func1:
./main.go:17:9:   flow: ~r0 ← &{storage for &Settings{...}}:
./main.go:17:9:     from &Settings{...} (spill) at ./main.go:17:9
./main.go:17:9:     from return &Settings{...} (return) at ./main.go:17:2
./main.go:17:9: &Settings{...} escapes to heap
$GOROOT/src/sync/oncefunc.go:82:2: sync.d escapes to heap in OnceValues[go.shape.int,go.shape.interface { Error() string }]:
$GOROOT/src/sync/oncefunc.go:82:2:   flow: {heap} ← &sync.d:
$GOROOT/src/sync/oncefunc.go:82:2:     from sync.d.once (dot) at $GOROOT/src/sync/oncefunc.go:93:4
$GOROOT/src/sync/oncefunc.go:82:2:     from sync.d.once (address-of) at $GOROOT/src/sync/oncefunc.go:93:9
$GOROOT/src/sync/oncefunc.go:82:2:     from (*sync.Once).Do(sync.d.once, func literal) (call parameter) at $GOROOT/src/sync/oncefunc.go:93:12
$GOROOT/src/sync/oncefunc.go:82:2: sync.OnceValues[go.shape.int,go.shape.interface { Error() string }] capturing by ref: sync.d (addr=true assign=true width=64)
$GOROOT/src/sync/oncefunc.go:80:6: sync.OnceValues[go.shape.int,go.shape.interface { Error() string }] capturing by value: sync..dict (addr=false assign=false width=8)
$GOROOT/src/sync/oncefunc.go:82:2: sync.OnceValues[go.shape.int,go.shape.interface { Error() string }] capturing by ref: sync.d (addr=true assign=true width=64)
$GOROOT/src/sync/oncefunc.go:80:6: sync.OnceValues[go.shape.int,go.shape.interface { Error() string }] capturing by value: sync..dict (addr=false assign=false width=8)
$GOROOT/src/sync/oncefunc.go:82:2: sync.OnceValues[go.shape.int,go.shape.interface { Error() string }] capturing by ref: sync.d (addr=true assign=true width=64)
$GOROOT/src/sync/oncefunc.go:80:6: sync.OnceValues[go.shape.int,go.shape.interface { Error() string }] capturing by value: sync..dict (addr=false assign=false width=8)
$GOROOT/src/sync/oncefunc.go:80:29: parameter sync.f leaks to sync.d for OnceValues[go.shape.int,go.shape.interface { Error() string }] with derefs=0:
$GOROOT/src/sync/oncefunc.go:80:29:   flow: sync.d ← sync.f:
$GOROOT/src/sync/oncefunc.go:80:29:     from struct { sync.f func() (go.shape.int, go.shape.interface { Error() string }); sync.once sync.Once; sync.valid bool; sync.p any; sync.r1 go.shape.int; sync.r2 go.shape.interface { Error() string } }{...} (struct literal element) at $GOROOT/src/sync/oncefunc.go:89:3
$GOROOT/src/sync/oncefunc.go:80:29:     from sync.d := struct { sync.f func() (go.shape.int, go.shape.interface { Error() string }); sync.once sync.Once; sync.valid bool; sync.p any; sync.r1 go.shape.int; sync.r2 go.shape.interface { Error() string } }{...} (assign) at $GOROOT/src/sync/oncefunc.go:82:4
$GOROOT/src/sync/oncefunc.go:92:9: func literal escapes to heap in OnceValues[go.shape.int,go.shape.interface { Error() string }]:
$GOROOT/src/sync/oncefunc.go:92:9:   flow: sync.~r0 ← &{storage for func literal}:
$GOROOT/src/sync/oncefunc.go:92:9:     from func literal (spill) at $GOROOT/src/sync/oncefunc.go:92:9
$GOROOT/src/sync/oncefunc.go:92:9:     from return func literal (return) at $GOROOT/src/sync/oncefunc.go:92:2
$GOROOT/src/sync/oncefunc.go:80:6: parameter sync..dict leaks to {storage for func literal} for OnceValues[go.shape.int,go.shape.interface { Error() string }] with derefs=0:
$GOROOT/src/sync/oncefunc.go:80:6:   flow: {storage for func literal} ← sync..dict:
$GOROOT/src/sync/oncefunc.go:80:6:     from sync..dict (captured by a closure) at $GOROOT/src/sync/oncefunc.go:80:6
$GOROOT/src/sync/oncefunc.go:82:2: moved to heap: sync.d
$GOROOT/src/sync/oncefunc.go:92:9: func literal escapes to heap
$GOROOT/src/sync/oncefunc.go:93:13: func literal does not escape
$GOROOT/src/sync/oncefunc.go:94:10: func literal does not escape
./main.go:24:6: p escapes to heap in init.func2:
./main.go:24:6:   flow: {storage for ... argument} ← &p:
./main.go:24:6:     from &p (address-of) at ./main.go:25:37
./main.go:24:6:     from &p (interface-converted) at ./main.go:25:37
./main.go:24:6:     from ... argument (slice-literal-element) at ./main.go:25:22
./main.go:24:6:   flow: {heap} ← {storage for ... argument}:
./main.go:24:6:     from ... argument (spill) at ./main.go:25:22
./main.go:24:6:     from fmt.Sscanf("8080", "%d", ... argument...) (call parameter) at ./main.go:25:22
./main.go:24:6: moved to heap: p
./main.go:25:22: ... argument does not escape
./main.go:16:35: func literal escapes to heap in init:
./main.go:16:35:   flow: {heap} ← &{storage for func literal}:
./main.go:16:35:     from func literal (spill) at ./main.go:16:35
./main.go:16:35:     from sync.OnceValue[go.shape.*uint8](&sync..dict.OnceValue[*main.Settings], func literal) (call parameter) at ./main.go:16:34
./main.go:23:33: func literal escapes to heap in init:
./main.go:23:33:   flow: {heap} ← &{storage for func literal}:
./main.go:23:33:     from func literal (spill) at ./main.go:23:33
./main.go:23:33:     from sync.OnceValues[go.shape.int,go.shape.interface { Error() string }](&sync..dict.OnceValues[int,error], func literal) (call parameter) at ./main.go:23:32
./main.go:16:35: func literal escapes to heap
./main.go:23:33: func literal escapes to heap
./main.go:35:46: "hello once" escapes to heap in main.func1:
./main.go:35:46:   flow: {storage for ... argument} ← &{storage for "hello once"}:
./main.go:35:46:     from "hello once" (spill) at ./main.go:35:46
./main.go:35:46:     from ... argument (slice-literal-element) at ./main.go:35:45
./main.go:35:46:   flow: {heap} ← {storage for ... argument}:
./main.go:35:46:     from ... argument (spill) at ./main.go:35:45
./main.go:35:46:     from fmt.Println(... argument...) (call parameter) at ./main.go:35:45
./main.go:35:45: ... argument does not escape
./main.go:35:46: "hello once" escapes to heap
./main.go:35:25: func literal escapes to heap in main:
./main.go:35:25:   flow: {heap} ← &{storage for func literal}:
./main.go:35:25:     from func literal (spill) at ./main.go:35:25
./main.go:35:25:     from sync.OnceFunc(func literal) (call parameter) at ./main.go:35:24
./main.go:32:17: s1 == s2 escapes to heap in main:
./main.go:32:17:   flow: {storage for ... argument} ← &{storage for s1 == s2}:
./main.go:32:17:     from s1 == s2 (spill) at ./main.go:32:17
./main.go:32:17:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:17:   flow: {heap} ← {storage for ... argument}:
./main.go:32:17:     from ... argument (spill) at ./main.go:32:13
./main.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:13
./main.go:32:38: len(s1.Paths) > 0 escapes to heap in main:
./main.go:32:38:   flow: {storage for ... argument} ← &{storage for len(s1.Paths) > 0}:
./main.go:32:38:     from len(s1.Paths) > 0 (spill) at ./main.go:32:38
./main.go:32:38:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:38:   flow: {heap} ← {storage for ... argument}:
./main.go:32:38:     from ... argument (spill) at ./main.go:32:13
./main.go:32:38:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:13
./main.go:34:14: port escapes to heap in main:
./main.go:34:14:   flow: {storage for ... argument} ← &{storage for port}:
./main.go:34:14:     from port (spill) at ./main.go:34:14
./main.go:34:14:     from ... argument (slice-literal-element) at ./main.go:34:13
./main.go:34:14:   flow: {heap} ← {storage for ... argument}:
./main.go:34:14:     from ... argument (spill) at ./main.go:34:13
./main.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:34:13
./main.go:32:13: ... argument does not escape
./main.go:32:17: s1 == s2 escapes to heap
./main.go:32:38: len(s1.Paths) > 0 escapes to heap
./main.go:34:13: ... argument does not escape
./main.go:34:14: port escapes to heap
./main.go:35:25: func literal escapes to heap
$GOROOT/src/sync/oncefunc.go:80:29: parameter sync.f leaks to {heap} for OnceValues[int,error] with derefs=0:
$GOROOT/src/sync/oncefunc.go:80:29:   flow: {heap} ← sync.f:
$GOROOT/src/sync/oncefunc.go:80:29:     from sync.OnceValues[go.shape.int,go.shape.interface { Error() string }](&sync..dict.OnceValues[int,error], sync.f) (call parameter) at $GOROOT/src/sync/oncefunc.go:80:6
$GOROOT/src/sync/oncefunc.go:46:23: parameter sync.f leaks to {heap} for OnceValue[*main.Settings] with derefs=0:
$GOROOT/src/sync/oncefunc.go:46:23:   flow: {heap} ← sync.f:
$GOROOT/src/sync/oncefunc.go:46:23:     from sync.OnceValue[go.shape.*uint8](&sync..dict.OnceValue[*main.Settings], sync.f) (call parameter) at $GOROOT/src/sync/oncefunc.go:46:6
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for interface { Error() string }.Error with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Error() (call parameter) at <autogenerated>:1
