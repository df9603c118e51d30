package abi

// The operation table: the one place an op is declared. To add an op, write
// its handler in package wasm, add a row to Ops (and, for a new section, a
// Group), then run `make abi wasm` (wasm/ABI.md §8).

// Groups are the subsections of wasm/ABI.md §5, in order.
var Groups = []Group{
	{Key: "keys", Title: "Hashing and keys",
		Notes: "`mr_sign`/`mr_recover` check the digest length (`invalid_digest`), then the\n" +
			"signature policy, then recover — the same order as hosts/native."},
	{Key: "typeddata", Title: "EIP-712 (eth_signTypedData_v4 JSON)",
		Notes: "In `mr_typed_data_sign`/`_recover` the `typedData` value is passed to the\n" +
			"EIP-712 parser byte for byte (it is embedded, not a string): a host may\n" +
			"splice the caller's JSON text in verbatim. All EIP-712 strictness (duplicate\n" +
			"keys, integer forms, invalid UTF-8, limits) is the core's."},
	{Key: "envelope", Title: "AgentRequest envelope",
		Intro: "Field names are those of the `Agent-Envelope` wire object\n(`envelope.Signed` JSON).",
		Notes: "`mr_envelope_sign` fails with `signer_mismatch` when the key's address is not\n" +
			"`sender`. `mr_envelope_verify` checks only the signature (not the recipient,\n" +
			"window or payload hash: those need the host's context; see\n" +
			"`envelope.CheckRequest`). The returned digest is the `requestDigest` of a receipt."},
	{Key: "voucher", Title: "Voucher",
		Notes: "`verifyingContract` is the payment-channel contract."},
	{Key: "receipt", Title: "Receipt (request domain)",
		Notes: "`verifyingContract` is the AgentRegistry (receipts use the AgentRequest domain)."},
	{Key: "registration", Title: "Registration consent",
		Notes: "The agent's EIP-712 consent `RegisterAgent(address agent,address owner,uint256 deadline)`\n" +
			"in the AgentRegistry's domain (`verifyingContract` is the registry): the owner\n" +
			"passes it to `registerAgent` (the contract's `agentSignature`), so that nobody\n" +
			"registers a key they do not hold; an agent registering itself needs none.\n" +
			"`deadline` is unix seconds."},
	{Key: "protocol", Title: "Protocol machines (core/recipient, core/client)",
		Intro: "The recipient's and the client's decisions (docs/PROTOCOL.md) as JSON in, JSON out;\n" +
			"the same functions as hosts/native (core/protoops), so every runtime answers\n" +
			"byte for byte alike (testvectors/protocol_*.json).",
		Notes: "`mr_recipient_inspect` decodes the headers only and says what the host must read\n" +
			"(the sender's registry record, the nonce's record, the channel); `mr_recipient_decide`\n" +
			"takes the request and that snapshot and answers an outcome (`refuse`/`replay` with the\n" +
			"response to write, `wait`, `accept` with the channel record to commit, `rerun`);\n" +
			"`mr_recipient_complete` turns the task's result into the response (receipt, or rollback).\n" +
			"Field by field: core/recipient/wire.go."},
	{Key: "replay", Title: "Replay guard (state in the guest)",
		Notes: "`capacity` is a JSON integer in [1, 2³¹−1]; window bounds are whole seconds.\n" +
			"`perSender` (optional) is the most unexpired nonces the guard holds for any\n" +
			"one sender, a JSON integer in [1, `capacity`]; absent (or `null`), it is\n" +
			"`max(capacity/16, min(capacity, 16))` (core/replay `DefaultShare`). A sender\n" +
			"holding its share gets `replay_capacity` for new nonces while other senders\n" +
			"are still admitted, so one sender cannot fill the guard. (A module older than\n" +
			"this field answers `invalid_json` \"unknown field\" when it is sent.)\n" +
			"A closed or unknown handle is `invalid_input` (\"replay guard is closed\").\n" +
			"A guard belongs to the instance that created it: a host must send every call\n" +
			"for a guard to that same instance (hosts/wazero keeps one dedicated instance\n" +
			"for guards). `now` always comes from the host."},
}

// Shared shapes (named types in every binding).
var (
	GeneratedKey = Shape("GeneratedKey", "A fresh private key and its address.",
		F("privateKey", Key), F("address", Address))
	TypedDataHash = Shape("TypedDataHash", "The EIP-712 digest of typed data and its two parts.",
		F("digest", Bytes32), F("domainSeparator", Bytes32), F("messageHash", Bytes32))
	SignedTypedData = Shape("SignedTypedData", "A typed-data signature with the hashes it signed.",
		Fields([]Field{F("signature", Signature)}, TypedDataHash.Fields)...)
	RecoveredTypedData = Shape("RecoveredTypedData", "The signer of typed data with the hashes it signed.",
		Fields([]Field{F("address", Address)}, TypedDataHash.Fields)...)
	SignedEnvelope = Shape("SignedEnvelope", "The Agent-Envelope wire object (integers as decimal strings).",
		Fields(envelopeFields, []Field{F("signature", Signature)})...)
	SignedVoucher = Shape("SignedVoucher", "A voucher's wire form (voucher.Signed JSON).",
		F("channelId", Bytes32), F("cumulativeAmount", Uint), F("signature", Signature))
	SignedReceipt = Shape("SignedReceipt", "A receipt's wire form (receipt.Signed JSON).",
		F("requestDigest", Bytes32), F("channelId", Bytes32), F("cumulativeAmount", Uint),
		F("resultHash", Bytes32), F("signature", Signature))
	Verified = Shape("Verified", "A successful verification: the digest that was signed.",
		F("digest", Bytes32))
)

// Shapes are the named shapes, in the order the bindings declare them.
var Shapes = []Type{GeneratedKey, TypedDataHash, SignedTypedData, RecoveredTypedData, SignedEnvelope,
	SignedVoucher, SignedReceipt, Verified}

// Field lists shared by a digest op and its sign op.
var (
	privateKey     = []Field{F("privateKey", Key)}
	envelopeFields = []Field{F("sender", Address), F("recipient", Address), F("payloadHash", Bytes32),
		F("timestamp", Uint), F("nonce", Uint), F("chainId", Uint), F("verifyingContract", Address)}
	voucherFields = []Field{F("chainId", Uint), F("verifyingContract", Address),
		F("channelId", Bytes32), F("cumulativeAmount", Uint)}
	receiptFields = []Field{F("chainId", Uint), F("verifyingContract", Address),
		F("requestDigest", Bytes32), F("channelId", Bytes32), F("cumulativeAmount", Uint), F("resultHash", Bytes32)}
	consentFields = []Field{F("chainId", Uint), F("verifyingContract", Address),
		F("agent", Address), F("owner", Address), F("deadline", Uint)}
	guardField = F("guard", Type{Kind: KInt, Hint: "<handle>"})
)

// Example values (the key of hosts/wazero's and wasm's tests).
const (
	exKey      = `"0xc85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4"`
	exAddr     = `"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"`
	exOther    = `"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"`
	exRegistry = `"0x5FbDB2315678afecb367f032d93F642f64180aa3"`
	exChannels = `"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"`
	exHash1    = `"0x0000000000000000000000000000000000000000000000000000000000000001"`
	exHash2    = `"0x0000000000000000000000000000000000000000000000000000000000000002"`
	exHash3    = `"0x0000000000000000000000000000000000000000000000000000000000000003"`
	exMail     = `{"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"chainId","type":"uint256"}],"Mail":[{"name":"contents","type":"string"}]},"primaryType":"Mail","domain":{"name":"Ether Mail","chainId":1},"message":{"contents":"Hello, Bob!"}}`
	exEnvelope = `"sender":` + exAddr + `,"recipient":` + exOther + `,"payloadHash":` + exHash2 +
		`,"timestamp":"1700000000","nonce":"42","chainId":"31337","verifyingContract":` + exRegistry
	exVoucher = `"chainId":"31337","verifyingContract":` + exChannels + `,"channelId":` + exHash1 + `,"cumulativeAmount":"1500"`
	exReceipt = `"chainId":"31337","verifyingContract":` + exRegistry + `,"requestDigest":` + exHash1 +
		`,"channelId":` + exHash2 + `,"cumulativeAmount":"1500","resultHash":` + exHash3
	exConsent = `"chainId":"31337","verifyingContract":` + exRegistry + `,"agent":` + exAddr + `,"owner":` + exOther + `,"deadline":"1700003600"`

	exSig         = `"0x5d2ef35d4d4b00d182845c7dc8e6f1548be1fe62e962e89fcd05a504e13ca50d72a96e005af97603d5070a544aa2413d3be8eabac4ced286811ad4b5de67be4f1b"`
	exTypedSig    = `"0xc2643dc1dcd3563bd1ba8415d52808e447fa4819f2a0e7ef10b7045afdf6c35f089da87f5c3a7a9a6f3e5a15b39577a79ba65266e522bf1435b4026cbcc897551c"`
	exEnvelopeSig = `"0x8e818f4c132d66e33dde93e653e13ccaec6159a101e8771ba23fc4b27465ebf873bd74fe8e19eccef075d2115703820cd887a4f56c9c299e5e9a5e1368c498531b"`
	exVoucherSig  = `"0xb63ffb4292d28be8d60ff9ac23b96063ef44c136320adf95116bc1c9a428f78106ac1199fe0039089df5b3e15be669d51e57a8d4772122427ad568bbea151a2e1c"`
	exReceiptSig  = `"0x5f0d17a7db2bcaa2f3c088dfbd8037d3e56c358283c6792f6b4fe372ea498de87562a7d32bdee3245924e433a2e4b444147e398d9b2d6a702748fa829ec969021b"`
)

// Ops is the table, in ABI.md order.
var Ops = []Op{
	// Hashing and keys.
	{Name: "mr_keccak256", Handler: "opKeccak256", Group: "keys",
		Doc: "keccak256 (legacy Keccak, not SHA3-256) of bytes",
		Req: Obj(F("data", Hex)), Ok: Type{Kind: KBytes32, Hint: `"0x<32 bytes>"`},
		Example: Example{`{"data":"0x"}`, `"0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"`},
		Go:      "Runtime.Keccak256", JS: "keccak256 payloadHash", Py: "Core.keccak256 Core.payload_hash"},
	{Name: "mr_generate_key", Handler: "opGenerateKey", Group: "keys",
		Doc: "a fresh private key and its address",
		Req: Obj(), Ok: GeneratedKey, Note: "(randomness from WASI `random_get`)",
		Example: Example{`{}`, ``},
		Go:      "Runtime.GenerateKey", JS: "generateKey", Py: "Core.generate_key"},
	{Name: "mr_address_of", Handler: "opAddressOf", Group: "keys",
		Doc: "the address of a private key",
		Req: Obj(privateKey...), Ok: Address,
		Example: Example{`{"privateKey":` + exKey + `}`, exAddr},
		Go:      "Runtime.AddressOf", JS: "addressOf", Py: "Core.address_of"},
	{Name: "mr_parse_address", Handler: "opParseAddress", Group: "keys",
		Doc: "validates an address and checksums it",
		Req: Obj(F("address", Type{Kind: KString, Hint: `"0x…"`})), Ok: Address, Note: "(validation + checksum; `bad_checksum` for a wrong mixed case)",
		Example: Example{`{"address":"0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826"}`, exAddr},
		Go:      "Runtime.ParseAddress", JS: "getAddress verify", Py: "Core.get_address Core.verify"},
	{Name: "mr_format_did", Handler: "opFormatDID", Group: "keys",
		Doc: "the agent DID of an address",
		Req: Obj(F("address", Address)), Ok: Type{Kind: KString, Hint: `"did:agent:eth:0x<EIP-55>"`},
		Example: Example{`{"address":` + exAddr + `}`, `"did:agent:eth:0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"`},
		Go:      "Runtime.FormatDID", JS: "toDID", Py: "Core.to_did"},
	{Name: "mr_parse_did", Handler: "opParseDID", Group: "keys",
		Doc: "the address inside an agent DID",
		Req: Obj(F("did", Type{Kind: KString, Hint: `"did:agent:eth:0x…"`})), Ok: Address,
		Example: Example{`{"did":"did:agent:eth:0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"}`, exAddr},
		Go:      "Runtime.ParseDID", JS: "parseDID", Py: "Core.parse_did"},
	{Name: "mr_sign", Handler: "opSign", Group: "keys",
		Doc: "signs a 32-byte digest",
		Req: Obj(F("privateKey", Key), F("digest", Bytes32)), Ok: Signature, Note: "(RFC 6979, low s)",
		Example: Example{`{"privateKey":` + exKey + `,"digest":` + exHash1 + `}`, exSig},
		Go:      "Runtime.Sign", JS: "sign", Py: "Core.sign"},
	{Name: "mr_recover", Handler: "opRecover", Group: "keys",
		Doc: "the address that signed a digest",
		Req: Obj(F("digest", Bytes32), F("signature", Signature)), Ok: Address,
		Example: Example{`{"digest":` + exHash1 + `,"signature":` + exSig + `}`, exAddr},
		Go:      "Runtime.Recover", JS: "recover verify", Py: "Core.recover Core.verify"},

	// EIP-712.
	{Name: "mr_typed_data_hash", Handler: "opTypedDataHash", Group: "typeddata",
		Doc: "hashes eth_signTypedData_v4 JSON",
		Req: Verbatim("the typed-data JSON itself, byte for byte (no wrapper)"), Ok: TypedDataHash,
		Example: Example{exMail, `{"digest":"0xa72418530a635f752a675f156ba20495f0c4d086f19353c18c38a5fff2bd931e","domainSeparator":"0xadf7a172164e149ca810ffc562728fed6da0da52578ddb4276b0991becb4ff34","messageHash":"0x37739cbc7c70fe5731f4215d5610ffd5094f16e07f1b9e73d16cc93463ff1831"}`},
		Go:      "Runtime.HashTypedData", JS: "hashTypedData", Py: "Core.hash_typed_data"},
	{Name: "mr_typed_data_sign", Handler: "opTypedDataSign", Group: "typeddata",
		Doc: "signs typed data",
		Req: Obj(F("privateKey", Key), F("typedData", JSON)), Ok: SignedTypedData,
		Example: Example{`{"privateKey":` + exKey + `,"typedData":` + exMail + `}`, `{"signature":"0xc2643dc1dcd3563bd1ba8415d52808e447fa4819f2a0e7ef10b7045afdf6c35f089da87f5c3a7a9a6f3e5a15b39577a79ba65266e522bf1435b4026cbcc897551c","digest":"0xa72418530a635f752a675f156ba20495f0c4d086f19353c18c38a5fff2bd931e","domainSeparator":"0xadf7a172164e149ca810ffc562728fed6da0da52578ddb4276b0991becb4ff34","messageHash":"0x37739cbc7c70fe5731f4215d5610ffd5094f16e07f1b9e73d16cc93463ff1831"}`},
		Go:      "Runtime.SignTypedData", JS: "signTypedData", Py: "Core.sign_typed_data"},
	{Name: "mr_typed_data_recover", Handler: "opTypedDataRecover", Group: "typeddata",
		Doc: "the signer of typed data",
		Req: Obj(F("typedData", JSON), F("signature", Signature)), Ok: RecoveredTypedData,
		Example: Example{`{"typedData":` + exMail + `,"signature":` + exTypedSig + `}`, `{"address":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826","digest":"0xa72418530a635f752a675f156ba20495f0c4d086f19353c18c38a5fff2bd931e","domainSeparator":"0xadf7a172164e149ca810ffc562728fed6da0da52578ddb4276b0991becb4ff34","messageHash":"0x37739cbc7c70fe5731f4215d5610ffd5094f16e07f1b9e73d16cc93463ff1831"}`},
		Go:      "Runtime.RecoverTypedData", JS: "recoverTypedData", Py: "Core.recover_typed_data"},

	// Envelopes.
	{Name: "mr_envelope_digest", Handler: "opEnvelopeDigest", Group: "envelope",
		Doc: "the EIP-712 digest of an AgentRequest",
		Req: Obj(envelopeFields...), Ok: Digest,
		Example: Example{`{` + exEnvelope + `}`, `"0xcbfdadc61288d2906b89d1474e289910016bc05e283006d5e71be84405f52541"`},
		Go:      "Runtime.EnvelopeDigest", JS: "envelopeDigest", Py: "Core.envelope_digest"},
	{Name: "mr_envelope_sign", Handler: "opEnvelopeSign", Group: "envelope",
		Doc: "signs an AgentRequest with the sender's key",
		Req: Obj(Fields(privateKey, envelopeFields)...), Ok: SignedEnvelope,
		Example: Example{`{"privateKey":` + exKey + `,` + exEnvelope + `}`, `{` + exEnvelope + `,"signature":` + exEnvelopeSig + `}`},
		Go:      "Runtime.SignEnvelope", JS: "signEnvelope", Py: "Core.sign_envelope"},
	{Name: "mr_envelope_verify", Handler: "opEnvelopeVerify", Group: "envelope",
		Doc: "checks an envelope's signature recovers to its sender",
		Req: As(SignedEnvelope, "the signed envelope exactly as on the wire"),
		Ok:  Verified, Note: "iff the signature recovers to `sender`",
		Example: Example{`{` + exEnvelope + `,"signature":` + exEnvelopeSig + `}`, `{"digest":"0xcbfdadc61288d2906b89d1474e289910016bc05e283006d5e71be84405f52541"}`},
		Go:      "Runtime.VerifyEnvelope", JS: "verifyEnvelope", Py: "Core.verify_envelope"},

	// Vouchers.
	{Name: "mr_voucher_digest", Handler: "opVoucherDigest", Group: "voucher",
		Doc: "the EIP-712 digest of Voucher(channelId, cumulativeAmount)",
		Req: Obj(voucherFields...), Ok: Digest,
		Example: Example{`{` + exVoucher + `}`, `"0x3dd53caf4b3461cc71ff7aff94bf318a27a1d16edaa20bb210e69d1c3162cac3"`},
		Go:      "Runtime.VoucherDigest", JS: "voucherDigest", Py: "Core.voucher_digest"},
	{Name: "mr_voucher_sign", Handler: "opVoucherSign", Group: "voucher",
		Doc: "signs a voucher with the channel sender's key",
		Req: Obj(Fields(privateKey, voucherFields)...), Ok: SignedVoucher,
		Example: Example{`{"privateKey":` + exKey + `,` + exVoucher + `}`, `{"channelId":` + exHash1 + `,"cumulativeAmount":"1500","signature":` + exVoucherSig + `}`},
		Go:      "Runtime.SignVoucher", JS: "signVoucher", Py: "Core.sign_voucher"},
	{Name: "mr_voucher_verify", Handler: "opVoucherVerify", Group: "voucher",
		Doc: "checks a signed voucher recovers to the channel's sender",
		Req: Obj(F("chainId", Uint), F("verifyingContract", Address), F("sender", Address), F("voucher", SignedVoucher)),
		Ok:  Verified, Note: "iff it recovers to `sender`",
		Example: Example{`{"chainId":"31337","verifyingContract":` + exChannels + `,"sender":` + exAddr +
			`,"voucher":{"channelId":` + exHash1 + `,"cumulativeAmount":"1500","signature":` + exVoucherSig + `}}`, `{"digest":"0x3dd53caf4b3461cc71ff7aff94bf318a27a1d16edaa20bb210e69d1c3162cac3"}`},
		Go: "Runtime.VerifyVoucher", JS: "verifyVoucher", Py: "Core.verify_voucher"},
	{Name: "mr_voucher_accept", Handler: "opVoucherAccept", Group: "voucher",
		Doc: "the acceptance rule lastAccepted + price ≤ cumulative ≤ deposit",
		Req: Obj(F("lastAccepted", Uint), F("price", Uint), F("deposit", Uint), F("cumulative", Uint)),
		Ok:  Type{Kind: KUint, Hint: `"<new accepted total, decimal>"`}, Note: "(`voucher_insufficient`, `voucher_exceeds_deposit`)",
		Example: Example{`{"lastAccepted":"10","price":5,"deposit":"0x64","cumulative":"15"}`, `"15"`},
		Go:      "Runtime.AcceptVoucher", JS: "acceptVoucher", Py: "Core.accept_voucher"},

	// Receipts.
	{Name: "mr_receipt_digest", Handler: "opReceiptDigest", Group: "receipt",
		Doc: "the EIP-712 digest of a Receipt",
		Req: Obj(receiptFields...), Ok: Digest,
		Example: Example{`{` + exReceipt + `}`, `"0x93113311019d753750ccf0421cfa108acb1650ec27461bea8a70050f07736fff"`},
		Go:      "Runtime.ReceiptDigest", JS: "receiptDigest", Py: "Core.receipt_digest"},
	{Name: "mr_receipt_sign", Handler: "opReceiptSign", Group: "receipt",
		Doc: "signs a receipt with the recipient's key",
		Req: Obj(Fields(privateKey, receiptFields)...), Ok: SignedReceipt,
		Example: Example{`{"privateKey":` + exKey + `,` + exReceipt + `}`, `{"requestDigest":"0x0000000000000000000000000000000000000000000000000000000000000001","channelId":"0x0000000000000000000000000000000000000000000000000000000000000002","cumulativeAmount":"1500","resultHash":"0x0000000000000000000000000000000000000000000000000000000000000003","signature":"0x5f0d17a7db2bcaa2f3c088dfbd8037d3e56c358283c6792f6b4fe372ea498de87562a7d32bdee3245924e433a2e4b444147e398d9b2d6a702748fa829ec969021b"}`},
		Go:      "Runtime.SignReceipt", JS: "signReceipt", Py: "Core.sign_receipt"},
	{Name: "mr_receipt_verify", Handler: "opReceiptVerify", Group: "receipt",
		Doc: "checks a signed receipt recovers to the recipient",
		Req: Obj(F("chainId", Uint), F("verifyingContract", Address), F("recipient", Address), F("receipt", SignedReceipt)),
		Ok:  Verified, Note: "iff it recovers to `recipient`",
		Example: Example{`{"chainId":"31337","verifyingContract":` + exRegistry + `,"recipient":` + exAddr + `,"receipt":{"requestDigest":` + exHash1 + `,"channelId":` + exHash2 + `,"cumulativeAmount":"1500","resultHash":` + exHash3 + `,"signature":` + exReceiptSig + `}}`, `{"digest":"0x93113311019d753750ccf0421cfa108acb1650ec27461bea8a70050f07736fff"}`},
		Go:      "Runtime.VerifyReceipt", JS: "verifyReceipt", Py: "Core.verify_receipt"},

	// Registration consent.
	{Name: "mr_registration_digest", Handler: "opRegistrationDigest", Group: "registration",
		Doc: "the EIP-712 digest of the agent's consent RegisterAgent(agent, owner, deadline)",
		Req: Obj(consentFields...), Ok: Digest,
		Example: Example{`{` + exConsent + `}`, `"0xc4c07ae4f9b407a4ffd8075f01837a184239dd7a9af5b705352f442b74b4c7d6"`},
		Go:      "Runtime.RegistrationDigest", JS: "registrationDigest", Py: "Core.registration_digest"},
	{Name: "mr_registration_sign", Handler: "opRegistrationSign", Group: "registration",
		Doc: "signs the registration consent with the agent's key",
		Req: Obj(Fields(privateKey, consentFields)...), Ok: Signature, Note: "; `signer_mismatch` unless the key is `agent`'s",
		Example: Example{`{"privateKey":` + exKey + `,` + exConsent + `}`, `"0x85a5b7d2edc33eeb1b103697aa36db6faedeb37112a46e27c0aa25c6d0ec586f795d896dbf309efb2efd795c11c297a79ac0247690e19b1307195b0c21d53f1e1b"`},
		Go:      "Runtime.SignRegistration", JS: "signRegistration", Py: "Core.sign_registration"},

	// Replay guards.
	{Name: "mr_replay_new", Handler: "opReplayNew", Group: "replay", Stateful: true,
		Doc:     "creates a replay guard in the guest",
		Req:     Obj(F("pastSeconds", Uint), F("futureSeconds", Uint), F("capacity", Int), Opt("perSender", Int)),
		Ok:      Type{Kind: KInt, Show: "`<handle>` (JSON number ≥ 1)"},
		Example: Example{`{"pastSeconds":300,"futureSeconds":30,"capacity":4}`, `1`},
		Go:      "Runtime.NewReplayGuard Runtime.NewReplayGuardWithShare", JS: "ReplayGuard", Py: "Core.replay_guard ReplayGuard"},
	{Name: "mr_replay_use", Handler: "opReplayUse", Group: "replay", Stateful: true,
		Doc: "accepts and records (sender, nonce) at unix time now",
		Req: Obj(guardField, F("sender", Address), F("nonce", Uint), F("timestamp", Uint), F("now", Uint)),
		Ok:  Bool, Note: "when accepted and recorded (`timestamp_expired`, `timestamp_future`, `nonce_replayed`, `replay_capacity`)",
		Example: Example{`{"guard":1,"sender":` + exAddr + `,"nonce":"1","timestamp":"100","now":"100"}`, `true`},
		Go:      "guard.Use", JS: "ReplayGuard.use", Py: "ReplayGuard.use"},
	{Name: "mr_replay_len", Handler: "opReplayLen", Group: "replay", Stateful: true,
		Doc: "the number of nonces a guard remembers",
		Req: Obj(guardField), Ok: Type{Kind: KInt, Show: "`<remembered nonces>` (JSON number)"},
		Example: Example{`{"guard":1}`, `1`},
		Go:      "guard.Len", JS: "ReplayGuard.size", Py: "ReplayGuard.__len__"},
	{Name: "mr_request_payload_hash", Handler: "opRequestPayloadHash", Group: "protocol",
		Doc: "the payloadHash of an HTTP request: keccak256(keccak256(method) ‖ keccak256(target) ‖ keccak256(body))",
		Req: Obj(F("method", String), F("target", String), F("body", Hex)), Ok: Bytes32,
		Example: Example{`{"method":"POST","target":"/task","body":"0x7b227461736b223a226175646974227d"}`, `"0x6f2529caa9dd3cd4854fb5c4aca79d67cae4ca86e0ba176b1c7f0c4f9da3d98e"`}},
	{Name: "mr_recipient_inspect", Handler: "opRecipientInspect", Group: "protocol",
		Doc: "what a recipient host must look up for a request (headers decoded, nothing verified)",
		Req: Obj(F("request", JSON)), Ok: JSON,
		Example: Example{`{"request":{"method":"POST","target":"/task","body":"0x"}}`, `{"ok":false}`}},
	{Name: "mr_recipient_decide", Handler: "opRecipientDecide", Group: "protocol",
		Doc: "the recipient's decision on a request, given the host's snapshot",
		Req: Obj(F("config", JSON), F("request", JSON), F("now", Uint), F("resourceUrl", String), F("snapshot", JSON)), Ok: JSON,
		Example: Example{`{"config":{"privateKey":` + exKey + `,"chainId":"31337","registry":` + exRegistry + `,"channelContract":` + exChannels + `,"price":"1000","minWithdrawDelay":"3600"},"request":{"method":"POST","target":"/task","body":"0x"},"now":"1700000000","resourceUrl":"http://127.0.0.1/task","snapshot":{"sender":{"registered":false,"active":false},"flags":{}}}`, ``}},
	{Name: "mr_recipient_complete", Handler: "opRecipientComplete", Group: "protocol",
		Doc: "the response to a served request: its receipt, or the rollback of its charge",
		Req: Obj(F("config", JSON), F("served", JSON), F("own", JSON), Opt("held", JSON), F("task", JSON)), Ok: JSON,
		Example: Example{`{"config":{"privateKey":` + exKey + `,"chainId":"31337","registry":` + exRegistry + `,"channelContract":` + exChannels + `,"price":"1000","minWithdrawDelay":"3600"},"served":{"digest":` + exHash1 + `,"fingerprint":` + exHash2 + `,"sender":` + exOther + `,"nonce":"1","nonceExpiry":"1700000300","channelId":` + exHash3 + `,"cumulativeAmount":"1000","signature":` + exSig + `},"own":{"id":` + exHash3 + `,"sender":` + exOther + `,"accepted":"1000","claimed":"0"},"task":{"status":503,"body":"0x"}}`, ``}},
	{Name: "mr_replay_close", Handler: "opReplayClose", Group: "replay", Stateful: true,
		Doc: "frees a guard",
		Req: Obj(guardField), Ok: Bool, Note: "(idempotent)",
		Example: Example{`{"guard":1}`, `true`},
		Go:      "guard.Close", JS: "ReplayGuard.close", Py: "ReplayGuard.close"},
}
