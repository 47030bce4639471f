./main.go:17:13: password does not escape
./main.go:17:30: salt does not escape
./main.go:18:29: append does not escape
./main.go:26:14: make([]byte, 16) escapes to heap in NewCredential:
./main.go:26:14:   flow: salt ← &{storage for make([]byte, 16)}:
./main.go:26:14:     from make([]byte, 16) (spill) at ./main.go:26:14
./main.go:26:14:     from salt := make([]byte, 16) (assign) at ./main.go:26:7
./main.go:26:14:   flow: ~r0 ← salt:
./main.go:26:14:     from Credential{...} (struct literal element) at ./main.go:28:19
./main.go:26:14:     from return Credential{...} (return) at ./main.go:28:2
./main.go:25:20: password does not escape
./main.go:26:14: make([]byte, 16) escapes to heap
./main.go:31:7: c does not escape
./main.go:31:27: password does not escape
./main.go:38:21: Credential.Check(c, "correct horse") escapes to heap in main:
./main.go:38:21:   flow: {storage for ... argument} ← &{storage for Credential.Check(c, "correct horse")}:
./main.go:38:21:     from Credential.Check(c, "correct horse") (spill) at ./main.go:38:21
./main.go:38:21:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:21:   flow: {heap} ← {storage for ... argument}:
./main.go:38:21:     from ... argument (spill) at ./main.go:38:13
./main.go:38:21:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:38:47: Credential.Check(c, "battery staple") escapes to heap in main:
./main.go:38:47:   flow: {storage for ... argument} ← &{storage for Credential.Check(c, "battery staple")}:
./main.go:38:47:     from Credential.Check(c, "battery staple") (spill) at ./main.go:38:47
./main.go:38:47:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:47:   flow: {heap} ← {storage for ... argument}:
./main.go:38:47:     from ... argument (spill) at ./main.go:38:13
./main.go:38:47:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:38:13: ... argument does not escape
./main.go:38:21: Credential.Check(c, "correct horse") escapes to heap
./main.go:38:47: Credential.Check(c, "battery staple") escapes to heap
