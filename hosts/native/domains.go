package native

import (
	"sync"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// domainCacheSize bounds the number of cached domains of each kind. A
// service uses one or two; the bound only matters when the chain id and
// contract come from untrusted input (a verified envelope names its own
// domain), where it keeps memory constant.
const domainCacheSize = 64

type domainKey struct {
	chainID  uint64
	contract ethsig.Address
}

// domainCache keeps precomputed domain separators so that each digest costs
// one hashStruct and one final Keccak instead of recomputing the domain.
type domainCache struct {
	mu       sync.RWMutex
	requests map[domainKey]*envelope.Domain
	vouchers map[domainKey]*voucher.Domain
}

func (c *domainCache) request(chainID uint64, registry ethsig.Address) *envelope.Domain {
	k := domainKey{chainID, registry}
	c.mu.RLock()
	d, ok := c.requests[k]
	c.mu.RUnlock()
	if ok {
		return d
	}
	d = envelope.NewDomain(chainID, registry)
	c.mu.Lock()
	if c.requests == nil || len(c.requests) >= domainCacheSize {
		c.requests = make(map[domainKey]*envelope.Domain)
	}
	c.requests[k] = d
	c.mu.Unlock()
	return d
}

func (c *domainCache) voucher(chainID uint64, contract ethsig.Address) *voucher.Domain {
	k := domainKey{chainID, contract}
	c.mu.RLock()
	d, ok := c.vouchers[k]
	c.mu.RUnlock()
	if ok {
		return d
	}
	d = voucher.NewDomain(chainID, contract)
	c.mu.Lock()
	if c.vouchers == nil || len(c.vouchers) >= domainCacheSize {
		c.vouchers = make(map[domainKey]*voucher.Domain)
	}
	c.vouchers[k] = d
	c.mu.Unlock()
	return d
}
