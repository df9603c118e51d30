// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

interface IAgentPaymentChannel {
    function claim(bytes32 channelId, uint256 cumulativeAmount, bytes calldata sig) external;
    function redeemVoucher(bytes32 channelId, uint256 cumulativeAmount, bytes calldata sig) external;
}

/// @title ReentrantRecipient (test only)
/// @notice A malicious channel recipient: when paid, it re-enters the channel
/// contract with a second voucher. In Bubble mode the re-entry's revert
/// propagates (so the outer call must fail); in Swallow mode it is caught and
/// recorded (so the outer call succeeds and pays exactly once).
contract ReentrantRecipient {
    /// @notice What receive() does: 0 nothing, 1 re-enter claim, 2 re-enter redeemVoucher.
    uint8 public mode;
    /// @notice Whether receive() propagates the re-entry's revert.
    bool public bubble;
    /// @notice Number of re-entry attempts that reverted (Swallow mode).
    uint256 public reentryFailures;
    /// @notice Number of re-entry attempts that succeeded.
    uint256 public reentrySuccesses;
    /// @notice The revert data of the last failed re-entry.
    bytes public lastRevert;

    IAgentPaymentChannel private _target;
    bytes32 private _channelId;
    uint256 private _amount;
    bytes private _sig;

    /// @notice Arms the attack that receive() performs.
    /// @param target The channel contract.
    /// @param m 0 none, 1 claim, 2 redeemVoucher.
    /// @param bubble_ Whether to propagate the re-entry's revert.
    /// @param channelId The channel to re-enter with.
    /// @param amount The voucher amount to re-enter with.
    /// @param sig The voucher signature to re-enter with.
    function arm(address target, uint8 m, bool bubble_, bytes32 channelId, uint256 amount, bytes calldata sig)
        external
    {
        _target = IAgentPaymentChannel(target);
        mode = m;
        bubble = bubble_;
        _channelId = channelId;
        _amount = amount;
        _sig = sig;
    }

    /// @notice Claims a voucher as the recipient.
    /// @param target The channel contract.
    /// @param channelId The channel.
    /// @param amount The voucher amount.
    /// @param sig The voucher signature.
    function claim(address target, bytes32 channelId, uint256 amount, bytes calldata sig) external {
        IAgentPaymentChannel(target).claim(channelId, amount, sig);
    }

    /// @notice Redeems a voucher as the recipient.
    /// @param target The channel contract.
    /// @param channelId The channel.
    /// @param amount The voucher amount.
    /// @param sig The voucher signature.
    function redeem(address target, bytes32 channelId, uint256 amount, bytes calldata sig) external {
        IAgentPaymentChannel(target).redeemVoucher(channelId, amount, sig);
    }

    receive() external payable {
        uint8 m = mode;
        if (m == 0) return;
        mode = 0; // one attempt per payment
        bytes memory call = m == 1
            ? abi.encodeCall(IAgentPaymentChannel.claim, (_channelId, _amount, _sig))
            : abi.encodeCall(IAgentPaymentChannel.redeemVoucher, (_channelId, _amount, _sig));
        (bool ok, bytes memory ret) = address(_target).call(call);
        if (ok) {
            reentrySuccesses++;
            return;
        }
        if (bubble) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        reentryFailures++;
        lastRevert = ret;
    }
}
