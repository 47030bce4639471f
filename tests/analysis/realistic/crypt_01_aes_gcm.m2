./main.go:27:9: &Box{...} escapes to heap in NewBox:
./main.go:27:9:   flow: ~r0 ← &{storage for &Box{...}}:
./main.go:27:9:     from &Box{...} (spill) at ./main.go:27:9
./main.go:27:9:     from return &Box{...}, nil (return) at ./main.go:27:2
./main.go:18:13: key does not escape
./main.go:27:9: &Box{...} escapes to heap
./main.go:30:7: parameter b leaks to {heap} for (*Box).Seal with derefs=1:
./main.go:30:7:   flow: {heap} ← *b:
./main.go:30:7:     from b.aead (dot of pointer) at ./main.go:31:25
./main.go:30:7:     from b.aead.NonceSize() (call parameter) at ./main.go:31:40
./main.go:30:20: parameter plain leaks to {heap} for (*Box).Seal with derefs=0:
./main.go:30:20:   flow: {heap} ← plain:
./main.go:30:20:     from b.aead.Seal(nonce, nonce, plain, nil) (call parameter) at ./main.go:35:20
./main.go:31:15: make([]byte, b.aead.NonceSize()) escapes to heap in (*Box).Seal:
./main.go:31:15:   flow: nonce ← &{storage for make([]byte, b.aead.NonceSize())}:
./main.go:31:15:     from make([]byte, b.aead.NonceSize()) (spill) at ./main.go:31:15
./main.go:31:15:     from nonce := make([]byte, b.aead.NonceSize()) (assign) at ./main.go:31:8
./main.go:31:15:   flow: {heap} ← nonce:
./main.go:31:15:     from io.ReadFull(rand.Reader, nonce) (call parameter) at ./main.go:32:26
./main.go:30:7: leaking param content: b
./main.go:30:20: leaking param: plain
./main.go:31:15: make([]byte, b.aead.NonceSize()) escapes to heap
./main.go:38:7: parameter b leaks to {heap} for (*Box).Open with derefs=1:
./main.go:38:7:   flow: {heap} ← *b:
./main.go:38:7:     from b.aead (dot of pointer) at ./main.go:39:8
./main.go:38:7:     from b.aead.NonceSize() (call parameter) at ./main.go:39:23
./main.go:38:20: parameter sealed leaks to {heap} for (*Box).Open with derefs=0:
./main.go:38:20:   flow: {heap} ← sealed:
./main.go:38:20:     from sealed[:n] (slice) at ./main.go:43:32
./main.go:38:20:     from b.aead.Open(nil, sealed[:n], sealed[n:], nil) (call parameter) at ./main.go:43:20
./main.go:38:7: leaking param content: b
./main.go:38:20: leaking param: sealed
./main.go:52:31: ([]byte)("attack at dawn") escapes to heap in main:
./main.go:52:31:   flow: {heap} ← &{storage for ([]byte)("attack at dawn")}:
./main.go:52:31:     from ([]byte)("attack at dawn") (spill) at ./main.go:52:31
./main.go:52:31:     from (*Box).Seal(box, ([]byte)("attack at dawn")) (call parameter) at ./main.go:52:23
./main.go:54:20: string(plain) escapes to heap in main:
./main.go:54:20:   flow: {storage for ... argument} ← &{storage for string(plain)}:
./main.go:54:20:     from string(plain) (spill) at ./main.go:54:20
./main.go:54:20:     from ... argument (slice-literal-element) at ./main.go:54:13
./main.go:54:20:   flow: {heap} ← {storage for ... argument}:
./main.go:54:20:     from ... argument (spill) at ./main.go:54:13
./main.go:54:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:54:13
./main.go:54:21: string(plain) escapes to heap in main:
./main.go:54:21:   flow: {storage for string(plain)} ← &{storage for string(plain)}:
./main.go:54:21:     from string(plain) (spill) at ./main.go:54:21
./main.go:54:21:     from string(plain) (interface-converted) at ./main.go:54:20
./main.go:52:31: ([]byte)("attack at dawn") escapes to heap
./main.go:54:13: ... argument does not escape
./main.go:54:20: string(plain) escapes to heap
./main.go:54:21: string(plain) escapes to heap
./main.go:57:13: ... argument does not escape
