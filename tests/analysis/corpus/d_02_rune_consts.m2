./main.go:7:42: string(a + b + c + d + e + f + g + i) escapes to heap in h:
./main.go:7:42:   flow: ~r0 ← &{storage for string(a + b + c + d + e + f + g + i)}:
./main.go:7:42:     from string(a + b + c + d + e + f + g + i) (spill) at ./main.go:7:42
./main.go:7:42:     from return string(a + b + c + d + e + f + g + i) (return) at ./main.go:7:2
./main.go:7:42: string(a + b + c + d + e + f + g + i) escapes to heap
./main.go:11:34: string(rune(n) + rune(u) + r) escapes to heap in k:
./main.go:11:34:   flow: ~r0 ← &{storage for string(rune(n) + rune(u) + r)}:
./main.go:11:34:     from string(rune(n) + rune(u) + r) (spill) at ./main.go:11:34
./main.go:11:34:     from return string(rune(n) + rune(u) + r) (return) at ./main.go:11:2
./main.go:11:34: string(rune(n) + rune(u) + r) escapes to heap
./main.go:15:17: ([]byte)(h('a', 'é', '\t', '\t', '\'', 'b', '😀', '\x00')) escapes to heap in main:
./main.go:15:17:   flow: {heap} ← &{storage for ([]byte)(h('a', 'é', '\t', '\t', '\'', 'b', '😀', '\x00'))}:
./main.go:15:17:     from ([]byte)(h('a', 'é', '\t', '\t', '\'', 'b', '😀', '\x00')) (spill) at ./main.go:15:17
./main.go:15:17:     from sink = ([]byte)(h('a', 'é', '\t', '\t', '\'', 'b', '😀', '\x00')) (assign) at ./main.go:15:7
./main.go:16:17: ([]byte)(k(97, uint8(98), 'Ç')) escapes to heap in main:
./main.go:16:17:   flow: {heap} ← &{storage for ([]byte)(k(97, uint8(98), 'Ç'))}:
./main.go:16:17:     from ([]byte)(k(97, uint8(98), 'Ç')) (spill) at ./main.go:16:17
./main.go:16:17:     from sink = ([]byte)(k(97, uint8(98), 'Ç')) (assign) at ./main.go:16:7
./main.go:17:17: ([]byte)(h(int32(7), 'A', '\\', rune(-1), '\x7f', '\u00a0', '�', 'y')) escapes to heap in main:
./main.go:17:17:   flow: {heap} ← &{storage for ([]byte)(h(int32(7), 'A', '\\', rune(-1), '\x7f', '\u00a0', '�', 'y'))}:
./main.go:17:17:     from ([]byte)(h(int32(7), 'A', '\\', rune(-1), '\x7f', '\u00a0', '�', 'y')) (spill) at ./main.go:17:17
./main.go:17:17:     from sink = ([]byte)(h(int32(7), 'A', '\\', rune(-1), '\x7f', '\u00a0', '�', 'y')) (assign) at ./main.go:17:7
./main.go:15:17: ([]byte)(h('a', 'é', '\t', '\t', '\'', 'b', '😀', '\x00')) escapes to heap
./main.go:16:17: ([]byte)(k(97, uint8(98), 'Ç')) escapes to heap
./main.go:17:17: ([]byte)(h(int32(7), 'A', '\\', rune(-1), '\x7f', '\u00a0', '�', 'y')) escapes to heap
