package store

import (
	"sync"

	"github.com/agentmailroom/mailroom/core/ethsig"
)

// appendChannel appends the JSON of a channel record exactly as
// json.Marshal(channelJSON) writes it (encodeChannelJSON), without
// reflection: one is written per accepted request.
func appendChannel(dst []byte, c *ChannelState) []byte {
	dst = append(dst, `{"sender":"`...)
	dst = appendAddress(dst, c.Sender)
	dst = append(dst, `","accepted":"`...)
	dst = appendAmount(dst, c)
	if c.Signature != (ethsig.Signature{}) {
		dst = append(dst, `","signature":"0x`...)
		const digits = "0123456789abcdef"
		for _, b := range c.Signature {
			dst = append(dst, digits[b>>4], digits[b&0xf])
		}
	}
	dst = append(dst, `","claimed":"`...)
	if c.Claimed == nil {
		dst = append(dst, '0')
	} else {
		dst = c.Claimed.Append(dst, 10)
	}
	dst = append(dst, '"')
	if c.Closed {
		dst = append(dst, `,"closed":true`...)
	}
	return append(dst, '}')
}

func appendAmount(dst []byte, c *ChannelState) []byte {
	if c.Accepted == nil {
		return append(dst, '0')
	}
	return c.Accepted.Append(dst, 10)
}

// checksummed caches the EIP-55 form of channel senders (bounded).
var checksummed struct {
	sync.Map
	mu   sync.Mutex
	size int
}

const maxChecksummed = 1 << 14

func appendAddress(dst []byte, a ethsig.Address) []byte {
	if v, ok := checksummed.Load(a); ok {
		return append(dst, v.(string)...)
	}
	s := a.String()
	checksummed.mu.Lock()
	if checksummed.size < maxChecksummed {
		checksummed.size++
		checksummed.Store(a, s)
	}
	checksummed.mu.Unlock()
	return append(dst, s...)
}
