// family: reflect
package main

import (
	"fmt"
	"reflect"
)

type Node struct {
	Name     string
	Children []*Node
	Attrs    map[string]string
}

func describe(x any) string {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return "nil pointer"
		}
		return "pointer to " + v.Elem().Kind().String()
	case reflect.Slice, reflect.Array:
		return fmt.Sprintf("%s of %d", v.Kind(), v.Len())
	case reflect.Map:
		return fmt.Sprintf("map with keys %v", v.MapKeys())
	case reflect.Struct:
		return fmt.Sprintf("struct %s with %d fields", v.Type().Name(), v.NumField())
	}
	return v.Kind().String()
}

func main() {
	a := &Node{Name: "root", Children: []*Node{{Name: "leaf"}}}
	b := &Node{Name: "root", Children: []*Node{{Name: "leaf"}}}
	fmt.Println(a == b, reflect.DeepEqual(a, b))
	for _, x := range []any{a, *a, a.Children, map[string]int{"k": 1}, 3.5, (*Node)(nil)} {
		fmt.Println(describe(x))
	}
	fmt.Println(reflect.TypeOf(a).Elem().Field(1).Type)
}
