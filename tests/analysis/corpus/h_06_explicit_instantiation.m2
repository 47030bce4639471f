./main.go:7:9: x escapes to heap in Keep[go.shape.int]:
./main.go:7:9:   flow: {heap} ← &{storage for x}:
./main.go:7:9:     from x (spill) at ./main.go:7:9
./main.go:7:9:     from sink = x (assign) at ./main.go:7:7
./main.go:7:9: x escapes to heap
./main.go:6:18: parameter x leaks to {heap} for Keep[go.shape.*uint8] with derefs=0:
./main.go:6:18:   flow: {heap} ← x:
./main.go:6:18:     from x (interface-converted) at ./main.go:7:9
./main.go:6:18:     from sink = x (assign) at ./main.go:7:7
./main.go:6:18: parameter x leaks to ~r0 for Keep[go.shape.*uint8] with derefs=0:
./main.go:6:18:   flow: ~r0 ← x:
./main.go:6:18:     from return x (return) at ./main.go:8:2
./main.go:7:9: x escapes to heap in Keep[go.shape.string]:
./main.go:7:9:   flow: {heap} ← &{storage for x}:
./main.go:7:9:     from x (spill) at ./main.go:7:9
./main.go:7:9:     from sink = x (assign) at ./main.go:7:7
./main.go:6:18: parameter x leaks to {storage for x} for Keep[go.shape.string] with derefs=0:
./main.go:6:18:   flow: {storage for x} ← x:
./main.go:6:18:     from x (interface-converted) at ./main.go:7:9
./main.go:6:18: parameter x leaks to ~r0 for Keep[go.shape.string] with derefs=0:
./main.go:6:18:   flow: ~r0 ← x:
./main.go:6:18:     from return x (return) at ./main.go:8:2
./main.go:7:9: x escapes to heap
./main.go:14:2: m escapes to heap in main:
./main.go:14:2:   flow: {heap} ← &m:
./main.go:14:2:     from &m (address-of) at ./main.go:15:17
./main.go:14:2:     from Keep[go.shape.*uint8](&.dict.Keep[*int], &m) (call parameter) at ./main.go:15:16
./main.go:14:2: moved to heap: m
./main.go:6:18: parameter x leaks to {heap} for Keep[string] with derefs=0:
./main.go:6:18:   flow: {heap} ← x:
./main.go:6:18:     from Keep[go.shape.string](&.dict.Keep[string], x) (call parameter) at ./main.go:6:6
./main.go:6:18: parameter x leaks to {heap} for Keep[*int] with derefs=0:
./main.go:6:18:   flow: {heap} ← x:
./main.go:6:18:     from Keep[go.shape.*uint8](&.dict.Keep[*int], x) (call parameter) at ./main.go:6:6
