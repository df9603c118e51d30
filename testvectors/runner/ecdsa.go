package runner

import (
	"context"
	"fmt"
	"math/big"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/testvectors/internal/der"
	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

var (
	curveN, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	halfN     = new(big.Int).Rsh(curveN, 1)
)

// Verify is the verification procedure shared by the ecdsa_verify_* vector
// types, built on recovery only: the result is "valid" when r‖s‖v recovers to
// address for v = 27 or v = 28; otherwise the error kind of the v = 27
// attempt, else of the v = 28 attempt, else "signer_mismatch". With
// normalize, a 64-byte signature whose s lies in (n/2, n) is first replaced
// by r‖(n−s) (the raw, malleability-tolerant verify mode).
func Verify(rt api.Runtime, address string, digest, sig []byte, normalize bool) string {
	if normalize && len(sig) == 64 {
		s := new(big.Int).SetBytes(sig[32:])
		if s.Cmp(halfN) > 0 && s.Cmp(curveN) < 0 {
			sig = append(append([]byte{}, sig[:32]...), new(big.Int).Sub(curveN, s).FillBytes(make([]byte, 32))...)
		}
	}
	var kinds [2]string
	for i, v := range []byte{27, 28} {
		a, err := rt.Recover(context.Background(), digest, append(append([]byte{}, sig...), v))
		if err != nil {
			kinds[i] = kindOf(err)
			continue
		}
		if a.String() == address {
			return schema.Valid
		}
	}
	for _, k := range kinds {
		if k != "" {
			return k
		}
	}
	return string(errs.SignerMismatch)
}

func runVerify(rt api.Runtime, v *schema.Vector, mode string) (string, error) {
	var in schema.VerifyIn
	var out schema.ResultOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := resultShape(out); err != nil {
		return "", err
	}
	if _, err := mustAddr("address", in.Address); err != nil {
		return "", err
	}
	digest, err := mustHex("digest", in.Digest)
	if err != nil {
		return "", err
	}
	sig, err := mustHex("signature", in.Signature)
	if err != nil {
		return "", err
	}
	var got string
	switch mode {
	case schema.TVerifyDER:
		rs, err := der.Parse(sig)
		if err != nil {
			got = string(errs.InvalidSignature)
		} else {
			got = Verify(rt, in.Address, digest, rs, false)
		}
	default:
		got = Verify(rt, in.Address, digest, sig, mode == schema.TVerifyRaw)
	}
	want := out.Result
	if want == "" {
		want = out.Error
	}
	if got != want {
		return fmt.Sprintf("got %s, want %s", got, want), nil
	}
	return "", nil
}

func runVerifyRaw(rt api.Runtime, v *schema.Vector) (string, error) {
	return runVerify(rt, v, schema.TVerifyRaw)
}

func runVerifyStrict(rt api.Runtime, v *schema.Vector) (string, error) {
	return runVerify(rt, v, schema.TVerifyStrict)
}

func runVerifyDER(rt api.Runtime, v *schema.Vector) (string, error) {
	return runVerify(rt, v, schema.TVerifyDER)
}

// runRecoveryID checks that r‖s‖v with the given v in {0, 1} recovers the
// key, and that the other v does not.
func runRecoveryID(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.RecoveryIDIn
	var out schema.RecoveryIDOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if out.RecoveryID != 0 && out.RecoveryID != 1 {
		return "", fmt.Errorf("expect: recoveryId must be 0 or 1")
	}
	if _, err := mustAddr("address", out.Address); err != nil {
		return "", err
	}
	digest, err := mustHex("digest", in.Digest)
	if err != nil {
		return "", err
	}
	sig, err := mustHex("signature", in.Signature)
	if err != nil {
		return "", err
	}
	a, err := rt.Recover(context.Background(), digest, append(append([]byte{}, sig...), byte(out.RecoveryID)))
	if f, done := outcome(err, ""); done {
		return fmt.Sprintf("v=%d: %s", out.RecoveryID, f), nil
	}
	if f := diff(fmt.Sprintf("v=%d", out.RecoveryID), a.String(), out.Address); f != "" {
		return f, nil
	}
	other := 1 - out.RecoveryID
	if a, err := rt.Recover(context.Background(), digest, append(append([]byte{}, sig...), byte(other))); err == nil && a.String() == out.Address {
		return fmt.Sprintf("v=%d also recovers %s", other, out.Address), nil
	}
	return "", nil
}
