package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

// ethersCase is one entry of ethers' typed-data.json (and of geth's copy).
type ethersCase struct {
	Name        string          `json:"name"`
	Domain      json.RawMessage `json:"domain"`
	PrimaryType string          `json:"primaryType"`
	Types       json.RawMessage `json:"types"`
	Data        json.RawMessage `json:"data"`
	Encoded     string          `json:"encoded"`
	Digest      string          `json:"digest"`
}

func (g *gen) ethersFamily() (*family, error) {
	f := &family{file: "eip712_ethers.json", name: "eip712",
		desc:    "ethers v6 typed-data cases (all 130): encodeData of the primary type and digest. ethers omits EIP712Domain from types; the generator adds it, derived from the domain's keys in canonical order (name, version, chainId, verifyingContract, salt), because the core requires types.EIP712Domain.",
		license: "MIT (ethers-io/ethers.js test data; see third_party/ethers)", sources: []string{"third_party/ethers"}}
	raw, err := g.read("ethers/typed-data.json")
	if err != nil {
		return nil, err
	}
	var cases []ethersCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		return nil, err
	}
	if len(cases) != 130 {
		return nil, fmt.Errorf("ethers: %d cases, want 130", len(cases))
	}
	for _, c := range cases {
		dt, err := canonicalDomainType(c.Domain)
		if err != nil {
			return nil, fmt.Errorf("ethers/%s: %v", c.Name, err)
		}
		types, err := withDomainType(c.Types, dt)
		if err != nil {
			return nil, err
		}
		dom, err := compact(c.Domain)
		if err != nil {
			return nil, err
		}
		msg, err := compact(c.Data)
		if err != nil {
			return nil, err
		}
		flags := []string{"derived-eip712domain"}
		if string(dom) == "{}" {
			flags = append(flags, "empty-domain")
		}
		tc := typedCase{id: "ethers/" + c.Name, source: "ethers", flags: flags, doc: typedDoc(types, c.PrimaryType, dom, msg),
			thirdPartyOK: true, digest: c.Digest, encoded: c.Encoded,
			comment: "EIP712Domain added in canonical order from the domain's keys"}
		if err := g.addTyped(f, tc); err != nil {
			return nil, err
		}
	}
	return f, nil
}

func (g *gen) gethFamily() (*family, error) {
	f := &family{file: "eip712_geth.json", name: "eip712",
		desc:    "go-ethereum typed-data cases: signer/core/apitypes typed-data.json (123, with digests), the four digests embedded in signer/core/signed_data_test.go, the signer/core testdata requests (expfail_* must fail) and its fuzzing regressions (must not panic).",
		license: "LGPL-3.0 (derived from go-ethereum test data; see third_party/go-ethereum/COPYING.LESSER)",
		sources: []string{"third_party/go-ethereum"}}
	raw, err := g.read("go-ethereum/apitypes-typed-data.json")
	if err != nil {
		return nil, err
	}
	var cases []ethersCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		return nil, err
	}
	if len(cases) != 123 {
		return nil, fmt.Errorf("geth apitypes: %d cases, want 123", len(cases))
	}
	for _, c := range cases {
		types, err := compact(c.Types)
		if err != nil {
			return nil, err
		}
		dom, err := compact(c.Domain)
		if err != nil {
			return nil, err
		}
		msg, err := compact(c.Data)
		if err != nil {
			return nil, err
		}
		tc := typedCase{id: "geth-apitypes/" + c.Name, source: "go-ethereum", doc: typedDoc(types, c.PrimaryType, dom, msg),
			thirdPartyOK: true, digest: c.Digest, encoded: c.Encoded}
		if err := g.addTyped(f, tc); err != nil {
			return nil, err
		}
	}
	// The four embedded documents with their expected digests.
	raw, err = g.read("go-ethereum/signed_data_test-embedded.json")
	if err != nil {
		return nil, err
	}
	var emb map[string]struct {
		TypedData      json.RawMessage `json:"typedData"`
		ExpectedDigest string          `json:"expectedDigest"`
	}
	if err := json.Unmarshal(raw, &emb); err != nil {
		return nil, err
	}
	if len(emb) != 4 {
		return nil, fmt.Errorf("geth embedded: %d documents, want 4", len(emb))
	}
	for _, name := range sortedKeys(emb) {
		doc, err := compact(emb[name].TypedData)
		if err != nil {
			return nil, err
		}
		tc := typedCase{id: "geth-embedded/" + name, source: "go-ethereum", doc: doc, thirdPartyOK: true,
			digest: emb[name].ExpectedDigest}
		if err := g.addTyped(f, tc); err != nil {
			return nil, err
		}
	}
	// signer/core testdata: whole files.
	for _, name := range []string{"arrays-1", "custom_arraytype", "eip712", "expfail_arraytype_overload",
		"expfail_datamismatch_1", "expfail_extradata", "expfail_malformeddomainkeys", "expfail_nonexistant_type",
		"expfail_nonexistant_type2", "expfail_toolargeuint", "expfail_toolargeuint2", "expfail_unconvertiblefloat",
		"expfail_unconvertiblefloat2"} {
		doc, err := g.read("go-ethereum/signer-core-testdata/" + name + ".json")
		if err != nil {
			return nil, err
		}
		tc := typedCase{id: "geth-signer-core/" + name, source: "go-ethereum", doc: doc}
		if strings.HasPrefix(name, "expfail_") {
			tc.anyError, tc.comment = true, "go-ethereum: must fail to encode"
		} else {
			tc.thirdPartyOK, tc.comment = true, "go-ethereum: must encode"
			tc.decision = gethSignerCoreDecisions[name]
		}
		if err := g.addTyped(f, tc); err != nil {
			return nil, err
		}
	}
	for _, name := range []string{"2850f6ccf2d7f5f846dfb73119b60e09e712783f", "36fb987a774011dc675e1b5246ac5c1d44d84d92",
		"37ec7b55c7ba014cced204c5f9989d2d0eb9ff6d", "582fa92154b784daa1faa293b695fa388fe34bf1",
		"ab57cb2b2b5ce614efe13a47bc73814580f2cce8", "e4303e23ca34fbbc43164a232b2caa7a3af2bf8d",
		"f658340af009dd4a35abe645a00a7b732bc30921"} {
		doc, err := g.read("go-ethereum/signer-core-testdata/fuzzing/" + name)
		if err != nil {
			return nil, err
		}
		tc := typedCase{id: "geth-fuzzing/" + name, source: "go-ethereum", doc: doc, anyError: true,
			flags: []string{"fuzz-regression"}, comment: "go-ethereum fuzzing regression: must not panic or hang"}
		if err := g.addTyped(f, tc); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// gethSignerCoreDecisions explains signer/core documents that go-ethereum
// encodes and the core refuses.
var gethSignerCoreDecisions = map[string]string{
	"arrays-1": "the uint/int aliases are refused (EIP-712 has no aliases; go-ethereum reads them as uint256/int256)",
	"eip712":   "a mixed-case address must pass its EIP-55 checksum (go-ethereum ignores the case of addresses)",
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// ethAccountDecisions records, per eth-account message the library accepts
// and the core refuses, why.
var ethAccountDecisions = map[string]string{
	"eth-account/valid_for_all/valid_primary_type_is_empty_string":                                                            "primaryType must name a defined type; \"\" is not an identifier (eth-account, ethers and MetaMask hash only the domain)",
	"eth-account/valid_for_all/valid_space_in_custom_type_fieldname":                                                          "field names must be identifiers: a space would make encodeType ambiguous (all three libraries accept it)",
	"eth-account/valid_py_and_ethers/valid_missing_eip712_type_metamask_ignores_domain_data_if_domain_types_not_present":      "types.EIP712Domain is required: the domain is encoded by the type as given (eth-account and ethers derive it from the domain's keys)",
	"eth-account/valid_py_and_ethers/valid_missing_primary_type_key_and_eip712domain_type_metamask_needs_primarytype":         "primaryType is required (ethers infers the unique root type)",
	"eth-account/valid_py_and_ethers/valid_missing_primary_type_key_metamask_requires_primary_type_key":                       "primaryType is required (ethers infers the unique root type)",
	"eth-account/valid_py_and_ethers/valid_space_in_custom_type_metamask_returns_empty_string_if_non_alphanum_in_custom_type": "type names must be identifiers (eth-account and ethers accept \"Per son\")",
	"eth-account/valid_py_and_metamask/valid_eip712_example_ethers_does_not_accept_recursive_custom_types":                    "a declared field may not be missing: eth-account and MetaMask hash a missing recursive struct as zero, the core refuses (like ethers)",
	"eth-account/valid_py_and_metamask/valid_int_value_for_string_type_ethers_handles_mismatched_type_and_value_differently":  "a number given for a string is refused (eth-account and MetaMask stringify it)",
	"eth-account/valid_py_and_metamask/valid_null_value_for_custom_type_ethers_requires_non_null":                             "null structs are refused, not zero-hashed (like ethers)",
}

func (g *gen) ethAccountFamily() (*family, error) {
	f := &family{file: "eip712_eth_account.json", name: "eip712",
		desc:    "eth-account tests/eip712_messages groups (valid_for_all, valid_py_and_ethers, valid_py_and_metamask must hash unless a strict decision refuses them; invalid and one_arg_invalid must fail) and tests/fixtures (valid_* / invalid_*). The sources carry no hashes: positive expectations come from the core and are cross-checked against go-ethereum.",
		license: "MIT (ethereum/eth-account test data; see third_party/eth-account)", sources: []string{"third_party/eth-account"}}
	for _, group := range []string{"valid_for_all", "valid_py_and_ethers", "valid_py_and_metamask", "invalid", "one_arg_invalid"} {
		raw, err := g.read("eth-account/eip712_messages/" + group + ".json")
		if err != nil {
			return nil, err
		}
		var msgs map[string]json.RawMessage
		if err := json.Unmarshal(raw, &msgs); err != nil {
			return nil, err
		}
		for _, name := range sortedKeys(msgs) {
			doc, err := compact(msgs[name])
			if err != nil {
				return nil, err
			}
			id := "eth-account/" + group + "/" + name
			tc := typedCase{id: id, source: "eth-account", doc: doc, flags: []string{"eth-account-" + group}}
			if strings.HasPrefix(group, "valid") {
				tc.thirdPartyOK, tc.decision = true, ethAccountDecisions[id]
			} else {
				tc.anyError = true
			}
			if err := g.addTyped(f, tc); err != nil {
				return nil, err
			}
		}
	}
	for _, name := range []string{"invalid_message_invalid_abi_type", "invalid_message_unequal_1d_array_lengths",
		"invalid_message_unequal_array_dimensions", "invalid_message_valid_abi_type_invalid_value",
		"invalid_message_value_type_mismatch_type", "invalid_struct_identifier_message", "invalid_struct_type_message",
		"valid_eip712_example", "valid_eip712_example_with_array", "valid_eip712_example_with_multi_array",
		"valid_message_nested_structs"} {
		raw, err := g.read("eth-account/fixtures/" + name + ".json")
		if err != nil {
			return nil, err
		}
		doc, err := compact(raw)
		if err != nil {
			return nil, err
		}
		id := "eth-account-fixture/" + name
		tc := typedCase{id: id, source: "eth-account", doc: doc, flags: []string{"eth-account-fixture"}}
		if strings.HasPrefix(name, "valid") {
			tc.thirdPartyOK, tc.decision = true, ethAccountDecisions[id]
		} else {
			tc.anyError = true
		}
		if err := g.addTyped(f, tc); err != nil {
			return nil, err
		}
	}
	return f, nil
}

var sigUtilName = regexp.MustCompile(`^TypedDataUtils\.hashStruct V4 example data type "([a-z0-9]+)" should hash "(.*)" \(type "(string|number|boolean|Buffer)"\) 1$`)

// sigUtilKey signs every eth-sig-util example (their test's private key).
const sigUtilKey = "4af1bceebf7f3634ec3cff8a2c38e51178d5d4ce585c52d6043e5e2cc3418bb0"

// sigUtilDecision says why the core refuses an input eth-sig-util V4 hashes.
var sigUtilDecision = map[errs.Kind]string{
	errs.InvalidAddress:    "an address must be exactly 20 bytes of 0x-hex; eth-sig-util pads short hex and numbers",
	errs.InvalidHex:        "hex must be 0x-prefixed, even-length; eth-sig-util pads odd hex or takes bare strings",
	errs.InvalidValue:      "a value of the wrong JSON type is refused (eth-sig-util coerces numbers, strings and bools)",
	errs.UnknownType:       "the uint/int aliases are refused (EIP-712 has no aliases)",
	errs.BytesLength:       "bytesN must be exactly N bytes; eth-sig-util pads or truncates",
	errs.IntegerOutOfRange: "integers outside uintN/intN are refused; eth-sig-util encodes them",
	errs.InvalidInteger:    "integers must be JSON integers, decimal or 0x-hex strings",
}

func (g *gen) sigUtilFamily() (*family, error) {
	f := &family{file: "eip712_eth_sig_util.json", name: "eip712",
		desc:    "eth-sig-util v8 V4 example-data cases whose input is written in the test name (type Message(T data), empty domain): hashStruct and encodeData from the snapshot, and the snapshot signature with the test's key. Inputs the strict core refuses become negative vectors with the decision recorded; Buffer inputs and the 'array of all example data' cases (inputs not in the snapshot) are not included.",
		license: "ISC (MetaMask/eth-sig-util snapshot; see third_party/eth-sig-util)", sources: []string{"third_party/eth-sig-util"}}
	raw, err := g.read("eth-sig-util/sign-typed-data.snap.json")
	if err != nil {
		return nil, err
	}
	var snap map[string]string
	if err := json.Unmarshal(raw, &snap); err != nil {
		return nil, err
	}
	key, err := ethsig.ParsePrivateKey(sigUtilKey)
	if err != nil {
		return nil, err
	}
	for _, name := range sortedKeys(snap) {
		m := sigUtilName.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		typ, val, jsType := m[1], m[2], m[3]
		if jsType == "Buffer" {
			continue
		}
		var value string
		switch jsType {
		case "string":
			b, _ := json.Marshal(val)
			value = string(b)
		default: // number, boolean: the JS literal is the JSON text
			value = val
		}
		encName := strings.Replace(strings.Replace(name, "hashStruct", "encodeData", 1), `should hash "`, `should encode "`, 1)
		signName := strings.Replace(strings.Replace(name, "TypedDataUtils.hashStruct", "signTypedData", 1), `should hash "`, `should sign "`, 1)
		types := fmt.Sprintf(`{"EIP712Domain":[],"Message":[{"name":"data","type":%q}]}`, typ)
		doc := typedDoc([]byte(types), "Message", []byte(`{}`), []byte(`{"data":`+value+`}`))
		id := fmt.Sprintf("eth-sig-util/%s/%s:%s", typ, jsType, val)
		tc := typedCase{id: id, source: "eth-sig-util", doc: doc, thirdPartyOK: true, flags: []string{"empty-domain"},
			messageHash: "0x" + snap[name], key: key, signature: snap[signName],
			comment: fmt.Sprintf("eth-sig-util V4: Message(%s data) with data = %s (JS %s)", typ, val, jsType)}
		if e, ok := snap[encName]; ok {
			tc.encoded = "0x" + e
		}
		if kind, err := parseKind(doc); err != nil {
			tc.decision = sigUtilDecision[kind]
			tc.key = nil
		}
		if err := g.addTyped(f, tc); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// specFamily entries live in eip712.json with the hand-written cases.
func (g *gen) specMail(f *family) error {
	raw, err := g.read("ethereum-eips/eip712-spec-mail-example.json")
	if err != nil {
		return err
	}
	var ex struct {
		Source    string          `json:"_source"`
		TypedData json.RawMessage `json:"typedData"`
		Expected  struct {
			EncodeTypeMail   string `json:"encodeType_Mail"`
			EncodeTypeDomain string `json:"encodeType_EIP712Domain"`
			TypeHashMail     string `json:"typeHash_Mail"`
			EncodeDataMail   string `json:"encodeData_Mail"`
			HashStructMail   string `json:"hashStruct_Mail"`
			DomainSeparator  string `json:"domainSeparator"`
			Digest           string `json:"digest"`
			PrivateKey       string `json:"privateKey"`
			Address          string `json:"address"`
			Signature        struct {
				V     int    `json:"v"`
				R     string `json:"r"`
				S     string `json:"s"`
				RSV65 string `json:"rsv65"`
			} `json:"signature"`
		} `json:"expected"`
	}
	if err := json.Unmarshal(raw, &ex); err != nil {
		return err
	}
	e := ex.Expected
	key, err := ethsig.ParsePrivateKey(e.PrivateKey)
	if err != nil {
		return err
	}
	if !strings.EqualFold(key.Address().String(), e.Address) {
		return fmt.Errorf("spec: key does not match address")
	}
	if e.Signature.RSV65 != e.Signature.R+strings.TrimPrefix(e.Signature.S, "0x")+fmt.Sprintf("%02x", e.Signature.V) {
		return fmt.Errorf("spec: rsv65 does not match v/r/s")
	}
	doc, err := compact(ex.TypedData)
	if err != nil {
		return err
	}
	tc := typedCase{id: "spec/mail", source: "eip-712", doc: doc,
		comment: "EIP-712 Example.js end to end: key keccak256(\"cow\"), v/r/s from the spec",
		digest:  e.Digest, domainSep: e.DomainSeparator, messageHash: e.HashStructMail, encoded: e.EncodeDataMail,
		encodeTypes: map[string]string{"Mail": e.EncodeTypeMail, "EIP712Domain": e.EncodeTypeDomain, "Person": ""},
		key:         key, signature: e.Signature.RSV65}
	if err := g.addTyped(f, tc); err != nil {
		return err
	}
	// The typeHash of the spec must be what the core computed.
	last := f.vecs[len(f.vecs)-1].out.(schema.TypedDataOut)
	if last.TypeHash["Mail"] != e.TypeHashMail {
		return fmt.Errorf("spec: typeHash(Mail) %s, spec %s", last.TypeHash["Mail"], e.TypeHashMail)
	}
	return nil
}
