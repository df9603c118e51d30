// A JS agent paying in the deployments' token from its own process, on a
// store directory another process used before (token.test.js: a restart
// pays on the same token channel). Prints {status, cumulative, channelId, nonce}.
//
//   MAILROOM_DEPLOYMENTS=… node token-agent.mjs <privateKey> <storeDir> <recipientDid> <body>
import { createAgent } from '../src/agent.js';

const [key, store, to, body] = process.argv.slice(2);
const a = await createAgent({ privateKey: key, store, asset: 'token' });
try {
  const res = await a.fetch(to, { body });
  await res.arrayBuffer();
  const nonce = await a.chain.public.getTransactionCount({ address: a.address });
  console.log(JSON.stringify({ status: res.status, cumulative: res.receipt.cumulativeAmount, channelId: res.payment.channelId, price: String(res.payment.price), nonce }));
} finally {
  await a.close();
}
