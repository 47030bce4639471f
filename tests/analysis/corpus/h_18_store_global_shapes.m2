./main.go:7:9: x escapes to heap in Store[go.shape.int]:
./main.go:7:9:   flow: {heap} ← &{storage for x}:
./main.go:7:9:     from x (spill) at ./main.go:7:9
./main.go:7:9:     from sink = x (assign) at ./main.go:7:7
./main.go:7:9: x escapes to heap
./main.go:7:9: x escapes to heap in Store[go.shape.string]:
./main.go:7:9:   flow: {heap} ← &{storage for x}:
./main.go:7:9:     from x (spill) at ./main.go:7:9
./main.go:7:9:     from sink = x (assign) at ./main.go:7:7
./main.go:6:19: parameter x leaks to {storage for x} for Store[go.shape.string] with derefs=0:
./main.go:6:19:   flow: {storage for x} ← x:
./main.go:6:19:     from x (interface-converted) at ./main.go:7:9
./main.go:7:9: x escapes to heap
./main.go:7:9: x escapes to heap in Store[go.shape.struct { main.x int; main.y int }]:
./main.go:7:9:   flow: {heap} ← &{storage for x}:
./main.go:7:9:     from x (spill) at ./main.go:7:9
./main.go:7:9:     from sink = x (assign) at ./main.go:7:7
./main.go:7:9: x escapes to heap
./main.go:6:19: parameter x leaks to {heap} for Store[go.shape.*uint8] with derefs=0:
./main.go:6:19:   flow: {heap} ← x:
./main.go:6:19:     from x (interface-converted) at ./main.go:7:9
./main.go:6:19:     from sink = x (assign) at ./main.go:7:7
./main.go:19:2: e escapes to heap in main:
./main.go:19:2:   flow: {heap} ← &e:
./main.go:19:2:     from &e (address-of) at ./main.go:20:8
./main.go:19:2:     from Store[go.shape.*uint8](&.dict.Store[*int], &e) (call parameter) at ./main.go:20:7
./main.go:19:2: moved to heap: e
./main.go:6:19: parameter x leaks to {heap} for Store[*int] with derefs=0:
./main.go:6:19:   flow: {heap} ← x:
./main.go:6:19:     from Store[go.shape.*uint8](&.dict.Store[*int], x) (call parameter) at ./main.go:6:6
./main.go:6:19: parameter x leaks to {heap} for Store[string] with derefs=0:
./main.go:6:19:   flow: {heap} ← x:
./main.go:6:19:     from Store[go.shape.string](&.dict.Store[string], x) (call parameter) at ./main.go:6:6
