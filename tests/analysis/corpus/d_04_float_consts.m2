./main.go:21:17: ([]byte)(h(100000.5, 1e+100, 0.1, 3, 1.23457e+06, 1e-07, 123456.5)) escapes to heap in main:
./main.go:21:17:   flow: {heap} ← &{storage for ([]byte)(h(100000.5, 1e+100, 0.1, 3, 1.23457e+06, 1e-07, 123456.5))}:
./main.go:21:17:     from ([]byte)(h(100000.5, 1e+100, 0.1, 3, 1.23457e+06, 1e-07, 123456.5)) (spill) at ./main.go:21:17
./main.go:21:17:     from sink = ([]byte)(h(100000.5, 1e+100, 0.1, 3, 1.23457e+06, 1e-07, 123456.5)) (assign) at ./main.go:21:7
./main.go:22:17: ([]byte)(h(-2.5, 0.333333, 2e+06, 1e+21, 1.2345e-05, 100, 97)) escapes to heap in main:
./main.go:22:17:   flow: {heap} ← &{storage for ([]byte)(h(-2.5, 0.333333, 2e+06, 1e+21, 1.2345e-05, 100, 97))}:
./main.go:22:17:     from ([]byte)(h(-2.5, 0.333333, 2e+06, 1e+21, 1.2345e-05, 100, 97)) (spill) at ./main.go:22:17
./main.go:22:17:     from sink = ([]byte)(h(-2.5, 0.333333, 2e+06, 1e+21, 1.2345e-05, 100, 97)) (assign) at ./main.go:22:7
./main.go:23:17: ([]byte)(k(float32(0.1), float32(1.67772e+07))) escapes to heap in main:
./main.go:23:17:   flow: {heap} ← &{storage for ([]byte)(k(float32(0.1), float32(1.67772e+07)))}:
./main.go:23:17:     from ([]byte)(k(float32(0.1), float32(1.67772e+07))) (spill) at ./main.go:23:17
./main.go:23:17:     from sink = ([]byte)(k(float32(0.1), float32(1.67772e+07))) (assign) at ./main.go:23:7
./main.go:24:17: ([]byte)(k(float32(1.5), float32(-0.25))) escapes to heap in main:
./main.go:24:17:   flow: {heap} ← &{storage for ([]byte)(k(float32(1.5), float32(-0.25)))}:
./main.go:24:17:     from ([]byte)(k(float32(1.5), float32(-0.25))) (spill) at ./main.go:24:17
./main.go:24:17:     from sink = ([]byte)(k(float32(1.5), float32(-0.25))) (assign) at ./main.go:24:7
./main.go:21:17: ([]byte)(h(100000.5, 1e+100, 0.1, 3, 1.23457e+06, 1e-07, 123456.5)) escapes to heap
./main.go:22:17: ([]byte)(h(-2.5, 0.333333, 2e+06, 1e+21, 1.2345e-05, 100, 97)) escapes to heap
./main.go:23:17: ([]byte)(k(float32(0.1), float32(1.67772e+07))) escapes to heap
./main.go:24:17: ([]byte)(k(float32(1.5), float32(-0.25))) escapes to heap
