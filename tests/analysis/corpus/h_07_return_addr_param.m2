./main.go:6:17: v escapes to heap in Ptr[go.shape.int]:
./main.go:6:17:   flow: ~r0 ← &v:
./main.go:6:17:     from &v (address-of) at ./main.go:7:9
./main.go:6:17:     from return &v (return) at ./main.go:7:2
./main.go:6:17: parameter v leaks to ~r0 for Ptr[go.shape.int] with derefs=0:
./main.go:6:17:   flow: ~r0 ← &v:
./main.go:6:17:     from &v (address-of) at ./main.go:7:9
./main.go:6:17:     from return &v (return) at ./main.go:7:2
./main.go:6:17: moved to heap: v
./main.go:6:17: v escapes to heap in Ptr[go.shape.struct { main.x int; main.y int }]:
./main.go:6:17:   flow: ~r0 ← &v:
./main.go:6:17:     from &v (address-of) at ./main.go:7:9
./main.go:6:17:     from return &v (return) at ./main.go:7:2
./main.go:6:17: parameter v leaks to ~r0 for Ptr[go.shape.struct { main.x int; main.y int }] with derefs=0:
./main.go:6:17:   flow: ~r0 ← &v:
./main.go:6:17:     from &v (address-of) at ./main.go:7:9
./main.go:6:17:     from return &v (return) at ./main.go:7:2
./main.go:6:17: moved to heap: v
./main.go:6:17: v escapes to heap in Ptr[go.shape.*uint8]:
./main.go:6:17:   flow: ~r0 ← &v:
./main.go:6:17:     from &v (address-of) at ./main.go:7:9
./main.go:6:17:     from return &v (return) at ./main.go:7:2
./main.go:6:17: parameter v leaks to ~r0 for Ptr[go.shape.*uint8] with derefs=0:
./main.go:6:17:   flow: ~r0 ← &v:
./main.go:6:17:     from &v (address-of) at ./main.go:7:9
./main.go:6:17:     from return &v (return) at ./main.go:7:2
./main.go:6:17: moved to heap: v
./main.go:13:2: s escapes to heap in main:
./main.go:13:2:   flow: {heap} ← &s:
./main.go:13:2:     from &s (address-of) at ./main.go:14:11
./main.go:13:2:     from Ptr[go.shape.*uint8](&.dict.Ptr[*string], &s) (call parameter) at ./main.go:14:10
./main.go:13:2: moved to heap: s
./main.go:6:17: parameter v leaks to {heap} for Ptr[*string] with derefs=0:
./main.go:6:17:   flow: {heap} ← v:
./main.go:6:17:     from Ptr[go.shape.*uint8](&.dict.Ptr[*string], v) (call parameter) at ./main.go:6:6
