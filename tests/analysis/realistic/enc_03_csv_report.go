// family: encoding
package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Sale struct {
	Region string
	Amount float64
}

func readSales(data string) ([]Sale, error) {
	r := csv.NewReader(strings.NewReader(data))
	r.TrimLeadingSpace = true
	records, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	var sales []Sale
	for i, rec := range records {
		if i == 0 {
			continue
		}
		amt, err := strconv.ParseFloat(rec[1], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		sales = append(sales, Sale{rec[0], amt})
	}
	return sales, nil
}

func main() {
	sales, err := readSales("region, amount\nnorth, 10.5\nsouth, 3\nnorth, 4.5\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	totals := map[string]float64{}
	for _, s := range sales {
		totals[s.Region] += s.Amount
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "total"})
	for region, t := range totals {
		w.Write([]string{region, strconv.FormatFloat(t, 'f', 2, 64)})
	}
	w.Flush()
}
