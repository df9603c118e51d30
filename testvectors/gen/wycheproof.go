package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/testvectors/internal/der"
	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

type wpFile struct {
	NumberOfTests int `json:"numberOfTests"`
	TestGroups    []struct {
		PublicKey struct {
			Uncompressed string `json:"uncompressed"`
		} `json:"publicKey"`
		Tests []struct {
			TcID    int      `json:"tcId"`
			Comment string   `json:"comment"`
			Flags   []string `json:"flags"`
			Msg     string   `json:"msg"`
			Sig     string   `json:"sig"`
			Result  string   `json:"result"`
		} `json:"tests"`
	} `json:"testGroups"`
}

// coreVerify is runner.Verify over the core (the generator's expectation).
func coreVerify(addr ethsig.Address, digest, sig []byte, normalize bool) string {
	if normalize && len(sig) == 64 {
		s := new(big.Int).SetBytes(sig[32:])
		if s.Cmp(halfN) > 0 && s.Cmp(curveN) < 0 {
			sig = append(append([]byte{}, sig[:32]...), word(new(big.Int).Sub(curveN, s))...)
		}
	}
	var kinds [2]string
	for i, v := range []byte{27, 28} {
		a, err := ethsig.RecoverBytes(digest, append(append([]byte{}, sig...), v))
		if err != nil {
			kinds[i] = string(errs.KindOf(err))
			continue
		}
		if a == addr {
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

func result(s string) schema.ResultOut {
	if s == schema.Valid {
		return schema.ResultOut{Result: s}
	}
	return schema.ResultOut{Error: s}
}

func (g *gen) readWycheproof(name string, tests int) (*wpFile, error) {
	raw, err := g.read("wycheproof/" + name)
	if err != nil {
		return nil, err
	}
	var w wpFile
	if err := json.Unmarshal(raw, &w); err != nil {
		return nil, err
	}
	n := 0
	for _, tg := range w.TestGroups {
		n += len(tg.Tests)
	}
	if n != tests || w.NumberOfTests != tests {
		return nil, fmt.Errorf("%s: %d tests, want %d", name, n, tests)
	}
	return &w, nil
}

func (g *gen) p1363Family() (*family, error) {
	f := &family{file: "wycheproof_p1363.json", name: "wycheproof",
		desc:    "Wycheproof ecdsa_secp256k1_sha256_p1363 (252 tests) in three modes built on recovery: ecdsa_verify_raw (high s normalised by the runner; expected = Wycheproof's result), ecdsa_verify_strict (EIP-2 low-s: valid high-s signatures expect signature_high_s) and ecdsa_recovery_id (valid signatures, s normalised: one of v = 0/1 yields the key).",
		license: "Apache-2.0 (C2SP/wycheproof test vectors; see third_party/wycheproof)", sources: []string{"third_party/wycheproof"}}
	w, err := g.readWycheproof("ecdsa_secp256k1_sha256_p1363_test.json", 252)
	if err != nil {
		return nil, err
	}
	for _, tg := range w.TestGroups {
		pub, err := hex.DecodeString(tg.PublicKey.Uncompressed)
		if err != nil {
			return nil, err
		}
		addr, err := ethsig.PublicKeyToAddress(pub)
		if err != nil {
			return nil, err
		}
		for _, t := range tg.Tests {
			msg, _ := hex.DecodeString(t.Msg)
			sig, err := hex.DecodeString(t.Sig)
			if err != nil {
				return nil, err
			}
			d := sha256.Sum256(msg)
			in := schema.VerifyIn{PublicKey: "0x" + tg.PublicKey.Uncompressed, Address: addr.String(), Msg: hexutil.Encode(msg), Digest: hexutil.Encode(d[:]), Signature: hexutil.Encode(sig)}
			flags := append([]string{"wycheproof-" + t.Result}, t.Flags...)
			highS := len(sig) == 64 && new(big.Int).SetBytes(sig[32:]).Cmp(halfN) > 0
			if highS {
				flags = append(flags, "high-s")
			}
			raw := coreVerify(addr, d[:], sig, true)
			// A valid signature whose nonce point has x >= n (r = x - n)
			// needs recovery id 2 or 3, which Ethereum's rules refuse.
			largeX := len(sig) == 64 && new(big.Int).Add(new(big.Int).SetBytes(sig[:32]), curveN).Cmp(fieldP) < 0
			if largeX && t.Result == "valid" && raw != schema.Valid {
				flags = append(flags, "needs-recovery-id-2-3")
				f.add(fmt.Sprintf("wycheproof-p1363/raw/tc%d", t.TcID), schema.TVerifyRaw, "wycheproof", flags, t.Comment+"; decision: valid ECDSA, but r = x(kG) - n needs recovery id 2/3, which v in {0,1,27,28} cannot express", in, result(raw))
				f.add(fmt.Sprintf("wycheproof-p1363/strict/tc%d", t.TcID), schema.TVerifyStrict, "wycheproof", flags, t.Comment+"; decision: see raw", in, result(coreVerify(addr, d[:], sig, false)))
				continue
			}
			if (raw == schema.Valid) != (t.Result == "valid") {
				return nil, fmt.Errorf("p1363 tc %d (%s): raw verify %s, Wycheproof %s", t.TcID, t.Comment, raw, t.Result)
			}
			strict := coreVerify(addr, d[:], sig, false)
			switch {
			case t.Result == "valid" && highS && strict != string(errs.SignatureHighS):
				return nil, fmt.Errorf("p1363 tc %d: strict %s, want signature_high_s", t.TcID, strict)
			case t.Result == "valid" && !highS && strict != schema.Valid, t.Result != "valid" && strict == schema.Valid:
				return nil, fmt.Errorf("p1363 tc %d: strict %s, Wycheproof %s", t.TcID, strict, t.Result)
			}
			id := fmt.Sprintf("wycheproof-p1363/%%s/tc%d", t.TcID)
			f.add(fmt.Sprintf(id, "raw"), schema.TVerifyRaw, "wycheproof", flags, t.Comment, in, result(raw))
			f.add(fmt.Sprintf(id, "strict"), schema.TVerifyStrict, "wycheproof", flags, t.Comment, in, result(strict))
			if t.Result != "valid" {
				continue
			}
			norm := append([]byte{}, sig...)
			if highS {
				copy(norm[32:], word(new(big.Int).Sub(curveN, new(big.Int).SetBytes(sig[32:]))))
			}
			rid := -1
			for v := 0; v < 2; v++ {
				if a, err := ethsig.RecoverBytes(d[:], append(append([]byte{}, norm...), byte(v))); err == nil && a == addr {
					if rid != -1 {
						return nil, fmt.Errorf("p1363 tc %d: both recovery ids yield the key", t.TcID)
					}
					rid = v
				}
			}
			if rid < 0 {
				return nil, fmt.Errorf("p1363 tc %d: no recovery id yields the key", t.TcID)
			}
			f.add(fmt.Sprintf(id, "recovery-id"), schema.TRecoveryID, "wycheproof", flags, t.Comment,
				schema.RecoveryIDIn{Digest: hexutil.Encode(d[:]), Signature: hexutil.Encode(norm)}, schema.RecoveryIDOut{RecoveryID: rid, Address: addr.String()})
		}
	}
	return f, nil
}

func (g *gen) bitcoinFamily() (*family, error) {
	f := &family{file: "wycheproof_bitcoin.json", name: "wycheproof",
		desc:    "Wycheproof ecdsa_secp256k1_sha256_bitcoin (463 tests): DER parsed strictly by the runner (failure = invalid_signature), then strict low-s verification by recovery; Wycheproof's high-s 'SignatureMalleabilityBitcoin' cases expect signature_high_s.",
		license: "Apache-2.0 (C2SP/wycheproof test vectors; see third_party/wycheproof)", sources: []string{"third_party/wycheproof"}}
	w, err := g.readWycheproof("ecdsa_secp256k1_sha256_bitcoin_test.json", 463)
	if err != nil {
		return nil, err
	}
	for _, tg := range w.TestGroups {
		pub, _ := hex.DecodeString(tg.PublicKey.Uncompressed)
		addr, err := ethsig.PublicKeyToAddress(pub)
		if err != nil {
			return nil, err
		}
		for _, t := range tg.Tests {
			msg, _ := hex.DecodeString(t.Msg)
			sig, err := hex.DecodeString(t.Sig)
			if err != nil {
				return nil, err
			}
			d := sha256.Sum256(msg)
			got := string(errs.InvalidSignature)
			rs, derErr := der.Parse(sig)
			if derErr == nil {
				got = coreVerify(addr, d[:], rs, false)
			}
			flags := append([]string{"wycheproof-" + t.Result}, t.Flags...)
			comment := t.Comment
			if derErr == nil && t.Result == "valid" && got != schema.Valid && new(big.Int).Add(new(big.Int).SetBytes(rs[:32]), curveN).Cmp(fieldP) < 0 {
				flags = append(flags, "needs-recovery-id-2-3")
				comment += "; decision: valid ECDSA, but r = x(kG) - n needs recovery id 2/3, which v in {0,1,27,28} cannot express"
			} else if (got == schema.Valid) != (t.Result == "valid") {
				return nil, fmt.Errorf("bitcoin tc %d (%s): %s, Wycheproof %s", t.TcID, t.Comment, got, t.Result)
			}
			if derErr != nil {
				flags = append(flags, "der-invalid")
			}
			in := schema.VerifyIn{PublicKey: "0x" + tg.PublicKey.Uncompressed, Address: addr.String(), Msg: hexutil.Encode(msg), Digest: hexutil.Encode(d[:]), Signature: hexutil.Encode(sig)}
			f.add(fmt.Sprintf("wycheproof-bitcoin/tc%d", t.TcID), schema.TVerifyDER, "wycheproof", flags, comment, in, result(got))
		}
	}
	return f, nil
}
