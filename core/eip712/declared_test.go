package eip712_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/registration"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// fastMessage is one random message as its package sees it: its domain,
// the package's fast-path results and its field values for the generic
// path.
type fastMessage struct {
	domain *eip712.Domain
	values []any
	hash   [32]byte // the fast hashStruct
	digest [32]byte // the package's Digest
	err    error    // the fast path's error, if any
	json   []byte   // the package's TypedDataJSON
	sign   func(*ethsig.PrivateKey) (ethsig.Signature, error)
	verify func(sig ethsig.Signature, signer ethsig.Address) error
	// recover is the package's Recover, where it has one.
	recover func(sig ethsig.Signature) (ethsig.Address, error)
}

// messageCase is one declared message and a generator of random messages
// of it, bound to a random chain and contract; a message that names its
// own signer (sender, agent) names signer.
type messageCase struct {
	typ    *eip712.MessageType
	random func(rng *rand.Rand, chainID uint64, contract, signer ethsig.Address) fastMessage
}

// messageCases lists every message the protocol packages declare; a new
// declaration must add its case (TestEveryDeclaredMessageIsProven).
var messageCases = []messageCase{
	{envelope.Type, func(rng *rand.Rand, chainID uint64, contract, signer ethsig.Address) fastMessage {
		d := envelope.NewDomain(chainID, contract)
		r := envelope.Request{Sender: signer, Recipient: addr(rng), PayloadHash: b32(rng), Timestamp: u64(rng), Nonce: u64(rng)}
		return fastMessage{
			domain: &d.Domain, values: r.Values(), hash: r.HashStruct(), digest: d.Digest(&r), json: d.TypedDataJSON(&r),
			sign: func(k *ethsig.PrivateKey) (ethsig.Signature, error) { return d.Sign(k, &r), nil },
			verify: func(sig ethsig.Signature, signer ethsig.Address) error {
				r := r
				r.Sender = signer
				return d.Verify(&r, sig)
			},
			recover: func(sig ethsig.Signature) (ethsig.Address, error) { return d.Recover(&r, sig) },
		}
	}},
	{voucher.Type, func(rng *rand.Rand, chainID uint64, contract, signer ethsig.Address) fastMessage {
		d := voucher.NewDomain(chainID, contract)
		v := voucher.Voucher{ChannelID: b32(rng), CumulativeAmount: amount(rng)}
		h, err := v.HashStruct()
		dg, derr := d.Digest(&v)
		return fastMessage{
			domain: &d.Domain, values: v.Values(), hash: h, digest: dg, err: join(err, derr), json: d.TypedDataJSON(&v),
			sign:    func(k *ethsig.PrivateKey) (ethsig.Signature, error) { return d.Sign(k, &v) },
			verify:  func(sig ethsig.Signature, signer ethsig.Address) error { return d.Verify(&v, sig, signer) },
			recover: func(sig ethsig.Signature) (ethsig.Address, error) { return d.Recover(&v, sig) },
		}
	}},
	{receipt.Type, func(rng *rand.Rand, chainID uint64, contract, signer ethsig.Address) fastMessage {
		d := envelope.NewDomain(chainID, contract)
		r := receipt.Receipt{RequestDigest: b32(rng), ChannelID: b32(rng), CumulativeAmount: amount(rng), ResultHash: b32(rng)}
		h, err := r.HashStruct()
		dg, derr := receipt.Digest(d, &r)
		return fastMessage{
			domain: &d.Domain, values: r.Values(), hash: h, digest: dg, err: join(err, derr), json: receipt.TypedDataJSON(d, &r),
			sign:    func(k *ethsig.PrivateKey) (ethsig.Signature, error) { return receipt.Sign(d, k, &r) },
			verify:  func(sig ethsig.Signature, signer ethsig.Address) error { return receipt.Verify(d, &r, sig, signer) },
			recover: func(sig ethsig.Signature) (ethsig.Address, error) { return receipt.Recover(d, &r, sig) },
		}
	}},
	{registration.Type, func(rng *rand.Rand, chainID uint64, contract, signer ethsig.Address) fastMessage {
		d := registration.NewDomain(chainID, contract)
		c := registration.Consent{Agent: signer, Owner: addr(rng), Deadline: u64(rng)}
		return fastMessage{
			domain: &d.Domain, values: c.Values(), hash: c.HashStruct(), digest: d.Digest(&c), json: d.TypedDataJSON(&c),
			sign: func(k *ethsig.PrivateKey) (ethsig.Signature, error) { return d.Sign(k, &c), nil },
			verify: func(sig ethsig.Signature, signer ethsig.Address) error {
				c := c
				c.Agent = signer
				return d.Verify(&c, sig)
			},
		}
	}},
	{registration.ActivateType, func(rng *rand.Rand, chainID uint64, contract, signer ethsig.Address) fastMessage {
		d := registration.NewDomain(chainID, contract)
		c := registration.ActivateConsent{Agent: signer, Nonce: u64(rng), Deadline: u64(rng)}
		return fastMessage{
			domain: &d.Domain, values: c.Values(), hash: c.HashStruct(), digest: d.ActivateDigest(&c), json: d.ActivateTypedDataJSON(&c),
			sign: func(k *ethsig.PrivateKey) (ethsig.Signature, error) { return d.SignActivate(k, &c), nil },
			verify: func(sig ethsig.Signature, signer ethsig.Address) error {
				c := c
				c.Agent = signer
				return d.VerifyActivate(&c, sig)
			},
		}
	}},
	{registration.TransferType, func(rng *rand.Rand, chainID uint64, contract, signer ethsig.Address) fastMessage {
		d := registration.NewDomain(chainID, contract)
		c := registration.TransferConsent{Agent: signer, NewOwner: addr(rng), Nonce: u64(rng), Deadline: u64(rng)}
		return fastMessage{
			domain: &d.Domain, values: c.Values(), hash: c.HashStruct(), digest: d.TransferDigest(&c), json: d.TransferTypedDataJSON(&c),
			sign: func(k *ethsig.PrivateKey) (ethsig.Signature, error) { return d.SignTransfer(k, &c), nil },
			verify: func(sig ethsig.Signature, signer ethsig.Address) error {
				c := c
				c.Agent = signer
				return d.VerifyTransfer(&c, sig)
			},
		}
	}},
}

// TestEveryDeclaredMessageIsProven: each declared message has a case
// below, so none escapes the equality proof.
func TestEveryDeclaredMessageIsProven(t *testing.T) {
	have := map[string]bool{}
	for _, c := range messageCases {
		have[c.typ.Name()] = true
	}
	n := 0
	for _, typ := range eip712.Declared() {
		if typ.Name() == "DeclareTestOnly" { // TestDeclare's own
			continue
		}
		n++
		if !have[typ.Name()] {
			t.Errorf("%s is declared but not in messageCases", typ.Name())
		}
	}
	if n != len(messageCases) {
		t.Errorf("%d declared messages, %d cases", n, len(messageCases))
	}
}

// TestFastEqualsGenericEqualsJSON: for every declared message, on many
// random inputs, the package's fast path (hashStruct into a fixed buffer,
// precomputed separator), the generic scaffold path (the declaration over
// the field values) and the full typed-data JSON path (eip712.Parse of a
// document rendered independently, and of the package's TypedDataJSON;
// and DigestJSON of the message object) give the same hashStruct,
// separator and digest, or all refuse; Sign, Recover and Verify agree with
// the generic ones.
func TestFastEqualsGenericEqualsJSON(t *testing.T) {
	key, err := ethsig.PrivateKeyFromBytes(append(make([]byte, 31), 42))
	if err != nil {
		t.Fatal(err)
	}
	iters := 1000
	if testing.Short() {
		iters = 100
	}
	for ci, c := range messageCases {
		t.Run(c.typ.Name(), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(ci), 77))
			refused := 0
			for i := range iters {
				signer := addr(rng)
				if i%25 == 0 {
					signer = key.Address()
				}
				m := c.random(rng, u64(rng), addr(rng), signer)
				if m.domain.Spec() != c.typ.Domain() || m.domain.Separator() != m.domain.Standard().Separator() {
					t.Fatalf("the package's domain is not the declared one: %+v", m.domain.Standard())
				}
				gh, gerr := c.typ.HashStruct(m.values...)
				gd, gderr := c.typ.Digest(m.domain, m.values...)
				indep := eip712.IndependentTypedData(rng, m.domain, c.typ, m.values)
				if m.err != nil {
					refused++
					if errs.KindOf(gerr) != errs.KindOf(m.err) || errs.KindOf(gderr) != errs.KindOf(m.err) {
						t.Fatalf("fast path refuses with %v, generic with %v / %v", m.err, gerr, gderr)
					}
					for _, doc := range [][]byte{indep, m.json} {
						if _, err := eip712.Parse(doc); err == nil {
							t.Fatalf("fast path refuses (%v), JSON path accepts %s", m.err, doc)
						}
					}
					if _, err := c.typ.DigestJSON(m.domain, []byte(c.typ.MessageJSON(m.values...))); err == nil {
						t.Fatalf("fast path refuses (%v), DigestJSON accepts %s", m.err, c.typ.MessageJSON(m.values...))
					}
					continue
				}
				if gerr != nil || gderr != nil {
					t.Fatalf("generic path refuses %v: %v / %v", m.values, gerr, gderr)
				}
				if gh != m.hash || gd != m.digest {
					t.Fatalf("fast %x/%x != generic %x/%x for %v", m.hash, m.digest, gh, gd, m.values)
				}
				for _, msg := range [][]byte{eip712.IndependentMessageJSON(rng, c.typ, m.values), []byte(c.typ.MessageJSON(m.values...))} {
					if dg, err := c.typ.DigestJSON(m.domain, msg); err != nil || dg != m.digest {
						t.Fatalf("DigestJSON(%s) = %x, %v; want %x", msg, dg, err, m.digest)
					}
				}
				if string(m.json) != string(c.typ.TypedDataJSON(m.domain, m.values...)) {
					t.Fatalf("the package's TypedDataJSON is not the declaration's:\n%s", m.json)
				}
				for _, doc := range [][]byte{indep, m.json} {
					td, err := eip712.Parse(doc)
					if err != nil {
						t.Fatalf("JSON path refuses %s: %v", doc, err)
					}
					if td.MessageHash() != m.hash || td.DomainSeparator() != m.domain.Separator() || td.Digest() != m.digest {
						t.Fatalf("JSON path differs for %s", doc)
					}
					enc, _ := td.EncodeType(c.typ.Name())
					th, _ := td.TypeHash(c.typ.Name())
					if enc != c.typ.EncodeType() || th != c.typ.TypeHash() {
						t.Fatalf("JSON path encodeType %q / %x", enc, th)
					}
				}
				if i%25 != 0 {
					continue
				}
				sig, err := m.sign(key)
				gsig, gerr := c.typ.Sign(m.domain, key, m.values...)
				if err != nil || gerr != nil || sig != gsig || sig != m.domain.SignStruct(key, m.hash) {
					t.Fatalf("Sign: fast %x (%v), generic %x (%v)", sig, err, gsig, gerr)
				}
				if err := m.verify(sig, key.Address()); err != nil {
					t.Fatalf("fast Verify: %v", err)
				}
				if err := c.typ.Verify(m.domain, key.Address(), sig, m.values...); err != nil {
					t.Fatalf("generic Verify: %v", err)
				}
				if a, err := c.typ.Recover(m.domain, sig, m.values...); err != nil || a != key.Address() {
					t.Fatalf("generic Recover = %s, %v", a, err)
				}
				if m.recover != nil {
					if a, err := m.recover(sig); err != nil || a != key.Address() {
						t.Fatalf("fast Recover = %s, %v", a, err)
					}
				}
				other := addr(rng)
				if err := m.verify(sig, other); errs.KindOf(err) != errs.SignerMismatch {
					t.Fatalf("fast Verify, other signer: %v", err)
				}
				if err := c.typ.Verify(m.domain, other, sig, m.values...); errs.KindOf(err) != errs.SignerMismatch {
					t.Fatalf("generic Verify, other signer: %v", err)
				}
			}
			if hasAmount(c.typ) && refused == 0 {
				t.Error("no invalid amount was tried")
			}
		})
	}
}

// TestPinnedTypes: the declarations are the contracts' types.
func TestPinnedTypes(t *testing.T) {
	for _, c := range []struct {
		typ  *eip712.MessageType
		enc  string
		hash [32]byte
		dom  eip712.DomainSpec
	}{
		{envelope.Type, "AgentRequest(address sender,address recipient,bytes32 payloadHash,uint256 timestamp,uint256 nonce)", envelope.TypeHash, eip712.DomainSpec{Name: "AgentMailroomRequest", Version: "1"}},
		{voucher.Type, "Voucher(bytes32 channelId,uint256 cumulativeAmount)", voucher.TypeHash, eip712.DomainSpec{Name: "AgentPaymentChannel", Version: "1"}},
		{receipt.Type, "Receipt(bytes32 requestDigest,bytes32 channelId,uint256 cumulativeAmount,bytes32 resultHash)", receipt.TypeHash, eip712.DomainSpec{Name: "AgentMailroomRequest", Version: "1"}},
		{registration.Type, "RegisterAgent(address agent,address owner,uint256 deadline)", registration.TypeHash, eip712.DomainSpec{Name: "AgentRegistry", Version: "1"}},
		{registration.ActivateType, "ActivateAgent(address agent,uint256 nonce,uint256 deadline)", registration.ActivateTypeHash, eip712.DomainSpec{Name: "AgentRegistry", Version: "1"}},
		{registration.TransferType, "TransferAgent(address agent,address newOwner,uint256 nonce,uint256 deadline)", registration.TransferTypeHash, eip712.DomainSpec{Name: "AgentRegistry", Version: "1"}},
	} {
		if c.typ.EncodeType() != c.enc || c.typ.TypeHash() != c.hash || c.typ.Domain() != c.dom {
			t.Errorf("%s: %q %x %+v", c.typ.Name(), c.typ.EncodeType(), c.typ.TypeHash(), c.typ.Domain())
		}
		if got, ok := eip712.Lookup(c.typ.Name()); !ok || got != c.typ {
			t.Errorf("Lookup(%s) = %v, %v", c.typ.Name(), got, ok)
		}
	}
}

func hasAmount(typ *eip712.MessageType) bool {
	for _, f := range typ.Fields() {
		if f.Name == "cumulativeAmount" {
			return true
		}
	}
	return false
}

func join(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func addr(rng *rand.Rand) (a ethsig.Address) {
	for i := range a {
		a[i] = byte(rng.Uint32())
	}
	return a
}

func b32(rng *rand.Rand) (b [32]byte) {
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// u64 is a random uint64, often small or an edge.
func u64(rng *rand.Rand) uint64 {
	switch rng.IntN(5) {
	case 0:
		return 0
	case 1:
		return ^uint64(0)
	case 2:
		return 1700000000 + uint64(rng.IntN(1000))
	}
	return rng.Uint64() >> rng.IntN(64)
}

var (
	two256 = new(big.Int).Lsh(big.NewInt(1), 256)
	max256 = new(big.Int).Sub(two256, big.NewInt(1))
)

// amount is a random uint256 amount, an edge, or (1 in 10) one outside
// uint256: nil, negative or 2^256 and above.
func amount(rng *rand.Rand) *big.Int {
	switch rng.IntN(20) {
	case 0:
		return nil
	case 1:
		return big.NewInt(-1 - rng.Int64N(1000))
	case 2:
		return new(big.Int).Add(two256, big.NewInt(rng.Int64N(2)))
	case 3, 4:
		return new(big.Int)
	case 5, 6:
		return new(big.Int).Set(max256)
	case 7, 8, 9:
		return new(big.Int).SetUint64(rng.Uint64())
	}
	b := b32(rng)
	return new(big.Int).SetBytes(b[:rng.IntN(33)])
}
