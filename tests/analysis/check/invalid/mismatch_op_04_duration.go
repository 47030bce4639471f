// kind: mismatch-op
package main

import (
	"fmt"
	"time"
)

func main() {
	retries := 3
	wait := time.Second * retries
	fmt.Println(wait)
}
