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

/** One asset an agent pays in (createAgent's assets), its budgets and deposit in that asset's base units. */
export interface AssetPreference {
  /** 'native' (ETH), 'token' (the deployments' token) or an ERC-20 address. */
  asset: AssetOption;
  /** Pay at most this per request in the asset: a recipient asking more in it is paid in the next asset it takes. */
  maxPerRequest?: bigint | number | string;
  /** Bound deposits, top-ups and voucher increases in the asset per UTC day. */
  maxPerDay?: bigint | number | string;
  /** A new channel's (and each top-up's) deposit in the asset; default 100 x price. */
  deposit?: bigint | number | string;
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
  /**
   * Several assets, preferred first (instead of asset, deposit and budget):
   * each recipient is paid in the first its 402 offers within that asset's
   * maxPerRequest (the core's client_choose, asked once per recipient);
   * each asset has its own channels, budgets and deposit.
   */
  assets?: AssetPreference[];
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
  /** What it was paid in: 'native' or the token's address. */
  asset: string;
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
  asset: string;
}

/** Which of the agent's channels to a recipient: an asset it pays in (default: the one chosen for the recipient, else the first with a channel, else the first asset). */
export interface InAsset {
  asset?: AssetOption;
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
  open(didOrAddress: string, options?: { deposit?: bigint | number | string; asset?: AssetOption }): Promise<string>;
  topUp(didOrAddress: string, amount: bigint | number | string, options?: InAsset): Promise<void>;
  get(didOrAddress: string, options?: InAsset): ChannelState | null;
  onChain(channelId: string): Promise<OnChainChannel>;
  /** Takes up the channel in its own asset (one the agent pays in). */
  use(didOrAddress: string, channelId: string): Promise<ChannelState>;
  requestClose(didOrAddress: string, options?: InAsset): Promise<TransactionReceipt>;
  withdraw(didOrAddress: string, options?: InAsset): Promise<TransactionReceipt>;
}

export class Agent {
  readonly address: string;
  readonly did: string;
  readonly chainId: number;
  readonly chain: Chain;
  readonly store: Store;
  /** What the agent pays in: 'native' or the token's address (with assets: the first). */
  readonly asset: string;
  /** The token the agent pays in; null for ETH (with assets: the first's). */
  readonly token: string | null;
  /** Every asset the agent pays in, preferred first ('native' or token addresses). */
  readonly assets: string[];
  /** The asset chosen for a recipient by its 402 (several assets only); undefined before its first request. */
  chosenAsset(didOrAddress: string): string | undefined;
  readonly registry: Registry;
  readonly channels: Channels;
  register(profile?: Profile): Promise<AgentRecord>;
  profile(didOrAddress: string, options?: { fresh?: boolean }): Promise<AgentRecord>;
  /** A live index of the registry's agents (sync, find, watch). */
  discovery(options?: DiscoveryOptions): Discovery;
  find(query?: DiscoveryQuery, options?: DiscoveryOptions): Promise<AgentRecord[]>;
  channel(didOrAddress: string, options?: InAsset): ChannelState | null;
  /** What was counted against the day's budget (default today) in an asset (default the first), in its base units. */
  spent(day?: string, asset?: AssetOption): bigint;
  openChannel(didOrAddress: string, deposit?: bigint | number | string, options?: InAsset): Promise<string>;
  topUp(didOrAddress: string, amount: bigint | number | string, options?: InAsset): Promise<void>;
  useChannel(didOrAddress: string, channelId: string): Promise<ChannelState>;
  requestClose(didOrAddress: string, options?: InAsset): Promise<TransactionReceipt>;
  withdraw(didOrAddress: string, options?: InAsset): Promise<TransactionReceipt>;
  fetch(didOrAddress: string, init?: PaidInit): Promise<PaidResponse>;
  /** price (in the asset paid): default the registry rate in ETH; in a token it is learnt from the 402. */
  fetchTo(url: string, didOrAddress: string, init?: PaidInit, options?: { price?: bigint | number | string }): Promise<PaidResponse>;
  send(didOrAddress: string, payload: Body): Promise<SendResult>;
  /** price null or undefined: learn it from the recipient's 402 first. */
  sendTo(url: string, recipient: string, price: bigint | number | string | null | undefined, payload: Body, headers?: HeadersInit): Promise<SendResult>;
  prepare(didOrAddress: string, payload: Body): Promise<Prepared>;
  prepareTo(url: string, didOrAddress: string, price: bigint | number | string | null | undefined, payload: Body): Promise<Prepared>;
  prepareRequest(didOrAddress: string, payload: Body, amount?: bigint | number | string, options?: InAsset): Promise<{ envelope: SignedEnvelope; voucher: SignedVoucher | null }>;
  withdrawDelayFor(min?: number | bigint): bigint;
  verifyReceipt(args: { recipient: string; paymentResponse: string; body: Body; envelope: SignedEnvelope; voucher: SignedVoucher }): Receipt;
  /** Claims what this agent's mailroom (createMailroom) accepted, from its store. */
  settle(options: { store: Store | string; channel?: string; close?: boolean }): Promise<SettleResult[]>;
  close(): Promise<void> | undefined;
  static response(r: SendResult): PaidResponse;
}

export function createAgent(options: AgentOptions): Promise<Agent>;
export function fromHex(s: string): Uint8Array;
