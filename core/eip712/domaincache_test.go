package eip712

import (
	"testing"

	"github.com/agentmailroom/mailroom/core/ethsig"
)

func TestDomainCache(t *testing.T) {
	var c DomainCache[*StandardDomain]
	built := 0
	mk := func(id uint64, a ethsig.Address) *StandardDomain {
		built++
		return &StandardDomain{ChainID: id, VerifyingContract: a}
	}
	a := c.Get(1, ethsig.Address{1}, mk)
	if b := c.Get(1, ethsig.Address{1}, mk); b != a || built != 1 {
		t.Fatalf("second Get built again (built %d)", built)
	}
	if d := c.Get(2, ethsig.Address{1}, mk); d == a || d.ChainID != 2 {
		t.Fatal("another chain id shares the entry")
	}
	for i := uint64(0); i < 10*DomainCacheSize; i++ {
		c.Get(i, ethsig.Address{}, mk)
	}
	if n := len(c.m); n > DomainCacheSize {
		t.Fatalf("cache holds %d domains, bound %d", n, DomainCacheSize)
	}
}
