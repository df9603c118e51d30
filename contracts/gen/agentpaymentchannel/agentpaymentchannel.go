// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package agentpaymentchannel

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// AgentPaymentChannelMetaData contains all meta data concerning the AgentPaymentChannel contract.
var AgentPaymentChannelMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minWithdrawDelay_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"ChannelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"ChannelNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"CloseAlreadyRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"CloseNotRequested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignatureRS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"InvalidSignatureV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoRefund\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignatureHighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"VoucherExceedsDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"VoucherNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"VoucherSignerMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"}],\"name\":\"WithdrawDelayTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"WithdrawDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"WithdrawTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"ChannelClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"ChannelCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"ChannelToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"CloseRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"RefundCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RefundWithdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_WITHDRAW_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REFUND_GAS_STIPEND\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOUCHER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"}],\"name\":\"createChannel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"getChannel\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closeRequestedAt\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"hashVoucher\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minWithdrawDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"pairNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"redeemVoucher\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"refundOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"requestClose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawRefundTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610140604052348015610010575f5ffd5b506040516118ee3803806118ee83398101604081905261002f9161012b565b604080518082018252601381527f4167656e745061796d656e744368616e6e656c0000000000000000000000000060208083019182528351808501855260018152603160f81b81830190815293519092206080818152925190932060a08181524660c08181523060e081905288517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81880152808a01989098526060880194909452948601528481019190915284518085039091018152929091019092528051910120610100526301e13380811115610122576040516310c2879160e31b81526004810182905260240160405180910390fd5b61012052610142565b5f6020828403121561013b575f5ffd5b5051919050565b60805160a05160c05160e05161010051610120516117576101975f395f81816103b001528181610a980152610ad401525f61133701525f61130d01525f6112da01525f6113b001525f61138801526117575ff3fe6080604052600436106100fa575f3560e01c8063831c2b8211610092578063bb510a7711610062578063bb510a7714610350578063c876e99b14610363578063cfa54f3914610378578063f698da251461038b578063fd9d40771461039f575f5ffd5b8063831c2b821461021b5780638e19899e146102df57806394739e87146102fe5780639d34e90c14610331575f5ffd5b80636215a0eb116100cd5780636215a0eb146101885780636bf5fe6f146101be5780636fa50be7146101dd5780637964ea87146101fc575f5ffd5b806307738ad2146100fe578063110f88741461013c5780631fc3277d14610152578063413bbf5e14610169575b5f5ffd5b348015610109575f5ffd5b50610129610118366004611593565b60026020525f908152604090205481565b6040519081526020015b60405180910390f35b348015610147575f5ffd5b506101506103d2565b005b34801561015d575f5ffd5b506101296301e1338081565b348015610174575f5ffd5b506101506101833660046115ac565b610418565b348015610193575f5ffd5b506101296101a2366004611626565b600160209081525f928352604080842090915290825290205481565b3480156101c9575f5ffd5b506101506101d8366004611657565b610561565b3480156101e8575f5ffd5b506101506101f7366004611593565b610690565b348015610207575f5ffd5b506101506102163660046115ac565b610709565b348015610226575f5ffd5b5061029d610235366004611657565b5f908152602081905260409020805460018201546002909201546001600160a01b0380831694908416936001600160801b0380841694600160801b90940416926001600160401b03600160a01b8083048216949304169160ff600160e01b9092049190911690565b604080516001600160a01b039889168152979096166020880152948601939093526060850191909152608084015260a0830152151560c082015260e001610133565b3480156102ea575f5ffd5b506101506102f9366004611657565b6107d7565b348015610309575f5ffd5b506101297f5e172d4a19b08b5b7f0354399a080f05a28476f34f987f7cd87e69a4065d4ec081565b34801561033c575f5ffd5b5061012961034b36600461166e565b610971565b61012961035e36600461168e565b6109d5565b34801561036e575f5ffd5b5061012961753081565b610150610386366004611657565b610dbf565b348015610396575f5ffd5b50610129610f3c565b3480156103aa575f5ffd5b506101297f000000000000000000000000000000000000000000000000000000000000000081565b60ff5f5c16156103f5576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d5061040c33610f4a565b5f60ff19815c16815d50565b60ff5f5c161561043b576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f61045385610fe1565b90505f610463828787878761104a565b60028301549091505f906104819087906001600160801b03166116ca565b6002840180546001600160801b03808a16600160801b029116179055835460ff60e01b19811685556040519192506001600160a01b031690339089907f2500ada8ba581126c805692756f230258621bbe372c90d928a7284fab4a9c1ea906104f59087908c90918252602082015260400190565b60405180910390a3604080518881526020810184905289917faee37d46ae7638649199a415cd6d49cc67df520cf2c80210daac017e0df3ab98910160405180910390a26105423384611178565b61054c818361120a565b505f92505050805c60ff1916815d5050505050565b60ff5f5c1615610584576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f61059c82610fe1565b80549091506001600160a01b031633146105d757604051630871bc2560e41b8152600481018390523360248201526044015b60405180910390fd5b6001810154600160a01b90046001600160401b03161561060d5760405163f3e6ffd760e01b8152600481018390526024016105ce565b60018101805467ffffffffffffffff60a01b1916600160a01b426001600160401b03818116830293909317909355835485937fb5da4f2aea39e4c2ab4be6ce80f5f0c303eb4f7fb88ffb2e87a48a2ce25637b99361067193909204909116906116dd565b60405190815260200160405180910390a2505f60ff19815c16815d5050565b60ff5f5c16156106b3576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d506001600160a01b0381166106f357604051630bc2c5df60e11b81526001600160a01b03821660048201526024016105ce565b6106fc81610f4a565b5f60ff19815c16815d5050565b60ff5f5c161561072c576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f61074485610fe1565b90505f610754828787878761104a565b6002830180546001600160801b03808916600160801b029116179055604051909150339087907f2500ada8ba581126c805692756f230258621bbe372c90d928a7284fab4a9c1ea906107b29085908a90918252602082015260400190565b60405180910390a36107c43382611178565b505f905060ff19815c16815d5050505050565b60ff5f5c16156107fa576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f61081282610fe1565b80549091506001600160a01b0316331461084857604051630871bc2560e41b8152600481018390523360248201526044016105ce565b6001810154600160a01b90046001600160401b03165f0361087f5760405163350e5ce360e21b8152600481018390526024016105ce565b805460018201545f916108a9916001600160401b03600160a01b92839004811692909104166116dd565b9050804210156108d5576040516309e5715960e11b8152600481018290524260248201526044016105ce565b60028201545f906108f8906001600160801b03600160801b8204811691166116ca565b835460ff60e01b19168455600284015460408051600160801b9092046001600160801b031682526020820183905291925085917faee37d46ae7638649199a415cd6d49cc67df520cf2c80210daac017e0df3ab98910160405180910390a26109603382611178565b505f91505060ff19815c16815d5050565b604080517f5e172d4a19b08b5b7f0354399a080f05a28476f34f987f7cd87e69a4065d4ec06020820152908101839052606081018290525f906109cc90608001604051602081830303815290604052805190602001206112a9565b90505b92915050565b5f60ff815c16156109f9576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d506001600160a01b0383161580610a2557506001600160a01b03831633145b15610a4e57604051630bc2c5df60e11b81526001600160a01b03841660048201526024016105ce565b345f03610a6e57604051637c946ed760e01b815260040160405180910390fd5b6301e13380821115610a96576040516310c2879160e31b8152600481018390526024016105ce565b7f0000000000000000000000000000000000000000000000000000000000000000821015610b0057604051630e06affb60e41b8152600481018390527f000000000000000000000000000000000000000000000000000000000000000060248201526044016105ce565b6001600160801b03341115610b2857604051631132981b60e01b815260040160405180910390fd5b335f9081526001602090815260408083206001600160a01b0387168452909152812080549082610b57836116f0565b909155506040805146602082015230918101919091523360608201526001600160a01b038616608082015260a0810182905290915060c0016040516020818303038152906040528051906020012091506040518060e00160405280336001600160a01b03168152602001846001600160401b03168152602001600115158152602001856001600160a01b031681526020015f6001600160401b03168152602001346001600160801b031681526020015f6001600160801b03168152505f5f8481526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f01601c6101000a81548160ff0219169083151502179055506060820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060808201518160010160146101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151816002015f6101000a8154816001600160801b0302191690836001600160801b0316021790555060c08201518160020160106101000a8154816001600160801b0302191690836001600160801b03160217905550905050836001600160a01b0316336001600160a01b0316837f630c6eea9ad04dd8e6c201fcbde9addbace227c350c7f48979dff2187142cd37348786604051610da6939291909283526020830191909152604082015260600190565b60405180910390a4505f60ff19815c16815d5092915050565b60ff5f5c1615610de2576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f610dfa82610fe1565b80549091506001600160a01b03163314610e3057604051630871bc2560e41b8152600481018390523360248201526044016105ce565b6001810154600160a01b90046001600160401b031615610e665760405163f3e6ffd760e01b8152600481018390526024016105ce565b345f03610e8657604051637c946ed760e01b815260040160405180910390fd5b60028101545f90610ea19034906001600160801b03166116dd565b90506001600160801b03811115610ecb57604051631132981b60e01b815260040160405180910390fd5b6002820180546fffffffffffffffffffffffffffffffff19166001600160801b038316179055604080513481526020810183905284917f9cccb87b8f66309aa4e78924a7f8bbe8cb5ddd377aa929dd7a622132781856aa910160405180910390a2505f905060ff19815c16815d5050565b5f610f456112d7565b905090565b335f9081526002602052604081205490819003610f7c5760405163efe7457360e01b81523360048201526024016105ce565b335f8181526002602052604080822091909155516001600160a01b03841691907fd55b5fe81317b854ac11454adf7e5a9a0adf69184d643ef9ae6bfda6a015c5bc90610fcb9085815260200190565b60405180910390a3610fdd8282611178565b5050565b5f81815260208190526040902080546001600160a01b0316611019576040516379c1d89f60e11b8152600481018390526024016105ce565b8054600160e01b900460ff16611045576040516316c4561d60e21b8152600481018390526024016105ce565b919050565b60018501545f906001600160a01b031633146110825760405163cb96886560e01b8152600481018690523360248201526044016105ce565b6002860154600160801b90046001600160801b03168085116110c157604051630b2abd5960e01b815260048101829052602481018690526044016105ce565b60028701546001600160801b03168511156111075760028701546040516365ca840560e11b81526001600160801b039091166004820152602481018690526044016105ce565b5f61111c6111158888610971565b8686611400565b88549091506001600160a01b038083169116146111625787546040516379f694ff60e11b81526001600160a01b03918216600482015290821660248201526044016105ce565b61116c82876116ca565b98975050505050505050565b805f03611183575050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f81146111cc576040519150601f19603f3d011682016040523d82523d5f602084013e6111d1565b606091505b505090508061120557604051630e21dcbb60e11b81526001600160a01b0384166004820152602481018390526044016105ce565b505050565b805f03611215575050565b5f5f5f5f5f8587617530f1905080611205576001600160a01b0383165f9081526002602052604081205461124a9084906116dd565b6001600160a01b0385165f81815260026020908152604091829020849055815187815290810184905292935090917f0bf034f4404b724f7ef53e66f19f2859d05a0671e71210e961a4584c6c0d59a3910160405180910390a250505050565b5f5f6112b36112d7565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f7f00000000000000000000000000000000000000000000000000000000000000004614801561132f5750306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016145b1561135957507f000000000000000000000000000000000000000000000000000000000000000090565b610f45604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f604182146114255760405163058676ad60e31b8152600481018390526024016105ce565b8235602084013560408501355f1a600281101561144a57611447601b82611708565b90505b8060ff16601b1415801561146257508060ff16601c14155b1561148557604051635d3b7f8160e11b815260ff821660048201526024016105ce565b821580611490575081155b156114ae576040516336135f7f60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156114ef5760405163322b766960e21b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa15801561153f573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661157357604051638baa579f60e01b815260040160405180910390fd5b5050509392505050565b80356001600160a01b0381168114611045575f5ffd5b5f602082840312156115a3575f5ffd5b6109cc8261157d565b5f5f5f5f606085870312156115bf575f5ffd5b843593506020850135925060408501356001600160401b038111156115e2575f5ffd5b8501601f810187136115f2575f5ffd5b80356001600160401b03811115611607575f5ffd5b876020828401011115611618575f5ffd5b949793965060200194505050565b5f5f60408385031215611637575f5ffd5b6116408361157d565b915061164e6020840161157d565b90509250929050565b5f60208284031215611667575f5ffd5b5035919050565b5f5f6040838503121561167f575f5ffd5b50508035926020909101359150565b5f5f6040838503121561169f575f5ffd5b6116a88361157d565b946020939093013593505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156109cf576109cf6116b6565b808201808211156109cf576109cf6116b6565b5f60018201611701576117016116b6565b5060010190565b60ff81811683821601908111156109cf576109cf6116b656fea264697066735822122001ac2207d128d3e58615e03083091adc5f201c73dc45fcdb14b809f16ee5bd3664736f6c634300081c0033",
}

// AgentPaymentChannelABI is the input ABI used to generate the binding from.
// Deprecated: Use AgentPaymentChannelMetaData.ABI instead.
var AgentPaymentChannelABI = AgentPaymentChannelMetaData.ABI

// AgentPaymentChannelBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AgentPaymentChannelMetaData.Bin instead.
var AgentPaymentChannelBin = AgentPaymentChannelMetaData.Bin

// DeployAgentPaymentChannel deploys a new Ethereum contract, binding an instance of AgentPaymentChannel to it.
func DeployAgentPaymentChannel(auth *bind.TransactOpts, backend bind.ContractBackend, minWithdrawDelay_ *big.Int) (common.Address, *types.Transaction, *AgentPaymentChannel, error) {
	parsed, err := AgentPaymentChannelMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AgentPaymentChannelBin), backend, minWithdrawDelay_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AgentPaymentChannel{AgentPaymentChannelCaller: AgentPaymentChannelCaller{contract: contract}, AgentPaymentChannelTransactor: AgentPaymentChannelTransactor{contract: contract}, AgentPaymentChannelFilterer: AgentPaymentChannelFilterer{contract: contract}}, nil
}

// AgentPaymentChannel is an auto generated Go binding around an Ethereum contract.
type AgentPaymentChannel struct {
	AgentPaymentChannelCaller     // Read-only binding to the contract
	AgentPaymentChannelTransactor // Write-only binding to the contract
	AgentPaymentChannelFilterer   // Log filterer for contract events
}

// AgentPaymentChannelCaller is an auto generated read-only Go binding around an Ethereum contract.
type AgentPaymentChannelCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgentPaymentChannelTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AgentPaymentChannelTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgentPaymentChannelFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AgentPaymentChannelFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgentPaymentChannelSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AgentPaymentChannelSession struct {
	Contract     *AgentPaymentChannel // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// AgentPaymentChannelCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AgentPaymentChannelCallerSession struct {
	Contract *AgentPaymentChannelCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// AgentPaymentChannelTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AgentPaymentChannelTransactorSession struct {
	Contract     *AgentPaymentChannelTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// AgentPaymentChannelRaw is an auto generated low-level Go binding around an Ethereum contract.
type AgentPaymentChannelRaw struct {
	Contract *AgentPaymentChannel // Generic contract binding to access the raw methods on
}

// AgentPaymentChannelCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AgentPaymentChannelCallerRaw struct {
	Contract *AgentPaymentChannelCaller // Generic read-only contract binding to access the raw methods on
}

// AgentPaymentChannelTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AgentPaymentChannelTransactorRaw struct {
	Contract *AgentPaymentChannelTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAgentPaymentChannel creates a new instance of AgentPaymentChannel, bound to a specific deployed contract.
func NewAgentPaymentChannel(address common.Address, backend bind.ContractBackend) (*AgentPaymentChannel, error) {
	contract, err := bindAgentPaymentChannel(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannel{AgentPaymentChannelCaller: AgentPaymentChannelCaller{contract: contract}, AgentPaymentChannelTransactor: AgentPaymentChannelTransactor{contract: contract}, AgentPaymentChannelFilterer: AgentPaymentChannelFilterer{contract: contract}}, nil
}

// NewAgentPaymentChannelCaller creates a new read-only instance of AgentPaymentChannel, bound to a specific deployed contract.
func NewAgentPaymentChannelCaller(address common.Address, caller bind.ContractCaller) (*AgentPaymentChannelCaller, error) {
	contract, err := bindAgentPaymentChannel(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelCaller{contract: contract}, nil
}

// NewAgentPaymentChannelTransactor creates a new write-only instance of AgentPaymentChannel, bound to a specific deployed contract.
func NewAgentPaymentChannelTransactor(address common.Address, transactor bind.ContractTransactor) (*AgentPaymentChannelTransactor, error) {
	contract, err := bindAgentPaymentChannel(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelTransactor{contract: contract}, nil
}

// NewAgentPaymentChannelFilterer creates a new log filterer instance of AgentPaymentChannel, bound to a specific deployed contract.
func NewAgentPaymentChannelFilterer(address common.Address, filterer bind.ContractFilterer) (*AgentPaymentChannelFilterer, error) {
	contract, err := bindAgentPaymentChannel(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelFilterer{contract: contract}, nil
}

// bindAgentPaymentChannel binds a generic wrapper to an already deployed contract.
func bindAgentPaymentChannel(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AgentPaymentChannelMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgentPaymentChannel *AgentPaymentChannelRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgentPaymentChannel.Contract.AgentPaymentChannelCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgentPaymentChannel *AgentPaymentChannelRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.AgentPaymentChannelTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgentPaymentChannel *AgentPaymentChannelRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.AgentPaymentChannelTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgentPaymentChannel *AgentPaymentChannelCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgentPaymentChannel.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgentPaymentChannel *AgentPaymentChannelTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgentPaymentChannel *AgentPaymentChannelTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.contract.Transact(opts, method, params...)
}

// MAXWITHDRAWDELAY is a free data retrieval call binding the contract method 0x1fc3277d.
//
// Solidity: function MAX_WITHDRAW_DELAY() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) MAXWITHDRAWDELAY(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "MAX_WITHDRAW_DELAY")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXWITHDRAWDELAY is a free data retrieval call binding the contract method 0x1fc3277d.
//
// Solidity: function MAX_WITHDRAW_DELAY() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelSession) MAXWITHDRAWDELAY() (*big.Int, error) {
	return _AgentPaymentChannel.Contract.MAXWITHDRAWDELAY(&_AgentPaymentChannel.CallOpts)
}

// MAXWITHDRAWDELAY is a free data retrieval call binding the contract method 0x1fc3277d.
//
// Solidity: function MAX_WITHDRAW_DELAY() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) MAXWITHDRAWDELAY() (*big.Int, error) {
	return _AgentPaymentChannel.Contract.MAXWITHDRAWDELAY(&_AgentPaymentChannel.CallOpts)
}

// REFUNDGASSTIPEND is a free data retrieval call binding the contract method 0xc876e99b.
//
// Solidity: function REFUND_GAS_STIPEND() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) REFUNDGASSTIPEND(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "REFUND_GAS_STIPEND")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// REFUNDGASSTIPEND is a free data retrieval call binding the contract method 0xc876e99b.
//
// Solidity: function REFUND_GAS_STIPEND() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelSession) REFUNDGASSTIPEND() (*big.Int, error) {
	return _AgentPaymentChannel.Contract.REFUNDGASSTIPEND(&_AgentPaymentChannel.CallOpts)
}

// REFUNDGASSTIPEND is a free data retrieval call binding the contract method 0xc876e99b.
//
// Solidity: function REFUND_GAS_STIPEND() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) REFUNDGASSTIPEND() (*big.Int, error) {
	return _AgentPaymentChannel.Contract.REFUNDGASSTIPEND(&_AgentPaymentChannel.CallOpts)
}

// VOUCHERTYPEHASH is a free data retrieval call binding the contract method 0x94739e87.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) VOUCHERTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "VOUCHER_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VOUCHERTYPEHASH is a free data retrieval call binding the contract method 0x94739e87.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (_AgentPaymentChannel *AgentPaymentChannelSession) VOUCHERTYPEHASH() ([32]byte, error) {
	return _AgentPaymentChannel.Contract.VOUCHERTYPEHASH(&_AgentPaymentChannel.CallOpts)
}

// VOUCHERTYPEHASH is a free data retrieval call binding the contract method 0x94739e87.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) VOUCHERTYPEHASH() ([32]byte, error) {
	return _AgentPaymentChannel.Contract.VOUCHERTYPEHASH(&_AgentPaymentChannel.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) DomainSeparator(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "domainSeparator")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_AgentPaymentChannel *AgentPaymentChannelSession) DomainSeparator() ([32]byte, error) {
	return _AgentPaymentChannel.Contract.DomainSeparator(&_AgentPaymentChannel.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) DomainSeparator() ([32]byte, error) {
	return _AgentPaymentChannel.Contract.DomainSeparator(&_AgentPaymentChannel.CallOpts)
}

// GetChannel is a free data retrieval call binding the contract method 0x831c2b82.
//
// Solidity: function getChannel(bytes32 channelId) view returns(address sender, address recipient, uint256 deposit, uint256 claimed, uint256 withdrawDelay, uint256 closeRequestedAt, bool open)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) GetChannel(opts *bind.CallOpts, channelId [32]byte) (struct {
	Sender           common.Address
	Recipient        common.Address
	Deposit          *big.Int
	Claimed          *big.Int
	WithdrawDelay    *big.Int
	CloseRequestedAt *big.Int
	Open             bool
}, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "getChannel", channelId)

	outstruct := new(struct {
		Sender           common.Address
		Recipient        common.Address
		Deposit          *big.Int
		Claimed          *big.Int
		WithdrawDelay    *big.Int
		CloseRequestedAt *big.Int
		Open             bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Sender = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Recipient = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Deposit = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.Claimed = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.WithdrawDelay = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)
	outstruct.CloseRequestedAt = *abi.ConvertType(out[5], new(*big.Int)).(**big.Int)
	outstruct.Open = *abi.ConvertType(out[6], new(bool)).(*bool)

	return *outstruct, err

}

// GetChannel is a free data retrieval call binding the contract method 0x831c2b82.
//
// Solidity: function getChannel(bytes32 channelId) view returns(address sender, address recipient, uint256 deposit, uint256 claimed, uint256 withdrawDelay, uint256 closeRequestedAt, bool open)
func (_AgentPaymentChannel *AgentPaymentChannelSession) GetChannel(channelId [32]byte) (struct {
	Sender           common.Address
	Recipient        common.Address
	Deposit          *big.Int
	Claimed          *big.Int
	WithdrawDelay    *big.Int
	CloseRequestedAt *big.Int
	Open             bool
}, error) {
	return _AgentPaymentChannel.Contract.GetChannel(&_AgentPaymentChannel.CallOpts, channelId)
}

// GetChannel is a free data retrieval call binding the contract method 0x831c2b82.
//
// Solidity: function getChannel(bytes32 channelId) view returns(address sender, address recipient, uint256 deposit, uint256 claimed, uint256 withdrawDelay, uint256 closeRequestedAt, bool open)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) GetChannel(channelId [32]byte) (struct {
	Sender           common.Address
	Recipient        common.Address
	Deposit          *big.Int
	Claimed          *big.Int
	WithdrawDelay    *big.Int
	CloseRequestedAt *big.Int
	Open             bool
}, error) {
	return _AgentPaymentChannel.Contract.GetChannel(&_AgentPaymentChannel.CallOpts, channelId)
}

// HashVoucher is a free data retrieval call binding the contract method 0x9d34e90c.
//
// Solidity: function hashVoucher(bytes32 channelId, uint256 cumulativeAmount) view returns(bytes32)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) HashVoucher(opts *bind.CallOpts, channelId [32]byte, cumulativeAmount *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "hashVoucher", channelId, cumulativeAmount)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashVoucher is a free data retrieval call binding the contract method 0x9d34e90c.
//
// Solidity: function hashVoucher(bytes32 channelId, uint256 cumulativeAmount) view returns(bytes32)
func (_AgentPaymentChannel *AgentPaymentChannelSession) HashVoucher(channelId [32]byte, cumulativeAmount *big.Int) ([32]byte, error) {
	return _AgentPaymentChannel.Contract.HashVoucher(&_AgentPaymentChannel.CallOpts, channelId, cumulativeAmount)
}

// HashVoucher is a free data retrieval call binding the contract method 0x9d34e90c.
//
// Solidity: function hashVoucher(bytes32 channelId, uint256 cumulativeAmount) view returns(bytes32)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) HashVoucher(channelId [32]byte, cumulativeAmount *big.Int) ([32]byte, error) {
	return _AgentPaymentChannel.Contract.HashVoucher(&_AgentPaymentChannel.CallOpts, channelId, cumulativeAmount)
}

// MinWithdrawDelay is a free data retrieval call binding the contract method 0xfd9d4077.
//
// Solidity: function minWithdrawDelay() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) MinWithdrawDelay(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "minWithdrawDelay")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinWithdrawDelay is a free data retrieval call binding the contract method 0xfd9d4077.
//
// Solidity: function minWithdrawDelay() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelSession) MinWithdrawDelay() (*big.Int, error) {
	return _AgentPaymentChannel.Contract.MinWithdrawDelay(&_AgentPaymentChannel.CallOpts)
}

// MinWithdrawDelay is a free data retrieval call binding the contract method 0xfd9d4077.
//
// Solidity: function minWithdrawDelay() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) MinWithdrawDelay() (*big.Int, error) {
	return _AgentPaymentChannel.Contract.MinWithdrawDelay(&_AgentPaymentChannel.CallOpts)
}

// PairNonce is a free data retrieval call binding the contract method 0x6215a0eb.
//
// Solidity: function pairNonce(address sender, address recipient) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) PairNonce(opts *bind.CallOpts, sender common.Address, recipient common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "pairNonce", sender, recipient)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PairNonce is a free data retrieval call binding the contract method 0x6215a0eb.
//
// Solidity: function pairNonce(address sender, address recipient) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelSession) PairNonce(sender common.Address, recipient common.Address) (*big.Int, error) {
	return _AgentPaymentChannel.Contract.PairNonce(&_AgentPaymentChannel.CallOpts, sender, recipient)
}

// PairNonce is a free data retrieval call binding the contract method 0x6215a0eb.
//
// Solidity: function pairNonce(address sender, address recipient) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) PairNonce(sender common.Address, recipient common.Address) (*big.Int, error) {
	return _AgentPaymentChannel.Contract.PairNonce(&_AgentPaymentChannel.CallOpts, sender, recipient)
}

// RefundOf is a free data retrieval call binding the contract method 0x07738ad2.
//
// Solidity: function refundOf(address sender) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) RefundOf(opts *bind.CallOpts, sender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "refundOf", sender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RefundOf is a free data retrieval call binding the contract method 0x07738ad2.
//
// Solidity: function refundOf(address sender) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelSession) RefundOf(sender common.Address) (*big.Int, error) {
	return _AgentPaymentChannel.Contract.RefundOf(&_AgentPaymentChannel.CallOpts, sender)
}

// RefundOf is a free data retrieval call binding the contract method 0x07738ad2.
//
// Solidity: function refundOf(address sender) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) RefundOf(sender common.Address) (*big.Int, error) {
	return _AgentPaymentChannel.Contract.RefundOf(&_AgentPaymentChannel.CallOpts, sender)
}

// Claim is a paid mutator transaction binding the contract method 0x7964ea87.
//
// Solidity: function claim(bytes32 channelId, uint256 cumulativeAmount, bytes sig) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) Claim(opts *bind.TransactOpts, channelId [32]byte, cumulativeAmount *big.Int, sig []byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "claim", channelId, cumulativeAmount, sig)
}

// Claim is a paid mutator transaction binding the contract method 0x7964ea87.
//
// Solidity: function claim(bytes32 channelId, uint256 cumulativeAmount, bytes sig) returns()
func (_AgentPaymentChannel *AgentPaymentChannelSession) Claim(channelId [32]byte, cumulativeAmount *big.Int, sig []byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.Claim(&_AgentPaymentChannel.TransactOpts, channelId, cumulativeAmount, sig)
}

// Claim is a paid mutator transaction binding the contract method 0x7964ea87.
//
// Solidity: function claim(bytes32 channelId, uint256 cumulativeAmount, bytes sig) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) Claim(channelId [32]byte, cumulativeAmount *big.Int, sig []byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.Claim(&_AgentPaymentChannel.TransactOpts, channelId, cumulativeAmount, sig)
}

// CreateChannel is a paid mutator transaction binding the contract method 0xbb510a77.
//
// Solidity: function createChannel(address recipient, uint256 withdrawDelay) payable returns(bytes32 channelId)
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) CreateChannel(opts *bind.TransactOpts, recipient common.Address, withdrawDelay *big.Int) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "createChannel", recipient, withdrawDelay)
}

// CreateChannel is a paid mutator transaction binding the contract method 0xbb510a77.
//
// Solidity: function createChannel(address recipient, uint256 withdrawDelay) payable returns(bytes32 channelId)
func (_AgentPaymentChannel *AgentPaymentChannelSession) CreateChannel(recipient common.Address, withdrawDelay *big.Int) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.CreateChannel(&_AgentPaymentChannel.TransactOpts, recipient, withdrawDelay)
}

// CreateChannel is a paid mutator transaction binding the contract method 0xbb510a77.
//
// Solidity: function createChannel(address recipient, uint256 withdrawDelay) payable returns(bytes32 channelId)
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) CreateChannel(recipient common.Address, withdrawDelay *big.Int) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.CreateChannel(&_AgentPaymentChannel.TransactOpts, recipient, withdrawDelay)
}

// RedeemVoucher is a paid mutator transaction binding the contract method 0x413bbf5e.
//
// Solidity: function redeemVoucher(bytes32 channelId, uint256 cumulativeAmount, bytes sig) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) RedeemVoucher(opts *bind.TransactOpts, channelId [32]byte, cumulativeAmount *big.Int, sig []byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "redeemVoucher", channelId, cumulativeAmount, sig)
}

// RedeemVoucher is a paid mutator transaction binding the contract method 0x413bbf5e.
//
// Solidity: function redeemVoucher(bytes32 channelId, uint256 cumulativeAmount, bytes sig) returns()
func (_AgentPaymentChannel *AgentPaymentChannelSession) RedeemVoucher(channelId [32]byte, cumulativeAmount *big.Int, sig []byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.RedeemVoucher(&_AgentPaymentChannel.TransactOpts, channelId, cumulativeAmount, sig)
}

// RedeemVoucher is a paid mutator transaction binding the contract method 0x413bbf5e.
//
// Solidity: function redeemVoucher(bytes32 channelId, uint256 cumulativeAmount, bytes sig) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) RedeemVoucher(channelId [32]byte, cumulativeAmount *big.Int, sig []byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.RedeemVoucher(&_AgentPaymentChannel.TransactOpts, channelId, cumulativeAmount, sig)
}

// RequestClose is a paid mutator transaction binding the contract method 0x6bf5fe6f.
//
// Solidity: function requestClose(bytes32 channelId) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) RequestClose(opts *bind.TransactOpts, channelId [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "requestClose", channelId)
}

// RequestClose is a paid mutator transaction binding the contract method 0x6bf5fe6f.
//
// Solidity: function requestClose(bytes32 channelId) returns()
func (_AgentPaymentChannel *AgentPaymentChannelSession) RequestClose(channelId [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.RequestClose(&_AgentPaymentChannel.TransactOpts, channelId)
}

// RequestClose is a paid mutator transaction binding the contract method 0x6bf5fe6f.
//
// Solidity: function requestClose(bytes32 channelId) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) RequestClose(channelId [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.RequestClose(&_AgentPaymentChannel.TransactOpts, channelId)
}

// TopUp is a paid mutator transaction binding the contract method 0xcfa54f39.
//
// Solidity: function topUp(bytes32 channelId) payable returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) TopUp(opts *bind.TransactOpts, channelId [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "topUp", channelId)
}

// TopUp is a paid mutator transaction binding the contract method 0xcfa54f39.
//
// Solidity: function topUp(bytes32 channelId) payable returns()
func (_AgentPaymentChannel *AgentPaymentChannelSession) TopUp(channelId [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.TopUp(&_AgentPaymentChannel.TransactOpts, channelId)
}

// TopUp is a paid mutator transaction binding the contract method 0xcfa54f39.
//
// Solidity: function topUp(bytes32 channelId) payable returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) TopUp(channelId [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.TopUp(&_AgentPaymentChannel.TransactOpts, channelId)
}

// Withdraw is a paid mutator transaction binding the contract method 0x8e19899e.
//
// Solidity: function withdraw(bytes32 channelId) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) Withdraw(opts *bind.TransactOpts, channelId [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "withdraw", channelId)
}

// Withdraw is a paid mutator transaction binding the contract method 0x8e19899e.
//
// Solidity: function withdraw(bytes32 channelId) returns()
func (_AgentPaymentChannel *AgentPaymentChannelSession) Withdraw(channelId [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.Withdraw(&_AgentPaymentChannel.TransactOpts, channelId)
}

// Withdraw is a paid mutator transaction binding the contract method 0x8e19899e.
//
// Solidity: function withdraw(bytes32 channelId) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) Withdraw(channelId [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.Withdraw(&_AgentPaymentChannel.TransactOpts, channelId)
}

// WithdrawRefund is a paid mutator transaction binding the contract method 0x110f8874.
//
// Solidity: function withdrawRefund() returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) WithdrawRefund(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "withdrawRefund")
}

// WithdrawRefund is a paid mutator transaction binding the contract method 0x110f8874.
//
// Solidity: function withdrawRefund() returns()
func (_AgentPaymentChannel *AgentPaymentChannelSession) WithdrawRefund() (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.WithdrawRefund(&_AgentPaymentChannel.TransactOpts)
}

// WithdrawRefund is a paid mutator transaction binding the contract method 0x110f8874.
//
// Solidity: function withdrawRefund() returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) WithdrawRefund() (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.WithdrawRefund(&_AgentPaymentChannel.TransactOpts)
}

// WithdrawRefundTo is a paid mutator transaction binding the contract method 0x6fa50be7.
//
// Solidity: function withdrawRefundTo(address to) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) WithdrawRefundTo(opts *bind.TransactOpts, to common.Address) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "withdrawRefundTo", to)
}

// WithdrawRefundTo is a paid mutator transaction binding the contract method 0x6fa50be7.
//
// Solidity: function withdrawRefundTo(address to) returns()
func (_AgentPaymentChannel *AgentPaymentChannelSession) WithdrawRefundTo(to common.Address) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.WithdrawRefundTo(&_AgentPaymentChannel.TransactOpts, to)
}

// WithdrawRefundTo is a paid mutator transaction binding the contract method 0x6fa50be7.
//
// Solidity: function withdrawRefundTo(address to) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) WithdrawRefundTo(to common.Address) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.WithdrawRefundTo(&_AgentPaymentChannel.TransactOpts, to)
}

// AgentPaymentChannelChannelClosedIterator is returned from FilterChannelClosed and is used to iterate over the raw logs and unpacked data for ChannelClosed events raised by the AgentPaymentChannel contract.
type AgentPaymentChannelChannelClosedIterator struct {
	Event *AgentPaymentChannelChannelClosed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgentPaymentChannelChannelClosedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentPaymentChannelChannelClosed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgentPaymentChannelChannelClosed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgentPaymentChannelChannelClosedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentPaymentChannelChannelClosedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentPaymentChannelChannelClosed represents a ChannelClosed event raised by the AgentPaymentChannel contract.
type AgentPaymentChannelChannelClosed struct {
	ChannelId [32]byte
	Claimed   *big.Int
	Refund    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterChannelClosed is a free log retrieval operation binding the contract event 0xaee37d46ae7638649199a415cd6d49cc67df520cf2c80210daac017e0df3ab98.
//
// Solidity: event ChannelClosed(bytes32 indexed channelId, uint256 claimed, uint256 refund)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) FilterChannelClosed(opts *bind.FilterOpts, channelId [][32]byte) (*AgentPaymentChannelChannelClosedIterator, error) {

	var channelIdRule []interface{}
	for _, channelIdItem := range channelId {
		channelIdRule = append(channelIdRule, channelIdItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.FilterLogs(opts, "ChannelClosed", channelIdRule)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelChannelClosedIterator{contract: _AgentPaymentChannel.contract, event: "ChannelClosed", logs: logs, sub: sub}, nil
}

// WatchChannelClosed is a free log subscription operation binding the contract event 0xaee37d46ae7638649199a415cd6d49cc67df520cf2c80210daac017e0df3ab98.
//
// Solidity: event ChannelClosed(bytes32 indexed channelId, uint256 claimed, uint256 refund)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) WatchChannelClosed(opts *bind.WatchOpts, sink chan<- *AgentPaymentChannelChannelClosed, channelId [][32]byte) (event.Subscription, error) {

	var channelIdRule []interface{}
	for _, channelIdItem := range channelId {
		channelIdRule = append(channelIdRule, channelIdItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.WatchLogs(opts, "ChannelClosed", channelIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentPaymentChannelChannelClosed)
				if err := _AgentPaymentChannel.contract.UnpackLog(event, "ChannelClosed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelClosed is a log parse operation binding the contract event 0xaee37d46ae7638649199a415cd6d49cc67df520cf2c80210daac017e0df3ab98.
//
// Solidity: event ChannelClosed(bytes32 indexed channelId, uint256 claimed, uint256 refund)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) ParseChannelClosed(log types.Log) (*AgentPaymentChannelChannelClosed, error) {
	event := new(AgentPaymentChannelChannelClosed)
	if err := _AgentPaymentChannel.contract.UnpackLog(event, "ChannelClosed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgentPaymentChannelChannelCreatedIterator is returned from FilterChannelCreated and is used to iterate over the raw logs and unpacked data for ChannelCreated events raised by the AgentPaymentChannel contract.
type AgentPaymentChannelChannelCreatedIterator struct {
	Event *AgentPaymentChannelChannelCreated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgentPaymentChannelChannelCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentPaymentChannelChannelCreated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgentPaymentChannelChannelCreated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgentPaymentChannelChannelCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentPaymentChannelChannelCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentPaymentChannelChannelCreated represents a ChannelCreated event raised by the AgentPaymentChannel contract.
type AgentPaymentChannelChannelCreated struct {
	ChannelId     [32]byte
	Sender        common.Address
	Recipient     common.Address
	Deposit       *big.Int
	WithdrawDelay *big.Int
	Nonce         *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterChannelCreated is a free log retrieval operation binding the contract event 0x630c6eea9ad04dd8e6c201fcbde9addbace227c350c7f48979dff2187142cd37.
//
// Solidity: event ChannelCreated(bytes32 indexed channelId, address indexed sender, address indexed recipient, uint256 deposit, uint256 withdrawDelay, uint256 nonce)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) FilterChannelCreated(opts *bind.FilterOpts, channelId [][32]byte, sender []common.Address, recipient []common.Address) (*AgentPaymentChannelChannelCreatedIterator, error) {

	var channelIdRule []interface{}
	for _, channelIdItem := range channelId {
		channelIdRule = append(channelIdRule, channelIdItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.FilterLogs(opts, "ChannelCreated", channelIdRule, senderRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelChannelCreatedIterator{contract: _AgentPaymentChannel.contract, event: "ChannelCreated", logs: logs, sub: sub}, nil
}

// WatchChannelCreated is a free log subscription operation binding the contract event 0x630c6eea9ad04dd8e6c201fcbde9addbace227c350c7f48979dff2187142cd37.
//
// Solidity: event ChannelCreated(bytes32 indexed channelId, address indexed sender, address indexed recipient, uint256 deposit, uint256 withdrawDelay, uint256 nonce)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) WatchChannelCreated(opts *bind.WatchOpts, sink chan<- *AgentPaymentChannelChannelCreated, channelId [][32]byte, sender []common.Address, recipient []common.Address) (event.Subscription, error) {

	var channelIdRule []interface{}
	for _, channelIdItem := range channelId {
		channelIdRule = append(channelIdRule, channelIdItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.WatchLogs(opts, "ChannelCreated", channelIdRule, senderRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentPaymentChannelChannelCreated)
				if err := _AgentPaymentChannel.contract.UnpackLog(event, "ChannelCreated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelCreated is a log parse operation binding the contract event 0x630c6eea9ad04dd8e6c201fcbde9addbace227c350c7f48979dff2187142cd37.
//
// Solidity: event ChannelCreated(bytes32 indexed channelId, address indexed sender, address indexed recipient, uint256 deposit, uint256 withdrawDelay, uint256 nonce)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) ParseChannelCreated(log types.Log) (*AgentPaymentChannelChannelCreated, error) {
	event := new(AgentPaymentChannelChannelCreated)
	if err := _AgentPaymentChannel.contract.UnpackLog(event, "ChannelCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgentPaymentChannelChannelToppedUpIterator is returned from FilterChannelToppedUp and is used to iterate over the raw logs and unpacked data for ChannelToppedUp events raised by the AgentPaymentChannel contract.
type AgentPaymentChannelChannelToppedUpIterator struct {
	Event *AgentPaymentChannelChannelToppedUp // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgentPaymentChannelChannelToppedUpIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentPaymentChannelChannelToppedUp)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgentPaymentChannelChannelToppedUp)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgentPaymentChannelChannelToppedUpIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentPaymentChannelChannelToppedUpIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentPaymentChannelChannelToppedUp represents a ChannelToppedUp event raised by the AgentPaymentChannel contract.
type AgentPaymentChannelChannelToppedUp struct {
	ChannelId [32]byte
	Amount    *big.Int
	Deposit   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterChannelToppedUp is a free log retrieval operation binding the contract event 0x9cccb87b8f66309aa4e78924a7f8bbe8cb5ddd377aa929dd7a622132781856aa.
//
// Solidity: event ChannelToppedUp(bytes32 indexed channelId, uint256 amount, uint256 deposit)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) FilterChannelToppedUp(opts *bind.FilterOpts, channelId [][32]byte) (*AgentPaymentChannelChannelToppedUpIterator, error) {

	var channelIdRule []interface{}
	for _, channelIdItem := range channelId {
		channelIdRule = append(channelIdRule, channelIdItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.FilterLogs(opts, "ChannelToppedUp", channelIdRule)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelChannelToppedUpIterator{contract: _AgentPaymentChannel.contract, event: "ChannelToppedUp", logs: logs, sub: sub}, nil
}

// WatchChannelToppedUp is a free log subscription operation binding the contract event 0x9cccb87b8f66309aa4e78924a7f8bbe8cb5ddd377aa929dd7a622132781856aa.
//
// Solidity: event ChannelToppedUp(bytes32 indexed channelId, uint256 amount, uint256 deposit)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) WatchChannelToppedUp(opts *bind.WatchOpts, sink chan<- *AgentPaymentChannelChannelToppedUp, channelId [][32]byte) (event.Subscription, error) {

	var channelIdRule []interface{}
	for _, channelIdItem := range channelId {
		channelIdRule = append(channelIdRule, channelIdItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.WatchLogs(opts, "ChannelToppedUp", channelIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentPaymentChannelChannelToppedUp)
				if err := _AgentPaymentChannel.contract.UnpackLog(event, "ChannelToppedUp", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelToppedUp is a log parse operation binding the contract event 0x9cccb87b8f66309aa4e78924a7f8bbe8cb5ddd377aa929dd7a622132781856aa.
//
// Solidity: event ChannelToppedUp(bytes32 indexed channelId, uint256 amount, uint256 deposit)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) ParseChannelToppedUp(log types.Log) (*AgentPaymentChannelChannelToppedUp, error) {
	event := new(AgentPaymentChannelChannelToppedUp)
	if err := _AgentPaymentChannel.contract.UnpackLog(event, "ChannelToppedUp", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgentPaymentChannelClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the AgentPaymentChannel contract.
type AgentPaymentChannelClaimedIterator struct {
	Event *AgentPaymentChannelClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgentPaymentChannelClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentPaymentChannelClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgentPaymentChannelClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgentPaymentChannelClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentPaymentChannelClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentPaymentChannelClaimed represents a Claimed event raised by the AgentPaymentChannel contract.
type AgentPaymentChannelClaimed struct {
	ChannelId        [32]byte
	Recipient        common.Address
	Amount           *big.Int
	CumulativeAmount *big.Int
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0x2500ada8ba581126c805692756f230258621bbe372c90d928a7284fab4a9c1ea.
//
// Solidity: event Claimed(bytes32 indexed channelId, address indexed recipient, uint256 amount, uint256 cumulativeAmount)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) FilterClaimed(opts *bind.FilterOpts, channelId [][32]byte, recipient []common.Address) (*AgentPaymentChannelClaimedIterator, error) {

	var channelIdRule []interface{}
	for _, channelIdItem := range channelId {
		channelIdRule = append(channelIdRule, channelIdItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.FilterLogs(opts, "Claimed", channelIdRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelClaimedIterator{contract: _AgentPaymentChannel.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0x2500ada8ba581126c805692756f230258621bbe372c90d928a7284fab4a9c1ea.
//
// Solidity: event Claimed(bytes32 indexed channelId, address indexed recipient, uint256 amount, uint256 cumulativeAmount)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *AgentPaymentChannelClaimed, channelId [][32]byte, recipient []common.Address) (event.Subscription, error) {

	var channelIdRule []interface{}
	for _, channelIdItem := range channelId {
		channelIdRule = append(channelIdRule, channelIdItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.WatchLogs(opts, "Claimed", channelIdRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentPaymentChannelClaimed)
				if err := _AgentPaymentChannel.contract.UnpackLog(event, "Claimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimed is a log parse operation binding the contract event 0x2500ada8ba581126c805692756f230258621bbe372c90d928a7284fab4a9c1ea.
//
// Solidity: event Claimed(bytes32 indexed channelId, address indexed recipient, uint256 amount, uint256 cumulativeAmount)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) ParseClaimed(log types.Log) (*AgentPaymentChannelClaimed, error) {
	event := new(AgentPaymentChannelClaimed)
	if err := _AgentPaymentChannel.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgentPaymentChannelCloseRequestedIterator is returned from FilterCloseRequested and is used to iterate over the raw logs and unpacked data for CloseRequested events raised by the AgentPaymentChannel contract.
type AgentPaymentChannelCloseRequestedIterator struct {
	Event *AgentPaymentChannelCloseRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgentPaymentChannelCloseRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentPaymentChannelCloseRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgentPaymentChannelCloseRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgentPaymentChannelCloseRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentPaymentChannelCloseRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentPaymentChannelCloseRequested represents a CloseRequested event raised by the AgentPaymentChannel contract.
type AgentPaymentChannelCloseRequested struct {
	ChannelId   [32]byte
	AvailableAt *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterCloseRequested is a free log retrieval operation binding the contract event 0xb5da4f2aea39e4c2ab4be6ce80f5f0c303eb4f7fb88ffb2e87a48a2ce25637b9.
//
// Solidity: event CloseRequested(bytes32 indexed channelId, uint256 availableAt)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) FilterCloseRequested(opts *bind.FilterOpts, channelId [][32]byte) (*AgentPaymentChannelCloseRequestedIterator, error) {

	var channelIdRule []interface{}
	for _, channelIdItem := range channelId {
		channelIdRule = append(channelIdRule, channelIdItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.FilterLogs(opts, "CloseRequested", channelIdRule)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelCloseRequestedIterator{contract: _AgentPaymentChannel.contract, event: "CloseRequested", logs: logs, sub: sub}, nil
}

// WatchCloseRequested is a free log subscription operation binding the contract event 0xb5da4f2aea39e4c2ab4be6ce80f5f0c303eb4f7fb88ffb2e87a48a2ce25637b9.
//
// Solidity: event CloseRequested(bytes32 indexed channelId, uint256 availableAt)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) WatchCloseRequested(opts *bind.WatchOpts, sink chan<- *AgentPaymentChannelCloseRequested, channelId [][32]byte) (event.Subscription, error) {

	var channelIdRule []interface{}
	for _, channelIdItem := range channelId {
		channelIdRule = append(channelIdRule, channelIdItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.WatchLogs(opts, "CloseRequested", channelIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentPaymentChannelCloseRequested)
				if err := _AgentPaymentChannel.contract.UnpackLog(event, "CloseRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCloseRequested is a log parse operation binding the contract event 0xb5da4f2aea39e4c2ab4be6ce80f5f0c303eb4f7fb88ffb2e87a48a2ce25637b9.
//
// Solidity: event CloseRequested(bytes32 indexed channelId, uint256 availableAt)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) ParseCloseRequested(log types.Log) (*AgentPaymentChannelCloseRequested, error) {
	event := new(AgentPaymentChannelCloseRequested)
	if err := _AgentPaymentChannel.contract.UnpackLog(event, "CloseRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgentPaymentChannelRefundCreditedIterator is returned from FilterRefundCredited and is used to iterate over the raw logs and unpacked data for RefundCredited events raised by the AgentPaymentChannel contract.
type AgentPaymentChannelRefundCreditedIterator struct {
	Event *AgentPaymentChannelRefundCredited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgentPaymentChannelRefundCreditedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentPaymentChannelRefundCredited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgentPaymentChannelRefundCredited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgentPaymentChannelRefundCreditedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentPaymentChannelRefundCreditedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentPaymentChannelRefundCredited represents a RefundCredited event raised by the AgentPaymentChannel contract.
type AgentPaymentChannelRefundCredited struct {
	Account common.Address
	Amount  *big.Int
	Balance *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRefundCredited is a free log retrieval operation binding the contract event 0x0bf034f4404b724f7ef53e66f19f2859d05a0671e71210e961a4584c6c0d59a3.
//
// Solidity: event RefundCredited(address indexed account, uint256 amount, uint256 balance)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) FilterRefundCredited(opts *bind.FilterOpts, account []common.Address) (*AgentPaymentChannelRefundCreditedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.FilterLogs(opts, "RefundCredited", accountRule)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelRefundCreditedIterator{contract: _AgentPaymentChannel.contract, event: "RefundCredited", logs: logs, sub: sub}, nil
}

// WatchRefundCredited is a free log subscription operation binding the contract event 0x0bf034f4404b724f7ef53e66f19f2859d05a0671e71210e961a4584c6c0d59a3.
//
// Solidity: event RefundCredited(address indexed account, uint256 amount, uint256 balance)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) WatchRefundCredited(opts *bind.WatchOpts, sink chan<- *AgentPaymentChannelRefundCredited, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.WatchLogs(opts, "RefundCredited", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentPaymentChannelRefundCredited)
				if err := _AgentPaymentChannel.contract.UnpackLog(event, "RefundCredited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRefundCredited is a log parse operation binding the contract event 0x0bf034f4404b724f7ef53e66f19f2859d05a0671e71210e961a4584c6c0d59a3.
//
// Solidity: event RefundCredited(address indexed account, uint256 amount, uint256 balance)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) ParseRefundCredited(log types.Log) (*AgentPaymentChannelRefundCredited, error) {
	event := new(AgentPaymentChannelRefundCredited)
	if err := _AgentPaymentChannel.contract.UnpackLog(event, "RefundCredited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgentPaymentChannelRefundWithdrawnIterator is returned from FilterRefundWithdrawn and is used to iterate over the raw logs and unpacked data for RefundWithdrawn events raised by the AgentPaymentChannel contract.
type AgentPaymentChannelRefundWithdrawnIterator struct {
	Event *AgentPaymentChannelRefundWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgentPaymentChannelRefundWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentPaymentChannelRefundWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgentPaymentChannelRefundWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgentPaymentChannelRefundWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentPaymentChannelRefundWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentPaymentChannelRefundWithdrawn represents a RefundWithdrawn event raised by the AgentPaymentChannel contract.
type AgentPaymentChannelRefundWithdrawn struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRefundWithdrawn is a free log retrieval operation binding the contract event 0xd55b5fe81317b854ac11454adf7e5a9a0adf69184d643ef9ae6bfda6a015c5bc.
//
// Solidity: event RefundWithdrawn(address indexed account, address indexed to, uint256 amount)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) FilterRefundWithdrawn(opts *bind.FilterOpts, account []common.Address, to []common.Address) (*AgentPaymentChannelRefundWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.FilterLogs(opts, "RefundWithdrawn", accountRule, toRule)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelRefundWithdrawnIterator{contract: _AgentPaymentChannel.contract, event: "RefundWithdrawn", logs: logs, sub: sub}, nil
}

// WatchRefundWithdrawn is a free log subscription operation binding the contract event 0xd55b5fe81317b854ac11454adf7e5a9a0adf69184d643ef9ae6bfda6a015c5bc.
//
// Solidity: event RefundWithdrawn(address indexed account, address indexed to, uint256 amount)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) WatchRefundWithdrawn(opts *bind.WatchOpts, sink chan<- *AgentPaymentChannelRefundWithdrawn, account []common.Address, to []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.WatchLogs(opts, "RefundWithdrawn", accountRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentPaymentChannelRefundWithdrawn)
				if err := _AgentPaymentChannel.contract.UnpackLog(event, "RefundWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRefundWithdrawn is a log parse operation binding the contract event 0xd55b5fe81317b854ac11454adf7e5a9a0adf69184d643ef9ae6bfda6a015c5bc.
//
// Solidity: event RefundWithdrawn(address indexed account, address indexed to, uint256 amount)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) ParseRefundWithdrawn(log types.Log) (*AgentPaymentChannelRefundWithdrawn, error) {
	event := new(AgentPaymentChannelRefundWithdrawn)
	if err := _AgentPaymentChannel.contract.UnpackLog(event, "RefundWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
