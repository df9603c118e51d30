package errs

import (
	"errors"
	"fmt"
	"testing"
)

// TestKindStrings pins every kind string: they are protocol, shared with the
// WASM ABI, the bindings, the vectors and HTTP bodies. Changing a string here
// is a breaking change; adding a kind means adding a row.
func TestKindStrings(t *testing.T) {
	want := []string{
		"invalid_json", "invalid_hex", "invalid_input",
		"invalid_private_key", "invalid_address", "bad_checksum", "invalid_did",
		"invalid_signature", "invalid_recovery_id", "signature_high_s", "signature_out_of_range",
		"recovery_failed", "signer_mismatch", "invalid_digest",
		"invalid_typed_data", "invalid_type_name", "unknown_type", "duplicate_field", "missing_primary_type",
		"missing_field", "extra_field", "invalid_value", "integer_out_of_range", "invalid_integer",
		"bytes_length", "array_length", "limit_exceeded",
		"wrong_recipient", "timestamp_expired", "timestamp_future", "nonce_replayed", "replay_capacity",
		"payload_mismatch",
		"payment_required", "voucher_insufficient", "voucher_exceeds_deposit", "channel_mismatch",
		"channel_not_found", "channel_closed", "budget_exceeded",
		"sender_unregistered", "sender_inactive", "agent_not_found", "body_too_large", "receipt_invalid",
		"chain_error", "reverted", "store_error", "task_failed",
		"unsupported", "internal",
		"transport_error", "check_failed",
		"withdraw_delay_too_short", "channel_closing", "chain_unavailable", "correction_unproven",
		"voucher_excessive", "request_in_progress", "response_not_retained",
		"agent_inactive", "no_endpoint",
		"store_unavailable",
		"asset_mismatch",
	}
	if len(All) != len(want) {
		t.Fatalf("All has %d kinds, the pinned table %d: add the new kind to this table", len(All), len(want))
	}
	seen := map[Kind]bool{}
	for i, k := range All {
		if string(k) != want[i] {
			t.Errorf("kind %d is %q, pinned as %q", i, k, want[i])
		}
		if seen[k] {
			t.Errorf("kind %q listed twice", k)
		}
		seen[k] = true
		for _, c := range k {
			if !(c >= 'a' && c <= 'z' || c == '_') {
				t.Errorf("kind %q has %q: kinds are lower_snake_case", k, c)
			}
		}
	}
	// A few constants by name, so a swapped constant cannot hide in All.
	for k, s := range map[Kind]string{InvalidHex: "invalid_hex", SignatureHighS: "signature_high_s",
		LimitExceeded: "limit_exceeded", ReplayCapacity: "replay_capacity", Internal: "internal",
		MissingPrimary: "missing_primary_type", VoucherExceedsDeposit: "voucher_exceeds_deposit"} {
		if string(k) != s {
			t.Errorf("%q != %q", k, s)
		}
	}
}

func TestErrorBehaviour(t *testing.T) {
	err := New(InvalidHex, "odd length %d", 3)
	if err.Error() != "invalid_hex: odd length 3" {
		t.Errorf("Error() = %q", err)
	}
	if (&Error{Kind: Internal}).Error() != "internal" {
		t.Error("empty message")
	}
	wrapped := fmt.Errorf("context: %w", err)
	if KindOf(wrapped) != InvalidHex || !errors.Is(wrapped, InvalidHex) || errors.Is(wrapped, InvalidJSON) {
		t.Error("kind is not found through wrapping")
	}
	if KindOf(InvalidDID) != InvalidDID || KindOf(fmt.Errorf("x: %w", InvalidDID)) != InvalidDID {
		t.Error("a bare Kind is its own kind")
	}
	if KindOf(errors.New("plain")) != Internal || KindOf(nil) != "" {
		t.Error("KindOf of plain and nil errors")
	}
	if Message(err) != "odd length 3" || Message(wrapped) != "context: invalid_hex: odd length 3" || Message(nil) != "" {
		t.Errorf("Message = %q / %q", Message(err), Message(wrapped))
	}
	w := Wrap(InvalidSignature, "signature", err)
	if KindOf(w) != InvalidSignature || w.Error() != "invalid_signature: signature: odd length 3" {
		t.Errorf("Wrap = %v", w)
	}
}
