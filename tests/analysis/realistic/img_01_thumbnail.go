// family: image
package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
)

func gradient(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 128, 255})
		}
	}
	return img
}

func downscale(src image.Image, factor int) *image.Gray {
	b := src.Bounds()
	dst := image.NewGray(image.Rect(0, 0, b.Dx()/factor, b.Dy()/factor))
	for y := 0; y < dst.Bounds().Dy(); y++ {
		for x := 0; x < dst.Bounds().Dx(); x++ {
			c := color.GrayModel.Convert(src.At(x*factor, y*factor)).(color.Gray)
			dst.SetGray(x, y, c)
		}
	}
	return dst
}

func main() {
	img := gradient(64, 32)
	small := downscale(img, 4)
	var buf bytes.Buffer
	if err := png.Encode(&buf, small); err != nil {
		panic(err)
	}
	decoded, format, err := image.Decode(&buf)
	fmt.Println(small.Bounds(), format, err, decoded.Bounds().Dx())
}
