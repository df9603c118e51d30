package voucher

import "github.com/agentmailroom/mailroom/core/hexutil"

// TypedDataJSON returns v under d as eth_signTypedData_v4 JSON.
func (d *Domain) TypedDataJSON(v *Voucher) []byte {
	std := d.Standard()
	return []byte(`{"types":{"EIP712Domain":` + std.TypesJSON() +
		`,"Voucher":[{"name":"channelId","type":"bytes32"},{"name":"cumulativeAmount","type":"uint256"}]}` +
		`,"primaryType":"Voucher","domain":` + std.ValueJSON() +
		`,"message":{"channelId":"` + hexutil.Encode(v.ChannelID[:]) + `","cumulativeAmount":"` + v.CumulativeAmount.String() + `"}}`)
}
