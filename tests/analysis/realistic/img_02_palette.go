// family: image
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/color/palette"
	"image/draw"
)

type Histogram map[color.Color]int

func quantize(src image.Image) (*image.Paletted, Histogram) {
	b := src.Bounds()
	dst := image.NewPaletted(b, palette.Plan9)
	draw.FloydSteinberg.Draw(dst, b, src, b.Min)
	h := Histogram{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			h[dst.At(x, y)]++
		}
	}
	return dst, h
}

func main() {
	src := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	draw.Draw(src, src.Bounds(), &image.Uniform{color.NRGBA{200, 30, 30, 255}}, image.Point{}, draw.Src)
	_, h := quantize(src)
	fmt.Println(len(h))
	r, g, b, a := color.NRGBA{200, 30, 30, 128}.RGBA()
	fmt.Println(r>>8, g>>8, b>>8, a>>8)
}
