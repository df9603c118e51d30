// Chain I/O for the agent and the middleware, through viem: the
// AgentRegistry and AgentPaymentChannel calls and transactions (ABIs from
// src/abi.gen.js), and where the deployments come from (as the CLI:
// docs/CONFIG.md). No protocol decision is made here; failures become
// MailroomError with the core's kinds: `reverted` (the chain refused the
// transaction: it moved nothing), `chain_error` (transport, timeouts),
// `agent_not_found`, `channel_not_found`.

import {
  BaseError, ContractFunctionRevertedError, createPublicClient, createWalletClient, decodeEventLog, defineChain, erc20Abi, getAddress, hashDomain, http,
  parseSignature,
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

/** The EIP-2612 (permit, nonces, DOMAIN_SEPARATOR) and EIP-5267 (eip712Domain) views of a token, and version() where a token has it. */
export const permitAbi = /** @type {const} */ ([
  { type: 'function', name: 'nonces', stateMutability: 'view', inputs: [{ name: 'owner', type: 'address' }], outputs: [{ name: '', type: 'uint256' }] },
  { type: 'function', name: 'DOMAIN_SEPARATOR', stateMutability: 'view', inputs: [], outputs: [{ name: '', type: 'bytes32' }] },
  { type: 'function', name: 'version', stateMutability: 'view', inputs: [], outputs: [{ name: '', type: 'string' }] },
  {
    type: 'function', name: 'eip712Domain', stateMutability: 'view', inputs: [], outputs: [
      { name: 'fields', type: 'bytes1' }, { name: 'name', type: 'string' }, { name: 'version', type: 'string' }, { name: 'chainId', type: 'uint256' },
      { name: 'verifyingContract', type: 'address' }, { name: 'salt', type: 'bytes32' }, { name: 'extensions', type: 'uint256[]' }],
  },
]);

/** OpenZeppelin's ERC-20 and EIP-2612 errors, so a token's revert in a channel transaction is named. */
const tokenErrorsAbi = /** @type {const} */ ([
  { type: 'error', name: 'ERC20InsufficientBalance', inputs: [{ name: 'sender', type: 'address' }, { name: 'balance', type: 'uint256' }, { name: 'needed', type: 'uint256' }] },
  { type: 'error', name: 'ERC20InsufficientAllowance', inputs: [{ name: 'spender', type: 'address' }, { name: 'allowance', type: 'uint256' }, { name: 'needed', type: 'uint256' }] },
  { type: 'error', name: 'ERC2612ExpiredSignature', inputs: [{ name: 'deadline', type: 'uint256' }] },
  { type: 'error', name: 'ERC2612InvalidSigner', inputs: [{ name: 'signer', type: 'address' }, { name: 'owner', type: 'address' }] },
]);
const tokenChannelAbi = [...paymentChannelAbi, ...tokenErrorsAbi];

const PERMIT_TYPES = {
  Permit: [{ name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' },
    { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }],
};

/** How long a permit signed to open a channel is valid (as the Go host: an hour past the chain head). */
const PERMIT_VALID_S = 3600n;
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
 * assetOf resolves the asset option: 'native' (default, ETH), 'token' (the
 * deployments' token) or a token address. Returns the token's address, or
 * null for ETH.
 */
export function assetOf(asset, chain) {
  if (asset == null || asset === '' || asset === 'native') return null;
  if (asset === 'token') {
    if (!chain.token) throw new MailroomError('invalid_input', 'asset "token": the deployments name no token');
    return getAddress(String(chain.token));
  }
  let a;
  try {
    a = getAddress(String(asset));
  } catch {
    throw new MailroomError('invalid_input', `asset ${asset} is neither "native", "token" nor a token address`);
  }
  if (a === ZERO) throw new MailroomError('invalid_input', 'asset: the zero address is not a token (ETH is "native")');
  return a;
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
  return { chainId, rpcUrl, registry: dep.registry, paymentChannel: dep.paymentChannel, publicClient, ...(dep.token ? { token: dep.token } : {}) };
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
    this.token = resolved.token;
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
    return this.created(rc, 'createChannel');
  }

  /** created is the channel id of a ChannelCreated event of this contract in rc. */
  created(rc, op) {
    for (const log of rc.logs) {
      if (log.address.toLowerCase() !== this.paymentChannel.toLowerCase()) continue;
      try {
        const ev = decodeEventLog({ abi: paymentChannelAbi, data: log.data, topics: log.topics });
        if (ev.eventName === 'ChannelCreated') return { channelId: ev.args.channelId, txHash: rc.transactionHash };
      } catch { /* another event */ }
    }
    throw new MailroomError('chain_error', `${op}: no ChannelCreated event in ${rc.transactionHash}`);
  }

  topUp(channelId, amount) {
    return this.send(this.paymentChannel, paymentChannelAbi, 'topUp', [channelId], BigInt(amount));
  }

  // ---- ERC-20 channels

  /**
   * openTokenChannel creates a channel holding amount base units of token
   * and returns its id: in one transaction with an EIP-2612 permit for the
   * payment channel (createTokenChannelWithPermit) when the token has one
   * (permitDomain), else approve (when the allowance is short) and
   * createTokenChannel.
   */
  async openTokenChannel(token, recipient, amount, withdrawDelay) {
    const value = BigInt(amount);
    const delay = BigInt(withdrawDelay);
    const owner = this.signer();
    const domain = (await this.allowance(token, owner)) >= value ? null : await this.permitDomain(token);
    if (!domain) {
      await this.allow(token, value);
      const rc = await this.send(this.paymentChannel, tokenChannelAbi, 'createTokenChannel', [token, recipient, value, delay]);
      return this.created(rc, 'createTokenChannel');
    }
    let head;
    try {
      head = await this.public.getBlock();
    } catch (e) {
      throw chainError('eth_getBlockByNumber', e);
    }
    const deadline = head.timestamp + PERMIT_VALID_S;
    const nonce = await this.read(token, permitAbi, 'nonces', [owner]);
    let sig;
    try {
      sig = parseSignature(await this.wallet.signTypedData({
        account: this.account, domain, types: PERMIT_TYPES, primaryType: 'Permit',
        message: { owner, spender: this.paymentChannel, value, nonce, deadline },
      }));
    } catch (e) {
      throw new MailroomError('invalid_private_key', `sign the permit: ${e.shortMessage || e.message}`, { cause: e });
    }
    const v = sig.v != null ? Number(sig.v) : 27 + Number(sig.yParity);
    const rc = await this.send(this.paymentChannel, tokenChannelAbi, 'createTokenChannelWithPermit', [token, recipient, value, delay, deadline, v, sig.r, sig.s]);
    return this.created(rc, 'createTokenChannelWithPermit');
  }

  /**
   * permitDomain is the EIP-712 domain of token's EIP-2612 permit, or null
   * when it has none (no nonces(owner)). The domain is eip712Domain()'s
   * (EIP-5267), else name() with version() (or "1") when it hashes to the
   * token's DOMAIN_SEPARATOR() (else null: the permit could not be signed).
   */
  async permitDomain(token) {
    const owner = this.signer();
    const tryRead = (abi, fn, args = []) => this.read(token, abi, fn, args).then((v) => ({ v }), (e) => ({ e }));
    const n = await tryRead(permitAbi, 'nonces', [owner]);
    if (n.e) {
      if (n.e.code === 'chain_error' && !/revert|returned no data|does not have the function/i.test(n.e.message)) throw n.e;
      return null;
    }
    const d = await tryRead(permitAbi, 'eip712Domain');
    if (!d.e) {
      const [, name, version, chainId, verifyingContract] = d.v;
      return { name, version, chainId: Number(chainId), verifyingContract };
    }
    const name = await tryRead(erc20Abi, 'name');
    if (name.e) return null;
    const ver = await tryRead(permitAbi, 'version');
    const domain = { name: name.v, version: ver.e ? '1' : ver.v, chainId: this.chainId, verifyingContract: token };
    const sep = await tryRead(permitAbi, 'DOMAIN_SEPARATOR');
    if (sep.e || sep.v.toLowerCase() !== hashDomain({ domain, types: { EIP712Domain: [
      { name: 'name', type: 'string' }, { name: 'version', type: 'string' }, { name: 'chainId', type: 'uint256' }, { name: 'verifyingContract', type: 'address' }] } }).toLowerCase()) {
      return null;
    }
    return domain;
  }

  /** topUpToken adds amount base units of the channel's token (approving the payment channel first when the allowance is short). */
  async topUpToken(token, channelId, amount) {
    await this.allow(token, BigInt(amount));
    return this.send(this.paymentChannel, tokenChannelAbi, 'topUpToken', [channelId, BigInt(amount)]);
  }

  /** allow approves the payment channel for amount of token when the signer's allowance is short (one transaction), else does nothing. */
  async allow(token, amount) {
    if ((await this.allowance(token, this.signer())) >= amount) return null;
    return this.send(token, erc20Abi, 'approve', [this.paymentChannel, amount]);
  }

  /** allowance is what owner lets the payment channel pull of token. */
  allowance(token, owner) {
    return this.read(token, erc20Abi, 'allowance', [owner, this.paymentChannel]);
  }

  /** tokenBalance is address's balance of token (base units). */
  tokenBalance(token, address) {
    return this.read(token, erc20Abi, 'balanceOf', [address]);
  }

  /** refunds is what the contract credited account in token (the zero address: ETH) when a refund could not be pushed. */
  refunds(token, account) {
    return this.read(this.paymentChannel, paymentChannelAbi, 'refunds', [token, account]);
  }

  /** withdrawTokenRefund pays the signer's credited refunds in token to `to` (default: the signer). */
  withdrawTokenRefund(token, to = this.signer()) {
    return this.send(this.paymentChannel, paymentChannelAbi, 'withdrawTokenRefund', [token, to]);
  }

  signer() {
    if (!this.account) throw new MailroomError('invalid_private_key', 'no signing key for transactions');
    return this.account.address;
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
