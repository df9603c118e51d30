package recipient

import (
	"github.com/agentmailroom/mailroom/core/errs"
)

// StatusFor maps an error kind to the HTTP status of its refusal.
func StatusFor(k errs.Kind) int {
	switch k {
	case errs.BodyTooLarge:
		return StatusRequestEntityTooLarge
	case errs.SenderUnregistered, errs.SenderInactive:
		return StatusForbidden
	case errs.NonceReplayed, errs.VoucherExcessive, errs.RequestInProgress:
		return StatusConflict
	case errs.PaymentRequired, errs.VoucherInsufficient, errs.VoucherExceedsDeposit,
		errs.ChannelMismatch, errs.ChannelNotFound, errs.ChannelClosed,
		errs.ChannelClosing, errs.WithdrawDelayTooShort, errs.AssetMismatch:
		return StatusPaymentRequired
	case errs.ResponseNotRetained:
		return StatusGone
	case errs.ReplayCapacity, errs.ChainUnavailable, errs.StoreUnavailable:
		return StatusServiceUnavailable
	case errs.StoreError, errs.Internal, errs.ChainError:
		return StatusInternalServerError
	case errs.TaskFailed:
		return StatusBadGateway
	default:
		// Envelope, signature and encoding failures.
		return StatusUnauthorized
	}
}
