package native_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
)

// Example keys. Real agents load theirs from a key file (mailroom keygen)
// or draw one with Runtime.GenerateKey.
var (
	alicePriv, _ = hexutil.Decode("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	bobPriv, _   = hexutil.Decode("0x8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f")
	registryAddr = ethsig.Address{0x5f, 0xbd, 0xb2, 0x31, 0x56, 0x78, 0xaf, 0xec, 0xb3, 0x67, 0xf0, 0x32, 0xd9, 0x3f, 0x64, 0x2f, 0x64, 0x18, 0x0a, 0xa3}
	channelAddr  = ethsig.Address{0xe7, 0xf1, 0x72, 0x5e, 0x77, 0x34, 0xce, 0x28, 0x8f, 0x83, 0x67, 0xe1, 0xbb, 0x14, 0x3e, 0x90, 0xbb, 0x3f, 0x05, 0x12}
)

// The sender signs an AgentRequest envelope over the exact request body;
// the recipient decodes the Agent-Envelope JSON, applies the cheap checks
// (recipient, window, payload hash), verifies the signature, then records
// the nonce.
func Example_envelope() {
	rt := native.New()
	defer rt.Close()
	alice, _ := rt.AddressOf(context.Background(), alicePriv)
	bob, _ := rt.AddressOf(context.Background(), bobPriv)

	// Sender side.
	body := []byte(`{"task":"summarise","url":"https://example.com"}`)
	req := &envelope.Request{
		Sender:      alice,
		Recipient:   bob,
		PayloadHash: envelope.RequestPayloadHash("POST", "/task", body), // binds method, target and body
		Timestamp:   1_700_000_000,
		Nonce:       0, // per-recipient counter
	}
	signed, err := rt.SignEnvelope(context.Background(), alicePriv, 31337, registryAddr, req)
	if err != nil {
		panic(err)
	}
	header, _ := json.Marshal(signed) // goes base64-encoded into Agent-Envelope

	// Recipient side.
	got, err := envelope.Decode(header)
	if err != nil {
		panic(err)
	}
	now := uint64(1_700_000_010)
	if err := envelope.CheckRequest(&got.Request, bob, replay.DefaultWindow, now, "POST", "/task", body); err != nil {
		panic(err)
	}
	if err := rt.VerifyEnvelope(context.Background(), got); err != nil {
		panic(err)
	}
	fmt.Println("from", got.Sender)
	fmt.Println("signature", got.Signature)

	// A tampered body no longer matches payloadHash.
	err = envelope.CheckRequest(&got.Request, bob, replay.DefaultWindow, now, "POST", "/task", []byte(`{"task":"other"}`))
	fmt.Println(errs.KindOf(err))
	// Output:
	// from 0x2c7536E3605D9C16a7a3D7b1898e529396a65c23
	// signature 0x064138f964f7541aded5c8c98c373a4d2b44c319503193b9bb332bcb685c87650ac35f2d6fbb8622b5f4c0f17f0e70775c524707c27c27d49c54fc5f628a2dd11b
	// payload_mismatch
}

// The payer signs a cumulative voucher for the channel; the recipient
// verifies it against the channel's sender and applies the acceptance rule
// (last accepted + price <= amount <= deposit).
func Example_voucher() {
	rt := native.New()
	defer rt.Close()
	alice, _ := rt.AddressOf(context.Background(), alicePriv)

	channelID, _ := hexutil.DecodeFixed("0x5b38da6a701c568545dcfcb03fcb875f56beddc4000000000000000000000001", 32)
	v := &voucher.Voucher{ChannelID: [32]byte(channelID), CumulativeAmount: big.NewInt(3_000_000_000_000_000)}
	signed, err := rt.SignVoucher(context.Background(), alicePriv, 31337, channelAddr, v)
	if err != nil {
		panic(err)
	}
	wire, _ := json.Marshal(signed) // the payload of PAYMENT-SIGNATURE

	got, err := voucher.Decode(wire)
	if err != nil {
		panic(err)
	}
	if err := rt.VerifyVoucher(context.Background(), 31337, channelAddr, got, alice); err != nil {
		panic(err)
	}
	lastAccepted := big.NewInt(2_000_000_000_000_000)
	price := big.NewInt(1_000_000_000_000_000)
	deposit := big.NewInt(10_000_000_000_000_000)
	accepted, err := rt.AcceptVoucher(context.Background(), lastAccepted, price, deposit, got.CumulativeAmount)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(wire))
	fmt.Println("accepted", accepted)

	// Replaying the same voucher does not pay for another request.
	_, err = rt.AcceptVoucher(context.Background(), accepted, price, deposit, got.CumulativeAmount)
	fmt.Println(errs.KindOf(err))
	// Output:
	// {"channelId":"0x5b38da6a701c568545dcfcb03fcb875f56beddc4000000000000000000000001","cumulativeAmount":"3000000000000000","signature":"0x9cbd62c54b2f7b406ee7f4a9b8ebb5e684166443a132d4433bd1155e250455f421609ca7bef78d6885b9a1f15fe1044d4d3c2bf9c07f9697cfe7741e8be914f81b"}
	// accepted 3000000000000000
	// voucher_insufficient
}

// The recipient signs a receipt for the request it served; the sender
// verifies it against the recipient's address.
func Example_receipt() {
	rt := native.New()
	defer rt.Close()
	bob, _ := rt.AddressOf(context.Background(), bobPriv)

	requestDigest, _ := rt.EnvelopeDigest(context.Background(), 31337, registryAddr, &envelope.Request{Recipient: bob, Timestamp: 1_700_000_000})
	r := &receipt.Receipt{
		RequestDigest:    requestDigest,
		ChannelID:        [32]byte{31: 1},
		CumulativeAmount: big.NewInt(3_000_000_000_000_000),
		ResultHash:       envelope.PayloadHash([]byte(`{"summary":"..."}`)),
	}
	signed, err := rt.SignReceipt(context.Background(), bobPriv, 31337, registryAddr, r)
	if err != nil {
		panic(err)
	}
	if err := rt.VerifyReceipt(context.Background(), 31337, registryAddr, signed, bob); err != nil {
		panic(err)
	}
	fmt.Println("receipt signed by", bob)
	fmt.Println("signature", signed.Signature)
	// Output:
	// receipt signed by 0x63FaC9201494f0bd17B9892B9fae4d52fe3BD377
	// signature 0x97719183c173c5ece42470a91794ca8f88b218f2e609b1c42f6041135673e571315bb612159f16f7ffaea5c6b90e3956adbf30122639b9e1d62b255b909344181c
}

// A replay guard remembers (sender, nonce) while the timestamp is inside
// the window, and refuses new nonces when full rather than forgetting
// unexpired ones.
func Example_replayGuard() {
	rt := native.New()
	defer rt.Close()
	alice, _ := rt.AddressOf(context.Background(), alicePriv)

	g, err := rt.NewReplayGuard(context.Background(), api.Window{Past: 300 * time.Second, Future: 30 * time.Second}, 2)
	if err != nil {
		panic(err)
	}
	defer g.Close()

	now := uint64(1_700_000_000)
	fmt.Println(g.Use(context.Background(), alice, 0, now, now))                  // first use
	fmt.Println(errs.KindOf(g.Use(context.Background(), alice, 0, now, now)))     // replay
	fmt.Println(errs.KindOf(g.Use(context.Background(), alice, 1, now-600, now))) // too old
	fmt.Println(g.Use(context.Background(), alice, 1, now, now))
	fmt.Println(errs.KindOf(g.Use(context.Background(), alice, 2, now, now))) // full: fails closed
	later := now + 301                                                        // nonces 0 and 1 have expired
	fmt.Println(g.Use(context.Background(), alice, 2, later, later))
	// Output:
	// <nil>
	// nonce_replayed
	// timestamp_expired
	// <nil>
	// replay_capacity
	// <nil>
}

// Recover finds the signer of any 32-byte digest, here an EIP-712 digest
// from eth_signTypedData_v4 JSON.
func ExampleRuntime_Recover() {
	rt := native.New()
	defer rt.Close()
	typedData := []byte(`{"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"chainId","type":"uint256"}],"Hello":[{"name":"to","type":"string"}]},"primaryType":"Hello","domain":{"name":"demo","chainId":1},"message":{"to":"world"}}`)
	sig, h, err := rt.SignTypedData(context.Background(), alicePriv, typedData)
	if err != nil {
		panic(err)
	}
	signer, err := rt.Recover(context.Background(), h.Digest[:], sig[:])
	if err != nil {
		panic(err)
	}
	fmt.Println(hexutil.Encode(h.Digest[:]))
	fmt.Println(signer)
	// Output:
	// 0x8b3eeea24e82f0a1ccc508b23da4367ce2fe256fcf0b32600cd87433de288d09
	// 0x2c7536E3605D9C16a7a3D7b1898e529396a65c23
}
