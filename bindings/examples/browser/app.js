// An agent in the browser pays a mailroom: @agentmailroom/core/agent with
// viem for the chain, fetch for HTTP (the mailroom must allow this page's
// origin: `mailroom serve --cors-origin <origin>`), IndexedDB for its
// vouchers and nonces, and mailroom.wasm under the package's WASI shim.
//
// The page's query string says what to do (index.html?key=0x…&bob=did:…):
//   key   Alice's private key (a dev-chain key funded with gas money)
//   bob   the DID of the mailroom to pay
//   rpc   the chain's JSON-RPC URL (default: this origin's /rpc)
//   n     how many paid requests (default 2)
// Bundle it for a page (the test does this with esbuild):
//   esbuild app.js --bundle --format=esm --external:node:* --outfile=dist/app.js
import { createAgent } from '@agentmailroom/core/agent';
import { indexedDBStore } from '@agentmailroom/core/store';

const q = new URLSearchParams(location.search);
const out = document.getElementById('log');
const log = (s) => {
  out.textContent += s + '\n';
};

async function main() {
  const agent = await createAgent({
    privateKey: q.get('key'),
    rpcUrl: q.get('rpc') || `${location.origin}/rpc`,
    store: await indexedDBStore(`mailroom-${q.get('key').slice(0, 10)}`),
    wasm: new URL('mailroom.wasm', location.href),
  });
  log(`I am ${agent.did}`);
  try {
    await agent.registry.profile(agent.did); // registered on an earlier visit
  } catch (e) {
    if (e.code !== 'agent_not_found') throw e;
    await agent.registry.register({});
  }
  const bob = await agent.registry.profile(q.get('bob'));
  log(`Bob's mailroom: ${bob.endpoint}, ${bob.ratePerTaskWei} wei per task`);
  const paid = [];
  for (let i = 0; i < Number(q.get('n') || 2); i++) {
    const res = await agent.fetch(q.get('bob'), { method: 'POST', body: JSON.stringify({ task: `hello ${i}` }) });
    const body = await res.text();
    log(`HTTP ${res.status} ${body}\nreceipt: ${res.receipt.cumulativeAmount} wei on ${res.receipt.channelId.slice(0, 10)}…`);
    paid.push({ status: res.status, body, cumulative: res.receipt.cumulativeAmount, channelId: res.receipt.channelId });
  }
  return { did: agent.did, paid, store: agent.store.kind };
}

main().then((r) => {
  window.__result = r;
}, (e) => {
  log(`error: ${e.code || ''} ${e.message}`);
  window.__result = { error: `${e.code || 'error'}: ${e.message}` };
});
