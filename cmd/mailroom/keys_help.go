package main

import "github.com/spf13/cobra"

func init() { register(newKeysHelpTopic) }

// newKeysHelpTopic is `mailroom help keys`: where signing commands find
// their key.
func newKeysHelpTopic() *cobra.Command {
	return &cobra.Command{
		Use:   "keys",
		Short: "Key files, keystores, passwords and MAILROOM_KEYSTORE",
		Long: `Every command that signs (did, eip712 sign, envelope sign, voucher sign,
register, agent, channel, deploy, send, serve, settle) takes its key from
exactly one of:

  --key FILE          a key file: the 0x-hex private key on its first line
                      (mailroom keygen --out FILE writes one)
  --keystore FILE     a Web3 Secret Storage keystore (version 3, scrypt):
                      geth's, Foundry's cast wallet's, ethers', MetaMask's
                      (mailroom keygen --keystore FILE writes one)
  --dev-account N     dev account N of mailroom node (dev chains only)
  $MAILROOM_KEYSTORE  a keystore, when none of the flags is given

The password of a keystore comes from, in order: --password-file FILE (its
first line), $MAILROOM_PASSWORD_FILE, $MAILROOM_PASSWORD, or a prompt when
stdin is a terminal (nothing is echoed). The agent key of register and agent
(--agent-key FILE) has --agent-keystore FILE and --agent-password-file FILE;
the environment variables are the signer's only.

Key, keystore and password files must be private to their owner (chmod 600):
a file that group or others can access is refused, as ssh refuses such a
private key ("permissions 0644 for 'alice.key' are too open"). Foundry's
cast wallet new writes 0644 files: chmod 600 them before use.

keygen --keystore uses go-ethereum's standard scrypt cost (N=2^18, r=8, p=1:
256 MiB and about half a second at each use), since a keystore is what stands
between a stolen file and the key; --light-kdf (N=2^12, p=6: 4 MiB, ~30 ms)
suits small machines. Any keystore cost is read, up to 1 GiB of scrypt.

No error prints a key: a private key given where a file path was expected
(--key 0x…) is reported without its value.

With --json, errors too are JSON on stderr: {"code":"…","message":"…"}.`,
	}
}
