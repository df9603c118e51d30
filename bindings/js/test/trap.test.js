// A guest trap fails that call with `internal`; the next call runs on a
// fresh instance, and guards of the old instance report `internal`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as mr from '../src/index.js';

before(() => mr.init());

test('a trap fails the call, replaces the instance and invalidates its guards', () => {
  const guard = new mr.ReplayGuard({ capacity: 4 });
  const before = mr.runtimeInfo().generation;
  // Bad input never traps the guest, so make the current instance's
  // keccak export trap as a guest crash (e.g. out of memory) would.
  const trap = () => {
    throw new WebAssembly.RuntimeError('unreachable');
  };
  mr.__testing.replaceExport('mr_keccak256', trap);
  assert.throws(() => mr.keccak256('0x'), (e) => e instanceof mr.MailroomError && e.code === 'internal' && /trapped/.test(e.message));
  assert.equal(mr.keccak256('0x'), '0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
  assert.equal(mr.runtimeInfo().generation, before + 1);
  assert.throws(() => guard.use('0x' + '11'.repeat(20), 0, 1, 1), { code: 'internal' });
  guard.close();
});
