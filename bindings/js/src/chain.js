// Chain I/O for the agent and the middleware, through viem: the
// AgentRegistry and AgentPaymentChannel calls and transactions (ABIs from
// src/abi.gen.js), and where the deployments come from (as the CLI:
// docs/CONFIG.md). No protocol decision is made here; failures become
// MailroomError with the core's kinds: `reverted` (the chain refused the
// transaction: it moved nothing), `chain_error` (transport, timeouts),
// `agent_not_found`, `channel_not_found`.

import {
  BaseError, ContractFunctionRevertedError, createPublicClient, createWalletClient, decodeEventLog, defineChain, http,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { paymentChannelAbi, registryAbi } from './abi.gen.js';
import { MailroomError } from './errors.js';

/** The deployment `mailroom node` makes on chain 31337 (deterministic: dev account 0's first three transactions). */
export const DEV_DEPLOYMENT = Object.freeze({
  chainId: 31337,
  registry: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  paymentChannel: '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512',
  rpc: 'http://127.0.0.1:8545',
  token: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
});

const ZERO = '0x0000000000000000000000000000000000000000';
const isNode = typeof process !== 'undefined' && !!(process.versions && process.versions.node);
const env = (k) => (isNode && process.env[k] ? process.env[k] : undefined);

async function readDeploymentsFile(file, explicit) {
  const { readFile } = await import('node:fs/promises');
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (e.code === 'ENOENT' && !explicit) return undefined;
    throw new MailroomError('invalid_input', `deployments file ${file}: ${e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new MailroomError('invalid_input', `deployments file ${file}: ${e.message}`);
  }
}

function checkDeployment(d, where) {
  if (!d || typeof d !== 'object' || !d.registry || !d.paymentChannel || !d.chainId) {
    throw new MailroomError('invalid_input', `${where}: a deployment needs chainId, registry and paymentChannel`);
  }
  return { chainId: Number(d.chainId), registry: d.registry, paymentChannel: d.paymentChannel, rpc: d.rpc, minWithdrawDelay: d.minWithdrawDelay, token: d.token };
}

/**
 * resolveChain finds the RPC URL and the deployment as the CLI does: the
 * RPC is options.rpcUrl, else $MAILROOM_RPC, else the deployments' rpc,
 * else http://127.0.0.1:8545; the deployments are options.deployments (an
 * object or a file path), else $MAILROOM_DEPLOYMENTS, else
 * ./deployments.json when it exists (Node), else the dev chain's for chain
 * id 31337. A deployment of another chain than the RPC's is refused
 * (invalid_input).
 */
export async function resolveChain(options = {}) {
  let dep;
  let where;
  if (options.deployments && typeof options.deployments === 'object') {
    dep = checkDeployment(options.deployments, 'deployments option');
    where = 'the deployments option';
  } else if (typeof options.deployments === 'string') {
    dep = checkDeployment(await readDeploymentsFile(options.deployments, true), options.deployments);
    where = options.deployments;
  } else if (env('MAILROOM_DEPLOYMENTS')) {
    const f = env('MAILROOM_DEPLOYMENTS');
    dep = checkDeployment(await readDeploymentsFile(f, true), f);
    where = `$MAILROOM_DEPLOYMENTS (${f})`;
  } else if (isNode) {
    const d = await readDeploymentsFile('deployments.json', false);
    if (d) {
      dep = checkDeployment(d, 'deployments.json');
      where = './deployments.json';
    }
  }
  const rpcUrl = options.rpcUrl || env('MAILROOM_RPC') || (dep && dep.rpc) || DEV_DEPLOYMENT.rpc;
  const publicClient = options.publicClient || createPublicClient({ transport: http(rpcUrl, { retryCount: 0, timeout: 30000 }) });
  let chainId;
  try {
    chainId = await publicClient.getChainId();
  } catch (e) {
    throw chainError('eth_chainId', e);
  }
  if (!dep) {
    if (chainId !== DEV_DEPLOYMENT.chainId) {
      throw new MailroomError('invalid_input', `no deployments for chain ${chainId}: pass the deployments option or set $MAILROOM_DEPLOYMENTS`);
    }
    dep = { ...DEV_DEPLOYMENT };
    where = 'the dev chain\'s deployment';
  }
  if (dep.chainId !== chainId) {
    throw new MailroomError('invalid_input', `${where} is for chain ${dep.chainId} but the RPC ${rpcUrl} is chain ${chainId}`);
  }
  return { chainId, rpcUrl, registry: dep.registry, paymentChannel: dep.paymentChannel, publicClient };
}

/** chainError maps a viem error to reverted (the chain refused: nothing moved) or chain_error. */
export function chainError(op, e) {
  if (e instanceof MailroomError) return e;
  if (e instanceof BaseError) {
    const rev = e.walk((x) => x instanceof ContractFunctionRevertedError);
    if (rev) {
      const name = rev.data && rev.data.errorName ? `${rev.data.errorName}(${(rev.data.args || []).map(String).join(', ')})` : rev.reason || rev.shortMessage;
      return new MailroomError('reverted', `${op}: ${name}`, { cause: e });
    }
    const msg = e.shortMessage || e.message;
    if (/execution reverted|reverted/i.test(msg) && !/timeout|fetch failed|ECONNREFUSED/i.test(msg)) {
      return new MailroomError('reverted', `${op}: ${msg}`, { cause: e });
    }
    return new MailroomError('chain_error', `${op}: ${msg}`, { cause: e });
  }
  return new MailroomError('chain_error', `${op}: ${e && e.message ? e.message : String(e)}`, { cause: e });
}

/**
 * Chain is the typed client of one deployment. With an account (a viem
 * Account, or a private key) it sends transactions, one at a time.
 */
export class Chain {
  constructor(resolved, { account, walletClient } = {}) {
    this.chainId = resolved.chainId;
    this.rpcUrl = resolved.rpcUrl;
    this.registry = resolved.registry;
    this.paymentChannel = resolved.paymentChannel;
    this.public = resolved.publicClient;
    this.chain = defineChain({
      id: resolved.chainId, name: `chain ${resolved.chainId}`, nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [resolved.rpcUrl] } },
    });
    if (typeof account === 'string') account = privateKeyToAccount(account);
    this.account = account || (walletClient && walletClient.account);
    this.wallet = walletClient || (this.account
      ? createWalletClient({ account: this.account, chain: this.chain, transport: http(resolved.rpcUrl, { retryCount: 0, timeout: 30000 }) })
      : null);
    this.txQueue = Promise.resolve();
    this.pollingInterval = 20;
  }

  async read(address, abi, functionName, args) {
    try {
      return await this.public.readContract({ address, abi, functionName, args });
    } catch (e) {
      throw chainError(functionName, e);
    }
  }

  /** send runs one transaction after the previous one of this Chain, and waits for its receipt. */
  send(address, abi, functionName, args, value) {
    const run = async () => {
      if (!this.wallet) throw new MailroomError('invalid_private_key', 'no signing key for transactions');
      let hash;
      try {
        hash = await this.wallet.writeContract({ address, abi, functionName, args, value, account: this.account, chain: this.chain });
      } catch (e) {
        throw chainError(functionName, e);
      }
      let rc;
      try {
        rc = await this.public.waitForTransactionReceipt({ hash, pollingInterval: this.pollingInterval, timeout: 120000 });
      } catch (e) {
        throw chainError(`${functionName}: waiting for ${hash}`, e);
      }
      if (rc.status !== 'success') throw new MailroomError('reverted', `${functionName}: transaction ${hash} reverted`);
      return rc;
    };
    const p = this.txQueue.then(run, run);
    this.txQueue = p.catch(() => {});
    return p;
  }

  // ---- AgentRegistry

  /** getAgent reads a registry record; agent_not_found when it is not registered. */
  async getAgent(address) {
    const [owner, endpoint, capabilities, ratePerTaskWei, active, registered] = await this.read(this.registry, registryAbi, 'getAgent', [address]);
    if (!registered) throw new MailroomError('agent_not_found', `${address} is not registered`);
    return { address, owner, endpoint, capabilities: [...capabilities], ratePerTaskWei, active };
  }

  register(agent, { endpoint = '', capabilities = [], ratePerTaskWei = 0n }, deadline = 0n, consent = '0x') {
    return this.send(this.registry, registryAbi, 'registerAgent', [agent, endpoint, capabilities, BigInt(ratePerTaskWei), BigInt(deadline), consent]);
  }

  update(agent, { endpoint = '', capabilities = [], ratePerTaskWei = 0n }) {
    return this.send(this.registry, registryAbi, 'updateAgent', [agent, endpoint, capabilities, BigInt(ratePerTaskWei)]);
  }

  deactivate(agent) {
    return this.send(this.registry, registryAbi, 'deactivateAgent', [agent]);
  }

  activate(agent, deadline = 0n, consent = '0x') {
    return this.send(this.registry, registryAbi, 'activateAgent', [agent, BigInt(deadline), consent]);
  }

  // ---- AgentPaymentChannel

  /** openChannel creates a channel and returns its id (from ChannelCreated). */
  async openChannel(recipient, deposit, withdrawDelay) {
    const rc = await this.send(this.paymentChannel, paymentChannelAbi, 'createChannel', [recipient, BigInt(withdrawDelay)], BigInt(deposit));
    for (const log of rc.logs) {
      if (log.address.toLowerCase() !== this.paymentChannel.toLowerCase()) continue;
      try {
        const ev = decodeEventLog({ abi: paymentChannelAbi, data: log.data, topics: log.topics });
        if (ev.eventName === 'ChannelCreated') return { channelId: ev.args.channelId, txHash: rc.transactionHash };
      } catch { /* another event */ }
    }
    throw new MailroomError('chain_error', `createChannel: no ChannelCreated event in ${rc.transactionHash}`);
  }

  topUp(channelId, amount) {
    return this.send(this.paymentChannel, paymentChannelAbi, 'topUp', [channelId], BigInt(amount));
  }

  /** getChannel reads a channel; channel_not_found when none has this id. */
  async getChannel(channelId) {
    const [sender, recipient, deposit, claimed, withdrawDelay, closeRequestedAt, open, token] = await this.read(this.paymentChannel, paymentChannelAbi, 'getChannel', [channelId]);
    if (sender === ZERO) throw new MailroomError('channel_not_found', `no channel ${channelId}`);
    return { id: channelId, sender, recipient, deposit, claimed, withdrawDelay, closeRequestedAt, open, token };
  }

  claim(channelId, amount, signature) {
    return this.send(this.paymentChannel, paymentChannelAbi, 'claim', [channelId, BigInt(amount), signature]);
  }

  redeem(channelId, amount, signature) {
    return this.send(this.paymentChannel, paymentChannelAbi, 'redeemVoucher', [channelId, BigInt(amount), signature]);
  }

  requestClose(channelId) {
    return this.send(this.paymentChannel, paymentChannelAbi, 'requestClose', [channelId]);
  }

  withdraw(channelId) {
    return this.send(this.paymentChannel, paymentChannelAbi, 'withdraw', [channelId]);
  }

  withdrawRefund() {
    return this.send(this.paymentChannel, paymentChannelAbi, 'withdrawRefund', []);
  }

  refundOf(account) {
    return this.read(this.paymentChannel, paymentChannelAbi, 'refundOf', [account]);
  }

  async balance(address) {
    try {
      return await this.public.getBalance({ address });
    } catch (e) {
      throw chainError('eth_getBalance', e);
    }
  }
}
