// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "./EIP712.sol";
import {Signatures} from "./Signatures.sol";

/// @title AgentPaymentChannel
/// @notice Uni-directional payment channels between AI agents, in ETH or in
/// any ERC-20 token (the channel's asset: address(0) for ETH). The sender
/// locks a deposit and signs cumulative EIP-712 vouchers
/// Voucher(bytes32 channelId,uint256 cumulativeAmount) under the domain
/// {name "AgentPaymentChannel", version "1", chainId, this}. The recipient
/// claims the increase over what it already claimed (claim) or claims and
/// closes, refunding the rest to the sender (redeemVoucher). The sender may
/// requestClose and, after the channel's withdrawDelay, withdraw the
/// unclaimed rest; the recipient can still claim during the delay. Every
/// channel's withdrawDelay is at least minWithdrawDelay, fixed at deployment,
/// so a sender cannot requestClose and withdraw in consecutive blocks after
/// being served.
/// @dev Invariant, per asset A: balance of A held == Σ(deposit − claimed) over
/// open channels in A + Σ refunds[A], plus any amount sent to the contract
/// outside its functions (selfdestruct, a fee recipient, a plain token
/// transfer), which no function can ever pay out: it is stranded. A channel
/// id binds chain, contract, sender, recipient, asset and a per-pair nonce,
/// so a voucher can never be replayed on another channel nor in another
/// asset. Only the sender may top up. Every state-changing function is
/// non-reentrant (a token whose transfer calls back in is refused with
/// ReentrantCall) and follows checks-effects-interactions.
///
/// Tokens: deposits are pulled with SafeERC20 (tokens that return no value,
/// USDT-like, work; those returning false are refused) and must arrive in
/// full: the contract's balance must grow by exactly the amount, so a
/// fee-on-transfer token is refused (FeeOnTransferToken). createTokenChannelWithPermit
/// opens with an EIP-2612 permit in one transaction; approve + createTokenChannel also works.
///
/// Payments: claim, withdraw and the recipient's share of redeemVoucher pay
/// msg.sender, forwarding all gas, and revert with TransferFailed if that
/// fails: the caller is the payee, pays for its own transaction and can
/// retry, so a failure there blocks nobody else. The sender's refund in
/// redeemVoucher goes to a third party (the sender) while the recipient pays
/// the gas, so it is pushed with at most REFUND_GAS_STIPEND gas and without
/// copying return data; if that call fails, the refund is credited to
/// refundOf[sender] instead (RefundCredited), to be pulled with
/// withdrawRefund or withdrawRefundTo, and the redeem goes through.
contract AgentPaymentChannel is EIP712 {
    /// @notice keccak256("Voucher(bytes32 channelId,uint256 cumulativeAmount)").
    bytes32 public constant VOUCHER_TYPEHASH = keccak256("Voucher(bytes32 channelId,uint256 cumulativeAmount)");

    /// @notice The longest withdraw delay a channel may have (365 days).
    uint256 public constant MAX_WITHDRAW_DELAY = 365 days;

    /// @notice The gas given to the push of the sender's refund in redeemVoucher
    /// (the callee also gets the EVM's 2300 value-transfer stipend): enough for a
    /// smart-contract wallet's receive (a proxy's delegatecall and an event), small
    /// enough that a hostile sender burning it all costs the recipient little. A
    /// refund that fails with it is credited to refundOf.
    uint256 public constant REFUND_GAS_STIPEND = 30_000;

    /// @notice The shortest withdraw delay a channel may have, in seconds; set at deployment.
    uint256 public immutable minWithdrawDelay;

    struct Channel {
        address sender; // slot 0
        uint64 withdrawDelay;
        bool open;
        address recipient; // slot 1
        uint64 closeRequestedAt;
        uint128 deposit; // slot 2
        uint128 claimed;
        address token; // slot 3: the asset, address(0) for ETH
    }

    mapping(bytes32 channelId => Channel) private _channels;

    /// @notice Channels created so far for each (sender, recipient) pair; the next channel's nonce.
    mapping(address sender => mapping(address recipient => uint256)) public pairNonce;

    /// @notice Refunds whose push failed, per asset (address(0): ETH), withdrawable
    /// by their owner (withdrawRefund, withdrawTokenRefund).
    mapping(address token => mapping(address account => uint256)) public refunds;

    /// @notice The gas given to the push of a token refund in redeemVoucher (a token
    /// transfer with hooks or a blocklist check fits); a refund that fails with it is
    /// credited to refunds[token][sender].
    uint256 public constant TOKEN_REFUND_GAS = 100_000;

    bool private transient _locked;

    /// @notice A state-changing function was re-entered.
    error ReentrantCall();
    /// @notice The recipient is zero or the sender itself (or withdrawRefundTo's payee is zero).
    error InvalidRecipient(address recipient);
    /// @notice A deposit or top-up of zero wei.
    error ZeroValue();
    /// @notice The withdraw delay (or, at deployment, the minimum) exceeds MAX_WITHDRAW_DELAY.
    error WithdrawDelayTooLong(uint256 withdrawDelay);
    /// @notice The withdraw delay is below this deployment's minWithdrawDelay.
    error WithdrawDelayTooShort(uint256 withdrawDelay, uint256 minimum);
    /// @notice withdrawRefund with no credited refund.
    error NoRefund(address account);
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
    /// @notice The token deposit did not arrive in full (a fee-on-transfer or rebasing token).
    error FeeOnTransferToken(address token, uint256 amount, uint256 received);
    /// @notice The call does not fit the channel's asset (ETH sent to a token channel, topUp of a token channel, …).
    error WrongAsset(bytes32 channelId, address token);
    /// @notice The token address has no code.
    error NotAToken(address token);

    /// @notice A channel was opened.
    event ChannelCreated(
        bytes32 indexed channelId,
        address indexed sender,
        address indexed recipient,
        uint256 deposit,
        uint256 withdrawDelay,
        uint256 nonce,
        address token
    );
    /// @notice The sender added amount to the deposit.
    event ChannelToppedUp(bytes32 indexed channelId, uint256 amount, uint256 deposit);
    /// @notice The recipient was paid amount; cumulativeAmount is now claimed.
    event Claimed(bytes32 indexed channelId, address indexed recipient, uint256 amount, uint256 cumulativeAmount);
    /// @notice The sender asked to close; withdraw is possible from availableAt.
    event CloseRequested(bytes32 indexed channelId, uint256 availableAt);
    /// @notice The channel closed and refund went back to the sender (pushed, or credited to refundOf).
    event ChannelClosed(bytes32 indexed channelId, uint256 claimed, uint256 refund);
    /// @notice Pushing a refund to account failed; amount was added to refunds[token][account].
    event RefundCredited(address indexed token, address indexed account, uint256 amount, uint256 balance);
    /// @notice account withdrew its credited refunds in token (amount base units) to to.
    event RefundWithdrawn(address indexed token, address indexed account, address indexed to, uint256 amount);

    modifier nonReentrant() {
        if (_locked) revert ReentrantCall();
        _locked = true;
        _;
        _locked = false;
    }

    /// @param minWithdrawDelay_ The shortest withdraw delay a channel may have, in
    /// seconds (at most MAX_WITHDRAW_DELAY); e.g. 3600 on a public chain, 0 on a dev chain.
    constructor(uint256 minWithdrawDelay_) EIP712("AgentPaymentChannel", "1") {
        if (minWithdrawDelay_ > MAX_WITHDRAW_DELAY) revert WithdrawDelayTooLong(minWithdrawDelay_);
        minWithdrawDelay = minWithdrawDelay_;
    }

    /// @notice Opens a channel from msg.sender to recipient with msg.value as deposit.
    /// @param recipient The payee; neither zero nor msg.sender.
    /// @param withdrawDelay Seconds between requestClose and withdraw
    /// (at least minWithdrawDelay, at most MAX_WITHDRAW_DELAY).
    /// @return channelId keccak256(abi.encode(chainid, this, sender, recipient, address(0), pairNonce)).
    function createChannel(address recipient, uint256 withdrawDelay)
        external
        payable
        nonReentrant
        returns (bytes32 channelId)
    {
        return _create(address(0), recipient, msg.value, withdrawDelay);
    }

    /// @notice Opens a channel from msg.sender to recipient holding amount of an ERC-20
    /// token, pulled from msg.sender (who approved this contract for at least amount).
    /// @param token The asset: an ERC-20 token contract.
    /// @param recipient The payee; neither zero nor msg.sender.
    /// @param amount The deposit, in the token's base units; it must arrive in full.
    /// @param withdrawDelay Seconds between requestClose and withdraw.
    /// @return channelId keccak256(abi.encode(chainid, this, sender, recipient, token, pairNonce)).
    function createTokenChannel(address token, address recipient, uint256 amount, uint256 withdrawDelay)
        external
        nonReentrant
        returns (bytes32 channelId)
    {
        return _createToken(token, recipient, amount, withdrawDelay);
    }

    /// @notice createTokenChannel in one transaction with an EIP-2612 permit of msg.sender
    /// for this contract. A permit that fails (e.g. already used by a front-runner) is
    /// ignored when the allowance is already enough, as OpenZeppelin advises.
    /// @param token The asset: an ERC-20 token with EIP-2612 permit.
    /// @param recipient The payee; neither zero nor msg.sender.
    /// @param amount The deposit, in the token's base units, and the permit's value.
    /// @param withdrawDelay Seconds between requestClose and withdraw.
    /// @param deadline The permit's deadline.
    /// @param v The permit signature's v.
    /// @param r The permit signature's r.
    /// @param s The permit signature's s.
    /// @return channelId As createTokenChannel.
    function createTokenChannelWithPermit(
        address token,
        address recipient,
        uint256 amount,
        uint256 withdrawDelay,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (bytes32 channelId) {
        if (token.code.length == 0) revert NotAToken(token);
        try IERC20Permit(token).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        return _createToken(token, recipient, amount, withdrawDelay);
    }

    /// @notice Adds msg.value to an open ETH channel's deposit. Sender only, and not after requestClose.
    /// @param channelId The channel.
    function topUp(bytes32 channelId) external payable nonReentrant {
        Channel storage c = _toppable(channelId);
        if (c.token != address(0)) revert WrongAsset(channelId, c.token);
        _addDeposit(c, channelId, msg.value);
    }

    /// @notice Adds amount of the channel's token (pulled from msg.sender) to an open token
    /// channel's deposit. Sender only, and not after requestClose.
    /// @param channelId The channel.
    /// @param amount The top-up, in the token's base units; it must arrive in full.
    function topUpToken(bytes32 channelId, uint256 amount) external nonReentrant {
        Channel storage c = _toppable(channelId);
        address token = c.token;
        if (token == address(0)) revert WrongAsset(channelId, token);
        if (amount == 0) revert ZeroValue();
        _addDeposit(c, channelId, amount);
        _pull(token, amount);
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
        _send(c.token, msg.sender, amount);
    }

    /// @notice Pays the recipient the increase of a voucher, refunds the rest to the sender and closes the channel.
    /// The refund is pushed with REFUND_GAS_STIPEND gas (TOKEN_REFUND_GAS for a token); if the sender's
    /// address does not take it, it is credited to refunds[token][sender] (RefundCredited) and the redeem
    /// still succeeds.
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
        address token = c.token;
        emit Claimed(channelId, msg.sender, amount, cumulativeAmount);
        emit ChannelClosed(channelId, cumulativeAmount, refund);
        _send(token, msg.sender, amount);
        _pushRefund(token, sender, refund);
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
        _send(c.token, msg.sender, refund);
    }

    /// @notice The ETH refunds credited to account (refunds[address(0)][account]).
    /// @param account The sender whose refund push failed.
    /// @return The credited wei.
    function refundOf(address account) external view returns (uint256) {
        return refunds[address(0)][account];
    }

    /// @notice Pays msg.sender its credited ETH refunds, forwarding all gas.
    function withdrawRefund() external nonReentrant {
        _withdrawRefund(address(0), msg.sender);
    }

    /// @notice Pays msg.sender's credited ETH refunds to another address,
    /// for a sender whose own address does not take ETH.
    /// @param to The payee; not zero (InvalidRecipient), and it must take the ETH, or the call
    /// reverts with TransferFailed.
    function withdrawRefundTo(address to) external nonReentrant {
        if (to == address(0)) revert InvalidRecipient(to);
        _withdrawRefund(address(0), to);
    }

    /// @notice Pays msg.sender's credited refunds in token (address(0): ETH) to to.
    /// @param token The asset.
    /// @param to The payee; not zero (InvalidRecipient).
    function withdrawTokenRefund(address token, address to) external nonReentrant {
        if (to == address(0)) revert InvalidRecipient(to);
        _withdrawRefund(token, to);
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
    /// @return token The asset: the ERC-20 token, or address(0) for ETH.
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
            bool open,
            address token
        )
    {
        Channel storage c = _channels[channelId];
        return (c.sender, c.recipient, c.deposit, c.claimed, c.withdrawDelay, c.closeRequestedAt, c.open, c.token);
    }

    /// @notice The EIP-712 digest of Voucher(channelId, cumulativeAmount) under this contract's domain.
    /// @param channelId The channel.
    /// @param cumulativeAmount The voucher's total.
    /// @return The digest the sender signs.
    function hashVoucher(bytes32 channelId, uint256 cumulativeAmount) public view returns (bytes32) {
        return _hashTypedData(keccak256(abi.encode(VOUCHER_TYPEHASH, channelId, cumulativeAmount)));
    }

    function _create(address token, address recipient, uint256 amount, uint256 withdrawDelay)
        private
        returns (bytes32 channelId)
    {
        if (recipient == address(0) || recipient == msg.sender) revert InvalidRecipient(recipient);
        if (amount == 0) revert ZeroValue();
        if (withdrawDelay > MAX_WITHDRAW_DELAY) revert WithdrawDelayTooLong(withdrawDelay);
        if (withdrawDelay < minWithdrawDelay) revert WithdrawDelayTooShort(withdrawDelay, minWithdrawDelay);
        if (amount > type(uint128).max) revert DepositOverflow();
        uint256 nonce = pairNonce[msg.sender][recipient]++;
        channelId = keccak256(abi.encode(block.chainid, address(this), msg.sender, recipient, token, nonce));
        _channels[channelId] = Channel({
            sender: msg.sender,
            withdrawDelay: uint64(withdrawDelay),
            open: true,
            recipient: recipient,
            closeRequestedAt: 0,
            deposit: uint128(amount),
            claimed: 0,
            token: token
        });
        emit ChannelCreated(channelId, msg.sender, recipient, amount, withdrawDelay, nonce, token);
    }

    function _createToken(address token, address recipient, uint256 amount, uint256 withdrawDelay)
        private
        returns (bytes32 channelId)
    {
        if (token.code.length == 0) revert NotAToken(token);
        channelId = _create(token, recipient, amount, withdrawDelay);
        _pull(token, amount);
    }

    function _toppable(bytes32 channelId) private view returns (Channel storage c) {
        c = _open(channelId);
        if (msg.sender != c.sender) revert NotSender(channelId, msg.sender);
        if (c.closeRequestedAt != 0) revert CloseAlreadyRequested(channelId);
    }

    function _addDeposit(Channel storage c, bytes32 channelId, uint256 amount) private {
        if (amount == 0) revert ZeroValue();
        uint256 deposit = uint256(c.deposit) + amount;
        if (deposit > type(uint128).max) revert DepositOverflow();
        c.deposit = uint128(deposit);
        emit ChannelToppedUp(channelId, amount, deposit);
    }

    /// @dev Pulls amount of token from msg.sender and requires that exactly amount arrived.
    function _pull(address token, uint256 amount) private {
        uint256 before = IERC20(token).balanceOf(address(this));
        SafeERC20.safeTransferFrom(IERC20(token), msg.sender, address(this), amount);
        uint256 received = IERC20(token).balanceOf(address(this)) - before;
        if (received != amount) revert FeeOnTransferToken(token, amount, received);
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

    function _withdrawRefund(address token, address to) private {
        uint256 amount = refunds[token][msg.sender];
        if (amount == 0) revert NoRefund(msg.sender);
        refunds[token][msg.sender] = 0;
        emit RefundWithdrawn(token, msg.sender, to, amount);
        _send(token, to, amount);
    }

    /// @dev Pays msg.sender-side payees: all gas forwarded, reverts on failure
    /// (TransferFailed for ETH, SafeERC20FailedOperation for a token).
    function _send(address token, address to, uint256 amount) private {
        if (amount == 0) return;
        if (token != address(0)) {
            SafeERC20.safeTransfer(IERC20(token), to, amount);
            return;
        }
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }

    /// @dev Pushes a refund to a third party with a bounded stipend and no
    /// return-data copy (so neither a reverting, gas-burning nor return-bombing
    /// receiver can block or tax the caller); credits refundOf when it fails.
    function _pushRefund(address token, address to, uint256 amount) private {
        if (amount == 0) return;
        bool ok = token == address(0) ? _pushETH(to, amount) : _pushToken(token, to, amount);
        if (!ok) {
            uint256 balance = refunds[token][to] + amount;
            refunds[token][to] = balance;
            emit RefundCredited(token, to, amount, balance);
        }
    }

    function _pushETH(address to, uint256 amount) private returns (bool ok) {
        assembly ("memory-safe") {
            ok := call(REFUND_GAS_STIPEND, to, amount, 0, 0, 0, 0)
        }
    }

    /// @dev transfer(to, amount) on token with TOKEN_REFUND_GAS gas, reading at most
    /// 32 bytes back: success is a call that did not revert and returned nothing
    /// (USDT-like) or a true word, as SafeERC20 judges it.
    function _pushToken(address token, address to, uint256 amount) private returns (bool ok) {
        bytes memory data = abi.encodeCall(IERC20.transfer, (to, amount));
        uint256 size;
        uint256 word;
        assembly ("memory-safe") {
            ok := call(TOKEN_REFUND_GAS, token, 0, add(data, 0x20), mload(data), 0, 0x20)
            size := returndatasize()
            word := mload(0)
        }
        return ok && (size == 0 ? token.code.length > 0 : size >= 32 && word == 1);
    }
}
