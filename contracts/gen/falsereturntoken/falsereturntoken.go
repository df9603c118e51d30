// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package falsereturntoken

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

// FalseReturnTokenMetaData contains all meta data concerning the FalseReturnToken contract.
var FalseReturnTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506102198061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c8063095ea7b31461005957806323b872dd1461008157806340c10f191461009757806370a08231146100ac578063a9059cbb146100d9575b5f5ffd5b61006c610067366004610142565b6100ee565b60405190151581526020015b60405180910390f35b61006c61008f36600461016a565b5f9392505050565b6100aa6100a5366004610142565b6100f7565b005b6100cb6100ba3660046101a4565b5f6020819052908152604090205481565b604051908152602001610078565b61006c6100e7366004610142565b5f92915050565b60015b92915050565b6001600160a01b0382165f908152602081905260408120805483929061011e9084906101c4565b90915550505050565b80356001600160a01b038116811461013d575f5ffd5b919050565b5f5f60408385031215610153575f5ffd5b61015c83610127565b946020939093013593505050565b5f5f5f6060848603121561017c575f5ffd5b61018584610127565b925061019360208501610127565b929592945050506040919091013590565b5f602082840312156101b4575f5ffd5b6101bd82610127565b9392505050565b808201808211156100f157634e487b7160e01b5f52601160045260245ffdfea26469706673582212206a10b7109ef7af65ff082c3f44ce7cddfa4dca1c81bfe4f7aac3d387cb87044964736f6c634300081c0033",
}

// FalseReturnTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use FalseReturnTokenMetaData.ABI instead.
var FalseReturnTokenABI = FalseReturnTokenMetaData.ABI

// FalseReturnTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use FalseReturnTokenMetaData.Bin instead.
var FalseReturnTokenBin = FalseReturnTokenMetaData.Bin

// DeployFalseReturnToken deploys a new Ethereum contract, binding an instance of FalseReturnToken to it.
func DeployFalseReturnToken(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *FalseReturnToken, error) {
	parsed, err := FalseReturnTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(FalseReturnTokenBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &FalseReturnToken{FalseReturnTokenCaller: FalseReturnTokenCaller{contract: contract}, FalseReturnTokenTransactor: FalseReturnTokenTransactor{contract: contract}, FalseReturnTokenFilterer: FalseReturnTokenFilterer{contract: contract}}, nil
}

// FalseReturnToken is an auto generated Go binding around an Ethereum contract.
type FalseReturnToken struct {
	FalseReturnTokenCaller     // Read-only binding to the contract
	FalseReturnTokenTransactor // Write-only binding to the contract
	FalseReturnTokenFilterer   // Log filterer for contract events
}

// FalseReturnTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type FalseReturnTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FalseReturnTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type FalseReturnTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FalseReturnTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type FalseReturnTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FalseReturnTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type FalseReturnTokenSession struct {
	Contract     *FalseReturnToken // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// FalseReturnTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type FalseReturnTokenCallerSession struct {
	Contract *FalseReturnTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// FalseReturnTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type FalseReturnTokenTransactorSession struct {
	Contract     *FalseReturnTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// FalseReturnTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type FalseReturnTokenRaw struct {
	Contract *FalseReturnToken // Generic contract binding to access the raw methods on
}

// FalseReturnTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type FalseReturnTokenCallerRaw struct {
	Contract *FalseReturnTokenCaller // Generic read-only contract binding to access the raw methods on
}

// FalseReturnTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type FalseReturnTokenTransactorRaw struct {
	Contract *FalseReturnTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewFalseReturnToken creates a new instance of FalseReturnToken, bound to a specific deployed contract.
func NewFalseReturnToken(address common.Address, backend bind.ContractBackend) (*FalseReturnToken, error) {
	contract, err := bindFalseReturnToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &FalseReturnToken{FalseReturnTokenCaller: FalseReturnTokenCaller{contract: contract}, FalseReturnTokenTransactor: FalseReturnTokenTransactor{contract: contract}, FalseReturnTokenFilterer: FalseReturnTokenFilterer{contract: contract}}, nil
}

// NewFalseReturnTokenCaller creates a new read-only instance of FalseReturnToken, bound to a specific deployed contract.
func NewFalseReturnTokenCaller(address common.Address, caller bind.ContractCaller) (*FalseReturnTokenCaller, error) {
	contract, err := bindFalseReturnToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &FalseReturnTokenCaller{contract: contract}, nil
}

// NewFalseReturnTokenTransactor creates a new write-only instance of FalseReturnToken, bound to a specific deployed contract.
func NewFalseReturnTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*FalseReturnTokenTransactor, error) {
	contract, err := bindFalseReturnToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &FalseReturnTokenTransactor{contract: contract}, nil
}

// NewFalseReturnTokenFilterer creates a new log filterer instance of FalseReturnToken, bound to a specific deployed contract.
func NewFalseReturnTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*FalseReturnTokenFilterer, error) {
	contract, err := bindFalseReturnToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &FalseReturnTokenFilterer{contract: contract}, nil
}

// bindFalseReturnToken binds a generic wrapper to an already deployed contract.
func bindFalseReturnToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := FalseReturnTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FalseReturnToken *FalseReturnTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FalseReturnToken.Contract.FalseReturnTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FalseReturnToken *FalseReturnTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FalseReturnToken.Contract.FalseReturnTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FalseReturnToken *FalseReturnTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FalseReturnToken.Contract.FalseReturnTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FalseReturnToken *FalseReturnTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FalseReturnToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FalseReturnToken *FalseReturnTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FalseReturnToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FalseReturnToken *FalseReturnTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FalseReturnToken.Contract.contract.Transact(opts, method, params...)
}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (_FalseReturnToken *FalseReturnTokenCaller) Approve(opts *bind.CallOpts, arg0 common.Address, arg1 *big.Int) (bool, error) {
	var out []interface{}
	err := _FalseReturnToken.contract.Call(opts, &out, "approve", arg0, arg1)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (_FalseReturnToken *FalseReturnTokenSession) Approve(arg0 common.Address, arg1 *big.Int) (bool, error) {
	return _FalseReturnToken.Contract.Approve(&_FalseReturnToken.CallOpts, arg0, arg1)
}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (_FalseReturnToken *FalseReturnTokenCallerSession) Approve(arg0 common.Address, arg1 *big.Int) (bool, error) {
	return _FalseReturnToken.Contract.Approve(&_FalseReturnToken.CallOpts, arg0, arg1)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_FalseReturnToken *FalseReturnTokenCaller) BalanceOf(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _FalseReturnToken.contract.Call(opts, &out, "balanceOf", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_FalseReturnToken *FalseReturnTokenSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _FalseReturnToken.Contract.BalanceOf(&_FalseReturnToken.CallOpts, arg0)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_FalseReturnToken *FalseReturnTokenCallerSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _FalseReturnToken.Contract.BalanceOf(&_FalseReturnToken.CallOpts, arg0)
}

// Transfer is a free data retrieval call binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (_FalseReturnToken *FalseReturnTokenCaller) Transfer(opts *bind.CallOpts, arg0 common.Address, arg1 *big.Int) (bool, error) {
	var out []interface{}
	err := _FalseReturnToken.contract.Call(opts, &out, "transfer", arg0, arg1)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Transfer is a free data retrieval call binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (_FalseReturnToken *FalseReturnTokenSession) Transfer(arg0 common.Address, arg1 *big.Int) (bool, error) {
	return _FalseReturnToken.Contract.Transfer(&_FalseReturnToken.CallOpts, arg0, arg1)
}

// Transfer is a free data retrieval call binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (_FalseReturnToken *FalseReturnTokenCallerSession) Transfer(arg0 common.Address, arg1 *big.Int) (bool, error) {
	return _FalseReturnToken.Contract.Transfer(&_FalseReturnToken.CallOpts, arg0, arg1)
}

// TransferFrom is a free data retrieval call binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (_FalseReturnToken *FalseReturnTokenCaller) TransferFrom(opts *bind.CallOpts, arg0 common.Address, arg1 common.Address, arg2 *big.Int) (bool, error) {
	var out []interface{}
	err := _FalseReturnToken.contract.Call(opts, &out, "transferFrom", arg0, arg1, arg2)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// TransferFrom is a free data retrieval call binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (_FalseReturnToken *FalseReturnTokenSession) TransferFrom(arg0 common.Address, arg1 common.Address, arg2 *big.Int) (bool, error) {
	return _FalseReturnToken.Contract.TransferFrom(&_FalseReturnToken.CallOpts, arg0, arg1, arg2)
}

// TransferFrom is a free data retrieval call binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address , address , uint256 ) pure returns(bool)
func (_FalseReturnToken *FalseReturnTokenCallerSession) TransferFrom(arg0 common.Address, arg1 common.Address, arg2 *big.Int) (bool, error) {
	return _FalseReturnToken.Contract.TransferFrom(&_FalseReturnToken.CallOpts, arg0, arg1, arg2)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_FalseReturnToken *FalseReturnTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _FalseReturnToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_FalseReturnToken *FalseReturnTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _FalseReturnToken.Contract.Mint(&_FalseReturnToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_FalseReturnToken *FalseReturnTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _FalseReturnToken.Contract.Mint(&_FalseReturnToken.TransactOpts, to, amount)
}
