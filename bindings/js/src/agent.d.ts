// Types of @agentmailroom/core/agent (agent.js).
import type { PublicClient, TransactionReceipt, WalletClient } from 'viem';
import type { AgentRecord, AssetOption, Chain, ChainOptions, OnChainChannel, Profile } from './chain.js';
import type { Store } from './store.js';
import type { SettleResult } from './server.js';
import type { InitSource } from './index.js';
import type { Discovery, DiscoveryOptions, DiscoveryQuery } from './discovery.js';

export { MailroomError } from './index.js';
export type { AgentRecord, Profile, OnChainChannel, Deployment, AssetOption } from './chain.js';
export { assetOf } from './chain.js';

export { createDiscovery, Discovery, DEFAULT_LOG_RANGE, DEFAULT_RESCAN } from './discovery.js';
export type { DiscoveryOptions, DiscoveryQuery } from './discovery.js';

export const MAX_RESPONSE: number;

export interface Budget {
  /** Refuse a price, or a voucher raising what the recipient can claim, above this (wei, or the agent's token's base units). */
  maxPerRequest?: bigint | number | string;
  /** Bound deposits, top-ups and voucher increases per UTC day (wei, or the agent's token's base units). */
  maxPerDay?: bigint | number | string;
}

export interface AgentOptions extends ChainOptions {
  privateKey: string;
  walletClient?: WalletClient;
  publicClient?: PublicClient;
  /** A Store, a directory (fileStore in Node, IndexedDB in browsers), default .mailroom/js-<address>. */
  store?: Store | string;
  storeDir?: string;
  /**
   * What the agent pays in: 'native' (ETH, the default), 'token' (the
   * deployments' token) or an ERC-20 address. Token channels are opened
   * with an EIP-2612 permit (else approve + createTokenChannel) and topped
   * up in the token; the price is learnt from the 402 (the registry's rate
   * is wei); deposits and budgets are in its base units.
   */
  asset?: AssetOption;
  /** A new channel's (and each top-up's) deposit; default 100 x price. */
  deposit?: bigint | number | string;
  /** A new channel's withdraw delay in seconds; default 3600 or the recipient's minimum when higher. */
  withdrawDelay?: number | bigint;
  budget?: Budget;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  timeoutMs?: number;
  profileTtlMs?: number;
  /** Where mailroom.wasm is (see init). */
  wasm?: InitSource;
}

/** The channel record the agent keeps (core/client State on the wire). */
export interface ChannelState {
  recipient: string;
  channelId: string;
  deposit: string;
  cumulative: string;
  signature?: string;
  signed?: string;
  withdrawDelay: string;
  uncertain?: boolean;
  closed?: boolean;
}

export interface Receipt {
  requestDigest: string;
  channelId: string;
  cumulativeAmount: string;
  resultHash: string;
  signature: string;
}

/** The Agent-Envelope's wire object. */
export interface SignedEnvelope {
  sender: string;
  recipient: string;
  payloadHash: string;
  timestamp: string;
  nonce: string;
  chainId: string;
  verifyingContract: string;
  signature: string;
}

/** A signed cumulative voucher. */
export interface SignedVoucher {
  channelId: string;
  cumulativeAmount: string;
  signature: string;
}

export interface Payment {
  price: bigint;
  cumulative: bigint;
  channelId: string;
  attempts: number;
}

/** A Response whose receipt was verified. */
export interface PaidResponse extends Response {
  readonly receipt: Receipt;
  readonly payment: Payment;
}

export interface SendResult extends Payment {
  status: number;
  body: Uint8Array;
  headers: Headers;
  receipt: Receipt;
}

export interface Prepared {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: Uint8Array;
  cumulative: bigint;
  channelId: string;
}

export type Body = string | Uint8Array | ArrayBuffer | ArrayBufferView | null | undefined;
export interface PaidInit {
  method?: 'POST' | 'post';
  body?: Body;
  headers?: HeadersInit;
}

export interface Registry {
  register(profile?: Profile): Promise<AgentRecord>;
  update(profile?: Profile): Promise<AgentRecord>;
  profile(didOrAddress: string): Promise<AgentRecord>;
  deactivate(): Promise<TransactionReceipt>;
  activate(): Promise<TransactionReceipt>;
  /** One discovery: the registry's logs scanned to the head, then the query (cheapest first). */
  find(query?: DiscoveryQuery, options?: DiscoveryOptions): Promise<AgentRecord[]>;
}

export interface Channels {
  open(didOrAddress: string, options?: { deposit?: bigint | number | string }): Promise<string>;
  topUp(didOrAddress: string, amount: bigint | number | string): Promise<void>;
  get(didOrAddress: string): ChannelState | null;
  onChain(channelId: string): Promise<OnChainChannel>;
  use(didOrAddress: string, channelId: string): Promise<ChannelState>;
  requestClose(didOrAddress: string): Promise<TransactionReceipt>;
  withdraw(didOrAddress: string): Promise<TransactionReceipt>;
}

export class Agent {
  readonly address: string;
  readonly did: string;
  readonly chainId: number;
  readonly chain: Chain;
  readonly store: Store;
  /** What the agent pays in: 'native' or the token's address. */
  readonly asset: string;
  /** The token the agent pays in; null for ETH. */
  readonly token: string | null;
  readonly registry: Registry;
  readonly channels: Channels;
  register(profile?: Profile): Promise<AgentRecord>;
  profile(didOrAddress: string, options?: { fresh?: boolean }): Promise<AgentRecord>;
  /** A live index of the registry's agents (sync, find, watch). */
  discovery(options?: DiscoveryOptions): Discovery;
  find(query?: DiscoveryQuery, options?: DiscoveryOptions): Promise<AgentRecord[]>;
  channel(didOrAddress: string): ChannelState | null;
  spent(day?: string): bigint;
  openChannel(didOrAddress: string, deposit?: bigint | number | string): Promise<string>;
  topUp(didOrAddress: string, amount: bigint | number | string): Promise<void>;
  useChannel(didOrAddress: string, channelId: string): Promise<ChannelState>;
  requestClose(didOrAddress: string): Promise<TransactionReceipt>;
  withdraw(didOrAddress: string): Promise<TransactionReceipt>;
  fetch(didOrAddress: string, init?: PaidInit): Promise<PaidResponse>;
  /** price: default the registry rate for an ETH agent; a token agent learns it from the 402. */
  fetchTo(url: string, didOrAddress: string, init?: PaidInit, options?: { price?: bigint | number | string }): Promise<PaidResponse>;
  send(didOrAddress: string, payload: Body): Promise<SendResult>;
  /** price null or undefined: learn it from the recipient's 402 first. */
  sendTo(url: string, recipient: string, price: bigint | number | string | null | undefined, payload: Body, headers?: HeadersInit): Promise<SendResult>;
  prepare(didOrAddress: string, payload: Body): Promise<Prepared>;
  prepareTo(url: string, didOrAddress: string, price: bigint | number | string | null | undefined, payload: Body): Promise<Prepared>;
  prepareRequest(didOrAddress: string, payload: Body, amount?: bigint | number | string): Promise<{ envelope: SignedEnvelope; voucher: SignedVoucher | null }>;
  withdrawDelayFor(min?: number | bigint): bigint;
  verifyReceipt(args: { recipient: string; paymentResponse: string; body: Body; envelope: SignedEnvelope; voucher: SignedVoucher }): Receipt;
  /** Claims what this agent's mailroom (createMailroom) accepted, from its store. */
  settle(options: { store: Store | string; channel?: string; close?: boolean }): Promise<SettleResult[]>;
  close(): Promise<void> | undefined;
  static response(r: SendResult): PaidResponse;
}

export function createAgent(options: AgentOptions): Promise<Agent>;
export function fromHex(s: string): Uint8Array;
