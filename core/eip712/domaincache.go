package eip712

import (
	"sync"

	"github.com/agentmailroom/mailroom/core/ethsig"
)

// DomainCacheSize bounds a DomainCache. A service uses one or two domains;
// the bound keeps memory constant when chain ids and contracts come from
// untrusted input (a verified envelope names its own domain).
const DomainCacheSize = 64

type domainKey struct {
	chainID  uint64
	contract ethsig.Address
}

// DomainCache keeps bound domains (such as *envelope.Domain, whose
// separator is precomputed) by chain id and contract, so that a digest
// costs one hashStruct and the final Keccak. When full it starts afresh.
// The zero value is ready; it is safe for concurrent use.
type DomainCache[D any] struct {
	mu sync.RWMutex
	m  map[domainKey]D
}

// Get returns the cached domain for (chainID, contract), building it with
// newDomain on a miss.
func (c *DomainCache[D]) Get(chainID uint64, contract ethsig.Address, newDomain func(uint64, ethsig.Address) D) D {
	k := domainKey{chainID, contract}
	c.mu.RLock()
	d, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return d
	}
	d = newDomain(chainID, contract)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= DomainCacheSize {
		c.m = make(map[domainKey]D)
	}
	c.m[k] = d
	c.mu.Unlock()
	return d
}
