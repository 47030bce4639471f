./main.go:19:23: parameter a leaks to ~r0 for MaxPtr[go.shape.float64] with derefs=0:
./main.go:19:23:   flow: ~r0 ← a:
./main.go:19:23:     from return a (return) at ./main.go:21:3
./main.go:19:26: parameter b leaks to ~r0 for MaxPtr[go.shape.float64] with derefs=0:
./main.go:19:26:   flow: ~r0 ← b:
./main.go:19:26:     from return b (return) at ./main.go:23:2
./main.go:19:23: parameter a leaks to ~r0 for MaxPtr[go.shape.int] with derefs=0:
./main.go:19:23:   flow: ~r0 ← a:
./main.go:19:23:     from return a (return) at ./main.go:21:3
./main.go:19:26: parameter b leaks to ~r0 for MaxPtr[go.shape.int] with derefs=0:
./main.go:19:26:   flow: ~r0 ← b:
./main.go:19:26:     from return b (return) at ./main.go:23:2
./main.go:29:2: f escapes to heap in main:
./main.go:29:2:   flow: {heap} ← &f:
./main.go:29:2:     from &f (address-of) at ./main.go:30:16
./main.go:29:2:     from MaxPtr[go.shape.float64](&.dict.MaxPtr[float64], &f, &g) (call parameter) at ./main.go:30:15
./main.go:29:2:     from best = MaxPtr[go.shape.float64](&.dict.MaxPtr[float64], &f, &g) (assign) at ./main.go:30:7
./main.go:29:5: g escapes to heap in main:
./main.go:29:5:   flow: {heap} ← &g:
./main.go:29:5:     from &g (address-of) at ./main.go:30:20
./main.go:29:5:     from MaxPtr[go.shape.float64](&.dict.MaxPtr[float64], &f, &g) (call parameter) at ./main.go:30:15
./main.go:29:5:     from best = MaxPtr[go.shape.float64](&.dict.MaxPtr[float64], &f, &g) (assign) at ./main.go:30:7
./main.go:29:2: moved to heap: f
./main.go:29:5: moved to heap: g
./main.go:19:23: parameter a leaks to ~r0 for MaxPtr[main.MyInt] with derefs=0:
./main.go:19:23:   flow: ~r0 ← a:
./main.go:19:23:     from MaxPtr[go.shape.int](&.dict.MaxPtr[main.MyInt], a, b) (call parameter) at ./main.go:19:6
./main.go:19:23:     from return MaxPtr[go.shape.int](&.dict.MaxPtr[main.MyInt], a, b) (return) at ./main.go:19:6
./main.go:19:26: parameter b leaks to ~r0 for MaxPtr[main.MyInt] with derefs=0:
./main.go:19:26:   flow: ~r0 ← b:
./main.go:19:26:     from MaxPtr[go.shape.int](&.dict.MaxPtr[main.MyInt], a, b) (call parameter) at ./main.go:19:6
./main.go:19:26:     from return MaxPtr[go.shape.int](&.dict.MaxPtr[main.MyInt], a, b) (return) at ./main.go:19:6
./main.go:19:23: parameter a leaks to ~r0 for MaxPtr[float64] with derefs=0:
./main.go:19:23:   flow: ~r0 ← a:
./main.go:19:23:     from MaxPtr[go.shape.float64](&.dict.MaxPtr[float64], a, b) (call parameter) at ./main.go:19:6
./main.go:19:23:     from return MaxPtr[go.shape.float64](&.dict.MaxPtr[float64], a, b) (return) at ./main.go:19:6
./main.go:19:26: parameter b leaks to ~r0 for MaxPtr[float64] with derefs=0:
./main.go:19:26:   flow: ~r0 ← b:
./main.go:19:26:     from MaxPtr[go.shape.float64](&.dict.MaxPtr[float64], a, b) (call parameter) at ./main.go:19:6
./main.go:19:26:     from return MaxPtr[go.shape.float64](&.dict.MaxPtr[float64], a, b) (return) at ./main.go:19:6
