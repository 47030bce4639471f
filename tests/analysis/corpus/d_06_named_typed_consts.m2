./main.go:14:13: parameter s leaks to ~r0 for g with derefs=0:
./main.go:14:13:   flow: ~r0 ← s:
./main.go:14:13:     from return string(s) (return) at ./main.go:16:3
./main.go:14:13: leaking param: s to result ~r0 level=0
./main.go:22:17: ([]byte)(g(E(3), S("x"), int32(4), byte(5), uint8(6), int64(-7), uint64(9223372036854775808), uint(42))) escapes to heap in main:
./main.go:22:17:   flow: {heap} ← &{storage for ([]byte)(g(E(3), S("x"), int32(4), byte(5), uint8(6), int64(-7), uint64(9223372036854775808), uint(42)))}:
./main.go:22:17:     from ([]byte)(g(E(3), S("x"), int32(4), byte(5), uint8(6), int64(-7), uint64(9223372036854775808), uint(42))) (spill) at ./main.go:22:17
./main.go:22:17:     from sink = ([]byte)(g(E(3), S("x"), int32(4), byte(5), uint8(6), int64(-7), uint64(9223372036854775808), uint(42))) (assign) at ./main.go:22:7
./main.go:23:17: ([]byte)(g(E(3), S("ell"), int32(97), byte(98), uint8(255), int64(1099511627776), uint64(0), uint(18446744073709551615))) escapes to heap in main:
./main.go:23:17:   flow: {heap} ← &{storage for ([]byte)(g(E(3), S("ell"), int32(97), byte(98), uint8(255), int64(1099511627776), uint64(0), uint(18446744073709551615)))}:
./main.go:23:17:     from ([]byte)(g(E(3), S("ell"), int32(97), byte(98), uint8(255), int64(1099511627776), uint64(0), uint(18446744073709551615))) (spill) at ./main.go:23:17
./main.go:23:17:     from sink = ([]byte)(g(E(3), S("ell"), int32(97), byte(98), uint8(255), int64(1099511627776), uint64(0), uint(18446744073709551615))) (assign) at ./main.go:23:7
./main.go:24:17: ([]byte)(g(E(6), S("ellx"), int32(-1), byte(3), uint8(1), int64(-4611686018427387904), uint64(3), uint(7))) escapes to heap in main:
./main.go:24:17:   flow: {heap} ← &{storage for ([]byte)(g(E(6), S("ellx"), int32(-1), byte(3), uint8(1), int64(-4611686018427387904), uint64(3), uint(7)))}:
./main.go:24:17:     from ([]byte)(g(E(6), S("ellx"), int32(-1), byte(3), uint8(1), int64(-4611686018427387904), uint64(3), uint(7))) (spill) at ./main.go:24:17
./main.go:24:17:     from sink = ([]byte)(g(E(6), S("ellx"), int32(-1), byte(3), uint8(1), int64(-4611686018427387904), uint64(3), uint(7))) (assign) at ./main.go:24:7
./main.go:22:17: ([]byte)(g(E(3), S("x"), int32(4), byte(5), uint8(6), int64(-7), uint64(9223372036854775808), uint(42))) escapes to heap
./main.go:23:17: ([]byte)(g(E(3), S("ell"), int32(97), byte(98), uint8(255), int64(1099511627776), uint64(0), uint(18446744073709551615))) escapes to heap
./main.go:24:17: ([]byte)(g(E(6), S("ellx"), int32(-1), byte(3), uint8(1), int64(-4611686018427387904), uint64(3), uint(7))) escapes to heap
