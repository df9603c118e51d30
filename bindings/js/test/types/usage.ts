// Compiled (not run) by test/types.test.js: the declarations describe the API.
import * as mr from '../../src/index.js';
import { MailroomError, ReplayGuard, init } from '../../src/index.js';

export async function usage(): Promise<string> {
  await init();
  const k = mr.generateKey();
  const d: `0x${string}` = mr.keccak256(new Uint8Array([1]));
  const s = mr.sign(k.privateKey, d);
  const who: string = mr.recover(d, s);
  const h: mr.TypedDataHash = mr.hashTypedData('{}');
  const env = mr.signEnvelope(k.privateKey, { sender: who, recipient: who, payloadHash: d, timestamp: 1n, nonce: 0, chainId: '31337', verifyingContract: who });
  const ts: string = env.timestamp;
  mr.verifyEnvelope(env);
  const v = mr.signVoucher(k.privateKey, { chainId: 1, verifyingContract: who, channelId: d, cumulativeAmount: 10n });
  mr.verifyVoucher({ chainId: 1, verifyingContract: who }, v, who);
  const total: bigint = mr.acceptVoucher({ lastAccepted: 0, price: 1, deposit: 10, cumulative: 1 });
  const g = new ReplayGuard({ capacity: 10 });
  g.use(who, 0, 1, 1);
  const n: number = g.size;
  g.close();
  try {
    mr.parseDID('x');
  } catch (e) {
    if (e instanceof MailroomError) return e.code + h.digest + ts + total + n;
  }
  return '';
}
