// constructs: functions, interfaces, stdlib
package main

import (
	"context"
	"fmt"
)

type ctxKey string

func handler(ctx context.Context) {
	if id, ok := ctx.Value(ctxKey("reqID")).(string); ok {
		fmt.Println("request", id)
	}
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("reqID"), "abc-123")
	user := "ann"
	ctx = context.WithValue(ctx, ctxKey("user"), &user)
	handler(ctx)
}
