// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package reentrantrecipient

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

// ReentrantRecipientMetaData contains all meta data concerning the ReentrantRecipient contract.
var ReentrantRecipientMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"bubble_\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bubble\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRevert\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryFailures\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySuccesses\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506109528061001c5f395ff3fe60806040526004361061007c575f3560e01c80638f58c0d41161004c5780638f58c0d41461028d578063dcb4981e146102b0578063dd81e7be146102c5578063f96d9240146102e4575f5ffd5b80632751dd71146101f1578063295a5212146102105780634ce637d61461023f5780636a540a3e1461026c575f5ffd5b366101ed575f805460ff169081900361009157005b5f805460ff1916815560ff82166001146100ee5760055460065460076040516024016100bf939291906104b4565b60408051601f198184030181529190526020810180516001600160e01b031663209ddfaf60e11b179052610133565b6005546006546007604051602401610108939291906104b4565b60408051601f198184030181529190526020810180516001600160e01b0316637964ea8760e01b1790525b6004546040519192505f9182916001600160a01b031690610155908590610549565b5f604051808303815f865af19150503d805f811461018e576040519150601f19603f3d011682016040523d82523d5f602084013e610193565b606091505b509150915081156101b35760028054905f6101ad8361055f565b91905055005b5f54610100900460ff16156101ca57805160208201fd5b60018054905f6101d98361055f565b90915550600390506101eb82826105e3565b005b5f5ffd5b3480156101fc575f5ffd5b506101eb61020b3660046106fe565b610303565b34801561021b575f5ffd5b505f546102289060ff1681565b60405160ff90911681526020015b60405180910390f35b34801561024a575f5ffd5b505f5461025c90610100900460ff1681565b6040519015158152602001610236565b348015610277575f5ffd5b50610280610358565b604051610236919061078e565b348015610298575f5ffd5b506102a260025481565b604051908152602001610236565b3480156102bb575f5ffd5b506102a260015481565b3480156102d0575f5ffd5b506101eb6102df3660046107c3565b6103e4565b3480156102ef575f5ffd5b506101eb6102fe3660046107c3565b61044a565b600480546001600160a01b0319166001600160a01b0389161790555f805460ff881661ffff19909116176101008715150217905560058490556006839055600761034e828483610826565b5050505050505050565b600380546103659061047c565b80601f01602080910402602001604051908101604052809291908181526020018280546103919061047c565b80156103dc5780601f106103b3576101008083540402835291602001916103dc565b820191905f5260205f20905b8154815290600101906020018083116103bf57829003601f168201915b505050505081565b604051637964ea8760e01b81526001600160a01b03861690637964ea87906104169087908790879087906004016108e0565b5f604051808303815f87803b15801561042d575f5ffd5b505af115801561043f573d5f5f3e3d5ffd5b505050505050505050565b60405163209ddfaf60e11b81526001600160a01b0386169063413bbf5e906104169087908790879087906004016108e0565b600181811c9082168061049057607f821691505b6020821081036104ae57634e487b7160e01b5f52602260045260245ffd5b50919050565b838152826020820152606060408201525f5f83546104d18161047c565b806060860152600182165f81146104ef576001811461050b5761053c565b60ff1983166080870152608082151560051b870101935061053c565b865f5260205f205f5b8381101561053357815488820160800152600190910190602001610514565b87016080019450505b5091979650505050505050565b5f82518060208501845e5f920191825250919050565b5f6001820161057c57634e487b7160e01b5f52601160045260245ffd5b5060010190565b634e487b7160e01b5f52604160045260245ffd5b601f8211156105de57805f5260205f20601f840160051c810160208510156105bc5750805b601f840160051c820191505b818110156105db575f81556001016105c8565b50505b505050565b815167ffffffffffffffff8111156105fd576105fd610583565b6106118161060b845461047c565b84610597565b6020601f821160018114610643575f831561062c5750848201515b5f19600385901b1c1916600184901b1784556105db565b5f84815260208120601f198516915b828110156106725787850151825560209485019460019092019101610652565b508482101561068f57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b80356001600160a01b03811681146106b4575f5ffd5b919050565b5f5f83601f8401126106c9575f5ffd5b50813567ffffffffffffffff8111156106e0575f5ffd5b6020830191508360208285010111156106f7575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215610714575f5ffd5b61071d8861069e565b9650602088013560ff81168114610732575f5ffd5b955060408801358015158114610746575f5ffd5b9450606088013593506080880135925060a088013567ffffffffffffffff81111561076f575f5ffd5b61077b8a828b016106b9565b989b979a50959850939692959293505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f5f5f608086880312156107d7575f5ffd5b6107e08661069e565b94506020860135935060408601359250606086013567ffffffffffffffff811115610809575f5ffd5b610815888289016106b9565b969995985093965092949392505050565b67ffffffffffffffff83111561083e5761083e610583565b6108528361084c835461047c565b83610597565b5f601f841160018114610883575f851561086c5750838201355b5f19600387901b1c1916600186901b1783556105db565b5f83815260208120601f198716915b828110156108b25786850135825560209485019460019092019101610892565b50868210156108ce575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b84815283602082015260606040820152816060820152818360808301375f818301608090810191909152601f909201601f19160101939250505056fea2646970667358221220a33e817c0bbe3f2442f1c68611430971d98c3825c7852388ed68eac8c1972d8b64736f6c634300081c0033",
}

// ReentrantRecipientABI is the input ABI used to generate the binding from.
// Deprecated: Use ReentrantRecipientMetaData.ABI instead.
var ReentrantRecipientABI = ReentrantRecipientMetaData.ABI

// ReentrantRecipientBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ReentrantRecipientMetaData.Bin instead.
var ReentrantRecipientBin = ReentrantRecipientMetaData.Bin

// DeployReentrantRecipient deploys a new Ethereum contract, binding an instance of ReentrantRecipient to it.
func DeployReentrantRecipient(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ReentrantRecipient, error) {
	parsed, err := ReentrantRecipientMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ReentrantRecipientBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ReentrantRecipient{ReentrantRecipientCaller: ReentrantRecipientCaller{contract: contract}, ReentrantRecipientTransactor: ReentrantRecipientTransactor{contract: contract}, ReentrantRecipientFilterer: ReentrantRecipientFilterer{contract: contract}}, nil
}

// ReentrantRecipient is an auto generated Go binding around an Ethereum contract.
type ReentrantRecipient struct {
	ReentrantRecipientCaller     // Read-only binding to the contract
	ReentrantRecipientTransactor // Write-only binding to the contract
	ReentrantRecipientFilterer   // Log filterer for contract events
}

// ReentrantRecipientCaller is an auto generated read-only Go binding around an Ethereum contract.
type ReentrantRecipientCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantRecipientTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ReentrantRecipientTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantRecipientFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ReentrantRecipientFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantRecipientSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ReentrantRecipientSession struct {
	Contract     *ReentrantRecipient // Generic contract binding to set the session for
	CallOpts     bind.CallOpts       // Call options to use throughout this session
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// ReentrantRecipientCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ReentrantRecipientCallerSession struct {
	Contract *ReentrantRecipientCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts             // Call options to use throughout this session
}

// ReentrantRecipientTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ReentrantRecipientTransactorSession struct {
	Contract     *ReentrantRecipientTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts             // Transaction auth options to use throughout this session
}

// ReentrantRecipientRaw is an auto generated low-level Go binding around an Ethereum contract.
type ReentrantRecipientRaw struct {
	Contract *ReentrantRecipient // Generic contract binding to access the raw methods on
}

// ReentrantRecipientCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ReentrantRecipientCallerRaw struct {
	Contract *ReentrantRecipientCaller // Generic read-only contract binding to access the raw methods on
}

// ReentrantRecipientTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ReentrantRecipientTransactorRaw struct {
	Contract *ReentrantRecipientTransactor // Generic write-only contract binding to access the raw methods on
}

// NewReentrantRecipient creates a new instance of ReentrantRecipient, bound to a specific deployed contract.
func NewReentrantRecipient(address common.Address, backend bind.ContractBackend) (*ReentrantRecipient, error) {
	contract, err := bindReentrantRecipient(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ReentrantRecipient{ReentrantRecipientCaller: ReentrantRecipientCaller{contract: contract}, ReentrantRecipientTransactor: ReentrantRecipientTransactor{contract: contract}, ReentrantRecipientFilterer: ReentrantRecipientFilterer{contract: contract}}, nil
}

// NewReentrantRecipientCaller creates a new read-only instance of ReentrantRecipient, bound to a specific deployed contract.
func NewReentrantRecipientCaller(address common.Address, caller bind.ContractCaller) (*ReentrantRecipientCaller, error) {
	contract, err := bindReentrantRecipient(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantRecipientCaller{contract: contract}, nil
}

// NewReentrantRecipientTransactor creates a new write-only instance of ReentrantRecipient, bound to a specific deployed contract.
func NewReentrantRecipientTransactor(address common.Address, transactor bind.ContractTransactor) (*ReentrantRecipientTransactor, error) {
	contract, err := bindReentrantRecipient(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantRecipientTransactor{contract: contract}, nil
}

// NewReentrantRecipientFilterer creates a new log filterer instance of ReentrantRecipient, bound to a specific deployed contract.
func NewReentrantRecipientFilterer(address common.Address, filterer bind.ContractFilterer) (*ReentrantRecipientFilterer, error) {
	contract, err := bindReentrantRecipient(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ReentrantRecipientFilterer{contract: contract}, nil
}

// bindReentrantRecipient binds a generic wrapper to an already deployed contract.
func bindReentrantRecipient(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ReentrantRecipientMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantRecipient *ReentrantRecipientRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantRecipient.Contract.ReentrantRecipientCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantRecipient *ReentrantRecipientRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.ReentrantRecipientTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantRecipient *ReentrantRecipientRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.ReentrantRecipientTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantRecipient *ReentrantRecipientCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantRecipient.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantRecipient *ReentrantRecipientTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantRecipient *ReentrantRecipientTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.contract.Transact(opts, method, params...)
}

// Bubble is a free data retrieval call binding the contract method 0x4ce637d6.
//
// Solidity: function bubble() view returns(bool)
func (_ReentrantRecipient *ReentrantRecipientCaller) Bubble(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ReentrantRecipient.contract.Call(opts, &out, "bubble")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Bubble is a free data retrieval call binding the contract method 0x4ce637d6.
//
// Solidity: function bubble() view returns(bool)
func (_ReentrantRecipient *ReentrantRecipientSession) Bubble() (bool, error) {
	return _ReentrantRecipient.Contract.Bubble(&_ReentrantRecipient.CallOpts)
}

// Bubble is a free data retrieval call binding the contract method 0x4ce637d6.
//
// Solidity: function bubble() view returns(bool)
func (_ReentrantRecipient *ReentrantRecipientCallerSession) Bubble() (bool, error) {
	return _ReentrantRecipient.Contract.Bubble(&_ReentrantRecipient.CallOpts)
}

// LastRevert is a free data retrieval call binding the contract method 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (_ReentrantRecipient *ReentrantRecipientCaller) LastRevert(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ReentrantRecipient.contract.Call(opts, &out, "lastRevert")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// LastRevert is a free data retrieval call binding the contract method 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (_ReentrantRecipient *ReentrantRecipientSession) LastRevert() ([]byte, error) {
	return _ReentrantRecipient.Contract.LastRevert(&_ReentrantRecipient.CallOpts)
}

// LastRevert is a free data retrieval call binding the contract method 0x6a540a3e.
//
// Solidity: function lastRevert() view returns(bytes)
func (_ReentrantRecipient *ReentrantRecipientCallerSession) LastRevert() ([]byte, error) {
	return _ReentrantRecipient.Contract.LastRevert(&_ReentrantRecipient.CallOpts)
}

// Mode is a free data retrieval call binding the contract method 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (_ReentrantRecipient *ReentrantRecipientCaller) Mode(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ReentrantRecipient.contract.Call(opts, &out, "mode")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Mode is a free data retrieval call binding the contract method 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (_ReentrantRecipient *ReentrantRecipientSession) Mode() (uint8, error) {
	return _ReentrantRecipient.Contract.Mode(&_ReentrantRecipient.CallOpts)
}

// Mode is a free data retrieval call binding the contract method 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (_ReentrantRecipient *ReentrantRecipientCallerSession) Mode() (uint8, error) {
	return _ReentrantRecipient.Contract.Mode(&_ReentrantRecipient.CallOpts)
}

// ReentryFailures is a free data retrieval call binding the contract method 0xdcb4981e.
//
// Solidity: function reentryFailures() view returns(uint256)
func (_ReentrantRecipient *ReentrantRecipientCaller) ReentryFailures(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantRecipient.contract.Call(opts, &out, "reentryFailures")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReentryFailures is a free data retrieval call binding the contract method 0xdcb4981e.
//
// Solidity: function reentryFailures() view returns(uint256)
func (_ReentrantRecipient *ReentrantRecipientSession) ReentryFailures() (*big.Int, error) {
	return _ReentrantRecipient.Contract.ReentryFailures(&_ReentrantRecipient.CallOpts)
}

// ReentryFailures is a free data retrieval call binding the contract method 0xdcb4981e.
//
// Solidity: function reentryFailures() view returns(uint256)
func (_ReentrantRecipient *ReentrantRecipientCallerSession) ReentryFailures() (*big.Int, error) {
	return _ReentrantRecipient.Contract.ReentryFailures(&_ReentrantRecipient.CallOpts)
}

// ReentrySuccesses is a free data retrieval call binding the contract method 0x8f58c0d4.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (_ReentrantRecipient *ReentrantRecipientCaller) ReentrySuccesses(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantRecipient.contract.Call(opts, &out, "reentrySuccesses")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReentrySuccesses is a free data retrieval call binding the contract method 0x8f58c0d4.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (_ReentrantRecipient *ReentrantRecipientSession) ReentrySuccesses() (*big.Int, error) {
	return _ReentrantRecipient.Contract.ReentrySuccesses(&_ReentrantRecipient.CallOpts)
}

// ReentrySuccesses is a free data retrieval call binding the contract method 0x8f58c0d4.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (_ReentrantRecipient *ReentrantRecipientCallerSession) ReentrySuccesses() (*big.Int, error) {
	return _ReentrantRecipient.Contract.ReentrySuccesses(&_ReentrantRecipient.CallOpts)
}

// Arm is a paid mutator transaction binding the contract method 0x2751dd71.
//
// Solidity: function arm(address target, uint8 m, bool bubble_, bytes32 channelId, uint256 amount, bytes sig) returns()
func (_ReentrantRecipient *ReentrantRecipientTransactor) Arm(opts *bind.TransactOpts, target common.Address, m uint8, bubble_ bool, channelId [32]byte, amount *big.Int, sig []byte) (*types.Transaction, error) {
	return _ReentrantRecipient.contract.Transact(opts, "arm", target, m, bubble_, channelId, amount, sig)
}

// Arm is a paid mutator transaction binding the contract method 0x2751dd71.
//
// Solidity: function arm(address target, uint8 m, bool bubble_, bytes32 channelId, uint256 amount, bytes sig) returns()
func (_ReentrantRecipient *ReentrantRecipientSession) Arm(target common.Address, m uint8, bubble_ bool, channelId [32]byte, amount *big.Int, sig []byte) (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.Arm(&_ReentrantRecipient.TransactOpts, target, m, bubble_, channelId, amount, sig)
}

// Arm is a paid mutator transaction binding the contract method 0x2751dd71.
//
// Solidity: function arm(address target, uint8 m, bool bubble_, bytes32 channelId, uint256 amount, bytes sig) returns()
func (_ReentrantRecipient *ReentrantRecipientTransactorSession) Arm(target common.Address, m uint8, bubble_ bool, channelId [32]byte, amount *big.Int, sig []byte) (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.Arm(&_ReentrantRecipient.TransactOpts, target, m, bubble_, channelId, amount, sig)
}

// Claim is a paid mutator transaction binding the contract method 0xdd81e7be.
//
// Solidity: function claim(address target, bytes32 channelId, uint256 amount, bytes sig) returns()
func (_ReentrantRecipient *ReentrantRecipientTransactor) Claim(opts *bind.TransactOpts, target common.Address, channelId [32]byte, amount *big.Int, sig []byte) (*types.Transaction, error) {
	return _ReentrantRecipient.contract.Transact(opts, "claim", target, channelId, amount, sig)
}

// Claim is a paid mutator transaction binding the contract method 0xdd81e7be.
//
// Solidity: function claim(address target, bytes32 channelId, uint256 amount, bytes sig) returns()
func (_ReentrantRecipient *ReentrantRecipientSession) Claim(target common.Address, channelId [32]byte, amount *big.Int, sig []byte) (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.Claim(&_ReentrantRecipient.TransactOpts, target, channelId, amount, sig)
}

// Claim is a paid mutator transaction binding the contract method 0xdd81e7be.
//
// Solidity: function claim(address target, bytes32 channelId, uint256 amount, bytes sig) returns()
func (_ReentrantRecipient *ReentrantRecipientTransactorSession) Claim(target common.Address, channelId [32]byte, amount *big.Int, sig []byte) (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.Claim(&_ReentrantRecipient.TransactOpts, target, channelId, amount, sig)
}

// Redeem is a paid mutator transaction binding the contract method 0xf96d9240.
//
// Solidity: function redeem(address target, bytes32 channelId, uint256 amount, bytes sig) returns()
func (_ReentrantRecipient *ReentrantRecipientTransactor) Redeem(opts *bind.TransactOpts, target common.Address, channelId [32]byte, amount *big.Int, sig []byte) (*types.Transaction, error) {
	return _ReentrantRecipient.contract.Transact(opts, "redeem", target, channelId, amount, sig)
}

// Redeem is a paid mutator transaction binding the contract method 0xf96d9240.
//
// Solidity: function redeem(address target, bytes32 channelId, uint256 amount, bytes sig) returns()
func (_ReentrantRecipient *ReentrantRecipientSession) Redeem(target common.Address, channelId [32]byte, amount *big.Int, sig []byte) (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.Redeem(&_ReentrantRecipient.TransactOpts, target, channelId, amount, sig)
}

// Redeem is a paid mutator transaction binding the contract method 0xf96d9240.
//
// Solidity: function redeem(address target, bytes32 channelId, uint256 amount, bytes sig) returns()
func (_ReentrantRecipient *ReentrantRecipientTransactorSession) Redeem(target common.Address, channelId [32]byte, amount *big.Int, sig []byte) (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.Redeem(&_ReentrantRecipient.TransactOpts, target, channelId, amount, sig)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantRecipient *ReentrantRecipientTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantRecipient.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantRecipient *ReentrantRecipientSession) Receive() (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.Receive(&_ReentrantRecipient.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantRecipient *ReentrantRecipientTransactorSession) Receive() (*types.Transaction, error) {
	return _ReentrantRecipient.Contract.Receive(&_ReentrantRecipient.TransactOpts)
}
