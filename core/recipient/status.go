package recipient

import (
	"net/http"

	"github.com/agentmailroom/mailroom/core/errs"
)

// StatusFor maps an error kind to the HTTP status of its refusal.
func StatusFor(k errs.Kind) int {
	switch k {
	case errs.BodyTooLarge:
		return http.StatusRequestEntityTooLarge
	case errs.SenderUnregistered, errs.SenderInactive:
		return http.StatusForbidden
	case errs.NonceReplayed, errs.VoucherExcessive, errs.RequestInProgress:
		return http.StatusConflict
	case errs.PaymentRequired, errs.VoucherInsufficient, errs.VoucherExceedsDeposit,
		errs.ChannelMismatch, errs.ChannelNotFound, errs.ChannelClosed,
		errs.ChannelClosing, errs.WithdrawDelayTooShort:
		return http.StatusPaymentRequired
	case errs.ResponseNotRetained:
		return http.StatusGone
	case errs.ReplayCapacity, errs.ChainUnavailable:
		return http.StatusServiceUnavailable
	case errs.StoreError, errs.Internal, errs.ChainError:
		return http.StatusInternalServerError
	case errs.TaskFailed:
		return http.StatusBadGateway
	default:
		// Envelope, signature and encoding failures.
		return http.StatusUnauthorized
	}
}
