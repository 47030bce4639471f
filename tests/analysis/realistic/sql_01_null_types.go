// family: database-sql
package main

import (
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"
	"time"
)

type Tags []string

func (t Tags) Value() (driver.Value, error) {
	return strings.Join(t, ","), nil
}

func (t *Tags) Scan(src any) error {
	switch v := src.(type) {
	case string:
		*t = strings.Split(v, ",")
	case []byte:
		*t = strings.Split(string(v), ",")
	case nil:
		*t = nil
	default:
		return fmt.Errorf("cannot scan %T into Tags", src)
	}
	return nil
}

type Row struct {
	Name    string
	Email   sql.NullString
	Deleted sql.NullTime
	Score   sql.Null[float64]
	Tags    Tags
}

func main() {
	r := Row{Name: "ann"}
	r.Email.Scan("ann@example.com")
	r.Deleted.Scan(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	r.Score = sql.Null[float64]{V: 9.5, Valid: true}
	if err := r.Tags.Scan([]byte("admin,ops")); err != nil {
		panic(err)
	}
	v, _ := r.Tags.Value()
	fmt.Println(r.Email.Valid, r.Email.String, r.Deleted.Time.Year(), r.Score.V, v)
	var missing sql.NullInt64
	fmt.Println(missing.Valid, r.Tags.Scan(3.5))
}
