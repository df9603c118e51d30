package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

// TestLoadRoutes: `serve --routes FILE` reads a JSON route table; bad files
// are clear errors.
func TestLoadRoutes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	rs, err := loadRoutes(newAssetBook(context.Background(), nil), write("ok.json", `[{"method":"POST","path":"/task","price":"0.002ether"},{"path":"/api/*","price":"500","asset":"0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"},{"path":"*","price":"0","asset":"native"}]`))
	if err != nil || len(rs) != 3 || rs[0].Accepts[0].Amount.String() != "2000000000000000" || rs[1].Accepts[0].Asset.String() != "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0" || rs[2].Accepts[0].Amount.Sign() != 0 {
		t.Fatalf("routes %+v %v", rs, err)
	}
	if !rs[1].Matches("GET", "/api/x?y=1") || rs[1].Matches("GET", "/api") || !rs[0].Matches("POST", "/task") || rs[0].Matches("GET", "/task") {
		t.Fatal("matching")
	}
	for _, c := range []struct {
		name, body string
		kind       errs.Kind
	}{
		{"not-json.json", `{`, errs.InvalidJSON},
		{"unknown.json", `[{"path":"/x","price":"1","cost":"2"}]`, errs.InvalidJSON},
		{"no-price.json", `[{"path":"/x"}]`, errs.InvalidInput},
		{"bad-price.json", `[{"path":"/x","price":"-1"}]`, errs.InvalidInput},
		{"bad-asset.json", `[{"path":"/x","price":"1","asset":"usdc"}]`, errs.InvalidInput},
		{"price-and-accepts.json", `[{"path":"/x","price":"1","accepts":[{"price":"2"}]}]`, errs.InvalidInput},
		{"accepts-no-price.json", `[{"path":"/x","accepts":[{"asset":"native"}]}]`, errs.InvalidInput},
		{"token-without-chain.json", `[{"path":"/x","price":"0.5tUSDC"}]`, errs.InvalidInput},
	} {
		if _, err := loadRoutes(newAssetBook(context.Background(), nil), write(c.name, c.body)); errs.KindOf(err) != c.kind {
			t.Errorf("%s: %v, want %s", c.name, err, c.kind)
		}
	}
	two, err := loadRoutes(newAssetBook(context.Background(), nil), write("two.json", `[{"path":"/x","accepts":[{"price":"0.001ether"},{"price":"250000","asset":"0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"}]}]`))
	if err != nil || len(two) != 1 || len(two[0].Accepts) != 2 || two[0].Accepts[0].Amount.String() != "1000000000000000" || two[0].Accepts[1].Amount.Int64() != 250000 {
		t.Fatalf("a route in two assets: %+v %v", two, err)
	}
	if _, err := loadRoutes(newAssetBook(context.Background(), nil), filepath.Join(dir, "missing.json")); errs.KindOf(err) != errs.InvalidInput {
		t.Errorf("missing file: %v", err)
	}
}
