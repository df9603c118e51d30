package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// The EIP-712 spec's Mail example, its digest and the spec's signature by
// keccak256("cow").
const (
	mailTypedData = `{"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],"Person":[{"name":"name","type":"string"},{"name":"wallet","type":"address"}],"Mail":[{"name":"from","type":"Person"},{"name":"to","type":"Person"},{"name":"contents","type":"string"}]},"primaryType":"Mail","domain":{"name":"Ether Mail","version":"1","chainId":1,"verifyingContract":"0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},"message":{"from":{"name":"Cow","wallet":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},"to":{"name":"Bob","wallet":"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},"contents":"Hello, Bob!"}}`
	mailDigest    = "0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"
	mailDomainSep = "0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f"
	mailMsgHash   = "0xc52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e"
	mailSig       = "0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b915621c"
	cowKey        = "0xc85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4"
	cowAddr       = "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"
)

func testCmdEIP712(t *testing.T, mr *mrCLI) {
	mr.write(t, "mail.json", mailTypedData)
	mr.write(t, "cow.key", cowKey+"\n")
	if got := mr.ok(t, "", "eip712", "hash", "mail.json"); got != mailDigest {
		t.Fatalf("hash = %s", got)
	}
	if got := mr.ok(t, mailTypedData, "eip712", "hash", "-"); got != mailDigest {
		t.Fatalf("hash - = %s", got)
	}
	var h struct{ Digest, DomainSeparator, MessageHash string }
	if err := json.Unmarshal([]byte(mr.ok(t, "", "eip712", "hash", "--json", "mail.json")), &h); err != nil {
		t.Fatal(err)
	}
	if h.Digest != mailDigest || h.DomainSeparator != mailDomainSep || h.MessageHash != mailMsgHash {
		t.Fatalf("hash --json = %+v", h)
	}
	if got := mr.ok(t, "", "eip712", "sign", "--key", "cow.key", "mail.json"); got != mailSig {
		t.Fatalf("sign = %s, want the spec's signature", got)
	}
	var s struct{ Signature, Signer, Digest string }
	if err := json.Unmarshal([]byte(mr.ok(t, mailTypedData, "eip712", "sign", "--key", "cow.key", "--json", "-")), &s); err != nil {
		t.Fatal(err)
	}
	if s.Signature != mailSig || s.Signer != cowAddr || s.Digest != mailDigest {
		t.Fatalf("sign --json = %+v", s)
	}
	if got := mr.ok(t, "", "eip712", "recover", "--sig", mailSig, "mail.json"); got != cowAddr {
		t.Fatalf("recover = %s", got)
	}
	// v as 0/1 is accepted on input.
	if got := mr.ok(t, "", "eip712", "recover", "--sig", mailSig[:130]+"01", "mail.json"); got != cowAddr {
		t.Fatalf("recover v=1 = %s", got)
	}
	// High-s twin: s' = n - s, v flipped. go-ethereum's Ecrecover accepts it;
	// the policy refuses it.
	highS := mailSig[:66] + "f8d666c92cfb3eac09bbc205fa0bf00eb2d7b3d4f8517d33c63c3b76ca7d2bdf" + "1b"
	mr.fails(t, "signature_high_s", "", "eip712", "recover", "--sig", highS, "mail.json")
	mr.fails(t, "invalid_recovery_id", "", "eip712", "recover", "--sig", mailSig[:130]+"1d", "mail.json")
	mr.fails(t, "invalid_signature", "", "eip712", "recover", "--sig", mailSig[:128], "mail.json")
	mr.fails(t, "invalid_signature", "", "eip712", "recover", "--sig", "zz", "mail.json")
	mr.fails(t, "invalid_input", "", "eip712", "recover", "mail.json")
	mr.fails(t, "invalid_input", "", "eip712", "sign", "mail.json")
	// Strict typed data: an undeclared field is refused with its own kind.
	bad := strings.Replace(mailTypedData, `"contents":"Hello, Bob!"`, `"contents":"Hello, Bob!","extra":1`, 1)
	mr.fails(t, "extra_field", bad, "eip712", "hash", "-")
	mr.fails(t, "extra_field", bad, "eip712", "sign", "--key", "cow.key", "-")
}
