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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"ChannelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"ChannelNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"CloseAlreadyRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"CloseNotRequested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignatureRS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"InvalidSignatureV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignatureHighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"VoucherExceedsDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"VoucherNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"VoucherSignerMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"}],\"name\":\"WithdrawDelayTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"WithdrawTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"ChannelClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"ChannelCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"ChannelToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"CloseRequested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_WITHDRAW_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOUCHER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"}],\"name\":\"createChannel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"getChannel\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closeRequestedAt\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"hashVoucher\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"pairNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"redeemVoucher\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"requestClose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610120604052348015610010575f5ffd5b50604080518082018252601381527f4167656e745061796d656e744368616e6e656c0000000000000000000000000060208083019182528351808501855260018152603160f81b81830190815293519092206080818152925190932060a08181524660c08181523060e081905288517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81880152808a019890985260608801949094529486015284810191909152845180850390910181529290910190925280519101206101005260805160a05160c05160e051610100516113e46101155f395f610fdd01525f610fb301525f610f8001525f61105601525f61102e01526113e45ff3fe6080604052600436106100a5575f3560e01c80638e19899e116100625780638e19899e1461022c57806394739e871461024b5780639d34e90c1461027e578063bb510a771461029d578063cfa54f39146102b0578063f698da25146102c3575f5ffd5b80631fc3277d146100a9578063413bbf5e146100d35780636215a0eb146100f45780636bf5fe6f1461012a5780637964ea8714610149578063831c2b8214610168575b5f5ffd5b3480156100b4575f5ffd5b506100c06301e1338081565b6040519081526020015b60405180910390f35b3480156100de575f5ffd5b506100f26100ed366004611223565b6102d7565b005b3480156100ff575f5ffd5b506100c061010e3660046112b3565b600160209081525f928352604080842090915290825290205481565b348015610135575f5ffd5b506100f26101443660046112e4565b610420565b348015610154575f5ffd5b506100f2610163366004611223565b61054f565b348015610173575f5ffd5b506101ea6101823660046112e4565b5f908152602081905260409020805460018201546002909201546001600160a01b0380831694908416936001600160801b0380841694600160801b90940416926001600160401b03600160a01b8083048216949304169160ff600160e01b9092049190911690565b604080516001600160a01b039889168152979096166020880152948601939093526060850191909152608084015260a0830152151560c082015260e0016100ca565b348015610237575f5ffd5b506100f26102463660046112e4565b61061d565b348015610256575f5ffd5b506100c07f5e172d4a19b08b5b7f0354399a080f05a28476f34f987f7cd87e69a4065d4ec081565b348015610289575f5ffd5b506100c06102983660046112fb565b6107b7565b6100c06102ab36600461131b565b61081b565b6100f26102be3660046112e4565b610b9b565b3480156102ce575f5ffd5b506100c0610d18565b60ff5f5c16156102fa576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f61031285610d26565b90505f6103228287878787610d8f565b60028301549091505f906103409087906001600160801b0316611357565b6002840180546001600160801b03808a16600160801b029116179055835460ff60e01b19811685556040519192506001600160a01b031690339089907f2500ada8ba581126c805692756f230258621bbe372c90d928a7284fab4a9c1ea906103b49087908c90918252602082015260400190565b60405180910390a3604080518881526020810184905289917faee37d46ae7638649199a415cd6d49cc67df520cf2c80210daac017e0df3ab98910160405180910390a26104013384610ebd565b61040b8183610ebd565b505f92505050805c60ff1916815d5050505050565b60ff5f5c1615610443576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f61045b82610d26565b80549091506001600160a01b0316331461049657604051630871bc2560e41b8152600481018390523360248201526044015b60405180910390fd5b6001810154600160a01b90046001600160401b0316156104cc5760405163f3e6ffd760e01b81526004810183905260240161048d565b60018101805467ffffffffffffffff60a01b1916600160a01b426001600160401b03818116830293909317909355835485937fb5da4f2aea39e4c2ab4be6ce80f5f0c303eb4f7fb88ffb2e87a48a2ce25637b993610530939092049091169061136a565b60405190815260200160405180910390a2505f60ff19815c16815d5050565b60ff5f5c1615610572576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f61058a85610d26565b90505f61059a8287878787610d8f565b6002830180546001600160801b03808916600160801b029116179055604051909150339087907f2500ada8ba581126c805692756f230258621bbe372c90d928a7284fab4a9c1ea906105f89085908a90918252602082015260400190565b60405180910390a361060a3382610ebd565b505f905060ff19815c16815d5050505050565b60ff5f5c1615610640576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f61065882610d26565b80549091506001600160a01b0316331461068e57604051630871bc2560e41b81526004810183905233602482015260440161048d565b6001810154600160a01b90046001600160401b03165f036106c55760405163350e5ce360e21b81526004810183905260240161048d565b805460018201545f916106ef916001600160401b03600160a01b928390048116929091041661136a565b90508042101561071b576040516309e5715960e11b81526004810182905242602482015260440161048d565b60028201545f9061073e906001600160801b03600160801b820481169116611357565b835460ff60e01b19168455600284015460408051600160801b9092046001600160801b031682526020820183905291925085917faee37d46ae7638649199a415cd6d49cc67df520cf2c80210daac017e0df3ab98910160405180910390a26107a63382610ebd565b505f91505060ff19815c16815d5050565b604080517f5e172d4a19b08b5b7f0354399a080f05a28476f34f987f7cd87e69a4065d4ec06020820152908101839052606081018290525f906108129060800160405160208183030381529060405280519060200120610f4f565b90505b92915050565b5f60ff815c161561083f576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d506001600160a01b038316158061086b57506001600160a01b03831633145b1561089457604051630bc2c5df60e11b81526001600160a01b038416600482015260240161048d565b345f036108b457604051637c946ed760e01b815260040160405180910390fd5b6301e133808211156108dc576040516310c2879160e31b81526004810183905260240161048d565b6001600160801b0334111561090457604051631132981b60e01b815260040160405180910390fd5b335f9081526001602090815260408083206001600160a01b03871684529091528120805490826109338361137d565b909155506040805146602082015230918101919091523360608201526001600160a01b038616608082015260a0810182905290915060c0016040516020818303038152906040528051906020012091506040518060e00160405280336001600160a01b03168152602001846001600160401b03168152602001600115158152602001856001600160a01b031681526020015f6001600160401b03168152602001346001600160801b031681526020015f6001600160801b03168152505f5f8481526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f01601c6101000a81548160ff0219169083151502179055506060820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060808201518160010160146101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151816002015f6101000a8154816001600160801b0302191690836001600160801b0316021790555060c08201518160020160106101000a8154816001600160801b0302191690836001600160801b03160217905550905050836001600160a01b0316336001600160a01b0316837f630c6eea9ad04dd8e6c201fcbde9addbace227c350c7f48979dff2187142cd37348786604051610b82939291909283526020830191909152604082015260600190565b60405180910390a4505f60ff19815c16815d5092915050565b60ff5f5c1615610bbe576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f610bd682610d26565b80549091506001600160a01b03163314610c0c57604051630871bc2560e41b81526004810183905233602482015260440161048d565b6001810154600160a01b90046001600160401b031615610c425760405163f3e6ffd760e01b81526004810183905260240161048d565b345f03610c6257604051637c946ed760e01b815260040160405180910390fd5b60028101545f90610c7d9034906001600160801b031661136a565b90506001600160801b03811115610ca757604051631132981b60e01b815260040160405180910390fd5b6002820180546fffffffffffffffffffffffffffffffff19166001600160801b038316179055604080513481526020810183905284917f9cccb87b8f66309aa4e78924a7f8bbe8cb5ddd377aa929dd7a622132781856aa910160405180910390a2505f905060ff19815c16815d5050565b5f610d21610f7d565b905090565b5f81815260208190526040902080546001600160a01b0316610d5e576040516379c1d89f60e11b81526004810183905260240161048d565b8054600160e01b900460ff16610d8a576040516316c4561d60e21b81526004810183905260240161048d565b919050565b60018501545f906001600160a01b03163314610dc75760405163cb96886560e01b81526004810186905233602482015260440161048d565b6002860154600160801b90046001600160801b0316808511610e0657604051630b2abd5960e01b8152600481018290526024810186905260440161048d565b60028701546001600160801b0316851115610e4c5760028701546040516365ca840560e11b81526001600160801b0390911660048201526024810186905260440161048d565b5f610e61610e5a88886107b7565b86866110a6565b88549091506001600160a01b03808316911614610ea75787546040516379f694ff60e11b81526001600160a01b039182166004820152908216602482015260440161048d565b610eb18287611357565b98975050505050505050565b805f03610ec8575050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610f11576040519150601f19603f3d011682016040523d82523d5f602084013e610f16565b606091505b5050905080610f4a57604051630e21dcbb60e11b81526001600160a01b03841660048201526024810183905260440161048d565b505050565b5f5f610f59610f7d565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f7f000000000000000000000000000000000000000000000000000000000000000046148015610fd55750306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016145b15610fff57507f000000000000000000000000000000000000000000000000000000000000000090565b610d21604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f604182146110cb5760405163058676ad60e31b81526004810183905260240161048d565b8235602084013560408501355f1a60028110156110f0576110ed601b82611395565b90505b8060ff16601b1415801561110857508060ff16601c14155b1561112b57604051635d3b7f8160e11b815260ff8216600482015260240161048d565b821580611136575081155b15611154576040516336135f7f60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156111955760405163322b766960e21b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156111e5573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661121957604051638baa579f60e01b815260040160405180910390fd5b5050509392505050565b5f5f5f5f60608587031215611236575f5ffd5b843593506020850135925060408501356001600160401b03811115611259575f5ffd5b8501601f81018713611269575f5ffd5b80356001600160401b0381111561127e575f5ffd5b87602082840101111561128f575f5ffd5b949793965060200194505050565b80356001600160a01b0381168114610d8a575f5ffd5b5f5f604083850312156112c4575f5ffd5b6112cd8361129d565b91506112db6020840161129d565b90509250929050565b5f602082840312156112f4575f5ffd5b5035919050565b5f5f6040838503121561130c575f5ffd5b50508035926020909101359150565b5f5f6040838503121561132c575f5ffd5b6113358361129d565b946020939093013593505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561081557610815611343565b8082018082111561081557610815611343565b5f6001820161138e5761138e611343565b5060010190565b60ff81811683821601908111156108155761081561134356fea264697066735822122032bc9a30b036b7e7b740a1298a0351578354425ce98279739a711c80322f955364736f6c634300081c0033",
}

// AgentPaymentChannelABI is the input ABI used to generate the binding from.
// Deprecated: Use AgentPaymentChannelMetaData.ABI instead.
var AgentPaymentChannelABI = AgentPaymentChannelMetaData.ABI

// AgentPaymentChannelBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AgentPaymentChannelMetaData.Bin instead.
var AgentPaymentChannelBin = AgentPaymentChannelMetaData.Bin

// DeployAgentPaymentChannel deploys a new Ethereum contract, binding an instance of AgentPaymentChannel to it.
func DeployAgentPaymentChannel(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *AgentPaymentChannel, error) {
	parsed, err := AgentPaymentChannelMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AgentPaymentChannelBin), backend)
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
