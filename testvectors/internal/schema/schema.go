// Package schema is the JSON shape of the project's vector files, shared by
// the generator (testvectors/gen) and the Go runner (testvectors/runner).
// testvectors/README.md describes the same shape for runners in other
// languages.
package schema

import "encoding/json"

// Format is the value of File.Format for this version of the shape.
const Format = "mailroom-vectors/1"

// File is one vector file: one operation family.
type File struct {
	Format      string   `json:"format"`
	Family      string   `json:"family"`
	Description string   `json:"description"`
	License     string   `json:"license,omitempty"`
	Sources     []string `json:"sources"`
	Vectors     []Vector `json:"vectors"`
}

// Vector is one test: Input and Expect are decoded by Type.
type Vector struct {
	ID      string          `json:"id"`
	Type    string          `json:"type"`
	Source  string          `json:"source"`
	Flags   []string        `json:"flags"`
	Comment string          `json:"comment,omitempty"`
	Input   json.RawMessage `json:"input"`
	Expect  json.RawMessage `json:"expect"`
}

// Vector types.
const (
	TKeccak         = "keccak256"
	TAddressOf      = "address_of"
	TParseAddress   = "parse_address"
	TFormatDID      = "format_did"
	TParseDID       = "parse_did"
	TSign           = "sign"
	TRecover        = "recover"
	TTypedData      = "eip712"
	TEnvelope       = "envelope_sign"
	TEnvelopeVerify = "envelope_verify"
	TVoucher        = "voucher_sign"
	TVoucherVerify  = "voucher_verify"
	TReceipt        = "receipt_sign"
	TReceiptVerify  = "receipt_verify"
	TVoucherAccept  = "voucher_accept"
	TReplay         = "replay"
	TVerifyRaw      = "ecdsa_verify_raw"
	TVerifyStrict   = "ecdsa_verify_strict"
	TVerifyDER      = "ecdsa_verify_der"
	TRecoveryID     = "ecdsa_recovery_id"
	TProtocol       = "protocol"
)

// Types lists every vector type a runner must know.
var Types = []string{TKeccak, TAddressOf, TParseAddress, TFormatDID, TParseDID, TSign, TRecover,
	TTypedData, TEnvelope, TEnvelopeVerify, TVoucher, TVoucherVerify, TReceipt, TReceiptVerify,
	TVoucherAccept, TReplay, TVerifyRaw, TVerifyStrict, TVerifyDER, TRecoveryID}

// Valid is the Result of a verification that succeeded.
const Valid = "valid"

// KeccakIn / KeccakOut: keccak256(data) == hash.
type KeccakIn struct {
	Data string `json:"data"`
}
type KeccakOut struct {
	Hash string `json:"hash"`
}

// KeyIn is a private key (address_of).
type KeyIn struct {
	PrivateKey string `json:"privateKey"`
}

// AddressOut is an expected EIP-55 address or an error kind.
type AddressOut struct {
	Address string `json:"address,omitempty"`
	Error   string `json:"error,omitempty"`
}

// AddressIn is an address string (parse_address, format_did).
type AddressIn struct {
	Address string `json:"address"`
}

// DIDIn is a DID string (parse_did).
type DIDIn struct {
	DID string `json:"did"`
}

// DIDOut is an expected DID.
type DIDOut struct {
	DID string `json:"did"`
}

// SignIn signs a digest with a private key.
type SignIn struct {
	PrivateKey string `json:"privateKey"`
	Digest     string `json:"digest"`
}

// SignOut is the pinned signature and the signer's address, or an error.
type SignOut struct {
	Signature string `json:"signature,omitempty"`
	Address   string `json:"address,omitempty"`
	Error     string `json:"error,omitempty"`
}

// RecoverIn recovers the signer of a digest.
type RecoverIn struct {
	Digest    string `json:"digest"`
	Signature string `json:"signature"`
}

// TypedDataIn is eth_signTypedData_v4 JSON, given either as its exact text
// (typedData) or, when the text is not valid UTF-8, as hex bytes
// (typedDataHex). PrivateKey, when present, signs the digest.
type TypedDataIn struct {
	TypedData    *string `json:"typedData,omitempty"`
	TypedDataHex string  `json:"typedDataHex,omitempty"`
	PrivateKey   string  `json:"privateKey,omitempty"`
}

// TypedDataOut is the expected hashing result, or an error kind.
type TypedDataOut struct {
	Digest          string            `json:"digest,omitempty"`
	DomainSeparator string            `json:"domainSeparator,omitempty"`
	MessageHash     string            `json:"messageHash,omitempty"`
	EncodeType      map[string]string `json:"encodeType,omitempty"`
	TypeHash        map[string]string `json:"typeHash,omitempty"`
	EncodedData     string            `json:"encodedData,omitempty"`
	Signature       string            `json:"signature,omitempty"`
	Address         string            `json:"address,omitempty"`
	Error           string            `json:"error,omitempty"`
}

// Request is an AgentRequest; integers are decimal strings.
type Request struct {
	Sender      string `json:"sender"`
	Recipient   string `json:"recipient"`
	PayloadHash string `json:"payloadHash"`
	Timestamp   string `json:"timestamp"`
	Nonce       string `json:"nonce"`
}

// EnvelopeIn signs an AgentRequest under (chainId, registry).
type EnvelopeIn struct {
	PrivateKey string  `json:"privateKey"`
	ChainID    string  `json:"chainId"`
	Registry   string  `json:"registry"`
	Request    Request `json:"request"`
}

// SignedOut is a protocol object's digest, pinned signature and wire JSON.
type SignedOut struct {
	Digest    string `json:"digest,omitempty"`
	Signature string `json:"signature,omitempty"`
	Wire      string `json:"wire,omitempty"`
	Error     string `json:"error,omitempty"`
}

// WireIn is the JSON wire form of a signed envelope.
type WireIn struct {
	Wire string `json:"wire"`
}

// ResultOut is "valid" or an error kind.
type ResultOut struct {
	Result string `json:"result,omitempty"`
	Error  string `json:"error,omitempty"`
}

// Voucher is a payment voucher; the amount is a decimal string.
type Voucher struct {
	ChannelID        string `json:"channelId"`
	CumulativeAmount string `json:"cumulativeAmount"`
}

// VoucherIn signs a voucher under (chainId, contract).
type VoucherIn struct {
	PrivateKey string  `json:"privateKey"`
	ChainID    string  `json:"chainId"`
	Contract   string  `json:"contract"`
	Voucher    Voucher `json:"voucher"`
}

// VoucherVerifyIn verifies a voucher's wire form against its sender.
type VoucherVerifyIn struct {
	ChainID  string `json:"chainId"`
	Contract string `json:"contract"`
	Sender   string `json:"sender"`
	Wire     string `json:"wire"`
}

// Receipt is a recipient's receipt; the amount is a decimal string.
type Receipt struct {
	RequestDigest    string `json:"requestDigest"`
	ChannelID        string `json:"channelId"`
	CumulativeAmount string `json:"cumulativeAmount"`
	ResultHash       string `json:"resultHash"`
}

// ReceiptIn signs a receipt under the request domain (chainId, registry).
type ReceiptIn struct {
	PrivateKey string  `json:"privateKey"`
	ChainID    string  `json:"chainId"`
	Registry   string  `json:"registry"`
	Receipt    Receipt `json:"receipt"`
}

// ReceiptVerifyIn verifies a receipt's wire form against its recipient.
type ReceiptVerifyIn struct {
	ChainID   string `json:"chainId"`
	Registry  string `json:"registry"`
	Recipient string `json:"recipient"`
	Wire      string `json:"wire"`
}

// VoucherAcceptIn is the voucher acceptance rule's input (decimal strings).
type VoucherAcceptIn struct {
	LastAccepted string `json:"lastAccepted"`
	Price        string `json:"price"`
	Deposit      string `json:"deposit"`
	Cumulative   string `json:"cumulative"`
}

// VoucherAcceptOut is the new accepted amount or an error kind.
type VoucherAcceptOut struct {
	Accepted string `json:"accepted,omitempty"`
	Error    string `json:"error,omitempty"`
}

// ReplayStep is one request presented to a replay guard.
type ReplayStep struct {
	Sender    string `json:"sender"`
	Nonce     string `json:"nonce"`
	Timestamp string `json:"timestamp"`
	Now       string `json:"now"`
}

// ReplayIn is a guard (window in seconds, capacity) and the steps run on it.
type ReplayIn struct {
	PastSeconds   string       `json:"pastSeconds"`
	FutureSeconds string       `json:"futureSeconds"`
	Capacity      int          `json:"capacity"`
	Steps         []ReplayStep `json:"steps"`
}

// ReplayOut has one result per step ("ok" or an error kind) and the guard's
// final Len.
type ReplayOut struct {
	Results []string `json:"results"`
	Len     int      `json:"len"`
}

// OK is a replay step's result when accepted.
const OK = "ok"

// VerifyIn is an ECDSA verification against a known public key: signature is
// raw r‖s (ecdsa_verify_raw/strict) or DER (ecdsa_verify_der); digest is
// SHA-256(msg).
type VerifyIn struct {
	PublicKey string `json:"publicKey"`
	Address   string `json:"address"`
	Msg       string `json:"msg"`
	Digest    string `json:"digest"`
	Signature string `json:"signature"`
}

// RecoveryIDIn is a valid low-s r‖s signature over digest.
type RecoveryIDIn struct {
	Digest    string `json:"digest"`
	Signature string `json:"signature"`
}

// RecoveryIDOut is the recovery id (0 or 1) that yields address.
type RecoveryIDOut struct {
	RecoveryID int    `json:"recoveryId"`
	Address    string `json:"address"`
}
