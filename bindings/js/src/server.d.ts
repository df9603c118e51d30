// Types of @agentmailroom/core/server (server.js).
import type { AssetOption, Chain, ChainOptions } from './chain.js';
import type { Store } from './store.js';
import type { InitSource } from './index.js';

export { MailroomError } from './index.js';

type Amount = bigint | number | string;

/** A price in one asset: the core's {"price","asset"}. */
export interface PriceOption {
  /** Base units of the asset (wei for ETH). */
  price: Amount;
  /** 'native' (default), 'token' (the deployments' token) or a token address. */
  asset?: AssetOption;
}

/**
 * A route of the core's recipient config, 1:1: method (optional: any) and
 * path (exact, prefix/* or *; first match wins), then price and asset, or
 * accepts (several assets, preference first).
 */
export type RouteOption =
  | { method?: string; path: string; price: Amount; asset?: AssetOption; accepts?: never }
  | { method?: string; path: string; accepts: PriceOption[]; price?: never; asset?: never };

export interface MailroomOptions extends ChainOptions {
  privateKey: string;
  /** Default price per request in the asset's base units (default: the registry rate, ETH only: the rate is wei). */
  price?: Amount;
  /** What price is in: 'native' (default), 'token' (the deployments' token) or a token address. */
  asset?: AssetOption;
  /** The default price in several assets, preference first (instead of price and asset). */
  accepts?: PriceOption[];
  /** Prices per route (method, path); requests no route matches cost the default. */
  routes?: RouteOption[];
  /** Shortest channel withdraw delay accepted, seconds (default 3600). */
  minWithdrawDelay?: number;
  store?: Store | string;
  /** The absolute base URL clients use, for the 402's resource.url (default http://<Host>). */
  publicUrl?: string;
  /** Origins (or "*") allowed to pay from a browser: CORS with the payment headers exposed. */
  corsOrigins?: string[];
  maxBody?: number;
  pastSeconds?: number;
  futureSeconds?: number;
  /** Nonces remembered at most (default 2^20; past it, or a sender's share, requests are refused: replay_capacity). */
  replayCapacity?: number;
  reorderWaitMs?: number;
  maxWaiters?: number;
  registryTtlMs?: number;
  channelTtlMs?: number;
  now?: () => number;
  wasm?: InitSource;
  /** Called once per request (the Go server's log line): method, target, status, code, the paying sender, what it paid in which asset, latencyMs. */
  onRequest?: (line: RequestLine) => void;
}

export interface RequestLine {
  method: string;
  target: string;
  status: number;
  code: string;
  sender: string;
  /** What the request was charged (0 unless served), in asset. */
  paid: bigint;
  /** 'native' or the channel's token ('' unless served). */
  asset: string;
  /** paid when the asset is ETH, else 0. */
  paidWei: bigint;
  latencyMs: number;
}

/** The recipient's record of a channel (core/recipient Channel on the wire). */
export interface ChannelRecord {
  id: string;
  sender: string;
  accepted: string;
  signature?: string;
  settle?: string;
  settleSignature?: string;
  claimed: string;
  closed?: boolean;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
  /** The core's code ("ok", "replayed", or a refusal's). */
  code: string;
  /** The paying sender (served requests). */
  sender?: string;
  /** What a served request was charged, and in which asset ('native' or a token address). */
  price?: bigint;
  asset?: string;
}

export interface IncomingRequest {
  method: string;
  /** The request target as sent (path and query). */
  target: string;
  host?: string;
  proto?: string;
  headers: ((name: string) => string | undefined) | Record<string, string | string[] | undefined> | Headers;
  body: Uint8Array | string | ArrayBuffer;
}

export interface TaskResult {
  status: number;
  headers?: Record<string, string | number | string[] | undefined> | Headers;
  body?: Uint8Array | string | ArrayBuffer;
}

export interface SettleResult {
  channelId: string;
  amount: bigint;
  paid: bigint;
  closed: boolean;
  error?: Error;
}

export interface Metrics {
  ok: number;
  refused: number;
  replayed: number;
  rollbacks: number;
  /** What served requests were charged, per asset: { native: wei, '0x…token': base units }. */
  paid: Record<string, bigint>;
  /** The native part of paid. */
  paidWei: bigint;
}

/** Minimal shapes of the frameworks' objects (no dependency on them). */
export type ExpressMiddleware = (req: any, res: any, next: (err?: unknown) => void) => Promise<void>;
export type HonoMiddleware = (c: any, next: () => Promise<void>) => Promise<Response>;

export class Mailroom {
  readonly address: string;
  readonly did: string;
  readonly chain: Chain;
  readonly store: Store;
  /** The default price (with accepts: the first entry's). */
  readonly price: bigint;
  /** The default price's asset: 'native' or a token address (with accepts: the first entry's). */
  readonly asset: string;
  /** The default accepts, on the core's wire; null when priced by price/asset. */
  readonly accepts: { price: string; asset: string }[] | null;
  readonly metrics: Metrics;
  onTaskError?: (e: unknown) => void;
  handle(req: IncomingRequest, task: () => Promise<TaskResult>): Promise<Answer>;
  channels(): ChannelRecord[];
  own(channelId: string): ChannelRecord | null;
  settle(options?: { channel?: string; close?: boolean }): Promise<SettleResult[]>;
  /**
   * Claims by policy: a channel whose unclaimed value reaches its asset's
   * threshold (thresholds: asset → base units, e.g. { native: 10n ** 15n,
   * token: 1_000_000n }; thresholdWei: the native one), and one whose
   * sender requested close. Returns a stop function.
   */
  startSettler(policy?: { thresholdWei?: bigint | number | string; thresholds?: { [asset: string]: bigint | number | string }; intervalMs?: number; onResult?: (r: SettleResult) => void }): () => Promise<void>;
  prune(): Promise<number>;
  drain(): Promise<void>;
  corsHeaders(origin: string | undefined, preflight: unknown): Record<string, string> | null;
  express(): ExpressMiddleware;
  hono(): HonoMiddleware;
  close(): Promise<void>;
}

export function createMailroom(options: MailroomOptions): Promise<Mailroom>;
