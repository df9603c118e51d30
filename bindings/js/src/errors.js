// MailroomError is the one error type of the package. Its `code` is the
// core's error kind (core/errs), the same string the Go error kind, the WASM
// ABI error code, the test vectors, the Python binding and the HTTP error
// bodies carry.

export class MailroomError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   * @param {{cause?: unknown}} [options]
   */
  constructor(code, message, options) {
    super(`${code}: ${message}`, options);
    this.name = 'MailroomError';
    this.code = code;
    this.detail = message;
  }
}

/** Error codes raised by the binding itself (not by the guest). */
export const LocalCodes = Object.freeze({
  invalidInput: 'invalid_input',
  invalidHex: 'invalid_hex',
  internal: 'internal',
  unsupported: 'unsupported',
});
