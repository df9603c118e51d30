package envelope

import (
	"strconv"

	"github.com/agentmailroom/mailroom/core/hexutil"
)

// TypedDataJSON returns r under d as eth_signTypedData_v4 JSON, for wallets
// and for checking the specialised digest against the generic eip712 path.
func (d *Domain) TypedDataJSON(r *Request) []byte {
	std := d.Standard()
	return []byte(`{"types":{"EIP712Domain":` + std.TypesJSON() +
		`,"AgentRequest":[{"name":"sender","type":"address"},{"name":"recipient","type":"address"},{"name":"payloadHash","type":"bytes32"},{"name":"timestamp","type":"uint256"},{"name":"nonce","type":"uint256"}]}` +
		`,"primaryType":"AgentRequest","domain":` + std.ValueJSON() +
		`,"message":{"sender":"` + r.Sender.String() + `","recipient":"` + r.Recipient.String() +
		`","payloadHash":"` + hexutil.Encode(r.PayloadHash[:]) + `","timestamp":"` + strconv.FormatUint(r.Timestamp, 10) +
		`","nonce":"` + strconv.FormatUint(r.Nonce, 10) + `"}}`)
}
