./main.go:8:19: parameter p leaks to ~r0 for Stash[go.shape.int] with derefs=0:
./main.go:8:19:   flow: ~r0 ← p:
./main.go:8:19:     from return p (return) at ./main.go:9:2
./main.go:8:19: parameter p leaks to ~r0 for Stash[int] with derefs=0:
./main.go:8:19:   flow: ~r0 ← p:
./main.go:8:19:     from Stash[go.shape.int](&.dict.Stash[int], p) (call parameter) at ./main.go:8:6
./main.go:8:19:     from return Stash[go.shape.int](&.dict.Stash[int], p) (return) at ./main.go:8:6
./main.go:6:16: parameter x leaks to ~r0 for Id[go.shape.*uint8] with derefs=0:
./main.go:6:16:   flow: ~r0 ← x:
./main.go:6:16:     from return x (return) at ./main.go:6:25
./main.go:6:16: parameter x leaks to ~r0 for Id[*int] with derefs=0:
./main.go:6:16:   flow: ~r0 ← x:
./main.go:6:16:     from Id[go.shape.*uint8](&.dict.Id[*int], x) (call parameter) at ./main.go:6:6
./main.go:6:16:     from return Id[go.shape.*uint8](&.dict.Id[*int], x) (return) at ./main.go:6:6
./main.go:15:2: a escapes to heap in main:
./main.go:15:2:   flow: {heap} ← &a:
./main.go:15:2:     from &a (address-of) at ./main.go:17:11
./main.go:15:2:     from g(&a) (call parameter) at ./main.go:17:10
./main.go:15:2:     from keep = g(&a) (assign) at ./main.go:17:7
./main.go:15:2: moved to heap: a
