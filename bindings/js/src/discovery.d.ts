// Types of src/discovery.js (an index of the AgentRegistry's events: find agents by capability and rate).
import type { AgentRecord, Chain } from './chain.js';

export type UInt = bigint | number | string;

export interface DiscoveryOptions {
  /** The first block scanned (the registry's deployment block, when known; default 0). */
  fromBlock?: UInt;
  /** The most blocks one eth_getLogs call covers (default 5000). */
  logRange?: UInt;
  /** How many already-seen blocks each sync scans again, for reorganisations (default 64). */
  rescan?: UInt;
}

export interface DiscoveryQuery {
  /** One of the agent's capabilities, matched exactly (case-sensitive). */
  capability?: string;
  /** The highest rate per task (wei, a non-negative integer). */
  maxRate?: UInt;
  /** Also return deactivated agents. */
  includeInactive?: boolean;
}

export const DEFAULT_LOG_RANGE: bigint;
export const DEFAULT_RESCAN: bigint;
export const EVENTS: readonly string[];

export function checkQuery(query?: DiscoveryQuery): { capability: string; maxRate: bigint | undefined; includeInactive: boolean };

export class Discovery {
  constructor(chain: Chain, options?: DiscoveryOptions);
  readonly registry: string;
  readonly fromBlock: bigint;
  readonly logRange: bigint;
  readonly rescan: bigint;
  /** How many registered agents the index knows. */
  readonly size: number;
  /** Scans the logs up to the head and reads every agent they name; resolves to how many it read. */
  sync(): Promise<number>;
  /** Agents the query selects, cheapest first (ties by address), as copies. */
  find(query?: DiscoveryQuery): AgentRecord[];
  /** Syncs now and intervalMs after each sync until the returned stop function is called. */
  watch(intervalMs?: number, onError?: (e: Error & { code: string }) => void): () => Promise<void>;
}

export function createDiscovery(chain: Chain, options?: DiscoveryOptions): Discovery;
