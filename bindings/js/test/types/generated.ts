// Compiled (not run) by test/abi.test.js: the generated declarations
// (ops.gen.d.ts) describe the raw stubs and the wire shapes.
import * as mr from '../../src/index.js';

export function generated(): string {
  const k: mr.GeneratedKey = mr.generateKey();
  const req: mr.abi.RegistrationDigestRequest = { chainId: 31337n, verifyingContract: k.address, agent: k.address, owner: k.address, deadline: '1' };
  const d: `0x${string}` = mr.ops.registrationDigest(req);
  const s: `0x${string}` = mr.signRegistration(k.privateKey, { chainId: 1, verifyingContract: k.address, agent: k.address, owner: k.address, deadline: 2n });
  const v: mr.Verified = mr.verifyEnvelope('{}');
  const h: number = mr.ops.replayNew({ pastSeconds: 1, futureSeconds: 1, capacity: 4, perSender: null });
  const ok: boolean = mr.ops.replayUse({ guard: h, sender: k.address, nonce: 1n, timestamp: 2, now: '3' });
  const t: mr.TypedDataHash = mr.ops.typedDataHash('{}');
  const g: mr.GeneratedKey = mr.ops.generateKey();
  const env: mr.SignedEnvelope = mr.ops.envelopeSign({ privateKey: k.privateKey, sender: k.address, recipient: k.address, payloadHash: d, timestamp: 1, nonce: 2, chainId: 3, verifyingContract: k.address });
  const r: mr.RecoveredTypedData = mr.recoverTypedData('{}', s);
  return d + s + v.digest + h + ok + t.digest + g.address + env.timestamp + r.address
    + mr.registrationDigest({ chainId: 1, verifyingContract: d, agent: d, owner: d, deadline: 0 });
}

// @ts-expect-error: a misspelled request field is a type error.
mr.ops.keccak256({ dat: '0x' });
// @ts-expect-error: a missing required field is a type error.
mr.ops.registrationDigest({ chainId: 1, verifyingContract: '0x', agent: '0x', owner: '0x' });
