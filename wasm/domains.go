package main

import (
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// domainCacheSize bounds each cache: a service uses one or two domains, and
// the bound keeps memory constant when they come from untrusted input.
const domainCacheSize = 64

type domainKey struct {
	chainID  uint64
	contract ethsig.Address
}

// domainCache keeps precomputed domain separators. The guest is single
// threaded (one call at a time per instance), so it needs no lock.
type domainCache struct {
	requests map[domainKey]*envelope.Domain
	vouchers map[domainKey]*voucher.Domain
}

var domains domainCache

func (c *domainCache) request(chainID uint64, registry ethsig.Address) *envelope.Domain {
	k := domainKey{chainID, registry}
	if d, ok := c.requests[k]; ok {
		return d
	}
	if c.requests == nil || len(c.requests) >= domainCacheSize {
		c.requests = make(map[domainKey]*envelope.Domain)
	}
	d := envelope.NewDomain(chainID, registry)
	c.requests[k] = d
	return d
}

func (c *domainCache) voucher(chainID uint64, contract ethsig.Address) *voucher.Domain {
	k := domainKey{chainID, contract}
	if d, ok := c.vouchers[k]; ok {
		return d
	}
	if c.vouchers == nil || len(c.vouchers) >= domainCacheSize {
		c.vouchers = make(map[domainKey]*voucher.Domain)
	}
	d := voucher.NewDomain(chainID, contract)
	c.vouchers[k] = d
	return d
}
