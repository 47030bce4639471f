// constructs: structs, pointers, stdlib
package main

import (
	"encoding/json"
	"fmt"
)

type User struct {
	Name string   `json:"name"`
	Age  int      `json:"age"`
	Tags []string `json:"tags,omitempty"`
}

func main() {
	u := User{Name: "Ann", Age: 30}
	b, err := json.Marshal(u)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))
	v := User{Name: "Bo"}
	b2, _ := json.MarshalIndent(&v, "", "  ")
	fmt.Println(len(b2))
}
