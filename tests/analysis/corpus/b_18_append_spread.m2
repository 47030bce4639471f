./main.go:5:15: append(a, b...) escapes to heap in join:
./main.go:5:15:   flow: ~r0 ← &{storage for append(a, b...)}:
./main.go:5:15:     from append(a, b...) (spill) at ./main.go:5:15
./main.go:5:15:     from return append(a, b...) (return) at ./main.go:5:2
./main.go:4:11: parameter a leaks to ~r0 for join with derefs=0:
./main.go:4:11:   flow: {temp} ← a:
./main.go:4:11:     from append(a, b...) (call parameter) at ./main.go:5:15
./main.go:4:11:   flow: ~r0 ← {temp}:
./main.go:4:11:     from return append(a, b...) (return) at ./main.go:5:2
./main.go:4:11: leaking param: a to result ~r0 level=0
./main.go:4:14: b does not escape
./main.go:5:15: append escapes to heap
./main.go:8:18: parameter b leaks to {heap} for joinPtrs with derefs=1:
./main.go:8:18:   flow: {heap} ← *b:
./main.go:8:18:     from append(a, b...) (call parameter) at ./main.go:9:15
./main.go:8:18:     from append(a, b...) (appended slice...) at ./main.go:9:15
./main.go:8:15: parameter a leaks to {heap} for joinPtrs with derefs=1:
./main.go:8:15:   flow: {temp} ← a:
./main.go:8:15:     from append(a, b...) (call parameter) at ./main.go:9:15
./main.go:8:15:   flow: {heap} ← *{temp}:
./main.go:8:15:     from append(a, b...) (appendee slice) at ./main.go:9:15
./main.go:9:15: append(a, b...) escapes to heap in joinPtrs:
./main.go:9:15:   flow: ~r0 ← &{storage for append(a, b...)}:
./main.go:9:15:     from append(a, b...) (spill) at ./main.go:9:15
./main.go:9:15:     from return append(a, b...) (return) at ./main.go:9:2
./main.go:8:15: parameter a leaks to ~r0 for joinPtrs with derefs=0:
./main.go:8:15:   flow: {temp} ← a:
./main.go:8:15:     from append(a, b...) (call parameter) at ./main.go:9:15
./main.go:8:15:   flow: {temp} ← {temp}:
./main.go:8:15:   flow: ~r0 ← {temp}:
./main.go:8:15:     from return append(a, b...) (return) at ./main.go:9:2
./main.go:8:15: leaking param content: a
./main.go:8:15: leaking param: a to result ~r0 level=0
./main.go:8:18: leaking param content: b
./main.go:9:15: append escapes to heap
