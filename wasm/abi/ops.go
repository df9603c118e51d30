package abi

// The operation table: the one place an op is declared. To add an op, write
// its handler in package wasm, add a row to Ops (and, for a new section, a
// Group), then run `make abi wasm` (wasm/ABI.md §8).

// Groups are the subsections of wasm/ABI.md §5, in order.
var Groups = []Group{
	{Key: "keys", Title: "Hashing and keys",
		Notes: "`mr_sign`/`mr_recover` check the digest length (`invalid_digest`), then the\n" +
			"signature policy, then recover — the same order as hosts/runtime/native."},
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
			"the same functions as hosts/runtime/native (core/protoops), so every runtime answers\n" +
			"byte for byte alike (testvectors/protocol_*.json).",
		Notes: "`mr_recipient_inspect` decodes the headers only and says what the host must read\n" +
			"(the sender's registry record, the nonce's record, the channel); `mr_recipient_decide`\n" +
			"takes the request and that snapshot and answers an outcome (`refuse`/`replay` with the\n" +
			"response to write, `wait`, `accept` with the channel record to commit, `rerun`);\n" +
			"`mr_recipient_complete` turns the task's result into the response (receipt, or rollback).\n" +
			"Field by field: core/recipient/wire.go.\n\n" +
			"The `mr_client_*` operations are the sender's loop (core/client, docs/PROTOCOL.md §10):\n" +
			"`mr_client_plan` until `need` is `pay` — `learn-terms`: send the envelope alone and\n" +
			"read the terms from its answer (`mr_client_learn_terms`); `open`: open a channel locking\n" +
			"`deposit` with `withdrawDelay`, the state is then `{recipient, channelId, deposit,\n" +
			"cumulative: \"0\", withdrawDelay}`; `resync`: send the envelope alone and apply its\n" +
			"answer (`mr_client_resync`); `top-up`: add `deposit` to the channel and to the state's\n" +
			"`deposit`. Then count `increase` against the daily budget, `mr_client_sign` the plan's\n" +
			"`voucher` (persist the returned state before the voucher leaves), `mr_client_envelope`\n" +
			"(the `Agent-Envelope` header is base64 of its JSON) and `mr_client_payment`\n" +
			"(`PAYMENT-SIGNATURE`); deliver the same request again while `mr_client_redeliver`\n" +
			"says so; then `mr_client_handle` the answer (or `mr_client_lost`, without one: `sent`\n" +
			"false only when nothing was written to a connection). A decision's `state` is persisted\n" +
			"first (absent: the state persisted with the voucher stands), `refund` given back to\n" +
			"the budget, then `done` (the verified `receipt`), `retry` (plan again with `terms`) or\n" +
			"`fail` (`code`, `message`). An upward correction without the agent's own voucher\n" +
			"signature is `correction_unproven` and adopts nothing. `config.withdrawDelay` absent or\n" +
			"`0` is not set; `deposit` absent is 100 × price; `maxPerRequest` absent is no limit;\n" +
			"`terms.stated` is the requirement object of `PAYMENT-REQUIRED` as received (x402 form).\n" +
			"Field by field: core/client/wire.go."},
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
			"for a guard to that same instance (hosts/runtime/wazero keeps one dedicated instance\n" +
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

	// The sender's machine (core/client/wire.go).
	ClientConfig = Shape("ClientConfig", "A sender's config: its key, chain and contracts, and its policy (deposit: per new channel and top-up, default 100 × price; withdrawDelay: absent or 0 not set; maxPerRequest: absent no limit; asset: what it pays in, \"native\" (absent) or a token address, amounts in its base units).",
		F("privateKey", Key), F("chainId", Uint), F("registry", Address), F("channelContract", Address),
		Opt("deposit", Uint), Opt("withdrawDelay", Uint), Opt("maxPerRequest", Uint), Opt("asset", String))
	ClientState = Shape("ClientState", "The sender's record of its channel to one recipient: cumulative is what the recipient accepted (signature: the voucher of it), signed the highest amount ever signed.",
		F("recipient", Address), F("channelId", Bytes32), F("deposit", Uint), F("cumulative", Uint),
		Opt("signature", Signature), Opt("signed", Uint), F("withdrawDelay", Uint), Opt("uncertain", Bool), Opt("closed", Bool))
	ClientTerms = Shape("ClientTerms", "What a request pays: the price and the recipient's stated requirement (the x402 object of PAYMENT-REQUIRED, as received).",
		Opt("price", Uint), Opt("stated", JSON))
	ClientChoice = Shape("ClientChoice", "The preference chosen (its index in the request's list), its asset and the terms stated in it.",
		F("index", Int), F("asset", String), F("terms", ClientTerms))
	ClientResponse = Shape("ClientResponse", "An HTTP answer as the host read it: the status, the PAYMENT-REQUIRED and PAYMENT-RESPONSE header values and the body.",
		F("status", Int), Opt("paymentRequired", String), Opt("paymentResponse", String), Opt("body", Hex))
	ClientAttempt = Shape("ClientAttempt", "One paid request as it was sent: its number (1 first), the state signed on and the state persisted with the voucher, the terms paid, the envelope and the voucher.",
		F("n", Uint), F("before", ClientState), F("after", ClientState), F("terms", ClientTerms),
		F("envelope", SignedEnvelope), F("voucher", SignedVoucher))
	ClientPlan = Shape("ClientPlan", "The next step of a paid request: need is pay (voucher, increase), learn-terms, open (deposit, withdrawDelay), resync or top-up (deposit).",
		F("need", String), Opt("voucher", Uint), Opt("increase", Uint), Opt("deposit", Uint), Opt("withdrawDelay", Uint))
	ClientSigned = Shape("ClientSigned", "The state to persist before the voucher leaves, and the signed voucher.",
		F("state", ClientState), F("voucher", SignedVoucher))
	ClientDecision = Shape("ClientDecision", "What to do after an attempt: outcome done (receipt), retry (terms) or fail (code, message); persist state first, give refund back.",
		F("outcome", String), Opt("state", ClientState), Opt("refund", Uint), Opt("terms", ClientTerms),
		Opt("receipt", SignedReceipt), Opt("code", String), Opt("message", String))
	ClientRedelivery = Shape("ClientRedelivery", "Whether to deliver the very same request again, after backoffMs milliseconds.",
		F("again", Bool), Opt("backoffMs", Uint))
)

// Shapes are the named shapes, in the order the bindings declare them.
var Shapes = []Type{GeneratedKey, TypedDataHash, SignedTypedData, RecoveredTypedData, SignedEnvelope,
	SignedVoucher, SignedReceipt, Verified, ClientConfig, ClientState, ClientTerms, ClientResponse, ClientAttempt,
	ClientPlan, ClientSigned, ClientDecision, ClientRedelivery, ClientChoice}

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

// Example values (the key of hosts/runtime/wazero's and wasm's tests).
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

// The client examples: exKey's agent pays exOther on channel exHash1.
const (
	exClientConfig  = `{"privateKey":` + exKey + `,"chainId":"31337","registry":` + exRegistry + `,"channelContract":` + exChannels + `}`
	exClientState   = `{"recipient":` + exOther + `,"channelId":` + exHash1 + `,"deposit":"100000","cumulative":"1000","withdrawDelay":"3600"}`
	exClientSig     = `"0x529029d78b16c51ca88d7dafee203df8270f8e6fecaf54888bd74480aac5794a51c305712e74a84bfc8957fd3aacc3b0360e1e2c0aee2e43447ce26d747687281c"`
	exClientSigned  = `{"recipient":` + exOther + `,"channelId":` + exHash1 + `,"deposit":"100000","cumulative":"2000","signature":` + exClientSig + `,"signed":"2000","withdrawDelay":"3600"}`
	exClientVoucher = `{"channelId":` + exHash1 + `,"cumulativeAmount":"2000","signature":` + exClientSig + `}`
	exClientTarget  = `"http://127.0.0.1/task"`
	exClientPayload = `"0x87826b73266d8f3281716733b1b0347f62c0a44da26975f478b3f291d5384950"` // POST /task, empty body
	exClientEnv     = `{"sender":` + exAddr + `,"recipient":` + exOther + `,"payloadHash":` + exClientPayload + `,"timestamp":"1700000000","nonce":"0","chainId":"31337","verifyingContract":` + exRegistry +
		`,"signature":"0x8ce09f8a7dd1b7b7eb8de435de3dd7f96f1eb9ed9ff5eb29a1782f7c65343851148f4a6ac79d50974651e8ec823b3c507d42320e5f3d8383912e443053de6f6a1c"}`
	exClientAttempt = `{"n":"1","before":` + exClientState + `,"after":` + exClientSigned + `,"terms":{"price":"1000"},"envelope":` + exClientEnv + `,"voucher":` + exClientVoucher + `}`
	exClientStated  = `{"scheme":"mailroom-channel","network":"eip155:31337","amount":"1000","asset":"native","payTo":` + exOther + `,"maxTimeoutSeconds":60,"extra":{"channelContract":` + exChannels + `,"registry":` + exRegistry + `,"minWithdrawDelay":3600}}`
	// The receipt example: exKey's agent paid itself (the receipt needs the recipient's key).
	exClientSelfEnv = `{"sender":` + exAddr + `,"recipient":` + exAddr + `,"payloadHash":` + exClientPayload + `,"timestamp":"1700000000","nonce":"0","chainId":"31337","verifyingContract":` + exRegistry +
		`,"signature":"0x0f9783a0b4de26223c11c034aec196cd4d842d4de771478f424480d53297fd9222e5dcca04f6abb25a9fa6f063397f65e56e2889dcfc8ca0ace4842b676f6e9a1c"}`
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
		Example: Example{`{"config":{"privateKey":` + exKey + `,"chainId":"31337","registry":` + exRegistry + `,"channelContract":` + exChannels + `,"price":"1000","minWithdrawDelay":"3600"},"served":{"digest":` + exHash1 + `,"fingerprint":` + exHash2 + `,"sender":` + exOther + `,"nonce":"1","nonceExpiry":"1700000300","channelId":` + exHash3 + `,"cumulativeAmount":"1000","signature":` + exSig + `,"price":"1000"},"own":{"id":` + exHash3 + `,"sender":` + exOther + `,"accepted":"1000","claimed":"0"},"task":{"status":503,"body":"0x"}}`, ``}},
	{Name: "mr_client_plan", Handler: "opClientPlan", Group: "protocol",
		Doc: "the sender's next step on its channel (state; absent: none) at the terms: pay (the voucher and its budget increase), learn-terms, open, resync or top-up",
		Req: Obj(F("config", ClientConfig), Opt("state", ClientState), F("terms", ClientTerms)), Ok: ClientPlan,
		Note:    "(`budget_exceeded`, `withdraw_delay_too_short`)",
		Example: Example{`{"config":` + exClientConfig + `,"state":` + exClientState + `,"terms":{"price":"1000"}}`, `{"need":"pay","voucher":"2000","increase":"1000"}`}},
	{Name: "mr_client_sign", Handler: "opClientSign", Group: "protocol",
		Doc: "signs the voucher of cumulativeAmount on the state's channel: the state to persist before it leaves, and the voucher",
		Req: Obj(F("config", ClientConfig), F("state", ClientState), F("cumulativeAmount", Uint)), Ok: ClientSigned, Note: "(RFC 6979: deterministic)",
		Example: Example{`{"config":` + exClientConfig + `,"state":` + exClientState + `,"cumulativeAmount":"2000"}`, `{"state":` + exClientSigned + `,"voucher":` + exClientVoucher + `}`}},
	{Name: "mr_client_envelope", Handler: "opClientEnvelope", Group: "protocol",
		Doc: "signs the envelope of a POST of payload to url, its payloadHash binding the method, the URL's target and the payload",
		Req: Obj(F("config", ClientConfig), F("recipient", Address), F("url", String), F("payload", Hex), F("nonce", Uint), F("now", Uint)), Ok: SignedEnvelope,
		Note:    "(`Agent-Envelope` is base64 of its JSON; `invalid_input` for a URL that is not absolute)",
		Example: Example{`{"config":` + exClientConfig + `,"recipient":` + exOther + `,"url":` + exClientTarget + `,"payload":"0x","nonce":"0","now":"1700000000"}`, exClientEnv}},
	{Name: "mr_client_payment", Handler: "opClientPayment", Group: "protocol",
		Doc: "the PAYMENT-SIGNATURE value of a voucher for a request to url: x402 v2, the resource, the terms accepted and the voucher",
		Req: Obj(F("config", ClientConfig), F("url", String), F("recipient", Address), F("terms", ClientTerms), F("voucher", SignedVoucher)),
		Ok:  Type{Kind: KString, Hint: `"<PAYMENT-SIGNATURE value>"`},
		Example: Example{`{"config":` + exClientConfig + `,"url":` + exClientTarget + `,"recipient":` + exOther + `,"terms":{"price":"1500"},"voucher":{"channelId":` + exHash1 + `,"cumulativeAmount":"1500","signature":` + exVoucherSig + `}}`,
			`"eyJ4NDAyVmVyc2lvbiI6MiwicmVzb3VyY2UiOnsidXJsIjoiaHR0cDovLzEyNy4wLjAuMS90YXNrIn0sImFjY2VwdGVkIjp7InNjaGVtZSI6Im1haWxyb29tLWNoYW5uZWwiLCJuZXR3b3JrIjoiZWlwMTU1OjMxMzM3IiwiYW1vdW50IjoiMTUwMCIsImFzc2V0IjoibmF0aXZlIiwicGF5VG8iOiIweGJCYkJCQkJiYkJCQmJiYkJiYkJiYmJiQkJiQmJiYmJCYkJiYkJCYkIiLCJtYXhUaW1lb3V0U2Vjb25kcyI6NjAsImV4dHJhIjp7ImNoYW5uZWxDb250cmFjdCI6IjB4ZTdmMTcyNUU3NzM0Q0UyODhGODM2N2UxQmIxNDNFOTBiYjNGMDUxMiIsInJlZ2lzdHJ5IjoiMHg1RmJEQjIzMTU2NzhhZmVjYjM2N2YwMzJkOTNGNjQyZjY0MTgwYWEzIiwibWluV2l0aGRyYXdEZWxheSI6MzYwMH19LCJwYXlsb2FkIjp7ImNoYW5uZWxJZCI6IjB4MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMSIsImN1bXVsYXRpdmVBbW91bnQiOiIxNTAwIiwic2lnbmF0dXJlIjoiMHhiNjNmZmI0MjkyZDI4YmU4ZDYwZmY5YWMyM2I5NjA2M2VmNDRjMTM2MzIwYWRmOTUxMTZiYzFjOWE0MjhmNzgxMDZhYzExOTlmZTAwMzkwODlkZjViM2UxNWJlNjY5ZDUxZTU3YThkNDc3MjEyMjQyN2FkNTY4YmJlYTE1MWEyZTFjIn19"`}},
	{Name: "mr_client_handle", Handler: "opClientHandle", Group: "protocol",
		Doc: "the decision on an attempt's answer: done (receipt verified), retry (after a proven correction, on a new channel or after a top-up) or fail",
		Req: Obj(F("config", ClientConfig), F("attempt", ClientAttempt), F("response", ClientResponse)), Ok: ClientDecision,
		Example: Example{`{"config":` + exClientConfig + `,"attempt":` + exClientAttempt + `,"response":{"status":409,"body":"0x7b22636f6465223a226e6f6e63655f7265706c61796564222c226d657373616765223a226e6f6e63652030207761732075736564227d"}}`,
			`{"outcome":"fail","state":{"recipient":` + exOther + `,"channelId":` + exHash1 + `,"deposit":"100000","cumulative":"1000","signed":"2000","withdrawDelay":"3600"},"terms":{"price":"1000"},"code":"nonce_replayed","message":"nonce 0 was used"}`}},
	{Name: "mr_client_lost", Handler: "opClientLost", Group: "protocol",
		Doc: "the decision on an attempt without an answer: not sent restores the state and refunds the increase; sent marks the channel uncertain",
		Req: Obj(F("config", ClientConfig), F("attempt", ClientAttempt), F("sent", Bool), Opt("code", String), Opt("message", String)), Ok: ClientDecision,
		Note: "(`code` absent: `transport_error`)",
		Example: Example{`{"config":` + exClientConfig + `,"attempt":` + exClientAttempt + `,"sent":false,"code":"transport_error","message":"connection refused"}`,
			`{"outcome":"fail","state":` + exClientState + `,"refund":"1000","code":"transport_error","message":"connection refused"}`}},
	{Name: "mr_client_learn_terms", Handler: "opClientLearnTerms", Group: "protocol",
		Doc: "the terms of the 402 answering the envelope sent alone (payable to the recipient, on this chain and channel contract)",
		Req: Obj(F("config", ClientConfig), F("recipient", Address), F("response", ClientResponse)), Ok: ClientTerms,
		Example: Example{`{"config":` + exClientConfig + `,"recipient":` + exOther + `,"response":{"status":402,"paymentRequired":"eyJ4NDAyVmVyc2lvbiI6MiwiZXJyb3IiOiJwYXltZW50X3JlcXVpcmVkIiwicmVzb3VyY2UiOnsidXJsIjoiaHR0cDovLzEyNy4wLjAuMS90YXNrIn0sImFjY2VwdHMiOlt7InNjaGVtZSI6Im1haWxyb29tLWNoYW5uZWwiLCJuZXR3b3JrIjoiZWlwMTU1OjMxMzM3IiwiYW1vdW50IjoiMTAwMCIsImFzc2V0IjoibmF0aXZlIiwicGF5VG8iOiIweGJCYkJCQkJiYkJCQmJiYkJiYkJiYmJiQkJiQmJiYmJCYkJiYkJCYkIiLCJtYXhUaW1lb3V0U2Vjb25kcyI6NjAsImV4dHJhIjp7ImNoYW5uZWxDb250cmFjdCI6IjB4ZTdmMTcyNUU3NzM0Q0UyODhGODM2N2UxQmIxNDNFOTBiYjNGMDUxMiIsInJlZ2lzdHJ5IjoiMHg1RmJEQjIzMTU2NzhhZmVjYjM2N2YwMzJkOTNGNjQyZjY0MTgwYWEzIiwibWluV2l0aGRyYXdEZWxheSI6MzYwMH19XX0=","body":"0x"}}`,
			`{"price":"1000","stated":` + exClientStated + `}`}},
	{Name: "mr_client_choose", Handler: "opClientChoose", Group: "protocol",
		Doc:  "which of the assets a 402 offers to pay in: the first preference offered (payable to the recipient, on this chain and channel contract) at a price within its cap",
		Req:  Obj(F("config", ClientConfig), F("recipient", Address), F("response", ClientResponse), F("preferences", As(JSON, `[{"asset"[,"maxPerRequest"]}]`))),
		Ok:   ClientChoice,
		Note: "(`asset_mismatch`: none offered; `budget_exceeded`: offered only above the caps or what is left today)",
		Example: Example{`{"config":` + exClientConfig + `,"recipient":` + exOther + `,"response":{"status":402,"paymentRequired":"eyJ4NDAyVmVyc2lvbiI6MiwiZXJyb3IiOiJwYXltZW50X3JlcXVpcmVkIiwicmVzb3VyY2UiOnsidXJsIjoiaHR0cDovLzEyNy4wLjAuMS90YXNrIn0sImFjY2VwdHMiOlt7InNjaGVtZSI6Im1haWxyb29tLWNoYW5uZWwiLCJuZXR3b3JrIjoiZWlwMTU1OjMxMzM3IiwiYW1vdW50IjoiMTAwMCIsImFzc2V0IjoibmF0aXZlIiwicGF5VG8iOiIweGJCYkJCQkJiYkJCQmJiYkJiYkJiYmJiQkJiQmJiYmJCYkJiYkJCYkIiLCJtYXhUaW1lb3V0U2Vjb25kcyI6NjAsImV4dHJhIjp7ImNoYW5uZWxDb250cmFjdCI6IjB4ZTdmMTcyNUU3NzM0Q0UyODhGODM2N2UxQmIxNDNFOTBiYjNGMDUxMiIsInJlZ2lzdHJ5IjoiMHg1RmJEQjIzMTU2NzhhZmVjYjM2N2YwMzJkOTNGNjQyZjY0MTgwYWEzIiwibWluV2l0aGRyYXdEZWxheSI6MzYwMH19XX0=","body":"0x"},"preferences":[{"asset":"0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"},{"asset":"native","maxPerRequest":"5000"}]}`,
			`{"index":1,"asset":"native","terms":{"price":"1000","stated":` + exClientStated + `}}`}},
	{Name: "mr_client_resync", Handler: "opClientResync", Group: "protocol",
		Doc: "the state of an uncertain channel after the 402 answering the envelope sent alone: its correction applied (upward only when proven), uncertain cleared",
		Req: Obj(F("config", ClientConfig), F("state", ClientState), F("response", ClientResponse)), Ok: ClientState,
		Note: "(`correction_unproven`: the state stays as it is)",
		Example: Example{`{"config":` + exClientConfig + `,"state":{"recipient":` + exOther + `,"channelId":` + exHash1 + `,"deposit":"100000","cumulative":"2000","signed":"2000","withdrawDelay":"3600","uncertain":true},"response":{"status":402,"body":"0x7b22636f6465223a227061796d656e745f7265717569726564222c226d657373616765223a2273656e64206120766f7563686572222c22616363657074656443756d756c6174697665223a2231303030222c226368616e6e656c4964223a22307830303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303031227d"}}`,
			`{"recipient":` + exOther + `,"channelId":` + exHash1 + `,"deposit":"100000","cumulative":"1000","signed":"2000","withdrawDelay":"3600"}`}},
	{Name: "mr_client_verify_receipt", Handler: "opClientVerifyReceipt", Group: "protocol",
		Doc: "checks a PAYMENT-RESPONSE: success, a receipt over this envelope, this voucher's channel and amount and the body received, signed by the recipient",
		Req: Obj(F("config", ClientConfig), F("recipient", Address), F("paymentResponse", String), F("body", Hex), F("envelope", SignedEnvelope), F("voucher", SignedVoucher)),
		Ok:  SignedReceipt, Note: "(else `receipt_invalid`)",
		Example: Example{`{"config":` + exClientConfig + `,"recipient":` + exAddr + `,"paymentResponse":"eyJzdWNjZXNzIjp0cnVlLCJ0cmFuc2FjdGlvbiI6IiIsIm5ldHdvcmsiOiJlaXAxNTU6MzEzMzciLCJwYXllciI6IjB4Q0QyYTNkOUY5MzhFMTNDRDk0N0VjMDVBYkM3RkU3MzREZjhERDgyNiIsImV4dHJhIjp7InJlY2VpcHQiOnsicmVxdWVzdERpZ2VzdCI6IjB4YmI3ZTk5NDhhMzYxNDdiOTllYmE4NzdmNjBkM2E2NjJhMmI0MWM4NzUyZGQ4OWZkZjdlNzVlM2RiNzMxOGE0NyIsImNoYW5uZWxJZCI6IjB4MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMSIsImN1bXVsYXRpdmVBbW91bnQiOiIxNTAwIiwicmVzdWx0SGFzaCI6IjB4YWY3MjIwODkxMzMzZTI0Y2VkMWZjZDkxMzYyYjYwZGQwNzQ1OGM3N2Q2NjU4YzkyZTQzMDZlMDhlYjdhODMxNyIsInNpZ25hdHVyZSI6IjB4ZDhlOTk5ODMxYzdkODA5YTRlNzdmZmM0YzFjODlmNjJjYTU1M2U0OWRkOGE1N2U5ODc4M2U0ZWQzNzI5ZDhkMDc3OWI2OTVkNTYyYjI3M2U0NDI4NTgyMjFjMzI0ZGJlNzM4NTJhMGQyNTk0YzgwM2M2Yjc3YTg1MTA3MWVmZDMxYyJ9fX0=","body":"0x7b226f6b223a747275657d","envelope":` + exClientSelfEnv + `,"voucher":{"channelId":` + exHash1 + `,"cumulativeAmount":"1500","signature":` + exVoucherSig + `}}`,
			`{"requestDigest":"0xbb7e9948a36147b99eba877f60d3a662a2b41c8752dd89fdf7e75e3db7318a47","channelId":` + exHash1 + `,"cumulativeAmount":"1500","resultHash":"0xaf7220891333e24ced1fcd91362b60dd07458c77d6658c92e4306e08eb7a8317","signature":"0xd8e999831c7d809a4e77ffc4c1c89f62ca553e49dd8a57e98783e4ed3729d8d0779b695d562b273e442858221c324dbe73852a0d2594c803c6b77a851071efd31c"}`}},
	{Name: "mr_client_redeliver", Handler: "opClientRedeliver", Group: "protocol",
		Doc: "whether to deliver the very same envelope and voucher again after that many deliveries (response absent: the exchange failed), and the wait before it",
		Req: Obj(Opt("response", ClientResponse), F("sent", Bool), F("deliveries", Uint)), Ok: ClientRedelivery,
		Example: Example{`{"response":{"status":409,"body":"0x7b22636f6465223a22726571756573745f696e5f70726f6772657373222c226d657373616765223a227374696c6c2073657276696e67227d"},"sent":true,"deliveries":"1"}`, `{"again":true,"backoffMs":"100"}`}},
	{Name: "mr_client_prepare", Handler: "opClientPrepare", Group: "protocol",
		Doc: "the plan of a voucher of amount more than accepted on the state's channel, with no step performed (PrepareRequest): pay (the voucher and its budget increase)",
		Req: Obj(F("config", ClientConfig), Opt("state", ClientState), F("amount", Uint)), Ok: ClientPlan,
		Note:    "(`payment_required` without an open channel, `voucher_exceeds_deposit`, `budget_exceeded`)",
		Example: Example{`{"config":` + exClientConfig + `,"state":` + exClientState + `,"amount":"500"}`, `{"need":"pay","voucher":"1500","increase":"500"}`}},
	{Name: "mr_client_withdraw_delay", Handler: "opClientWithdrawDelay", Group: "protocol",
		Doc: "the withdraw delay (seconds) of a new channel to a recipient requiring at least min (absent: 0): the configured one, else 3600 or min when higher",
		Req: Obj(F("config", ClientConfig), Opt("min", Uint)), Ok: Type{Kind: KString, Hint: `"<seconds>"`},
		Note:    "(`withdraw_delay_too_short` for a configured delay below min)",
		Example: Example{`{"config":` + exClientConfig + `,"min":"7200"}`, `"7200"`}},
	{Name: "mr_recipient_claimable", Handler: "opRecipientClaimable", Group: "protocol",
		Doc: "the voucher a recipient settles a channel with (never above what it served) and what it adds over the claimed amount",
		Req: Obj(F("own", JSON)), Ok: JSON,
		Example: Example{`{"own":{"id":` + exHash3 + `,"sender":` + exOther + `,"accepted":"2000","signature":` + exSig + `,"claimed":"1000"}}`, `{"amount":"2000","signature":` + exSig + `,"unclaimed":"1000"}`}},
	{Name: "mr_recipient_mark_claimed", Handler: "opRecipientMarkClaimed", Group: "protocol",
		Doc: "a recipient's channel record after claimed (cumulative) was paid on chain, closed when the channel closed",
		Req: Obj(F("own", JSON), F("claimed", Uint), Opt("closed", Bool)), Ok: JSON,
		Example: Example{`{"own":{"id":` + exHash3 + `,"sender":` + exOther + `,"accepted":"2000","signature":` + exSig + `,"claimed":"1000"},"claimed":"2000","closed":true}`, `{"id":` + exHash3 + `,"sender":` + exOther + `,"accepted":"2000","signature":` + exSig + `,"claimed":"2000","closed":true}`}},
	{Name: "mr_recipient_render", Handler: "opRecipientRender", Group: "protocol",
		Doc: "the response to a failure the recipient host met itself (the chain, the store, the body): the code's status and error body, the terms for a payment refusal, the correction with the sender's channel record",
		Req: Obj(F("config", JSON), F("code", String), Opt("message", String), F("resourceUrl", String), Opt("sender", Address), Opt("own", JSON)), Ok: JSON,
		Example: Example{`{"config":{"privateKey":` + exKey + `,"chainId":"31337","registry":` + exRegistry + `,"channelContract":` + exChannels + `,"price":"1000","minWithdrawDelay":"3600"},"code":"store_error","message":"disk full","resourceUrl":"http://127.0.0.1/task"}`,
			`{"status":500,"header":{"Content-Type":"application/json"},"body":"0x7b22636f6465223a2273746f72655f6572726f72222c226d657373616765223a226469736b2066756c6c227d0a"}`}},
	{Name: "mr_client_adopt", Handler: "opClientAdopt", Group: "protocol",
		Doc: "the state of an existing channel (as the chain reports it, its token included) the sender takes up as its channel to recipient: from the sender to recipient, open, not closing, in the asset the sender pays in (else asset_mismatch); uncertain until the recipient says what it accepted",
		Req: Obj(F("config", ClientConfig), F("recipient", Address), F("channel", JSON)), Ok: ClientState,
		Note:    "(`channel_mismatch`, `channel_closed`, `channel_closing`, `asset_mismatch`)",
		Example: Example{`{"config":` + exClientConfig + `,"recipient":` + exOther + `,"channel":{"id":` + exHash1 + `,"sender":` + exAddr + `,"recipient":` + exOther + `,"deposit":"100000","claimed":"1000","withdrawDelay":"3600","open":true,"token":"0x0000000000000000000000000000000000000000"}}`, `{"recipient":` + exOther + `,"channelId":` + exHash1 + `,"deposit":"100000","cumulative":"1000","withdrawDelay":"3600","uncertain":true}`}},
	{Name: "mr_replay_close", Handler: "opReplayClose", Group: "replay", Stateful: true,
		Doc: "frees a guard",
		Req: Obj(guardField), Ok: Bool, Note: "(idempotent)",
		Example: Example{`{"guard":1}`, `true`},
		Go:      "guard.Close", JS: "ReplayGuard.close", Py: "ReplayGuard.close"},
}
