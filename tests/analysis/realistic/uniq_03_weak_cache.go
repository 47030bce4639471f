// family: unique-weak
package main

import (
	"fmt"
	"runtime"
	"sync"
	"weak"
)

type Image struct {
	Name   string
	Pixels []byte
}

type ImageCache struct {
	mu sync.Mutex
	m  map[string]weak.Pointer[Image]
}

func (c *ImageCache) Load(name string) *Image {
	c.mu.Lock()
	defer c.mu.Unlock()
	if wp, ok := c.m[name]; ok {
		if img := wp.Value(); img != nil {
			return img
		}
	}
	img := &Image{Name: name, Pixels: make([]byte, 1<<16)}
	c.m[name] = weak.Make(img)
	return img
}

func main() {
	c := &ImageCache{m: map[string]weak.Pointer[Image]{}}
	a := c.Load("logo.png")
	b := c.Load("logo.png")
	fmt.Println(a == b, len(a.Pixels))
	runtime.KeepAlive(a)
	runtime.GC()
}
