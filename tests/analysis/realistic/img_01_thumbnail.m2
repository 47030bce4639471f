./main.go:16:28: color.RGBA{...} escapes to heap in gradient:
./main.go:16:28:   flow: {heap} ← &{storage for color.RGBA{...}}:
./main.go:16:28:     from color.RGBA{...} (spill) at ./main.go:16:28
./main.go:16:28:     from (*image.RGBA).Set(img, x, y, color.RGBA{...}) (call parameter) at ./main.go:16:11
./main.go:16:28: color.RGBA{...} escapes to heap
./main.go:22:16: parameter src leaks to {heap} for downscale with derefs=0:
./main.go:22:16:   flow: {heap} ← src:
./main.go:22:16:     from src.Bounds() (call parameter) at ./main.go:23:17
./main.go:22:16: leaking param: src
./main.go:37:6: buf escapes to heap in main:
./main.go:37:6:   flow: {heap} ← &buf:
./main.go:37:6:     from &buf (address-of) at ./main.go:38:23
./main.go:37:6:     from &buf (interface-converted) at ./main.go:38:23
./main.go:37:6:     from png.Encode(&buf, small) (call parameter) at ./main.go:38:22
./main.go:37:6: buf escapes to heap in main:
./main.go:37:6:   flow: {heap} ← &buf:
./main.go:37:6:     from &buf (address-of) at ./main.go:41:39
./main.go:37:6:     from &buf (interface-converted) at ./main.go:41:39
./main.go:37:6:     from image.Decode(&buf) (call parameter) at ./main.go:41:38
./main.go:42:26: (*image.Gray).Bounds(small) escapes to heap in main:
./main.go:42:26:   flow: {storage for ... argument} ← &{storage for (*image.Gray).Bounds(small)}:
./main.go:42:26:     from (*image.Gray).Bounds(small) (spill) at ./main.go:42:26
./main.go:42:26:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:26:   flow: {heap} ← {storage for ... argument}:
./main.go:42:26:     from ... argument (spill) at ./main.go:42:13
./main.go:42:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:42:30: format escapes to heap in main:
./main.go:42:30:   flow: {storage for ... argument} ← &{storage for format}:
./main.go:42:30:     from format (spill) at ./main.go:42:30
./main.go:42:30:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:30:   flow: {heap} ← {storage for ... argument}:
./main.go:42:30:     from ... argument (spill) at ./main.go:42:13
./main.go:42:30:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:42:62: image.Rectangle.Dx(decoded.Bounds()) escapes to heap in main:
./main.go:42:62:   flow: {storage for ... argument} ← &{storage for image.Rectangle.Dx(decoded.Bounds())}:
./main.go:42:62:     from image.Rectangle.Dx(decoded.Bounds()) (spill) at ./main.go:42:62
./main.go:42:62:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:62:   flow: {heap} ← {storage for ... argument}:
./main.go:42:62:     from ... argument (spill) at ./main.go:42:13
./main.go:42:62:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:37:6: moved to heap: buf
./main.go:42:13: ... argument does not escape
./main.go:42:26: (*image.Gray).Bounds(small) escapes to heap
./main.go:42:30: format escapes to heap
./main.go:42:62: image.Rectangle.Dx(decoded.Bounds()) escapes to heap
