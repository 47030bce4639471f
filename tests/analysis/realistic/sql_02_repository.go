// family: database-sql
package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

type Customer struct {
	ID   int64
	Name string
}

type Repo struct {
	db *sql.DB
}

var ErrNotFound = errors.New("customer not found")

func (r *Repo) Find(ctx context.Context, id int64) (*Customer, error) {
	if r.db == nil {
		return nil, errors.New("no database")
	}
	row := r.db.QueryRowContext(ctx, "SELECT id, name FROM customers WHERE id = ?", id)
	c := &Customer{}
	if err := row.Scan(&c.ID, &c.Name); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, fmt.Errorf("find %d: %w", id, err)
	}
	return c, nil
}

func (r *Repo) Rename(ctx context.Context, id int64, name string) error {
	if r.db == nil {
		return errors.New("no database")
	}
	tx, err := r.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelSerializable})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, "UPDATE customers SET name = ? WHERE id = ?", name, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return tx.Commit()
}

func main() {
	r := &Repo{}
	_, err := r.Find(context.Background(), 1)
	fmt.Println(err, r.Rename(context.Background(), 1, "x"))
	fmt.Println(sql.Drivers())
}
