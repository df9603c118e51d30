// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package feeontransfertoken

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

// FeeOnTransferTokenMetaData contains all meta data concerning the FeeOnTransferToken contract.
var FeeOnTransferTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060400160405280600381526020016246656560e81b8152506040518060400160405280600381526020016246454560e81b81525081600390816100579190610104565b5060046100648282610104565b5050506101be565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009457607f821691505b6020821081036100b257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156100ff57805f5260205f20601f840160051c810160208510156100dd5750805b601f840160051c820191505b818110156100fc575f81556001016100e9565b50505b505050565b81516001600160401b0381111561011d5761011d61006c565b6101318161012b8454610080565b846100b8565b6020601f821160018114610163575f831561014c5750848201515b5f19600385901b1c1916600184901b1784556100fc565b5f84815260208120601f198516915b828110156101925787850151825560209485019460019092019101610172565b50848210156101af57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6107d3806101cb5f395ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c806340c10f191161006357806340c10f191461011457806370a082311461012957806395d89b4114610151578063a9059cbb14610159578063dd62ed3e1461016c575f5ffd5b806306fdde031461009f578063095ea7b3146100bd57806318160ddd146100e057806323b872dd146100f2578063313ce56714610105575b5f5ffd5b6100a76101a4565b6040516100b49190610609565b60405180910390f35b6100d06100cb366004610659565b610234565b60405190151581526020016100b4565b6002545b6040519081526020016100b4565b6100d0610100366004610681565b61024d565b604051601281526020016100b4565b610127610122366004610659565b610270565b005b6100e46101373660046106bb565b6001600160a01b03165f9081526020819052604090205490565b6100a761027e565b6100d0610167366004610659565b61028d565b6100e461017a3660046106db565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546101b39061070c565b80601f01602080910402602001604051908101604052809291908181526020018280546101df9061070c565b801561022a5780601f106102015761010080835404028352916020019161022a565b820191905f5260205f20905b81548152906001019060200180831161020d57829003601f168201915b5050505050905090565b5f3361024181858561029a565b60019150505b92915050565b5f3361025a8582856102ac565b61026585858561032d565b506001949350505050565b61027a828261038a565b5050565b6060600480546101b39061070c565b5f3361024181858561032d565b6102a783838360016103be565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610327578181101561031957604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61032784848484035f6103be565b50505050565b6001600160a01b03831661035657604051634b637e8f60e11b81525f6004820152602401610310565b6001600160a01b03821661037f5760405163ec442f0560e01b81525f6004820152602401610310565b6102a7838383610490565b6001600160a01b0382166103b35760405163ec442f0560e01b81525f6004820152602401610310565b61027a5f8383610490565b6001600160a01b0384166103e75760405163e602df0560e01b81525f6004820152602401610310565b6001600160a01b03831661041057604051634a1406b160e11b81525f6004820152602401610310565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561032757826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161048291815260200190565b60405180910390a350505050565b6001600160a01b038316158015906104b057506001600160a01b03821615155b156104dc575f6104c1606483610758565b90506104ce845f836104e3565b6104d88183610777565b9150505b6102a78383835b6001600160a01b03831661050d578060025f828254610502919061078a565b9091555061057d9050565b6001600160a01b0383165f908152602081905260409020548181101561055f5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610310565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610599576002805482900390556105b7565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516105fc91815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610654575f5ffd5b919050565b5f5f6040838503121561066a575f5ffd5b6106738361063e565b946020939093013593505050565b5f5f5f60608486031215610693575f5ffd5b61069c8461063e565b92506106aa6020850161063e565b929592945050506040919091013590565b5f602082840312156106cb575f5ffd5b6106d48261063e565b9392505050565b5f5f604083850312156106ec575f5ffd5b6106f58361063e565b91506107036020840161063e565b90509250929050565b600181811c9082168061072057607f821691505b60208210810361073e57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f8261077257634e487b7160e01b5f52601260045260245ffd5b500490565b8181038181111561024757610247610744565b808201808211156102475761024761074456fea26469706673582212202dcd2cda599d73b4599d6b03dd1a9c771bf3288c6cb759ffdbeda64ad0fd21ce64736f6c634300081c0033",
}

// FeeOnTransferTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use FeeOnTransferTokenMetaData.ABI instead.
var FeeOnTransferTokenABI = FeeOnTransferTokenMetaData.ABI

// FeeOnTransferTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use FeeOnTransferTokenMetaData.Bin instead.
var FeeOnTransferTokenBin = FeeOnTransferTokenMetaData.Bin

// DeployFeeOnTransferToken deploys a new Ethereum contract, binding an instance of FeeOnTransferToken to it.
func DeployFeeOnTransferToken(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *FeeOnTransferToken, error) {
	parsed, err := FeeOnTransferTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(FeeOnTransferTokenBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &FeeOnTransferToken{FeeOnTransferTokenCaller: FeeOnTransferTokenCaller{contract: contract}, FeeOnTransferTokenTransactor: FeeOnTransferTokenTransactor{contract: contract}, FeeOnTransferTokenFilterer: FeeOnTransferTokenFilterer{contract: contract}}, nil
}

// FeeOnTransferToken is an auto generated Go binding around an Ethereum contract.
type FeeOnTransferToken struct {
	FeeOnTransferTokenCaller     // Read-only binding to the contract
	FeeOnTransferTokenTransactor // Write-only binding to the contract
	FeeOnTransferTokenFilterer   // Log filterer for contract events
}

// FeeOnTransferTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type FeeOnTransferTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FeeOnTransferTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type FeeOnTransferTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FeeOnTransferTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type FeeOnTransferTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FeeOnTransferTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type FeeOnTransferTokenSession struct {
	Contract     *FeeOnTransferToken // Generic contract binding to set the session for
	CallOpts     bind.CallOpts       // Call options to use throughout this session
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// FeeOnTransferTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type FeeOnTransferTokenCallerSession struct {
	Contract *FeeOnTransferTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts             // Call options to use throughout this session
}

// FeeOnTransferTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type FeeOnTransferTokenTransactorSession struct {
	Contract     *FeeOnTransferTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts             // Transaction auth options to use throughout this session
}

// FeeOnTransferTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type FeeOnTransferTokenRaw struct {
	Contract *FeeOnTransferToken // Generic contract binding to access the raw methods on
}

// FeeOnTransferTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type FeeOnTransferTokenCallerRaw struct {
	Contract *FeeOnTransferTokenCaller // Generic read-only contract binding to access the raw methods on
}

// FeeOnTransferTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type FeeOnTransferTokenTransactorRaw struct {
	Contract *FeeOnTransferTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewFeeOnTransferToken creates a new instance of FeeOnTransferToken, bound to a specific deployed contract.
func NewFeeOnTransferToken(address common.Address, backend bind.ContractBackend) (*FeeOnTransferToken, error) {
	contract, err := bindFeeOnTransferToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &FeeOnTransferToken{FeeOnTransferTokenCaller: FeeOnTransferTokenCaller{contract: contract}, FeeOnTransferTokenTransactor: FeeOnTransferTokenTransactor{contract: contract}, FeeOnTransferTokenFilterer: FeeOnTransferTokenFilterer{contract: contract}}, nil
}

// NewFeeOnTransferTokenCaller creates a new read-only instance of FeeOnTransferToken, bound to a specific deployed contract.
func NewFeeOnTransferTokenCaller(address common.Address, caller bind.ContractCaller) (*FeeOnTransferTokenCaller, error) {
	contract, err := bindFeeOnTransferToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &FeeOnTransferTokenCaller{contract: contract}, nil
}

// NewFeeOnTransferTokenTransactor creates a new write-only instance of FeeOnTransferToken, bound to a specific deployed contract.
func NewFeeOnTransferTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*FeeOnTransferTokenTransactor, error) {
	contract, err := bindFeeOnTransferToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &FeeOnTransferTokenTransactor{contract: contract}, nil
}

// NewFeeOnTransferTokenFilterer creates a new log filterer instance of FeeOnTransferToken, bound to a specific deployed contract.
func NewFeeOnTransferTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*FeeOnTransferTokenFilterer, error) {
	contract, err := bindFeeOnTransferToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &FeeOnTransferTokenFilterer{contract: contract}, nil
}

// bindFeeOnTransferToken binds a generic wrapper to an already deployed contract.
func bindFeeOnTransferToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := FeeOnTransferTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FeeOnTransferToken *FeeOnTransferTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FeeOnTransferToken.Contract.FeeOnTransferTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FeeOnTransferToken *FeeOnTransferTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.FeeOnTransferTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FeeOnTransferToken *FeeOnTransferTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.FeeOnTransferTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FeeOnTransferToken *FeeOnTransferTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FeeOnTransferToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FeeOnTransferToken *FeeOnTransferTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FeeOnTransferToken *FeeOnTransferTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_FeeOnTransferToken *FeeOnTransferTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _FeeOnTransferToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_FeeOnTransferToken *FeeOnTransferTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _FeeOnTransferToken.Contract.Allowance(&_FeeOnTransferToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_FeeOnTransferToken *FeeOnTransferTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _FeeOnTransferToken.Contract.Allowance(&_FeeOnTransferToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_FeeOnTransferToken *FeeOnTransferTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _FeeOnTransferToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_FeeOnTransferToken *FeeOnTransferTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _FeeOnTransferToken.Contract.BalanceOf(&_FeeOnTransferToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_FeeOnTransferToken *FeeOnTransferTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _FeeOnTransferToken.Contract.BalanceOf(&_FeeOnTransferToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_FeeOnTransferToken *FeeOnTransferTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FeeOnTransferToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_FeeOnTransferToken *FeeOnTransferTokenSession) Decimals() (uint8, error) {
	return _FeeOnTransferToken.Contract.Decimals(&_FeeOnTransferToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_FeeOnTransferToken *FeeOnTransferTokenCallerSession) Decimals() (uint8, error) {
	return _FeeOnTransferToken.Contract.Decimals(&_FeeOnTransferToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_FeeOnTransferToken *FeeOnTransferTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _FeeOnTransferToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_FeeOnTransferToken *FeeOnTransferTokenSession) Name() (string, error) {
	return _FeeOnTransferToken.Contract.Name(&_FeeOnTransferToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_FeeOnTransferToken *FeeOnTransferTokenCallerSession) Name() (string, error) {
	return _FeeOnTransferToken.Contract.Name(&_FeeOnTransferToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_FeeOnTransferToken *FeeOnTransferTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _FeeOnTransferToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_FeeOnTransferToken *FeeOnTransferTokenSession) Symbol() (string, error) {
	return _FeeOnTransferToken.Contract.Symbol(&_FeeOnTransferToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_FeeOnTransferToken *FeeOnTransferTokenCallerSession) Symbol() (string, error) {
	return _FeeOnTransferToken.Contract.Symbol(&_FeeOnTransferToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_FeeOnTransferToken *FeeOnTransferTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FeeOnTransferToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_FeeOnTransferToken *FeeOnTransferTokenSession) TotalSupply() (*big.Int, error) {
	return _FeeOnTransferToken.Contract.TotalSupply(&_FeeOnTransferToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_FeeOnTransferToken *FeeOnTransferTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _FeeOnTransferToken.Contract.TotalSupply(&_FeeOnTransferToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_FeeOnTransferToken *FeeOnTransferTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_FeeOnTransferToken *FeeOnTransferTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.Approve(&_FeeOnTransferToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_FeeOnTransferToken *FeeOnTransferTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.Approve(&_FeeOnTransferToken.TransactOpts, spender, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_FeeOnTransferToken *FeeOnTransferTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_FeeOnTransferToken *FeeOnTransferTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.Mint(&_FeeOnTransferToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_FeeOnTransferToken *FeeOnTransferTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.Mint(&_FeeOnTransferToken.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_FeeOnTransferToken *FeeOnTransferTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_FeeOnTransferToken *FeeOnTransferTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.Transfer(&_FeeOnTransferToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_FeeOnTransferToken *FeeOnTransferTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.Transfer(&_FeeOnTransferToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_FeeOnTransferToken *FeeOnTransferTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_FeeOnTransferToken *FeeOnTransferTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.TransferFrom(&_FeeOnTransferToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_FeeOnTransferToken *FeeOnTransferTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _FeeOnTransferToken.Contract.TransferFrom(&_FeeOnTransferToken.TransactOpts, from, to, value)
}

// FeeOnTransferTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenApprovalIterator struct {
	Event *FeeOnTransferTokenApproval // Event containing the contract specifics and raw log

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
func (it *FeeOnTransferTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FeeOnTransferTokenApproval)
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
		it.Event = new(FeeOnTransferTokenApproval)
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
func (it *FeeOnTransferTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FeeOnTransferTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FeeOnTransferTokenApproval represents a Approval event raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_FeeOnTransferToken *FeeOnTransferTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*FeeOnTransferTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _FeeOnTransferToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &FeeOnTransferTokenApprovalIterator{contract: _FeeOnTransferToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_FeeOnTransferToken *FeeOnTransferTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *FeeOnTransferTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _FeeOnTransferToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FeeOnTransferTokenApproval)
				if err := _FeeOnTransferToken.contract.UnpackLog(event, "Approval", log); err != nil {
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
func (_FeeOnTransferToken *FeeOnTransferTokenFilterer) ParseApproval(log types.Log) (*FeeOnTransferTokenApproval, error) {
	event := new(FeeOnTransferTokenApproval)
	if err := _FeeOnTransferToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FeeOnTransferTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenTransferIterator struct {
	Event *FeeOnTransferTokenTransfer // Event containing the contract specifics and raw log

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
func (it *FeeOnTransferTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FeeOnTransferTokenTransfer)
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
		it.Event = new(FeeOnTransferTokenTransfer)
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
func (it *FeeOnTransferTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FeeOnTransferTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FeeOnTransferTokenTransfer represents a Transfer event raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_FeeOnTransferToken *FeeOnTransferTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*FeeOnTransferTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _FeeOnTransferToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &FeeOnTransferTokenTransferIterator{contract: _FeeOnTransferToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_FeeOnTransferToken *FeeOnTransferTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *FeeOnTransferTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _FeeOnTransferToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FeeOnTransferTokenTransfer)
				if err := _FeeOnTransferToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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
func (_FeeOnTransferToken *FeeOnTransferTokenFilterer) ParseTransfer(log types.Log) (*FeeOnTransferTokenTransfer, error) {
	event := new(FeeOnTransferTokenTransfer)
	if err := _FeeOnTransferToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
