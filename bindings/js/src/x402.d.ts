// Types of @agentmailroom/core/x402 (x402.js): structurally an @x402/core
// SchemeNetworkClient (no dependency on @x402/core).
import type { Agent } from './agent.js';

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
  findDefaultAsset(asset: string, network: string): { asset: string; decimals: number; symbol: string } | undefined;
  createPaymentPayload(x402Version: number, requirements: MailroomRequirement, context?: { extensions?: Record<string, unknown>; maxAmountPerPayment?: string }): Promise<{
    x402Version: number;
    payload: { channelId: string; cumulativeAmount: string; signature: string };
  }>;
  /** The transport to give wrapFetchWithPayment (base: default globalThis.fetch). */
  fetch(base?: typeof globalThis.fetch): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
}

export function mailroomChannel(agent: Agent, options?: { holdMs?: number }): MailroomChannelScheme;
