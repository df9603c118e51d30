// Typed-data documents shared by the ethers cross-checks and the browser
// test: every EIP-712 feature the core supports, in eth_signTypedData_v4 form.

export const mail = {
  types: {
    EIP712Domain: [
      { name: 'name', type: 'string' },
      { name: 'version', type: 'string' },
      { name: 'chainId', type: 'uint256' },
      { name: 'verifyingContract', type: 'address' },
    ],
    Person: [
      { name: 'name', type: 'string' },
      { name: 'wallet', type: 'address' },
    ],
    Mail: [
      { name: 'from', type: 'Person' },
      { name: 'to', type: 'Person' },
      { name: 'contents', type: 'string' },
    ],
  },
  primaryType: 'Mail',
  domain: { name: 'Ether Mail', version: '1', chainId: 1, verifyingContract: '0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC' },
  message: {
    from: { name: 'Cow', wallet: '0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826' },
    to: { name: 'Bob', wallet: '0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB' },
    contents: 'Hello, Bob!',
  },
};

// Mail's digest from the EIP-712 specification.
export const mailDigest = '0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2';

export const kitchenSink = {
  types: {
    EIP712Domain: [
      { name: 'name', type: 'string' },
      { name: 'chainId', type: 'uint256' },
      { name: 'salt', type: 'bytes32' },
    ],
    Item: [
      { name: 'id', type: 'uint64' },
      { name: 'delta', type: 'int128' },
      { name: 'tags', type: 'string[]' },
      { name: 'blob', type: 'bytes' },
    ],
    Order: [
      { name: 'owner', type: 'address' },
      { name: 'items', type: 'Item[]' },
      { name: 'grid', type: 'uint8[2][]' },
      { name: 'flags', type: 'bool[3]' },
      { name: 'code', type: 'bytes4' },
      { name: 'total', type: 'uint256' },
      { name: 'tiny', type: 'int8' },
      { name: 'meta', type: 'Meta[]' },
    ],
    Meta: [
      { name: 'owner', type: 'address' },
      { name: 'flags', type: 'bool[3]' },
      { name: 'code', type: 'bytes4' },
      { name: 'total', type: 'uint256' },
      { name: 'tiny', type: 'int8' },
    ],
  },
  primaryType: 'Order',
  domain: { name: 'Kitchen Sink', chainId: '0x7a69', salt: '0x' + 'ab'.repeat(32) },
  message: {
    owner: '0x000000000000000000000000000000000000dEaD',
    items: [
      { id: '18446744073709551615', delta: '-170141183460469231731687303715884105728', tags: ['a', 'b', ''], blob: '0x00ff10' },
      { id: 0, delta: '170141183460469231731687303715884105727', tags: [], blob: '0x' },
    ],
    grid: [[1, 2], [255, 0]],
    flags: [true, false, true],
    code: '0xdeadbeef',
    total: '115792089237316195423570985008687907853269984665640564039457584007913129639935',
    tiny: -128,
    meta: [{
      owner: '0x0000000000000000000000000000000000000001', flags: [false, false, false],
      code: '0x00000000', total: '0x10', tiny: 127,
    }],
  },
};

export const documents = { mail, kitchenSink };

/** ethersArgs splits a v4 document into TypedDataEncoder's (domain, types, message). */
export function ethersArgs(td) {
  const types = { ...td.types };
  delete types.EIP712Domain;
  return [td.domain, types, td.message];
}
