// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {EIP712} from "./EIP712.sol";
import {Signatures} from "./Signatures.sol";

/// @title AgentPaymentChannel
/// @notice Uni-directional ETH payment channels between AI agents. The sender
/// locks a deposit and signs cumulative EIP-712 vouchers
/// Voucher(bytes32 channelId,uint256 cumulativeAmount) under the domain
/// {name "AgentPaymentChannel", version "1", chainId, this}. The recipient
/// claims the increase over what it already claimed (claim) or claims and
/// closes, refunding the rest to the sender (redeemVoucher). The sender may
/// requestClose and, after the channel's withdrawDelay, withdraw the
/// unclaimed rest; the recipient can still claim during the delay.
/// @dev Invariant: address(this).balance == Σ(deposit − claimed) over open
/// channels. A channel id binds chain, contract, sender, recipient and a
/// per-pair nonce, so a voucher can never be replayed on another channel.
/// Only the sender may top up. Every state-changing function is
/// non-reentrant and follows checks-effects-interactions.
contract AgentPaymentChannel is EIP712 {
    /// @notice keccak256("Voucher(bytes32 channelId,uint256 cumulativeAmount)").
    bytes32 public constant VOUCHER_TYPEHASH = keccak256("Voucher(bytes32 channelId,uint256 cumulativeAmount)");

    /// @notice The longest withdraw delay a channel may have (365 days).
    uint256 public constant MAX_WITHDRAW_DELAY = 365 days;

    struct Channel {
        address sender; // slot 0
        uint64 withdrawDelay;
        bool open;
        address recipient; // slot 1
        uint64 closeRequestedAt;
        uint128 deposit; // slot 2
        uint128 claimed;
    }

    mapping(bytes32 channelId => Channel) private _channels;

    /// @notice Channels created so far for each (sender, recipient) pair; the next channel's nonce.
    mapping(address sender => mapping(address recipient => uint256)) public pairNonce;

    bool private transient _locked;

    /// @notice A state-changing function was re-entered.
    error ReentrantCall();
    /// @notice The recipient is zero or the sender itself.
    error InvalidRecipient(address recipient);
    /// @notice A deposit or top-up of zero wei.
    error ZeroValue();
    /// @notice The withdraw delay exceeds MAX_WITHDRAW_DELAY.
    error WithdrawDelayTooLong(uint256 withdrawDelay);
    /// @notice The deposit would not fit in 128 bits.
    error DepositOverflow();
    /// @notice No channel has this id.
    error ChannelNotFound(bytes32 channelId);
    /// @notice The channel is closed.
    error ChannelNotOpen(bytes32 channelId);
    /// @notice The caller is not the channel's sender.
    error NotSender(bytes32 channelId, address caller);
    /// @notice The caller is not the channel's recipient.
    error NotRecipient(bytes32 channelId, address caller);
    /// @notice The voucher does not exceed what was already claimed.
    error VoucherNotIncreasing(uint256 claimed, uint256 cumulativeAmount);
    /// @notice The voucher exceeds the channel's deposit.
    error VoucherExceedsDeposit(uint256 deposit, uint256 cumulativeAmount);
    /// @notice The voucher was not signed by the channel's sender.
    error VoucherSignerMismatch(address sender, address signer);
    /// @notice requestClose was already called for this channel.
    error CloseAlreadyRequested(bytes32 channelId);
    /// @notice withdraw before requestClose.
    error CloseNotRequested(bytes32 channelId);
    /// @notice withdraw before the withdraw delay has passed.
    error WithdrawTooEarly(uint256 availableAt, uint256 timestamp);
    /// @notice A transfer of ETH failed.
    error TransferFailed(address to, uint256 amount);

    /// @notice A channel was opened.
    event ChannelCreated(
        bytes32 indexed channelId,
        address indexed sender,
        address indexed recipient,
        uint256 deposit,
        uint256 withdrawDelay,
        uint256 nonce
    );
    /// @notice The sender added amount to the deposit.
    event ChannelToppedUp(bytes32 indexed channelId, uint256 amount, uint256 deposit);
    /// @notice The recipient was paid amount; cumulativeAmount is now claimed.
    event Claimed(bytes32 indexed channelId, address indexed recipient, uint256 amount, uint256 cumulativeAmount);
    /// @notice The sender asked to close; withdraw is possible from availableAt.
    event CloseRequested(bytes32 indexed channelId, uint256 availableAt);
    /// @notice The channel closed and refund went back to the sender.
    event ChannelClosed(bytes32 indexed channelId, uint256 claimed, uint256 refund);

    modifier nonReentrant() {
        if (_locked) revert ReentrantCall();
        _locked = true;
        _;
        _locked = false;
    }

    constructor() EIP712("AgentPaymentChannel", "1") {}

    /// @notice Opens a channel from msg.sender to recipient with msg.value as deposit.
    /// @param recipient The payee; neither zero nor msg.sender.
    /// @param withdrawDelay Seconds between requestClose and withdraw (at most MAX_WITHDRAW_DELAY).
    /// @return channelId keccak256(abi.encode(chainid, this, sender, recipient, pairNonce)).
    function createChannel(address recipient, uint256 withdrawDelay)
        external
        payable
        nonReentrant
        returns (bytes32 channelId)
    {
        if (recipient == address(0) || recipient == msg.sender) revert InvalidRecipient(recipient);
        if (msg.value == 0) revert ZeroValue();
        if (withdrawDelay > MAX_WITHDRAW_DELAY) revert WithdrawDelayTooLong(withdrawDelay);
        if (msg.value > type(uint128).max) revert DepositOverflow();
        uint256 nonce = pairNonce[msg.sender][recipient]++;
        channelId = keccak256(abi.encode(block.chainid, address(this), msg.sender, recipient, nonce));
        _channels[channelId] = Channel({
            sender: msg.sender,
            withdrawDelay: uint64(withdrawDelay),
            open: true,
            recipient: recipient,
            closeRequestedAt: 0,
            deposit: uint128(msg.value),
            claimed: 0
        });
        emit ChannelCreated(channelId, msg.sender, recipient, msg.value, withdrawDelay, nonce);
    }

    /// @notice Adds msg.value to an open channel's deposit. Sender only, and not after requestClose.
    /// @param channelId The channel.
    function topUp(bytes32 channelId) external payable nonReentrant {
        Channel storage c = _open(channelId);
        if (msg.sender != c.sender) revert NotSender(channelId, msg.sender);
        if (c.closeRequestedAt != 0) revert CloseAlreadyRequested(channelId);
        if (msg.value == 0) revert ZeroValue();
        uint256 deposit = uint256(c.deposit) + msg.value;
        if (deposit > type(uint128).max) revert DepositOverflow();
        c.deposit = uint128(deposit);
        emit ChannelToppedUp(channelId, msg.value, deposit);
    }

    /// @notice Pays the recipient the increase of a voucher over what it already claimed; the channel stays open.
    /// @param channelId The channel.
    /// @param cumulativeAmount The voucher's total; must exceed claimed and not exceed deposit.
    /// @param sig The sender's 65-byte EIP-712 signature of the voucher.
    function claim(bytes32 channelId, uint256 cumulativeAmount, bytes calldata sig) external nonReentrant {
        Channel storage c = _open(channelId);
        uint256 amount = _acceptVoucher(c, channelId, cumulativeAmount, sig);
        c.claimed = uint128(cumulativeAmount);
        emit Claimed(channelId, msg.sender, amount, cumulativeAmount);
        _send(msg.sender, amount);
    }

    /// @notice Pays the recipient the increase of a voucher, refunds the rest to the sender and closes the channel.
    /// @param channelId The channel.
    /// @param cumulativeAmount The voucher's total; must exceed claimed and not exceed deposit.
    /// @param sig The sender's 65-byte EIP-712 signature of the voucher.
    function redeemVoucher(bytes32 channelId, uint256 cumulativeAmount, bytes calldata sig) external nonReentrant {
        Channel storage c = _open(channelId);
        uint256 amount = _acceptVoucher(c, channelId, cumulativeAmount, sig);
        uint256 refund = uint256(c.deposit) - cumulativeAmount;
        c.claimed = uint128(cumulativeAmount);
        c.open = false;
        address sender = c.sender;
        emit Claimed(channelId, msg.sender, amount, cumulativeAmount);
        emit ChannelClosed(channelId, cumulativeAmount, refund);
        _send(msg.sender, amount);
        _send(sender, refund);
    }

    /// @notice Starts the withdraw delay. Sender only; the recipient can still claim meanwhile.
    /// @param channelId The channel.
    function requestClose(bytes32 channelId) external nonReentrant {
        Channel storage c = _open(channelId);
        if (msg.sender != c.sender) revert NotSender(channelId, msg.sender);
        if (c.closeRequestedAt != 0) revert CloseAlreadyRequested(channelId);
        c.closeRequestedAt = uint64(block.timestamp);
        emit CloseRequested(channelId, block.timestamp + c.withdrawDelay);
    }

    /// @notice After requestClose and the withdraw delay, refunds the unclaimed rest to the sender and closes.
    /// @param channelId The channel.
    function withdraw(bytes32 channelId) external nonReentrant {
        Channel storage c = _open(channelId);
        if (msg.sender != c.sender) revert NotSender(channelId, msg.sender);
        if (c.closeRequestedAt == 0) revert CloseNotRequested(channelId);
        uint256 availableAt = uint256(c.closeRequestedAt) + c.withdrawDelay;
        if (block.timestamp < availableAt) revert WithdrawTooEarly(availableAt, block.timestamp);
        uint256 refund = uint256(c.deposit) - c.claimed;
        c.open = false;
        emit ChannelClosed(channelId, c.claimed, refund);
        _send(msg.sender, refund);
    }

    /// @notice Reads a channel. Never reverts: an unknown id has sender == address(0).
    /// @param channelId The channel.
    /// @return sender The payer.
    /// @return recipient The payee.
    /// @return deposit Total wei deposited.
    /// @return claimed Cumulative wei paid to the recipient.
    /// @return withdrawDelay Seconds between requestClose and withdraw.
    /// @return closeRequestedAt Timestamp of requestClose, or 0.
    /// @return open Whether the channel is open.
    function getChannel(bytes32 channelId)
        external
        view
        returns (
            address sender,
            address recipient,
            uint256 deposit,
            uint256 claimed,
            uint256 withdrawDelay,
            uint256 closeRequestedAt,
            bool open
        )
    {
        Channel storage c = _channels[channelId];
        return (c.sender, c.recipient, c.deposit, c.claimed, c.withdrawDelay, c.closeRequestedAt, c.open);
    }

    /// @notice The EIP-712 digest of Voucher(channelId, cumulativeAmount) under this contract's domain.
    /// @param channelId The channel.
    /// @param cumulativeAmount The voucher's total.
    /// @return The digest the sender signs.
    function hashVoucher(bytes32 channelId, uint256 cumulativeAmount) public view returns (bytes32) {
        return _hashTypedData(keccak256(abi.encode(VOUCHER_TYPEHASH, channelId, cumulativeAmount)));
    }

    function _open(bytes32 channelId) private view returns (Channel storage c) {
        c = _channels[channelId];
        if (c.sender == address(0)) revert ChannelNotFound(channelId);
        if (!c.open) revert ChannelNotOpen(channelId);
    }

    /// @dev Checks caller, amount bounds and signature; returns the increase to pay.
    function _acceptVoucher(Channel storage c, bytes32 channelId, uint256 cumulativeAmount, bytes calldata sig)
        private
        view
        returns (uint256)
    {
        if (msg.sender != c.recipient) revert NotRecipient(channelId, msg.sender);
        uint256 claimed = c.claimed;
        if (cumulativeAmount <= claimed) revert VoucherNotIncreasing(claimed, cumulativeAmount);
        if (cumulativeAmount > c.deposit) revert VoucherExceedsDeposit(c.deposit, cumulativeAmount);
        address signer = Signatures.recover(hashVoucher(channelId, cumulativeAmount), sig);
        if (signer != c.sender) revert VoucherSignerMismatch(c.sender, signer);
        return cumulativeAmount - claimed;
    }

    function _send(address to, uint256 amount) private {
        if (amount == 0) return;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
