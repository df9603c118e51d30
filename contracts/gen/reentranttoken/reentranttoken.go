// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package reentranttoken

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

// ReentrantTokenMetaData contains all meta data concerning the ReentrantToken contract.
var ReentrantTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data_\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"data\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b50604051806040016040528060078152602001662932b2b73a32b960c91b81525060405180604001604052806002815260200161524560f01b815250816003908161005a9190610107565b5060046100678282610107565b5050506101c1565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009757607f821691505b6020821081036100b557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010257805f5260205f20601f840160051c810160208510156100e05750805b601f840160051c820191505b818110156100ff575f81556001016100ec565b50505b505050565b81516001600160401b038111156101205761012061006f565b6101348161012e8454610083565b846100bb565b6020601f821160018114610166575f831561014f5750848201515b5f19600385901b1c1916600184901b1784556100ff565b5f84815260208120601f198516915b828110156101955787850151825560209485019460019092019101610175565b50848210156101b257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b610c43806101ce5f395ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c806340c10f1911610093578063a9059cbb11610063578063a9059cbb146101d6578063ca6ddc2f146101e9578063d4b83992146101f1578063dd62ed3e1461021c575f5ffd5b806340c10f191461018b57806370a082311461019e57806373d4a13a146101c657806395d89b41146101ce575f5ffd5b806323b872dd116100ce57806323b872dd14610147578063313ce5671461015a5780633522bfd0146101695780633f09775e1461017e575f5ffd5b806306fdde03146100f4578063095ea7b31461011257806318160ddd14610135575b5f5ffd5b6100fc610254565b6040516101099190610813565b60405180910390f35b610125610120366004610847565b6102e4565b6040519015158152602001610109565b6002545b604051908152602001610109565b61012561015536600461086f565b6102fd565b60405160128152602001610109565b61017c6101773660046108a9565b610320565b005b6007546101259060ff1681565b61017c610199366004610847565b61034e565b6101396101ac366004610927565b6001600160a01b03165f9081526020819052604090205490565b6100fc61035c565b6100fc6103e8565b6101256101e4366004610847565b6103f7565b6100fc610404565b600554610204906001600160a01b031681565b6040516001600160a01b039091168152602001610109565b61013961022a366004610940565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b60606003805461026390610971565b80601f016020809104026020016040519081016040528092919081815260200182805461028f90610971565b80156102da5780601f106102b1576101008083540402835291602001916102da565b820191905f5260205f20905b8154815290600101906020018083116102bd57829003601f168201915b5050505050905090565b5f336102f1818585610411565b60019150505b92915050565b5f3361030a858285610423565b61031585858561049e565b506001949350505050565b600580546001600160a01b0319166001600160a01b0385161790556006610348828483610a08565b50505050565b61035882826104fb565b5050565b6006805461036990610971565b80601f016020809104026020016040519081016040528092919081815260200182805461039590610971565b80156103e05780601f106103b7576101008083540402835291602001916103e0565b820191905f5260205f20905b8154815290600101906020018083116103c357829003601f168201915b505050505081565b60606004805461026390610971565b5f336102f181858561049e565b6008805461036990610971565b61041e838383600161052f565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610348578181101561049057604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61034884848484035f61052f565b6001600160a01b0383166104c757604051634b637e8f60e11b81525f6004820152602401610487565b6001600160a01b0382166104f05760405163ec442f0560e01b81525f6004820152602401610487565b61041e838383610601565b6001600160a01b0382166105245760405163ec442f0560e01b81525f6004820152602401610487565b6103585f8383610601565b6001600160a01b0384166105585760405163e602df0560e01b81525f6004820152602401610487565b6001600160a01b03831661058157604051634a1406b160e11b81525f6004820152602401610487565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561034857826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516105f391815260200190565b60405180910390a350505050565b6005546001600160a01b0316801580159061062457506001600160a01b03841615155b156106b957600580546001600160a01b03191690556040515f9081906001600160a01b0384169061065790600690610ac2565b5f604051808303815f865af19150503d805f8114610690576040519150601f19603f3d011682016040523d82523d5f602084013e610695565b606091505b506007805460ff1916831515179055909250905060086106b58282610b33565b5050505b6103488484846001600160a01b0383166106e9578060025f8282546106de9190610bee565b909155506107599050565b6001600160a01b0383165f908152602081905260409020548181101561073b5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610487565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661077557600280548290039055610793565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516107d891815260200190565b60405180910390a3505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61082560208301846107e5565b9392505050565b80356001600160a01b0381168114610842575f5ffd5b919050565b5f5f60408385031215610858575f5ffd5b6108618361082c565b946020939093013593505050565b5f5f5f60608486031215610881575f5ffd5b61088a8461082c565b92506108986020850161082c565b929592945050506040919091013590565b5f5f5f604084860312156108bb575f5ffd5b6108c48461082c565b9250602084013567ffffffffffffffff8111156108df575f5ffd5b8401601f810186136108ef575f5ffd5b803567ffffffffffffffff811115610905575f5ffd5b866020828401011115610916575f5ffd5b939660209190910195509293505050565b5f60208284031215610937575f5ffd5b6108258261082c565b5f5f60408385031215610951575f5ffd5b61095a8361082c565b91506109686020840161082c565b90509250929050565b600181811c9082168061098557607f821691505b6020821081036109a357634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561041e57805f5260205f20601f840160051c810160208510156109e25750805b601f840160051c820191505b81811015610a01575f81556001016109ee565b5050505050565b67ffffffffffffffff831115610a2057610a206109a9565b610a3483610a2e8354610971565b836109bd565b5f601f841160018114610a65575f8515610a4e5750838201355b5f19600387901b1c1916600186901b178355610a01565b5f83815260208120601f198716915b82811015610a945786850135825560209485019460019092019101610a74565b5086821015610ab0575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f5f8354610acf81610971565b600182168015610ae65760018114610afb57610b28565b60ff1983168652811515820286019350610b28565b865f5260205f205f5b83811015610b2057815488820152600190910190602001610b04565b505081860193505b509195945050505050565b815167ffffffffffffffff811115610b4d57610b4d6109a9565b610b6181610b5b8454610971565b846109bd565b6020601f821160018114610b93575f8315610b7c5750848201515b5f19600385901b1c1916600184901b178455610a01565b5f84815260208120601f198516915b82811015610bc25787850151825560209485019460019092019101610ba2565b5084821015610bdf57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b808201808211156102f757634e487b7160e01b5f52601160045260245ffdfea264697066735822122098bfe17781b5c44950a3d2c40509901aade75235da5ceae437e6005c65c1830064736f6c634300081c0033",
}

// ReentrantTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use ReentrantTokenMetaData.ABI instead.
var ReentrantTokenABI = ReentrantTokenMetaData.ABI

// ReentrantTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ReentrantTokenMetaData.Bin instead.
var ReentrantTokenBin = ReentrantTokenMetaData.Bin

// DeployReentrantToken deploys a new Ethereum contract, binding an instance of ReentrantToken to it.
func DeployReentrantToken(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ReentrantToken, error) {
	parsed, err := ReentrantTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ReentrantTokenBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ReentrantToken{ReentrantTokenCaller: ReentrantTokenCaller{contract: contract}, ReentrantTokenTransactor: ReentrantTokenTransactor{contract: contract}, ReentrantTokenFilterer: ReentrantTokenFilterer{contract: contract}}, nil
}

// ReentrantToken is an auto generated Go binding around an Ethereum contract.
type ReentrantToken struct {
	ReentrantTokenCaller     // Read-only binding to the contract
	ReentrantTokenTransactor // Write-only binding to the contract
	ReentrantTokenFilterer   // Log filterer for contract events
}

// ReentrantTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type ReentrantTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ReentrantTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ReentrantTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ReentrantTokenSession struct {
	Contract     *ReentrantToken   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ReentrantTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ReentrantTokenCallerSession struct {
	Contract *ReentrantTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ReentrantTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ReentrantTokenTransactorSession struct {
	Contract     *ReentrantTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ReentrantTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type ReentrantTokenRaw struct {
	Contract *ReentrantToken // Generic contract binding to access the raw methods on
}

// ReentrantTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ReentrantTokenCallerRaw struct {
	Contract *ReentrantTokenCaller // Generic read-only contract binding to access the raw methods on
}

// ReentrantTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ReentrantTokenTransactorRaw struct {
	Contract *ReentrantTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewReentrantToken creates a new instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantToken(address common.Address, backend bind.ContractBackend) (*ReentrantToken, error) {
	contract, err := bindReentrantToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ReentrantToken{ReentrantTokenCaller: ReentrantTokenCaller{contract: contract}, ReentrantTokenTransactor: ReentrantTokenTransactor{contract: contract}, ReentrantTokenFilterer: ReentrantTokenFilterer{contract: contract}}, nil
}

// NewReentrantTokenCaller creates a new read-only instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantTokenCaller(address common.Address, caller bind.ContractCaller) (*ReentrantTokenCaller, error) {
	contract, err := bindReentrantToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenCaller{contract: contract}, nil
}

// NewReentrantTokenTransactor creates a new write-only instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*ReentrantTokenTransactor, error) {
	contract, err := bindReentrantToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenTransactor{contract: contract}, nil
}

// NewReentrantTokenFilterer creates a new log filterer instance of ReentrantToken, bound to a specific deployed contract.
func NewReentrantTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*ReentrantTokenFilterer, error) {
	contract, err := bindReentrantToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenFilterer{contract: contract}, nil
}

// bindReentrantToken binds a generic wrapper to an already deployed contract.
func bindReentrantToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ReentrantTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantToken *ReentrantTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantToken.Contract.ReentrantTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantToken *ReentrantTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantToken.Contract.ReentrantTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantToken *ReentrantTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantToken.Contract.ReentrantTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantToken *ReentrantTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantToken *ReentrantTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantToken *ReentrantTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_ReentrantToken *ReentrantTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.Allowance(&_ReentrantToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.Allowance(&_ReentrantToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_ReentrantToken *ReentrantTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.BalanceOf(&_ReentrantToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_ReentrantToken *ReentrantTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _ReentrantToken.Contract.BalanceOf(&_ReentrantToken.CallOpts, account)
}

// Data is a free data retrieval call binding the contract method 0x73d4a13a.
//
// Solidity: function data() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCaller) Data(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "data")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// Data is a free data retrieval call binding the contract method 0x73d4a13a.
//
// Solidity: function data() view returns(bytes)
func (_ReentrantToken *ReentrantTokenSession) Data() ([]byte, error) {
	return _ReentrantToken.Contract.Data(&_ReentrantToken.CallOpts)
}

// Data is a free data retrieval call binding the contract method 0x73d4a13a.
//
// Solidity: function data() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCallerSession) Data() ([]byte, error) {
	return _ReentrantToken.Contract.Data(&_ReentrantToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_ReentrantToken *ReentrantTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_ReentrantToken *ReentrantTokenSession) Decimals() (uint8, error) {
	return _ReentrantToken.Contract.Decimals(&_ReentrantToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_ReentrantToken *ReentrantTokenCallerSession) Decimals() (uint8, error) {
	return _ReentrantToken.Contract.Decimals(&_ReentrantToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ReentrantToken *ReentrantTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ReentrantToken *ReentrantTokenSession) Name() (string, error) {
	return _ReentrantToken.Contract.Name(&_ReentrantToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ReentrantToken *ReentrantTokenCallerSession) Name() (string, error) {
	return _ReentrantToken.Contract.Name(&_ReentrantToken.CallOpts)
}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (_ReentrantToken *ReentrantTokenCaller) Reentered(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "reentered")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (_ReentrantToken *ReentrantTokenSession) Reentered() (bool, error) {
	return _ReentrantToken.Contract.Reentered(&_ReentrantToken.CallOpts)
}

// Reentered is a free data retrieval call binding the contract method 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (_ReentrantToken *ReentrantTokenCallerSession) Reentered() (bool, error) {
	return _ReentrantToken.Contract.Reentered(&_ReentrantToken.CallOpts)
}

// ReentryError is a free data retrieval call binding the contract method 0xca6ddc2f.
//
// Solidity: function reentryError() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCaller) ReentryError(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "reentryError")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// ReentryError is a free data retrieval call binding the contract method 0xca6ddc2f.
//
// Solidity: function reentryError() view returns(bytes)
func (_ReentrantToken *ReentrantTokenSession) ReentryError() ([]byte, error) {
	return _ReentrantToken.Contract.ReentryError(&_ReentrantToken.CallOpts)
}

// ReentryError is a free data retrieval call binding the contract method 0xca6ddc2f.
//
// Solidity: function reentryError() view returns(bytes)
func (_ReentrantToken *ReentrantTokenCallerSession) ReentryError() ([]byte, error) {
	return _ReentrantToken.Contract.ReentryError(&_ReentrantToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ReentrantToken *ReentrantTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ReentrantToken *ReentrantTokenSession) Symbol() (string, error) {
	return _ReentrantToken.Contract.Symbol(&_ReentrantToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ReentrantToken *ReentrantTokenCallerSession) Symbol() (string, error) {
	return _ReentrantToken.Contract.Symbol(&_ReentrantToken.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantToken *ReentrantTokenCaller) Target(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "target")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantToken *ReentrantTokenSession) Target() (common.Address, error) {
	return _ReentrantToken.Contract.Target(&_ReentrantToken.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantToken *ReentrantTokenCallerSession) Target() (common.Address, error) {
	return _ReentrantToken.Contract.Target(&_ReentrantToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_ReentrantToken *ReentrantTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_ReentrantToken *ReentrantTokenSession) TotalSupply() (*big.Int, error) {
	return _ReentrantToken.Contract.TotalSupply(&_ReentrantToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_ReentrantToken *ReentrantTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _ReentrantToken.Contract.TotalSupply(&_ReentrantToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Approve(&_ReentrantToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Approve(&_ReentrantToken.TransactOpts, spender, value)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes data_) returns()
func (_ReentrantToken *ReentrantTokenTransactor) Arm(opts *bind.TransactOpts, target_ common.Address, data_ []byte) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "arm", target_, data_)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes data_) returns()
func (_ReentrantToken *ReentrantTokenSession) Arm(target_ common.Address, data_ []byte) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Arm(&_ReentrantToken.TransactOpts, target_, data_)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes data_) returns()
func (_ReentrantToken *ReentrantTokenTransactorSession) Arm(target_ common.Address, data_ []byte) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Arm(&_ReentrantToken.TransactOpts, target_, data_)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_ReentrantToken *ReentrantTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_ReentrantToken *ReentrantTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Mint(&_ReentrantToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_ReentrantToken *ReentrantTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Mint(&_ReentrantToken.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Transfer(&_ReentrantToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.Transfer(&_ReentrantToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.TransferFrom(&_ReentrantToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_ReentrantToken *ReentrantTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _ReentrantToken.Contract.TransferFrom(&_ReentrantToken.TransactOpts, from, to, value)
}

// ReentrantTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the ReentrantToken contract.
type ReentrantTokenApprovalIterator struct {
	Event *ReentrantTokenApproval // Event containing the contract specifics and raw log

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
func (it *ReentrantTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ReentrantTokenApproval)
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
		it.Event = new(ReentrantTokenApproval)
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
func (it *ReentrantTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ReentrantTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ReentrantTokenApproval represents a Approval event raised by the ReentrantToken contract.
type ReentrantTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*ReentrantTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _ReentrantToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenApprovalIterator{contract: _ReentrantToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *ReentrantTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _ReentrantToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ReentrantTokenApproval)
				if err := _ReentrantToken.contract.UnpackLog(event, "Approval", log); err != nil {
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

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) ParseApproval(log types.Log) (*ReentrantTokenApproval, error) {
	event := new(ReentrantTokenApproval)
	if err := _ReentrantToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ReentrantTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the ReentrantToken contract.
type ReentrantTokenTransferIterator struct {
	Event *ReentrantTokenTransfer // Event containing the contract specifics and raw log

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
func (it *ReentrantTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ReentrantTokenTransfer)
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
		it.Event = new(ReentrantTokenTransfer)
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
func (it *ReentrantTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ReentrantTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ReentrantTokenTransfer represents a Transfer event raised by the ReentrantToken contract.
type ReentrantTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*ReentrantTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ReentrantToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &ReentrantTokenTransferIterator{contract: _ReentrantToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *ReentrantTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ReentrantToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ReentrantTokenTransfer)
				if err := _ReentrantToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_ReentrantToken *ReentrantTokenFilterer) ParseTransfer(log types.Log) (*ReentrantTokenTransfer, error) {
	event := new(ReentrantTokenTransfer)
	if err := _ReentrantToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
