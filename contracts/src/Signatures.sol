// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice The signature is not 65 bytes long.
error InvalidSignatureLength(uint256 length);
/// @notice The recovery byte v is not in {0, 1, 27, 28}.
error InvalidSignatureV(uint8 v);
/// @notice r or s is zero.
error InvalidSignatureRS();
/// @notice s is in the upper half of the curve order (EIP-2 malleability).
error SignatureHighS();
/// @notice ecrecover returned the zero address (no key recovers from the digest and signature).
error InvalidSignature();

/// @title Signatures
/// @notice Strict secp256k1 signature recovery for 65-byte r‖s‖v signatures:
/// v ∈ {27, 28} (0 and 1 are accepted as 27 and 28), r and s nonzero,
/// s ≤ n/2 (EIP-2 low-s), and a recovered address that is never zero.
library Signatures {
    /// @dev n/2 for the secp256k1 curve order n.
    uint256 internal constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// @dev Recovers the signer of digest or reverts with one of the errors above.
    function recover(bytes32 digest, bytes calldata sig) internal pure returns (address signer) {
        if (sig.length != 65) revert InvalidSignatureLength(sig.length);
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := calldataload(sig.offset)
            s := calldataload(add(sig.offset, 0x20))
            v := byte(0, calldataload(add(sig.offset, 0x40)))
        }
        if (v < 2) v += 27;
        if (v != 27 && v != 28) revert InvalidSignatureV(v);
        if (r == 0 || s == 0) revert InvalidSignatureRS();
        if (uint256(s) > HALF_N) revert SignatureHighS();
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert InvalidSignature();
    }
}
