// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package agentregistry

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

// AgentRegistryMetaData contains all meta data concerning the AgentRegistry contract.
var AgentRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"ConsentExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"ConsentSignerMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignatureRS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"InvalidSignatureV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAgentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAgentOwnerOrAgent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignatureHighS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAgent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"AgentActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"AgentDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"AgentOwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"capabilities\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ratePerTaskWei\",\"type\":\"uint256\"}],\"name\":\"AgentRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"capabilities\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ratePerTaskWei\",\"type\":\"uint256\"}],\"name\":\"AgentUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"REGISTER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"activateAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"consentDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"deactivateAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"getAgent\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"capabilities\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"ratePerTaskWei\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"capabilities\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"ratePerTaskWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"agentSignature\",\"type\":\"bytes\"}],\"name\":\"registerAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferAgentOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"capabilities\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"ratePerTaskWei\",\"type\":\"uint256\"}],\"name\":\"updateAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610120604052348015610010575f5ffd5b50604080518082018252600d81526c4167656e74526567697374727960981b60208083019182528351808501855260018152603160f81b81830190815293519092206080818152925190932060a08181524660c08181523060e081905288517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81880152808a019890985260608801949094529486015284810191909152845180850390910181529290910190925280519101206101005260805160a05160c05160e051610100516112726101055f395f610aee01525f610ac401525f610a9101525f610b6701525f610b3f01526112725ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c80639f8a13d7116100635780639f8a13d714610127578063b0a0a92714610169578063c43de8191461017c578063f698da251461018f578063fb3551ff14610197575f5ffd5b806339c470ff1461009f5780634e81ba8e146100c55780636a5306a3146100da5780636c61332c146101015780639036a9b714610114575b5f5ffd5b6100b26100ad366004610c56565b6101bc565b6040519081526020015b60405180910390f35b6100d86100d3366004610c90565b610233565b005b6100b27fd6f08eadb43cc696d09d3dd86ba9852607565b14d28dec5574a6ac1b27a70c9481565b6100d861010f366004610d36565b61028b565b6100d8610122366004610dbe565b61030e565b610159610135366004610c90565b6001600160a01b03165f90815260208190526040902054600160a01b900460ff1690565b60405190151581526020016100bc565b6100d8610177366004610c90565b6104c5565b6100d861018a366004610e81565b6105a0565b6100b2610625565b6101aa6101a5366004610c90565b610633565b6040516100bc96959493929190610ee0565b604080517fd6f08eadb43cc696d09d3dd86ba9852607565b14d28dec5574a6ac1b27a70c9460208201526001600160a01b03808616928201929092529083166060820152608081018290525f9061022b9060a001604051602081830303815290604052805190602001206107eb565b949350505050565b5f61023e8233610819565b805460ff60a01b1916600160a01b17815560405190915033906001600160a01b038416907f692e683fa1287a1c61bc4c708519a7358b15a3619be3d359b54aff905465bf6b905f90a35050565b5f6102968733610819565b9050600281016102a786888361101f565b506102b38185856108a4565b818160010181905550866001600160a01b03167f28478acfc3fb3fa93d3a86696b1f4cd1a9371d298eadb1e686a289f98d09044e87878787876040516102fd959493929190611101565b60405180910390a250505050505050565b6001600160a01b038916610335576040516392077bad60e01b815260040160405180910390fd5b6001600160a01b03808a165f90815260208190526040902080549091161561038057604051630654cb8760e11b81526001600160a01b038b1660048201526024015b60405180910390fd5b336001600160a01b038b1614158061039757508115155b1561042557428410156103c6576040516383649cd160e01b815260048101859052426024820152604401610377565b5f6103dc6103d58c33886101bc565b8585610911565b90508a6001600160a01b0316816001600160a01b0316146104235760405163883059cb60e01b81526001600160a01b03808d16600483015282166024820152604401610377565b505b805460ff60a01b1933166001600160a81b031990911617600160a01b178155600181018590556002810161045a898b8361101f565b506104668188886108a4565b336001600160a01b03168a6001600160a01b03167f07fa155347a2e1b01417e085418b03a4df882d12c908969f6db4f58b3d4a478a8b8b8b8b8b6040516104b1959493929190611101565b60405180910390a350505050505050505050565b6001600160a01b038082165f908152602081905260409020805490911661050a57604051633f0f01a960e11b81526001600160a01b0383166004820152602401610377565b80546001600160a01b0316331480159061052d5750336001600160a01b03831614155b1561055c57604051633fe9456f60e01b81526001600160a01b0383166004820152336024820152604401610377565b805460ff60a01b1916815560405133906001600160a01b038416907f229a025a562ff00f754d0b7e98d9196b476b9dd59df189a51b29a591b53ef467905f90a35050565b6001600160a01b0381166105c757604051639905827b60e01b815260040160405180910390fd5b5f6105d28333610819565b80546001600160a01b0319166001600160a01b038481169182178355604051929350909133918616907f06ca94f8413539016add68c86c66aa80cbdf4ee442b769a7cd3fa80c5efa04c7905f90a4505050565b5f61062e610a8e565b905090565b6001600160a01b038181165f908152602081905260408120805460018201546002830180549495606095869588958695869592948216936003860192600160a01b900460ff169085151590859061068990610f9b565b80601f01602080910402602001604051908101604052809291908181526020018280546106b590610f9b565b80156107005780601f106106d757610100808354040283529160200191610700565b820191905f5260205f20905b8154815290600101906020018083116106e357829003601f168201915b5050505050945083805480602002602001604051908101604052809291908181526020015f905b828210156107cf578382905f5260205f2001805461074490610f9b565b80601f016020809104026020016040519081016040528092919081815260200182805461077090610f9b565b80156107bb5780601f10610792576101008083540402835291602001916107bb565b820191905f5260205f20905b81548152906001019060200180831161079e57829003601f168201915b505050505081526020019060010190610727565b5050505093509650965096509650965096505091939550919395565b5f5f6107f5610a8e565b60405161190160f01b81526002810191909152602281019390935250506042902090565b6001600160a01b038083165f908152602081905260409020805490911661085e57604051633f0f01a960e11b81526001600160a01b0384166004820152602401610377565b80546001600160a01b0383811691161461089e57604051631c31ad3b60e21b81526001600160a01b03808516600483015283166024820152604401610377565b92915050565b6108b1600384015f610bb7565b5f5b8181101561090b57836003018383838181106108d1576108d16111c0565b90506020028101906108e391906111d4565b82546001810184555f938452602090932090920191610902918361101f565b506001016108b3565b50505050565b5f604182146109365760405163058676ad60e31b815260048101839052602401610377565b8235602084013560408501355f1a600281101561095b57610958601b82611217565b90505b8060ff16601b1415801561097357508060ff16601c14155b1561099657604051635d3b7f8160e11b815260ff82166004820152602401610377565b8215806109a1575081155b156109bf576040516336135f7f60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115610a005760405163322b766960e21b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610a50573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416610a8457604051638baa579f60e01b815260040160405180910390fd5b5050509392505050565b5f7f000000000000000000000000000000000000000000000000000000000000000046148015610ae65750306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016145b15610b1057507f000000000000000000000000000000000000000000000000000000000000000090565b61062e604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5080545f8255905f5260205f2090810190610bd29190610bd5565b50565b80821115610bf1575f610be88282610bf5565b50600101610bd5565b5090565b508054610c0190610f9b565b5f825580601f10610c10575050565b601f0160209004905f5260205f2090810190610bd291905b80821115610bf1575f8155600101610c28565b80356001600160a01b0381168114610c51575f5ffd5b919050565b5f5f5f60608486031215610c68575f5ffd5b610c7184610c3b565b9250610c7f60208501610c3b565b929592945050506040919091013590565b5f60208284031215610ca0575f5ffd5b610ca982610c3b565b9392505050565b5f5f83601f840112610cc0575f5ffd5b50813567ffffffffffffffff811115610cd7575f5ffd5b602083019150836020828501011115610cee575f5ffd5b9250929050565b5f5f83601f840112610d05575f5ffd5b50813567ffffffffffffffff811115610d1c575f5ffd5b6020830191508360208260051b8501011115610cee575f5ffd5b5f5f5f5f5f5f60808789031215610d4b575f5ffd5b610d5487610c3b565b9550602087013567ffffffffffffffff811115610d6f575f5ffd5b610d7b89828a01610cb0565b909650945050604087013567ffffffffffffffff811115610d9a575f5ffd5b610da689828a01610cf5565b979a9699509497949695606090950135949350505050565b5f5f5f5f5f5f5f5f5f60c08a8c031215610dd6575f5ffd5b610ddf8a610c3b565b985060208a013567ffffffffffffffff811115610dfa575f5ffd5b610e068c828d01610cb0565b90995097505060408a013567ffffffffffffffff811115610e25575f5ffd5b610e318c828d01610cf5565b90975095505060608a0135935060808a0135925060a08a013567ffffffffffffffff811115610e5e575f5ffd5b610e6a8c828d01610cb0565b915080935050809150509295985092959850929598565b5f5f60408385031215610e92575f5ffd5b610e9b83610c3b565b9150610ea960208401610c3b565b90509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b038716815260c0602082018190525f90610f0390830188610eb2565b828103604084015280875180835260208301915060208160051b84010160208a015f5b83811015610f5857601f19868403018552610f42838351610eb2565b6020958601959093509190910190600101610f26565b50506060860189905287151560808701529350610f7492505050565b82151560a0830152979650505050505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680610faf57607f821691505b602082108103610fcd57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561101a57805f5260205f20601f840160051c81016020851015610ff85750805b601f840160051c820191505b81811015611017575f8155600101611004565b50505b505050565b67ffffffffffffffff83111561103757611037610f87565b61104b836110458354610f9b565b83610fd3565b5f601f84116001811461107c575f85156110655750838201355b5f19600387901b1c1916600186901b178355611017565b5f83815260208120601f198716915b828110156110ab578685013582556020948501946001909201910161108b565b50868210156110c7575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f6111146060830187896110d9565b82810360208401528085825260208201905060208660051b830101875f601e198a3603015b898210156111a757858403601f190185528235818112611157575f5ffd5b8b0160208101903567ffffffffffffffff811115611173575f5ffd5b803603821315611181575f5ffd5b61118c8682846110d9565b95505050602083019250602085019450600182019150611139565b5050508093505050508260408301529695505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e198436030181126111e9575f5ffd5b83018035915067ffffffffffffffff821115611203575f5ffd5b602001915036819003821315610cee575f5ffd5b60ff818116838216019081111561089e57634e487b7160e01b5f52601160045260245ffdfea264697066735822122089e4c495dcd4e6760731325ed5a1a703154a06e21cf6d9d35dfd761e31b314a364736f6c634300081c0033",
}

// AgentRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use AgentRegistryMetaData.ABI instead.
var AgentRegistryABI = AgentRegistryMetaData.ABI

// AgentRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AgentRegistryMetaData.Bin instead.
var AgentRegistryBin = AgentRegistryMetaData.Bin

// DeployAgentRegistry deploys a new Ethereum contract, binding an instance of AgentRegistry to it.
func DeployAgentRegistry(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *AgentRegistry, error) {
	parsed, err := AgentRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AgentRegistryBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AgentRegistry{AgentRegistryCaller: AgentRegistryCaller{contract: contract}, AgentRegistryTransactor: AgentRegistryTransactor{contract: contract}, AgentRegistryFilterer: AgentRegistryFilterer{contract: contract}}, nil
}

// AgentRegistry is an auto generated Go binding around an Ethereum contract.
type AgentRegistry struct {
	AgentRegistryCaller     // Read-only binding to the contract
	AgentRegistryTransactor // Write-only binding to the contract
	AgentRegistryFilterer   // Log filterer for contract events
}

// AgentRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type AgentRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgentRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AgentRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgentRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AgentRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgentRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AgentRegistrySession struct {
	Contract     *AgentRegistry    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// AgentRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AgentRegistryCallerSession struct {
	Contract *AgentRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// AgentRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AgentRegistryTransactorSession struct {
	Contract     *AgentRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// AgentRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type AgentRegistryRaw struct {
	Contract *AgentRegistry // Generic contract binding to access the raw methods on
}

// AgentRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AgentRegistryCallerRaw struct {
	Contract *AgentRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// AgentRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AgentRegistryTransactorRaw struct {
	Contract *AgentRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAgentRegistry creates a new instance of AgentRegistry, bound to a specific deployed contract.
func NewAgentRegistry(address common.Address, backend bind.ContractBackend) (*AgentRegistry, error) {
	contract, err := bindAgentRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AgentRegistry{AgentRegistryCaller: AgentRegistryCaller{contract: contract}, AgentRegistryTransactor: AgentRegistryTransactor{contract: contract}, AgentRegistryFilterer: AgentRegistryFilterer{contract: contract}}, nil
}

// NewAgentRegistryCaller creates a new read-only instance of AgentRegistry, bound to a specific deployed contract.
func NewAgentRegistryCaller(address common.Address, caller bind.ContractCaller) (*AgentRegistryCaller, error) {
	contract, err := bindAgentRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AgentRegistryCaller{contract: contract}, nil
}

// NewAgentRegistryTransactor creates a new write-only instance of AgentRegistry, bound to a specific deployed contract.
func NewAgentRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*AgentRegistryTransactor, error) {
	contract, err := bindAgentRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AgentRegistryTransactor{contract: contract}, nil
}

// NewAgentRegistryFilterer creates a new log filterer instance of AgentRegistry, bound to a specific deployed contract.
func NewAgentRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*AgentRegistryFilterer, error) {
	contract, err := bindAgentRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AgentRegistryFilterer{contract: contract}, nil
}

// bindAgentRegistry binds a generic wrapper to an already deployed contract.
func bindAgentRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AgentRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgentRegistry *AgentRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgentRegistry.Contract.AgentRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgentRegistry *AgentRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgentRegistry.Contract.AgentRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgentRegistry *AgentRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgentRegistry.Contract.AgentRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgentRegistry *AgentRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgentRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgentRegistry *AgentRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgentRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgentRegistry *AgentRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgentRegistry.Contract.contract.Transact(opts, method, params...)
}

// REGISTERTYPEHASH is a free data retrieval call binding the contract method 0x6a5306a3.
//
// Solidity: function REGISTER_TYPEHASH() view returns(bytes32)
func (_AgentRegistry *AgentRegistryCaller) REGISTERTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgentRegistry.contract.Call(opts, &out, "REGISTER_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REGISTERTYPEHASH is a free data retrieval call binding the contract method 0x6a5306a3.
//
// Solidity: function REGISTER_TYPEHASH() view returns(bytes32)
func (_AgentRegistry *AgentRegistrySession) REGISTERTYPEHASH() ([32]byte, error) {
	return _AgentRegistry.Contract.REGISTERTYPEHASH(&_AgentRegistry.CallOpts)
}

// REGISTERTYPEHASH is a free data retrieval call binding the contract method 0x6a5306a3.
//
// Solidity: function REGISTER_TYPEHASH() view returns(bytes32)
func (_AgentRegistry *AgentRegistryCallerSession) REGISTERTYPEHASH() ([32]byte, error) {
	return _AgentRegistry.Contract.REGISTERTYPEHASH(&_AgentRegistry.CallOpts)
}

// ConsentDigest is a free data retrieval call binding the contract method 0x39c470ff.
//
// Solidity: function consentDigest(address agent, address owner, uint256 deadline) view returns(bytes32)
func (_AgentRegistry *AgentRegistryCaller) ConsentDigest(opts *bind.CallOpts, agent common.Address, owner common.Address, deadline *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _AgentRegistry.contract.Call(opts, &out, "consentDigest", agent, owner, deadline)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ConsentDigest is a free data retrieval call binding the contract method 0x39c470ff.
//
// Solidity: function consentDigest(address agent, address owner, uint256 deadline) view returns(bytes32)
func (_AgentRegistry *AgentRegistrySession) ConsentDigest(agent common.Address, owner common.Address, deadline *big.Int) ([32]byte, error) {
	return _AgentRegistry.Contract.ConsentDigest(&_AgentRegistry.CallOpts, agent, owner, deadline)
}

// ConsentDigest is a free data retrieval call binding the contract method 0x39c470ff.
//
// Solidity: function consentDigest(address agent, address owner, uint256 deadline) view returns(bytes32)
func (_AgentRegistry *AgentRegistryCallerSession) ConsentDigest(agent common.Address, owner common.Address, deadline *big.Int) ([32]byte, error) {
	return _AgentRegistry.Contract.ConsentDigest(&_AgentRegistry.CallOpts, agent, owner, deadline)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_AgentRegistry *AgentRegistryCaller) DomainSeparator(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgentRegistry.contract.Call(opts, &out, "domainSeparator")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_AgentRegistry *AgentRegistrySession) DomainSeparator() ([32]byte, error) {
	return _AgentRegistry.Contract.DomainSeparator(&_AgentRegistry.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_AgentRegistry *AgentRegistryCallerSession) DomainSeparator() ([32]byte, error) {
	return _AgentRegistry.Contract.DomainSeparator(&_AgentRegistry.CallOpts)
}

// GetAgent is a free data retrieval call binding the contract method 0xfb3551ff.
//
// Solidity: function getAgent(address agent) view returns(address owner, string endpoint, string[] capabilities, uint256 ratePerTaskWei, bool active, bool registered)
func (_AgentRegistry *AgentRegistryCaller) GetAgent(opts *bind.CallOpts, agent common.Address) (struct {
	Owner          common.Address
	Endpoint       string
	Capabilities   []string
	RatePerTaskWei *big.Int
	Active         bool
	Registered     bool
}, error) {
	var out []interface{}
	err := _AgentRegistry.contract.Call(opts, &out, "getAgent", agent)

	outstruct := new(struct {
		Owner          common.Address
		Endpoint       string
		Capabilities   []string
		RatePerTaskWei *big.Int
		Active         bool
		Registered     bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Endpoint = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Capabilities = *abi.ConvertType(out[2], new([]string)).(*[]string)
	outstruct.RatePerTaskWei = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.Active = *abi.ConvertType(out[4], new(bool)).(*bool)
	outstruct.Registered = *abi.ConvertType(out[5], new(bool)).(*bool)

	return *outstruct, err

}

// GetAgent is a free data retrieval call binding the contract method 0xfb3551ff.
//
// Solidity: function getAgent(address agent) view returns(address owner, string endpoint, string[] capabilities, uint256 ratePerTaskWei, bool active, bool registered)
func (_AgentRegistry *AgentRegistrySession) GetAgent(agent common.Address) (struct {
	Owner          common.Address
	Endpoint       string
	Capabilities   []string
	RatePerTaskWei *big.Int
	Active         bool
	Registered     bool
}, error) {
	return _AgentRegistry.Contract.GetAgent(&_AgentRegistry.CallOpts, agent)
}

// GetAgent is a free data retrieval call binding the contract method 0xfb3551ff.
//
// Solidity: function getAgent(address agent) view returns(address owner, string endpoint, string[] capabilities, uint256 ratePerTaskWei, bool active, bool registered)
func (_AgentRegistry *AgentRegistryCallerSession) GetAgent(agent common.Address) (struct {
	Owner          common.Address
	Endpoint       string
	Capabilities   []string
	RatePerTaskWei *big.Int
	Active         bool
	Registered     bool
}, error) {
	return _AgentRegistry.Contract.GetAgent(&_AgentRegistry.CallOpts, agent)
}

// IsActive is a free data retrieval call binding the contract method 0x9f8a13d7.
//
// Solidity: function isActive(address agent) view returns(bool)
func (_AgentRegistry *AgentRegistryCaller) IsActive(opts *bind.CallOpts, agent common.Address) (bool, error) {
	var out []interface{}
	err := _AgentRegistry.contract.Call(opts, &out, "isActive", agent)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsActive is a free data retrieval call binding the contract method 0x9f8a13d7.
//
// Solidity: function isActive(address agent) view returns(bool)
func (_AgentRegistry *AgentRegistrySession) IsActive(agent common.Address) (bool, error) {
	return _AgentRegistry.Contract.IsActive(&_AgentRegistry.CallOpts, agent)
}

// IsActive is a free data retrieval call binding the contract method 0x9f8a13d7.
//
// Solidity: function isActive(address agent) view returns(bool)
func (_AgentRegistry *AgentRegistryCallerSession) IsActive(agent common.Address) (bool, error) {
	return _AgentRegistry.Contract.IsActive(&_AgentRegistry.CallOpts, agent)
}

// ActivateAgent is a paid mutator transaction binding the contract method 0x4e81ba8e.
//
// Solidity: function activateAgent(address agent) returns()
func (_AgentRegistry *AgentRegistryTransactor) ActivateAgent(opts *bind.TransactOpts, agent common.Address) (*types.Transaction, error) {
	return _AgentRegistry.contract.Transact(opts, "activateAgent", agent)
}

// ActivateAgent is a paid mutator transaction binding the contract method 0x4e81ba8e.
//
// Solidity: function activateAgent(address agent) returns()
func (_AgentRegistry *AgentRegistrySession) ActivateAgent(agent common.Address) (*types.Transaction, error) {
	return _AgentRegistry.Contract.ActivateAgent(&_AgentRegistry.TransactOpts, agent)
}

// ActivateAgent is a paid mutator transaction binding the contract method 0x4e81ba8e.
//
// Solidity: function activateAgent(address agent) returns()
func (_AgentRegistry *AgentRegistryTransactorSession) ActivateAgent(agent common.Address) (*types.Transaction, error) {
	return _AgentRegistry.Contract.ActivateAgent(&_AgentRegistry.TransactOpts, agent)
}

// DeactivateAgent is a paid mutator transaction binding the contract method 0xb0a0a927.
//
// Solidity: function deactivateAgent(address agent) returns()
func (_AgentRegistry *AgentRegistryTransactor) DeactivateAgent(opts *bind.TransactOpts, agent common.Address) (*types.Transaction, error) {
	return _AgentRegistry.contract.Transact(opts, "deactivateAgent", agent)
}

// DeactivateAgent is a paid mutator transaction binding the contract method 0xb0a0a927.
//
// Solidity: function deactivateAgent(address agent) returns()
func (_AgentRegistry *AgentRegistrySession) DeactivateAgent(agent common.Address) (*types.Transaction, error) {
	return _AgentRegistry.Contract.DeactivateAgent(&_AgentRegistry.TransactOpts, agent)
}

// DeactivateAgent is a paid mutator transaction binding the contract method 0xb0a0a927.
//
// Solidity: function deactivateAgent(address agent) returns()
func (_AgentRegistry *AgentRegistryTransactorSession) DeactivateAgent(agent common.Address) (*types.Transaction, error) {
	return _AgentRegistry.Contract.DeactivateAgent(&_AgentRegistry.TransactOpts, agent)
}

// RegisterAgent is a paid mutator transaction binding the contract method 0x9036a9b7.
//
// Solidity: function registerAgent(address agent, string endpoint, string[] capabilities, uint256 ratePerTaskWei, uint256 deadline, bytes agentSignature) returns()
func (_AgentRegistry *AgentRegistryTransactor) RegisterAgent(opts *bind.TransactOpts, agent common.Address, endpoint string, capabilities []string, ratePerTaskWei *big.Int, deadline *big.Int, agentSignature []byte) (*types.Transaction, error) {
	return _AgentRegistry.contract.Transact(opts, "registerAgent", agent, endpoint, capabilities, ratePerTaskWei, deadline, agentSignature)
}

// RegisterAgent is a paid mutator transaction binding the contract method 0x9036a9b7.
//
// Solidity: function registerAgent(address agent, string endpoint, string[] capabilities, uint256 ratePerTaskWei, uint256 deadline, bytes agentSignature) returns()
func (_AgentRegistry *AgentRegistrySession) RegisterAgent(agent common.Address, endpoint string, capabilities []string, ratePerTaskWei *big.Int, deadline *big.Int, agentSignature []byte) (*types.Transaction, error) {
	return _AgentRegistry.Contract.RegisterAgent(&_AgentRegistry.TransactOpts, agent, endpoint, capabilities, ratePerTaskWei, deadline, agentSignature)
}

// RegisterAgent is a paid mutator transaction binding the contract method 0x9036a9b7.
//
// Solidity: function registerAgent(address agent, string endpoint, string[] capabilities, uint256 ratePerTaskWei, uint256 deadline, bytes agentSignature) returns()
func (_AgentRegistry *AgentRegistryTransactorSession) RegisterAgent(agent common.Address, endpoint string, capabilities []string, ratePerTaskWei *big.Int, deadline *big.Int, agentSignature []byte) (*types.Transaction, error) {
	return _AgentRegistry.Contract.RegisterAgent(&_AgentRegistry.TransactOpts, agent, endpoint, capabilities, ratePerTaskWei, deadline, agentSignature)
}

// TransferAgentOwnership is a paid mutator transaction binding the contract method 0xc43de819.
//
// Solidity: function transferAgentOwnership(address agent, address newOwner) returns()
func (_AgentRegistry *AgentRegistryTransactor) TransferAgentOwnership(opts *bind.TransactOpts, agent common.Address, newOwner common.Address) (*types.Transaction, error) {
	return _AgentRegistry.contract.Transact(opts, "transferAgentOwnership", agent, newOwner)
}

// TransferAgentOwnership is a paid mutator transaction binding the contract method 0xc43de819.
//
// Solidity: function transferAgentOwnership(address agent, address newOwner) returns()
func (_AgentRegistry *AgentRegistrySession) TransferAgentOwnership(agent common.Address, newOwner common.Address) (*types.Transaction, error) {
	return _AgentRegistry.Contract.TransferAgentOwnership(&_AgentRegistry.TransactOpts, agent, newOwner)
}

// TransferAgentOwnership is a paid mutator transaction binding the contract method 0xc43de819.
//
// Solidity: function transferAgentOwnership(address agent, address newOwner) returns()
func (_AgentRegistry *AgentRegistryTransactorSession) TransferAgentOwnership(agent common.Address, newOwner common.Address) (*types.Transaction, error) {
	return _AgentRegistry.Contract.TransferAgentOwnership(&_AgentRegistry.TransactOpts, agent, newOwner)
}

// UpdateAgent is a paid mutator transaction binding the contract method 0x6c61332c.
//
// Solidity: function updateAgent(address agent, string endpoint, string[] capabilities, uint256 ratePerTaskWei) returns()
func (_AgentRegistry *AgentRegistryTransactor) UpdateAgent(opts *bind.TransactOpts, agent common.Address, endpoint string, capabilities []string, ratePerTaskWei *big.Int) (*types.Transaction, error) {
	return _AgentRegistry.contract.Transact(opts, "updateAgent", agent, endpoint, capabilities, ratePerTaskWei)
}

// UpdateAgent is a paid mutator transaction binding the contract method 0x6c61332c.
//
// Solidity: function updateAgent(address agent, string endpoint, string[] capabilities, uint256 ratePerTaskWei) returns()
func (_AgentRegistry *AgentRegistrySession) UpdateAgent(agent common.Address, endpoint string, capabilities []string, ratePerTaskWei *big.Int) (*types.Transaction, error) {
	return _AgentRegistry.Contract.UpdateAgent(&_AgentRegistry.TransactOpts, agent, endpoint, capabilities, ratePerTaskWei)
}

// UpdateAgent is a paid mutator transaction binding the contract method 0x6c61332c.
//
// Solidity: function updateAgent(address agent, string endpoint, string[] capabilities, uint256 ratePerTaskWei) returns()
func (_AgentRegistry *AgentRegistryTransactorSession) UpdateAgent(agent common.Address, endpoint string, capabilities []string, ratePerTaskWei *big.Int) (*types.Transaction, error) {
	return _AgentRegistry.Contract.UpdateAgent(&_AgentRegistry.TransactOpts, agent, endpoint, capabilities, ratePerTaskWei)
}

// AgentRegistryAgentActivatedIterator is returned from FilterAgentActivated and is used to iterate over the raw logs and unpacked data for AgentActivated events raised by the AgentRegistry contract.
type AgentRegistryAgentActivatedIterator struct {
	Event *AgentRegistryAgentActivated // Event containing the contract specifics and raw log

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
func (it *AgentRegistryAgentActivatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentRegistryAgentActivated)
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
		it.Event = new(AgentRegistryAgentActivated)
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
func (it *AgentRegistryAgentActivatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentRegistryAgentActivatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentRegistryAgentActivated represents a AgentActivated event raised by the AgentRegistry contract.
type AgentRegistryAgentActivated struct {
	Agent common.Address
	By    common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterAgentActivated is a free log retrieval operation binding the contract event 0x692e683fa1287a1c61bc4c708519a7358b15a3619be3d359b54aff905465bf6b.
//
// Solidity: event AgentActivated(address indexed agent, address indexed by)
func (_AgentRegistry *AgentRegistryFilterer) FilterAgentActivated(opts *bind.FilterOpts, agent []common.Address, by []common.Address) (*AgentRegistryAgentActivatedIterator, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _AgentRegistry.contract.FilterLogs(opts, "AgentActivated", agentRule, byRule)
	if err != nil {
		return nil, err
	}
	return &AgentRegistryAgentActivatedIterator{contract: _AgentRegistry.contract, event: "AgentActivated", logs: logs, sub: sub}, nil
}

// WatchAgentActivated is a free log subscription operation binding the contract event 0x692e683fa1287a1c61bc4c708519a7358b15a3619be3d359b54aff905465bf6b.
//
// Solidity: event AgentActivated(address indexed agent, address indexed by)
func (_AgentRegistry *AgentRegistryFilterer) WatchAgentActivated(opts *bind.WatchOpts, sink chan<- *AgentRegistryAgentActivated, agent []common.Address, by []common.Address) (event.Subscription, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _AgentRegistry.contract.WatchLogs(opts, "AgentActivated", agentRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentRegistryAgentActivated)
				if err := _AgentRegistry.contract.UnpackLog(event, "AgentActivated", log); err != nil {
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

// ParseAgentActivated is a log parse operation binding the contract event 0x692e683fa1287a1c61bc4c708519a7358b15a3619be3d359b54aff905465bf6b.
//
// Solidity: event AgentActivated(address indexed agent, address indexed by)
func (_AgentRegistry *AgentRegistryFilterer) ParseAgentActivated(log types.Log) (*AgentRegistryAgentActivated, error) {
	event := new(AgentRegistryAgentActivated)
	if err := _AgentRegistry.contract.UnpackLog(event, "AgentActivated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgentRegistryAgentDeactivatedIterator is returned from FilterAgentDeactivated and is used to iterate over the raw logs and unpacked data for AgentDeactivated events raised by the AgentRegistry contract.
type AgentRegistryAgentDeactivatedIterator struct {
	Event *AgentRegistryAgentDeactivated // Event containing the contract specifics and raw log

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
func (it *AgentRegistryAgentDeactivatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentRegistryAgentDeactivated)
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
		it.Event = new(AgentRegistryAgentDeactivated)
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
func (it *AgentRegistryAgentDeactivatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentRegistryAgentDeactivatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentRegistryAgentDeactivated represents a AgentDeactivated event raised by the AgentRegistry contract.
type AgentRegistryAgentDeactivated struct {
	Agent common.Address
	By    common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterAgentDeactivated is a free log retrieval operation binding the contract event 0x229a025a562ff00f754d0b7e98d9196b476b9dd59df189a51b29a591b53ef467.
//
// Solidity: event AgentDeactivated(address indexed agent, address indexed by)
func (_AgentRegistry *AgentRegistryFilterer) FilterAgentDeactivated(opts *bind.FilterOpts, agent []common.Address, by []common.Address) (*AgentRegistryAgentDeactivatedIterator, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _AgentRegistry.contract.FilterLogs(opts, "AgentDeactivated", agentRule, byRule)
	if err != nil {
		return nil, err
	}
	return &AgentRegistryAgentDeactivatedIterator{contract: _AgentRegistry.contract, event: "AgentDeactivated", logs: logs, sub: sub}, nil
}

// WatchAgentDeactivated is a free log subscription operation binding the contract event 0x229a025a562ff00f754d0b7e98d9196b476b9dd59df189a51b29a591b53ef467.
//
// Solidity: event AgentDeactivated(address indexed agent, address indexed by)
func (_AgentRegistry *AgentRegistryFilterer) WatchAgentDeactivated(opts *bind.WatchOpts, sink chan<- *AgentRegistryAgentDeactivated, agent []common.Address, by []common.Address) (event.Subscription, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _AgentRegistry.contract.WatchLogs(opts, "AgentDeactivated", agentRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentRegistryAgentDeactivated)
				if err := _AgentRegistry.contract.UnpackLog(event, "AgentDeactivated", log); err != nil {
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

// ParseAgentDeactivated is a log parse operation binding the contract event 0x229a025a562ff00f754d0b7e98d9196b476b9dd59df189a51b29a591b53ef467.
//
// Solidity: event AgentDeactivated(address indexed agent, address indexed by)
func (_AgentRegistry *AgentRegistryFilterer) ParseAgentDeactivated(log types.Log) (*AgentRegistryAgentDeactivated, error) {
	event := new(AgentRegistryAgentDeactivated)
	if err := _AgentRegistry.contract.UnpackLog(event, "AgentDeactivated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgentRegistryAgentOwnershipTransferredIterator is returned from FilterAgentOwnershipTransferred and is used to iterate over the raw logs and unpacked data for AgentOwnershipTransferred events raised by the AgentRegistry contract.
type AgentRegistryAgentOwnershipTransferredIterator struct {
	Event *AgentRegistryAgentOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *AgentRegistryAgentOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentRegistryAgentOwnershipTransferred)
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
		it.Event = new(AgentRegistryAgentOwnershipTransferred)
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
func (it *AgentRegistryAgentOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentRegistryAgentOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentRegistryAgentOwnershipTransferred represents a AgentOwnershipTransferred event raised by the AgentRegistry contract.
type AgentRegistryAgentOwnershipTransferred struct {
	Agent         common.Address
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterAgentOwnershipTransferred is a free log retrieval operation binding the contract event 0x06ca94f8413539016add68c86c66aa80cbdf4ee442b769a7cd3fa80c5efa04c7.
//
// Solidity: event AgentOwnershipTransferred(address indexed agent, address indexed previousOwner, address indexed newOwner)
func (_AgentRegistry *AgentRegistryFilterer) FilterAgentOwnershipTransferred(opts *bind.FilterOpts, agent []common.Address, previousOwner []common.Address, newOwner []common.Address) (*AgentRegistryAgentOwnershipTransferredIterator, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}
	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _AgentRegistry.contract.FilterLogs(opts, "AgentOwnershipTransferred", agentRule, previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &AgentRegistryAgentOwnershipTransferredIterator{contract: _AgentRegistry.contract, event: "AgentOwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchAgentOwnershipTransferred is a free log subscription operation binding the contract event 0x06ca94f8413539016add68c86c66aa80cbdf4ee442b769a7cd3fa80c5efa04c7.
//
// Solidity: event AgentOwnershipTransferred(address indexed agent, address indexed previousOwner, address indexed newOwner)
func (_AgentRegistry *AgentRegistryFilterer) WatchAgentOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *AgentRegistryAgentOwnershipTransferred, agent []common.Address, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}
	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _AgentRegistry.contract.WatchLogs(opts, "AgentOwnershipTransferred", agentRule, previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentRegistryAgentOwnershipTransferred)
				if err := _AgentRegistry.contract.UnpackLog(event, "AgentOwnershipTransferred", log); err != nil {
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

// ParseAgentOwnershipTransferred is a log parse operation binding the contract event 0x06ca94f8413539016add68c86c66aa80cbdf4ee442b769a7cd3fa80c5efa04c7.
//
// Solidity: event AgentOwnershipTransferred(address indexed agent, address indexed previousOwner, address indexed newOwner)
func (_AgentRegistry *AgentRegistryFilterer) ParseAgentOwnershipTransferred(log types.Log) (*AgentRegistryAgentOwnershipTransferred, error) {
	event := new(AgentRegistryAgentOwnershipTransferred)
	if err := _AgentRegistry.contract.UnpackLog(event, "AgentOwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgentRegistryAgentRegisteredIterator is returned from FilterAgentRegistered and is used to iterate over the raw logs and unpacked data for AgentRegistered events raised by the AgentRegistry contract.
type AgentRegistryAgentRegisteredIterator struct {
	Event *AgentRegistryAgentRegistered // Event containing the contract specifics and raw log

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
func (it *AgentRegistryAgentRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentRegistryAgentRegistered)
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
		it.Event = new(AgentRegistryAgentRegistered)
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
func (it *AgentRegistryAgentRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentRegistryAgentRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentRegistryAgentRegistered represents a AgentRegistered event raised by the AgentRegistry contract.
type AgentRegistryAgentRegistered struct {
	Agent          common.Address
	Owner          common.Address
	Endpoint       string
	Capabilities   []string
	RatePerTaskWei *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterAgentRegistered is a free log retrieval operation binding the contract event 0x07fa155347a2e1b01417e085418b03a4df882d12c908969f6db4f58b3d4a478a.
//
// Solidity: event AgentRegistered(address indexed agent, address indexed owner, string endpoint, string[] capabilities, uint256 ratePerTaskWei)
func (_AgentRegistry *AgentRegistryFilterer) FilterAgentRegistered(opts *bind.FilterOpts, agent []common.Address, owner []common.Address) (*AgentRegistryAgentRegisteredIterator, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _AgentRegistry.contract.FilterLogs(opts, "AgentRegistered", agentRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &AgentRegistryAgentRegisteredIterator{contract: _AgentRegistry.contract, event: "AgentRegistered", logs: logs, sub: sub}, nil
}

// WatchAgentRegistered is a free log subscription operation binding the contract event 0x07fa155347a2e1b01417e085418b03a4df882d12c908969f6db4f58b3d4a478a.
//
// Solidity: event AgentRegistered(address indexed agent, address indexed owner, string endpoint, string[] capabilities, uint256 ratePerTaskWei)
func (_AgentRegistry *AgentRegistryFilterer) WatchAgentRegistered(opts *bind.WatchOpts, sink chan<- *AgentRegistryAgentRegistered, agent []common.Address, owner []common.Address) (event.Subscription, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _AgentRegistry.contract.WatchLogs(opts, "AgentRegistered", agentRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentRegistryAgentRegistered)
				if err := _AgentRegistry.contract.UnpackLog(event, "AgentRegistered", log); err != nil {
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

// ParseAgentRegistered is a log parse operation binding the contract event 0x07fa155347a2e1b01417e085418b03a4df882d12c908969f6db4f58b3d4a478a.
//
// Solidity: event AgentRegistered(address indexed agent, address indexed owner, string endpoint, string[] capabilities, uint256 ratePerTaskWei)
func (_AgentRegistry *AgentRegistryFilterer) ParseAgentRegistered(log types.Log) (*AgentRegistryAgentRegistered, error) {
	event := new(AgentRegistryAgentRegistered)
	if err := _AgentRegistry.contract.UnpackLog(event, "AgentRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgentRegistryAgentUpdatedIterator is returned from FilterAgentUpdated and is used to iterate over the raw logs and unpacked data for AgentUpdated events raised by the AgentRegistry contract.
type AgentRegistryAgentUpdatedIterator struct {
	Event *AgentRegistryAgentUpdated // Event containing the contract specifics and raw log

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
func (it *AgentRegistryAgentUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgentRegistryAgentUpdated)
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
		it.Event = new(AgentRegistryAgentUpdated)
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
func (it *AgentRegistryAgentUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgentRegistryAgentUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgentRegistryAgentUpdated represents a AgentUpdated event raised by the AgentRegistry contract.
type AgentRegistryAgentUpdated struct {
	Agent          common.Address
	Endpoint       string
	Capabilities   []string
	RatePerTaskWei *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterAgentUpdated is a free log retrieval operation binding the contract event 0x28478acfc3fb3fa93d3a86696b1f4cd1a9371d298eadb1e686a289f98d09044e.
//
// Solidity: event AgentUpdated(address indexed agent, string endpoint, string[] capabilities, uint256 ratePerTaskWei)
func (_AgentRegistry *AgentRegistryFilterer) FilterAgentUpdated(opts *bind.FilterOpts, agent []common.Address) (*AgentRegistryAgentUpdatedIterator, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}

	logs, sub, err := _AgentRegistry.contract.FilterLogs(opts, "AgentUpdated", agentRule)
	if err != nil {
		return nil, err
	}
	return &AgentRegistryAgentUpdatedIterator{contract: _AgentRegistry.contract, event: "AgentUpdated", logs: logs, sub: sub}, nil
}

// WatchAgentUpdated is a free log subscription operation binding the contract event 0x28478acfc3fb3fa93d3a86696b1f4cd1a9371d298eadb1e686a289f98d09044e.
//
// Solidity: event AgentUpdated(address indexed agent, string endpoint, string[] capabilities, uint256 ratePerTaskWei)
func (_AgentRegistry *AgentRegistryFilterer) WatchAgentUpdated(opts *bind.WatchOpts, sink chan<- *AgentRegistryAgentUpdated, agent []common.Address) (event.Subscription, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}

	logs, sub, err := _AgentRegistry.contract.WatchLogs(opts, "AgentUpdated", agentRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgentRegistryAgentUpdated)
				if err := _AgentRegistry.contract.UnpackLog(event, "AgentUpdated", log); err != nil {
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

// ParseAgentUpdated is a log parse operation binding the contract event 0x28478acfc3fb3fa93d3a86696b1f4cd1a9371d298eadb1e686a289f98d09044e.
//
// Solidity: event AgentUpdated(address indexed agent, string endpoint, string[] capabilities, uint256 ratePerTaskWei)
func (_AgentRegistry *AgentRegistryFilterer) ParseAgentUpdated(log types.Log) (*AgentRegistryAgentUpdated, error) {
	event := new(AgentRegistryAgentUpdated)
	if err := _AgentRegistry.contract.UnpackLog(event, "AgentUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
