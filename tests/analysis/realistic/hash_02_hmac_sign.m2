./main.go:19:36: ([]byte)(strconv.FormatInt(ts, 10)) escapes to heap in (*Signer).Sign:
./main.go:19:36:   flow: {heap} ← &{storage for ([]byte)(strconv.FormatInt(ts, 10))}:
./main.go:19:36:     from ([]byte)(strconv.FormatInt(ts, 10)) (spill) at ./main.go:19:36
./main.go:19:36:     from mac.Write(([]byte)(strconv.FormatInt(ts, 10))) (call parameter) at ./main.go:19:11
./main.go:20:18: []byte{...} escapes to heap in (*Signer).Sign:
./main.go:20:18:   flow: {heap} ← &{storage for []byte{...}}:
./main.go:20:18:     from []byte{...} (spill) at ./main.go:20:18
./main.go:20:18:     from mac.Write([]byte{...}) (call parameter) at ./main.go:20:11
./main.go:21:19: ([]byte)(msg) escapes to heap in (*Signer).Sign:
./main.go:21:19:   flow: {heap} ← &{storage for ([]byte)(msg)}:
./main.go:21:19:     from ([]byte)(msg) (spill) at ./main.go:21:19
./main.go:21:19:     from mac.Write(([]byte)(msg)) (call parameter) at ./main.go:21:11
./main.go:17:7: parameter s leaks to {heap} for (*Signer).Sign with derefs=1:
./main.go:17:7:   flow: {heap} ← *s:
./main.go:17:7:     from s.key (dot of pointer) at ./main.go:18:31
./main.go:17:7:     from hmac.New(sha256.New, s.key) (call parameter) at ./main.go:18:17
./main.go:17:7: leaking param content: s
./main.go:17:23: msg does not escape
./main.go:19:36: ([]byte)(strconv.FormatInt(ts, 10)) escapes to heap
./main.go:20:18: []byte{...} escapes to heap
./main.go:21:19: ([]byte)(msg) escapes to heap
./main.go:25:7: parameter s leaks to {heap} for (*Signer).Verify with derefs=1:
./main.go:25:7:   flow: {heap} ← *s:
./main.go:25:7:     from (*Signer).Sign(s, msg, ts) (call parameter) at ./main.go:30:50
./main.go:25:7: leaking param content: s
./main.go:25:25: msg does not escape
./main.go:25:47: sig does not escape
./main.go:38:14: sig escapes to heap in main:
./main.go:38:14:   flow: {storage for ... argument} ← &{storage for sig}:
./main.go:38:14:     from sig (spill) at ./main.go:38:14
./main.go:38:14:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:14:   flow: {heap} ← {storage for ... argument}:
./main.go:38:14:     from ... argument (spill) at ./main.go:38:13
./main.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:39:22: (*Signer).Verify(s, "{\"amount\":10}", ts, sig) escapes to heap in main:
./main.go:39:22:   flow: {storage for ... argument} ← &{storage for (*Signer).Verify(s, "{\"amount\":10}", ts, sig)}:
./main.go:39:22:     from (*Signer).Verify(s, "{\"amount\":10}", ts, sig) (spill) at ./main.go:39:22
./main.go:39:22:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:22:   flow: {heap} ← {storage for ... argument}:
./main.go:39:22:     from ... argument (spill) at ./main.go:39:13
./main.go:39:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:39:58: (*Signer).Verify(s, "{\"amount\":99}", ts, sig) escapes to heap in main:
./main.go:39:58:   flow: {storage for ... argument} ← &{storage for (*Signer).Verify(s, "{\"amount\":99}", ts, sig)}:
./main.go:39:58:     from (*Signer).Verify(s, "{\"amount\":99}", ts, sig) (spill) at ./main.go:39:58
./main.go:39:58:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:58:   flow: {heap} ← {storage for ... argument}:
./main.go:39:58:     from ... argument (spill) at ./main.go:39:13
./main.go:39:58:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:35:27: ([]byte)("topsecret") escapes to heap in main:
./main.go:35:27:   flow: {storage for &Signer{...}} ← &{storage for ([]byte)("topsecret")}:
./main.go:35:27:     from ([]byte)("topsecret") (spill) at ./main.go:35:27
./main.go:35:27:     from Signer{...} (struct literal element) at ./main.go:35:14
./main.go:35:27:   flow: s ← &{storage for &Signer{...}}:
./main.go:35:27:     from &Signer{...} (spill) at ./main.go:35:7
./main.go:35:27:     from s := &Signer{...} (assign) at ./main.go:35:4
./main.go:35:27:   flow: {heap} ← *s:
./main.go:35:27:     from (*Signer).Sign(s, "{\"amount\":10}", ts) (call parameter) at ./main.go:37:15
./main.go:35:7: &Signer{...} does not escape
./main.go:35:27: ([]byte)("topsecret") escapes to heap
./main.go:38:13: ... argument does not escape
./main.go:38:14: sig escapes to heap
./main.go:39:13: ... argument does not escape
./main.go:39:22: (*Signer).Verify(s, "{\"amount\":10}", ts, sig) escapes to heap
./main.go:39:58: (*Signer).Verify(s, "{\"amount\":99}", ts, sig) escapes to heap
