// family: context
package main

import (
	"context"
	"fmt"
)

type ctxKey int

const (
	requestIDKey ctxKey = iota
	userKey
)

type User struct {
	Name  string
	Admin bool
}

func WithUser(ctx context.Context, u *User) context.Context {
	return context.WithValue(ctx, userKey, u)
}

func UserFrom(ctx context.Context) (*User, bool) {
	u, ok := ctx.Value(userKey).(*User)
	return u, ok
}

func handle(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	u, ok := UserFrom(ctx)
	if !ok {
		return id + ": anonymous"
	}
	if u.Admin {
		return id + ": admin " + u.Name
	}
	return id + ": " + u.Name
}

func main() {
	ctx := context.WithValue(context.Background(), requestIDKey, "req-7")
	fmt.Println(handle(ctx))
	fmt.Println(handle(WithUser(ctx, &User{Name: "root", Admin: true})))
}
