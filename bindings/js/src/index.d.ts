// Type declarations for @agentmailroom/core. The wire shapes and the raw
// stubs (`ops`) are generated from wasm/abi/ops.go into ops.gen.d.ts.

import type { Ops } from './ops.gen.js';
export type {
  GeneratedKey, TypedDataHash, SignedTypedData, RecoveredTypedData, SignedEnvelope, SignedVoucher, SignedReceipt, Verified,
} from './ops.gen.js';
import type {
  GeneratedKey, TypedDataHash, SignedTypedData, RecoveredTypedData, SignedEnvelope, SignedVoucher, SignedReceipt, Verified,
} from './ops.gen.js';
/** The generated request and reply types of every operation (abi.Keccak256Request, …). */
export type * as abi from './ops.gen.js';

/** 0x-prefixed hex text. */
export type Hex = `0x${string}`;
/** Bytes as 0x-hex text or a Uint8Array. */
export type BytesLike = Hex | string | Uint8Array;
/** An integer: bigint, a safe-integer number, or a decimal / 0x-hex string. */
export type IntLike = bigint | number | string;
/** eth_signTypedData_v4 JSON: text or UTF-8 bytes (used byte for byte), or an object (bigints become decimal strings). */
export type TypedDataInput = string | Uint8Array | TypedData;

export interface TypedDataField { name: string; type: string }
export interface TypedData {
  types: Record<string, TypedDataField[]>;
  primaryType: string;
  domain: Record<string, unknown>;
  message: Record<string, unknown>;
}

/** Every failure: `code` is the core's error kind (e.g. "signature_high_s", "bad_checksum", "signer_mismatch"). */
export class MailroomError extends Error {
  constructor(code: string, message: string, options?: { cause?: unknown });
  readonly name: 'MailroomError';
  readonly code: string;
  /** The message without the code prefix. */
  readonly detail: string;
}

/** Where to load mailroom.wasm from (default: the copy shipped in the package). */
export type InitSource = undefined | null | string | URL | Response | ArrayBuffer | ArrayBufferView | WebAssembly.Module;
export interface InitOptions {
  /** Use the package's own WASI shim even where node:wasi exists. */
  useShim?: boolean;
  /** Instantiate again even if init() already ran (e.g. after a trap in a browser). */
  force?: boolean;
}

/** Loads and instantiates the module once; every other function is synchronous and needs it. */
export function init(source?: InitSource, options?: InitOptions): Promise<void>;
export function runtimeInfo(): { abiVersion: number; wasi: 'node:wasi' | 'shim'; generation: number };

export function toHex(v: BytesLike, what?: string): string;
export function fromHex(s: string): Uint8Array;

export function keccak256(data: BytesLike): Hex;
/** keccak256 of a request body's exact bytes (strings are UTF-8 encoded). */
export function payloadHash(body: string | Uint8Array): Hex;
export function generateKey(): GeneratedKey;
export function addressOf(privateKey: BytesLike): Hex;
/** Validates an address (EIP-55 checked when mixed case) and returns it checksummed. */
export function getAddress(address: string): Hex;
export function toDID(address: string): `did:agent:eth:0x${string}`;
export function parseDID(did: string): Hex;

/** Signs a 32-byte digest (RFC 6979, low s): 65 bytes r‖s‖v, v in {27, 28}. */
export function sign(privateKey: BytesLike, digest: BytesLike): Hex;
/** The signer's EIP-55 address (v in {0,1,27,28}; low s only). */
export function recover(digest: BytesLike, signature: BytesLike): Hex;
/** Throws MailroomError("signer_mismatch") unless signature recovers to address. */
export function verify(address: string, digest: BytesLike, signature: BytesLike): void;

export function hashTypedData(typedData: TypedDataInput): TypedDataHash;
export function signTypedData(privateKey: BytesLike, typedData: TypedDataInput): SignedTypedData;
export function recoverTypedData(typedData: TypedDataInput, signature: BytesLike): RecoveredTypedData;

/** An AgentRequest and its domain (verifyingContract = the AgentRegistry). */
export interface EnvelopeFields {
  sender: string;
  recipient: string;
  payloadHash: BytesLike;
  timestamp: IntLike;
  nonce: IntLike;
  chainId: IntLike;
  verifyingContract: string;
}
export function envelopeDigest(envelope: EnvelopeFields): Hex;
export function signEnvelope(privateKey: BytesLike, envelope: EnvelopeFields): SignedEnvelope;
/** Signature check only (recipient, window and payload hash need the host's context). */
export function verifyEnvelope(signed: SignedEnvelope | string | Uint8Array): Verified;

export interface Domain { chainId: IntLike; verifyingContract: string }
export interface VoucherFields extends Domain { channelId: BytesLike; cumulativeAmount: IntLike }
export function voucherDigest(voucher: VoucherFields): Hex;
export function signVoucher(privateKey: BytesLike, voucher: VoucherFields): SignedVoucher;
export function verifyVoucher(domain: Domain, signed: SignedVoucher | string | Uint8Array, sender: string): Verified;
/** lastAccepted + price <= cumulative <= deposit; returns the new accepted total. */
export function acceptVoucher(args: { lastAccepted: IntLike; price: IntLike; deposit: IntLike; cumulative: IntLike }): bigint;

export interface ReceiptFields extends Domain { requestDigest: BytesLike; channelId: BytesLike; cumulativeAmount: IntLike; resultHash: BytesLike }
export function receiptDigest(receipt: ReceiptFields): Hex;
export function signReceipt(privateKey: BytesLike, receipt: ReceiptFields): SignedReceipt;
export function verifyReceipt(domain: Domain, signed: SignedReceipt | string | Uint8Array, recipient: string): Verified;

/** The agent's consent RegisterAgent(agent, owner, deadline) and its domain (verifyingContract = the AgentRegistry). */
export interface RegistrationConsent extends Domain { agent: string; owner: string; deadline: IntLike }
export function registrationDigest(consent: RegistrationConsent): Hex;
/** Signs with the agent's key (signer_mismatch otherwise); the owner passes it to AgentRegistry.registerAgent. */
export function signRegistration(privateKey: BytesLike, consent: RegistrationConsent): Hex;

/**
 * The raw JSON surface: one function per operation of wasm/ABI.md §5, taking
 * the request as an object (bigints become decimal strings) or JSON text /
 * UTF-8 bytes (sent byte for byte), returning the reply's ok value.
 */
export declare const ops: Ops;

/** Replay guard whose state lives in the guest; fails closed when full or when one sender holds perSender nonces. */
export class ReplayGuard {
  constructor(options: { capacity: number; pastSeconds?: IntLike; futureSeconds?: IntLike; perSender?: number });
  /** Accepts and records (sender, nonce) at unix time now (default: the clock), or throws. */
  use(sender: string, nonce: IntLike, timestamp: IntLike, now?: IntLike): void;
  readonly size: number;
  close(): void;
  [Symbol.dispose](): void;
}
