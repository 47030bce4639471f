./main.go:17:32: ([]byte)(r.Version + ":" + r.Digest) escapes to heap in Release.message:
./main.go:17:32:   flow: ~r0 ← &{storage for ([]byte)(r.Version + ":" + r.Digest)}:
./main.go:17:32:     from ([]byte)(r.Version + ":" + r.Digest) (spill) at ./main.go:17:32
./main.go:17:32:     from return ([]byte)(r.Version + ":" + r.Digest) (return) at ./main.go:17:2
./main.go:16:7: r does not escape
./main.go:17:32: ([]byte)(r.Version + ":" + r.Digest) escapes to heap
./main.go:17:32: r.Version + ":" + r.Digest does not escape
./main.go:20:18: parameter priv leaks to {heap} for signRelease with derefs=0:
./main.go:20:18:   flow: {heap} ← priv:
./main.go:20:18:     from ed25519.Sign(priv, Release.message(r)) (call parameter) at ./main.go:21:55
./main.go:20:18: leaking param: priv
./main.go:20:43: r does not escape
./main.go:24:20: pub does not escape
./main.go:24:43: r does not escape
./main.go:24:54: sig does not escape
./main.go:39:27: verifyRelease(pub, r, sig) escapes to heap in main:
./main.go:39:27:   flow: {storage for ... argument} ← &{storage for verifyRelease(pub, r, sig)}:
./main.go:39:27:     from verifyRelease(pub, r, sig) (spill) at ./main.go:39:27
./main.go:39:27:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:27:   flow: {heap} ← {storage for ... argument}:
./main.go:39:27:     from ... argument (spill) at ./main.go:39:13
./main.go:39:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:41:27: verifyRelease(pub, r, sig) escapes to heap in main:
./main.go:41:27:   flow: {storage for ... argument} ← &{storage for verifyRelease(pub, r, sig)}:
./main.go:41:27:     from verifyRelease(pub, r, sig) (spill) at ./main.go:41:27
./main.go:41:27:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:27:   flow: {heap} ← {storage for ... argument}:
./main.go:41:27:     from ... argument (spill) at ./main.go:41:13
./main.go:41:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:41:45: len(pub) escapes to heap in main:
./main.go:41:45:   flow: {storage for ... argument} ← &{storage for len(pub)}:
./main.go:41:45:     from len(pub) (spill) at ./main.go:41:45
./main.go:41:45:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:45:   flow: {heap} ← {storage for ... argument}:
./main.go:41:45:     from ... argument (spill) at ./main.go:41:13
./main.go:41:45:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:39:13: ... argument does not escape
./main.go:39:27: verifyRelease(pub, r, sig) escapes to heap
./main.go:41:13: ... argument does not escape
./main.go:41:27: verifyRelease(pub, r, sig) escapes to heap
./main.go:41:45: len(pub) escapes to heap
