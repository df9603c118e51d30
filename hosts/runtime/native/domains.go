package native

import (
	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// domainCache keeps the runtime's request and voucher domains.
type domainCache struct {
	requests eip712.DomainCache[*envelope.Domain]
	vouchers eip712.DomainCache[*voucher.Domain]
}

func (c *domainCache) request(chainID uint64, registry ethsig.Address) *envelope.Domain {
	return c.requests.Get(chainID, registry, envelope.NewDomain)
}

func (c *domainCache) voucher(chainID uint64, contract ethsig.Address) *voucher.Domain {
	return c.vouchers.Get(chainID, contract, voucher.NewDomain)
}
