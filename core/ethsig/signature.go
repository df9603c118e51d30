package ethsig

import (
	"github.com/decred/dcrd/dcrec/secp256k1/v4"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/hexutil"
)

// SignatureLength is the size of an r‖s‖v signature.
const SignatureLength = 65

// Signature is a validated r‖s‖v signature with v normalized to 27 or 28.
type Signature [SignatureLength]byte

// SignatureFromBytes validates b against the signature rules and returns it
// with v normalized to 27/28.
func SignatureFromBytes(b []byte) (Signature, error) {
	var sig Signature
	if len(b) != SignatureLength {
		return sig, errs.New(errs.InvalidSignature, "signature must be 65 bytes r‖s‖v, got %d", len(b))
	}
	copy(sig[:], b)
	switch sig[64] {
	case 0, 1:
		sig[64] += 27
	case 27, 28:
	default:
		return Signature{}, errs.New(errs.InvalidRecoveryID, "signature v must be 0, 1, 27 or 28, got %d", b[64])
	}
	var r, s secp256k1.ModNScalar
	if r.SetByteSlice(sig[:32]) || r.IsZero() {
		return Signature{}, errs.New(errs.SignatureOutOfRange, "signature r is zero or not below the curve order")
	}
	if s.SetByteSlice(sig[32:64]) || s.IsZero() {
		return Signature{}, errs.New(errs.SignatureOutOfRange, "signature s is zero or not below the curve order")
	}
	if s.IsOverHalfOrder() {
		return Signature{}, errs.New(errs.SignatureHighS, "signature s is above n/2 (EIP-2 malleable form)")
	}
	return sig, nil
}

// ParseSignature parses 0x-prefixed hex of a 65-byte signature.
func ParseSignature(s string) (Signature, error) {
	b, err := hexutil.Decode(s)
	if err != nil {
		return Signature{}, errs.New(errs.InvalidSignature, "signature is not 0x hex: %s", errs.Message(err))
	}
	return SignatureFromBytes(b)
}

// Hex returns the 0x-prefixed hex form.
func (s Signature) Hex() string { return hexutil.Encode(s[:]) }

// String is Hex.
func (s Signature) String() string { return s.Hex() }

// Bytes returns a copy of the 65 bytes.
func (s Signature) Bytes() []byte { b := s; return b[:] }

// MarshalText encodes as hex.
func (s Signature) MarshalText() ([]byte, error) { return []byte(s.Hex()), nil }

// UnmarshalText parses with ParseSignature.
func (s *Signature) UnmarshalText(b []byte) error {
	p, err := ParseSignature(string(b))
	if err != nil {
		return err
	}
	*s = p
	return nil
}
