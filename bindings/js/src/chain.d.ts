// Types of src/chain.js (the agent's and the middleware's chain I/O, `agent.chain`).
import type { Account, PublicClient, TransactionReceipt, WalletClient } from 'viem';

export interface Deployment {
  chainId: number;
  registry: string;
  paymentChannel: string;
  rpc?: string;
  minWithdrawDelay?: number;
  /** An ERC-20 token deployed with the contracts (the dev chains' MailroomTestUSD). */
  token?: string;
}

export interface ChainOptions {
  /** JSON-RPC URL (else $MAILROOM_RPC, else the deployments' rpc, else http://127.0.0.1:8545). */
  rpcUrl?: string;
  /** A viem public client instead of rpcUrl. */
  publicClient?: PublicClient;
  /** A deployment, or a deployments file path (else $MAILROOM_DEPLOYMENTS, ./deployments.json, the dev chain's for 31337). */
  deployments?: Deployment | string;
}

/** What an agent pays in, or a mailroom is priced in: 'native' (ETH), 'token' (the deployments' token) or an ERC-20 address. */
export type AssetOption = 'native' | 'token' | (string & {});

/** assetOf resolves an AssetOption: the token's EIP-55 address, or null for ETH (invalid_input for anything else). */
export function assetOf(asset: AssetOption | undefined | null, chain: { token?: string }): string | null;

/** The EIP-2612 (nonces, DOMAIN_SEPARATOR), EIP-5267 (eip712Domain) and version() views of a token. */
export const permitAbi: readonly unknown[];

/** A token's EIP-712 domain for its permit. */
export interface PermitDomain {
  name: string;
  version: string;
  chainId: number;
  verifyingContract: string;
}

export const DEV_DEPLOYMENT: Readonly<Required<Omit<Deployment, 'minWithdrawDelay'>>>;

export interface Resolved {
  chainId: number;
  rpcUrl: string;
  registry: string;
  paymentChannel: string;
  publicClient: PublicClient;
  /** The deployments' token, when they name one. */
  token?: string;
}

export function resolveChain(options?: ChainOptions): Promise<Resolved>;
export function chainError(op: string, e: unknown): Error & { code: string };

export interface AgentRecord {
  address: string;
  owner: string;
  endpoint: string;
  capabilities: string[];
  ratePerTaskWei: bigint;
  active: boolean;
}

export interface Profile {
  endpoint?: string;
  capabilities?: string[];
  ratePerTaskWei?: bigint | number | string;
}

export interface OnChainChannel {
  id: string;
  sender: string;
  recipient: string;
  deposit: bigint;
  claimed: bigint;
  withdrawDelay: bigint;
  closeRequestedAt: bigint;
  open: boolean;
  /** The channel's asset: an ERC-20 token, or the zero address for ETH. */
  token: string;
}

export class Chain {
  constructor(resolved: Resolved, options?: { account?: Account | string; walletClient?: WalletClient });
  readonly chainId: number;
  readonly rpcUrl: string;
  readonly registry: string;
  readonly paymentChannel: string;
  /** The deployments' token (asset 'token'), when they name one. */
  readonly token?: string;
  readonly public: PublicClient;
  getAgent(address: string): Promise<AgentRecord>;
  register(agent: string, profile: Profile, deadline?: bigint, consent?: string): Promise<TransactionReceipt>;
  update(agent: string, profile: Profile): Promise<TransactionReceipt>;
  deactivate(agent: string): Promise<TransactionReceipt>;
  activate(agent: string, deadline?: bigint, consent?: string): Promise<TransactionReceipt>;
  openChannel(recipient: string, deposit: bigint, withdrawDelay: bigint): Promise<{ channelId: string; txHash: string }>;
  topUp(channelId: string, amount: bigint): Promise<TransactionReceipt>;
  /** A channel holding amount base units of token: one transaction with an EIP-2612 permit, else approve (when short) + createTokenChannel. */
  openTokenChannel(token: string, recipient: string, amount: bigint, withdrawDelay: bigint): Promise<{ channelId: string; txHash: string }>;
  /** The token's permit domain (eip712Domain, else name/version checked against DOMAIN_SEPARATOR); null: no permit. */
  permitDomain(token: string): Promise<PermitDomain | null>;
  /** Adds amount base units of token to a token channel (approving first when the allowance is short). */
  topUpToken(token: string, channelId: string, amount: bigint): Promise<TransactionReceipt>;
  /** Approves the payment channel for amount of token when the allowance is short; null when it was enough. */
  allow(token: string, amount: bigint): Promise<TransactionReceipt | null>;
  allowance(token: string, owner: string): Promise<bigint>;
  tokenBalance(token: string, address: string): Promise<bigint>;
  /** What the contract credited account in token (the zero address: ETH) when a refund could not be pushed. */
  refunds(token: string, account: string): Promise<bigint>;
  /** Pays the signer's credited refunds in token to `to` (default: the signer). */
  withdrawTokenRefund(token: string, to?: string): Promise<TransactionReceipt>;
  getChannel(channelId: string): Promise<OnChainChannel>;
  claim(channelId: string, amount: bigint | string, signature: string): Promise<TransactionReceipt>;
  redeem(channelId: string, amount: bigint | string, signature: string): Promise<TransactionReceipt>;
  requestClose(channelId: string): Promise<TransactionReceipt>;
  withdraw(channelId: string): Promise<TransactionReceipt>;
  withdrawRefund(): Promise<TransactionReceipt>;
  refundOf(account: string): Promise<bigint>;
  balance(address: string): Promise<bigint>;
}
