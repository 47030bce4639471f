./main.go:10:32: conv1 ignoring self-assignment in S(s)[0] = s[1]
./main.go:10:12: s does not escape
./main.go:12:30: conv2 ignoring self-assignment in (*U)(p).b = p.c
./main.go:12:12: p does not escape
./main.go:15:15: inClosure.func1 ignoring self-assignment in p.b = p.b[1:]
./main.go:14:16: inClosure capturing by value: p (addr=false assign=false width=8)
./main.go:14:16: p does not escape
./main.go:15:2: func literal does not escape
