// family: math
package main

import (
	"fmt"
	"math"
	"math/bits"
	"math/cmplx"
)

type Vec struct{ X, Y float64 }

func (v Vec) Len() float64   { return math.Hypot(v.X, v.Y) }
func (v Vec) Angle() float64 { return math.Atan2(v.Y, v.X) * 180 / math.Pi }
func (v Vec) Rotate(deg float64) Vec {
	r := deg * math.Pi / 180
	s, c := math.Sincos(r)
	return Vec{v.X*c - v.Y*s, v.X*s + v.Y*c}
}

func nextPow2(n uint32) uint32 {
	if n <= 1 {
		return 1
	}
	return 1 << (32 - bits.LeadingZeros32(n-1))
}

func main() {
	v := Vec{3, 4}
	fmt.Println(v.Len(), v.Angle(), v.Rotate(90))
	fmt.Println(nextPow2(1000), bits.OnesCount64(0xff00ff), bits.Reverse8(1), bits.TrailingZeros(64))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	z := cmplx.Exp(complex(0, math.Pi))
	fmt.Printf("%.3f %.3f\n", real(z), cmplx.Abs(z))
}
