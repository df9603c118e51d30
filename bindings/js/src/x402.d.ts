// Types of @agentmailroom/core/x402 (x402.js): structurally an @x402/core
// SchemeNetworkClient (no dependency on @x402/core).
import type { Agent } from './agent.js';
import type { AssetOption } from './chain.js';

export const SCHEME: 'mailroom-channel';

export interface MailroomRequirement {
  scheme: string;
  network: string;
  amount: string;
  asset: string;
  payTo: string;
  maxTimeoutSeconds: number;
  extra?: Record<string, unknown>;
}

export interface MailroomChannelScheme {
  readonly scheme: 'mailroom-channel';
  /** eip155:<the agent's chain id>: register the scheme for it. */
  readonly network: `eip155:${number}`;
  /** The asset the scheme pays in: 'native' or the token's address. */
  readonly asset: string;
  /** An x402Client policy keeping, of the mailroom-channel requirements, those in the scheme's asset: client.registerPolicy(scheme.policy). */
  policy(x402Version: number, requirements: MailroomRequirement[]): MailroomRequirement[];
  findDefaultAsset(asset: string, network: string): { asset: string; decimals: number; symbol: string } | undefined;
  createPaymentPayload(x402Version: number, requirements: MailroomRequirement, context?: { extensions?: Record<string, unknown>; maxAmountPerPayment?: string }): Promise<{
    x402Version: number;
    payload: { channelId: string; cumulativeAmount: string; signature: string };
  }>;
  /** The transport to give wrapFetchWithPayment (base: default globalThis.fetch). */
  fetch(base?: typeof globalThis.fetch): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
}

export interface MailroomChannelOptions {
  holdMs?: number;
  /** One of the agent's assets ('native', 'token', a token address); default the agent's first. */
  asset?: AssetOption;
  /** The token's decimals and symbol as x402 names it (default: read from the token at the first 402). */
  decimals?: number;
  symbol?: string;
}

export function mailroomChannel(agent: Agent, options?: MailroomChannelOptions): MailroomChannelScheme;
