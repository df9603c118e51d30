// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package blocklisttoken

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

// BlocklistTokenMetaData contains all meta data concerning the BlocklistToken contract.
var BlocklistTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"blocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"b\",\"type\":\"bool\"}],\"name\":\"setBlocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b5060405180604001604052806005815260200164426c6f636b60d81b81525060405180604001604052806003815260200162424c4b60e81b81525081600390816100599190610106565b5060046100668282610106565b5050506101c0565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009657607f821691505b6020821081036100b457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010157805f5260205f20601f840160051c810160208510156100df5750805b601f840160051c820191505b818110156100fe575f81556001016100eb565b50505b505050565b81516001600160401b0381111561011f5761011f61006e565b6101338161012d8454610082565b846100ba565b6020601f821160018114610165575f831561014e5750848201515b5f19600385901b1c1916600184901b1784556100fe565b5f84815260208120601f198516915b828110156101945787850151825560209485019460019092019101610174565b50848210156101b157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b610846806101cd5f395ff3fe608060405234801561000f575f5ffd5b50600436106100b0575f3560e01c806340c10f191161006e57806340c10f191461016357806370a082311461017657806395d89b411461019e578063a9059cbb146101a6578063dd62ed3e146101b9578063e5962195146101f1575f5ffd5b80620af2a1146100b457806306fdde03146100ee578063095ea7b31461010c57806318160ddd1461012f57806323b872dd14610141578063313ce56714610154575b5f5ffd5b6100ec6100c2366004610698565b6001600160a01b03919091165f908152600560205260409020805460ff1916911515919091179055565b005b6100f6610213565b60405161010391906106d1565b60405180910390f35b61011f61011a366004610706565b6102a3565b6040519015158152602001610103565b6002545b604051908152602001610103565b61011f61014f36600461072e565b6102bc565b60405160128152602001610103565b6100ec610171366004610706565b6102df565b610133610184366004610768565b6001600160a01b03165f9081526020819052604090205490565b6100f66102ed565b61011f6101b4366004610706565b6102fc565b6101336101c7366004610788565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61011f6101ff366004610768565b60056020525f908152604090205460ff1681565b606060038054610222906107b9565b80601f016020809104026020016040519081016040528092919081815260200182805461024e906107b9565b80156102995780601f1061027057610100808354040283529160200191610299565b820191905f5260205f20905b81548152906001019060200180831161027c57829003601f168201915b5050505050905090565b5f336102b0818585610309565b60019150505b92915050565b5f336102c985828561031b565b6102d485858561039c565b506001949350505050565b6102e982826103f9565b5050565b606060048054610222906107b9565b5f336102b081858561039c565b610316838383600161042d565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610396578181101561038857604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61039684848484035f61042d565b50505050565b6001600160a01b0383166103c557604051634b637e8f60e11b81525f600482015260240161037f565b6001600160a01b0382166103ee5760405163ec442f0560e01b81525f600482015260240161037f565b6103168383836104ff565b6001600160a01b0382166104225760405163ec442f0560e01b81525f600482015260240161037f565b6102e95f83836104ff565b6001600160a01b0384166104565760405163e602df0560e01b81525f600482015260240161037f565b6001600160a01b03831661047f57604051634a1406b160e11b81525f600482015260240161037f565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561039657826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516104f191815260200190565b60405180910390a350505050565b6001600160a01b0382165f9081526005602052604090205460ff16156105515760405162461bcd60e51b8152602060048201526007602482015266189b1bd8dad95960ca1b604482015260640161037f565b6103168383836001600160a01b038316610581578060025f82825461057691906107f1565b909155506105f19050565b6001600160a01b0383165f90815260208190526040902054818110156105d35760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161037f565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661060d5760028054829003905561062b565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161067091815260200190565b60405180910390a3505050565b80356001600160a01b0381168114610693575f5ffd5b919050565b5f5f604083850312156106a9575f5ffd5b6106b28361067d565b9150602083013580151581146106c6575f5ffd5b809150509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f60408385031215610717575f5ffd5b6107208361067d565b946020939093013593505050565b5f5f5f60608486031215610740575f5ffd5b6107498461067d565b92506107576020850161067d565b929592945050506040919091013590565b5f60208284031215610778575f5ffd5b6107818261067d565b9392505050565b5f5f60408385031215610799575f5ffd5b6107a28361067d565b91506107b06020840161067d565b90509250929050565b600181811c908216806107cd57607f821691505b6020821081036107eb57634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102b657634e487b7160e01b5f52601160045260245ffdfea26469706673582212203bce363caf6de4ffd4c69936edbbdaa5eab2fd34efdd8f7c9e282e0c69e78ce464736f6c634300081c0033",
}

// BlocklistTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use BlocklistTokenMetaData.ABI instead.
var BlocklistTokenABI = BlocklistTokenMetaData.ABI

// BlocklistTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BlocklistTokenMetaData.Bin instead.
var BlocklistTokenBin = BlocklistTokenMetaData.Bin

// DeployBlocklistToken deploys a new Ethereum contract, binding an instance of BlocklistToken to it.
func DeployBlocklistToken(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *BlocklistToken, error) {
	parsed, err := BlocklistTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BlocklistTokenBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BlocklistToken{BlocklistTokenCaller: BlocklistTokenCaller{contract: contract}, BlocklistTokenTransactor: BlocklistTokenTransactor{contract: contract}, BlocklistTokenFilterer: BlocklistTokenFilterer{contract: contract}}, nil
}

// BlocklistToken is an auto generated Go binding around an Ethereum contract.
type BlocklistToken struct {
	BlocklistTokenCaller     // Read-only binding to the contract
	BlocklistTokenTransactor // Write-only binding to the contract
	BlocklistTokenFilterer   // Log filterer for contract events
}

// BlocklistTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type BlocklistTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BlocklistTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BlocklistTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BlocklistTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BlocklistTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BlocklistTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BlocklistTokenSession struct {
	Contract     *BlocklistToken   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BlocklistTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BlocklistTokenCallerSession struct {
	Contract *BlocklistTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// BlocklistTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BlocklistTokenTransactorSession struct {
	Contract     *BlocklistTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// BlocklistTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type BlocklistTokenRaw struct {
	Contract *BlocklistToken // Generic contract binding to access the raw methods on
}

// BlocklistTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BlocklistTokenCallerRaw struct {
	Contract *BlocklistTokenCaller // Generic read-only contract binding to access the raw methods on
}

// BlocklistTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BlocklistTokenTransactorRaw struct {
	Contract *BlocklistTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBlocklistToken creates a new instance of BlocklistToken, bound to a specific deployed contract.
func NewBlocklistToken(address common.Address, backend bind.ContractBackend) (*BlocklistToken, error) {
	contract, err := bindBlocklistToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BlocklistToken{BlocklistTokenCaller: BlocklistTokenCaller{contract: contract}, BlocklistTokenTransactor: BlocklistTokenTransactor{contract: contract}, BlocklistTokenFilterer: BlocklistTokenFilterer{contract: contract}}, nil
}

// NewBlocklistTokenCaller creates a new read-only instance of BlocklistToken, bound to a specific deployed contract.
func NewBlocklistTokenCaller(address common.Address, caller bind.ContractCaller) (*BlocklistTokenCaller, error) {
	contract, err := bindBlocklistToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BlocklistTokenCaller{contract: contract}, nil
}

// NewBlocklistTokenTransactor creates a new write-only instance of BlocklistToken, bound to a specific deployed contract.
func NewBlocklistTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*BlocklistTokenTransactor, error) {
	contract, err := bindBlocklistToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BlocklistTokenTransactor{contract: contract}, nil
}

// NewBlocklistTokenFilterer creates a new log filterer instance of BlocklistToken, bound to a specific deployed contract.
func NewBlocklistTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*BlocklistTokenFilterer, error) {
	contract, err := bindBlocklistToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BlocklistTokenFilterer{contract: contract}, nil
}

// bindBlocklistToken binds a generic wrapper to an already deployed contract.
func bindBlocklistToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BlocklistTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BlocklistToken *BlocklistTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BlocklistToken.Contract.BlocklistTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BlocklistToken *BlocklistTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BlocklistToken.Contract.BlocklistTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BlocklistToken *BlocklistTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BlocklistToken.Contract.BlocklistTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BlocklistToken *BlocklistTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BlocklistToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BlocklistToken *BlocklistTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BlocklistToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BlocklistToken *BlocklistTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BlocklistToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_BlocklistToken *BlocklistTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _BlocklistToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_BlocklistToken *BlocklistTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _BlocklistToken.Contract.Allowance(&_BlocklistToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_BlocklistToken *BlocklistTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _BlocklistToken.Contract.Allowance(&_BlocklistToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_BlocklistToken *BlocklistTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _BlocklistToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_BlocklistToken *BlocklistTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _BlocklistToken.Contract.BalanceOf(&_BlocklistToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_BlocklistToken *BlocklistTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _BlocklistToken.Contract.BalanceOf(&_BlocklistToken.CallOpts, account)
}

// Blocked is a free data retrieval call binding the contract method 0xe5962195.
//
// Solidity: function blocked(address ) view returns(bool)
func (_BlocklistToken *BlocklistTokenCaller) Blocked(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _BlocklistToken.contract.Call(opts, &out, "blocked", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Blocked is a free data retrieval call binding the contract method 0xe5962195.
//
// Solidity: function blocked(address ) view returns(bool)
func (_BlocklistToken *BlocklistTokenSession) Blocked(arg0 common.Address) (bool, error) {
	return _BlocklistToken.Contract.Blocked(&_BlocklistToken.CallOpts, arg0)
}

// Blocked is a free data retrieval call binding the contract method 0xe5962195.
//
// Solidity: function blocked(address ) view returns(bool)
func (_BlocklistToken *BlocklistTokenCallerSession) Blocked(arg0 common.Address) (bool, error) {
	return _BlocklistToken.Contract.Blocked(&_BlocklistToken.CallOpts, arg0)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_BlocklistToken *BlocklistTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _BlocklistToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_BlocklistToken *BlocklistTokenSession) Decimals() (uint8, error) {
	return _BlocklistToken.Contract.Decimals(&_BlocklistToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_BlocklistToken *BlocklistTokenCallerSession) Decimals() (uint8, error) {
	return _BlocklistToken.Contract.Decimals(&_BlocklistToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_BlocklistToken *BlocklistTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _BlocklistToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_BlocklistToken *BlocklistTokenSession) Name() (string, error) {
	return _BlocklistToken.Contract.Name(&_BlocklistToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_BlocklistToken *BlocklistTokenCallerSession) Name() (string, error) {
	return _BlocklistToken.Contract.Name(&_BlocklistToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_BlocklistToken *BlocklistTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _BlocklistToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_BlocklistToken *BlocklistTokenSession) Symbol() (string, error) {
	return _BlocklistToken.Contract.Symbol(&_BlocklistToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_BlocklistToken *BlocklistTokenCallerSession) Symbol() (string, error) {
	return _BlocklistToken.Contract.Symbol(&_BlocklistToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_BlocklistToken *BlocklistTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _BlocklistToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_BlocklistToken *BlocklistTokenSession) TotalSupply() (*big.Int, error) {
	return _BlocklistToken.Contract.TotalSupply(&_BlocklistToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_BlocklistToken *BlocklistTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _BlocklistToken.Contract.TotalSupply(&_BlocklistToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_BlocklistToken *BlocklistTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_BlocklistToken *BlocklistTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.Contract.Approve(&_BlocklistToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_BlocklistToken *BlocklistTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.Contract.Approve(&_BlocklistToken.TransactOpts, spender, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_BlocklistToken *BlocklistTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_BlocklistToken *BlocklistTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.Contract.Mint(&_BlocklistToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_BlocklistToken *BlocklistTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.Contract.Mint(&_BlocklistToken.TransactOpts, to, amount)
}

// SetBlocked is a paid mutator transaction binding the contract method 0x000af2a1.
//
// Solidity: function setBlocked(address a, bool b) returns()
func (_BlocklistToken *BlocklistTokenTransactor) SetBlocked(opts *bind.TransactOpts, a common.Address, b bool) (*types.Transaction, error) {
	return _BlocklistToken.contract.Transact(opts, "setBlocked", a, b)
}

// SetBlocked is a paid mutator transaction binding the contract method 0x000af2a1.
//
// Solidity: function setBlocked(address a, bool b) returns()
func (_BlocklistToken *BlocklistTokenSession) SetBlocked(a common.Address, b bool) (*types.Transaction, error) {
	return _BlocklistToken.Contract.SetBlocked(&_BlocklistToken.TransactOpts, a, b)
}

// SetBlocked is a paid mutator transaction binding the contract method 0x000af2a1.
//
// Solidity: function setBlocked(address a, bool b) returns()
func (_BlocklistToken *BlocklistTokenTransactorSession) SetBlocked(a common.Address, b bool) (*types.Transaction, error) {
	return _BlocklistToken.Contract.SetBlocked(&_BlocklistToken.TransactOpts, a, b)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_BlocklistToken *BlocklistTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_BlocklistToken *BlocklistTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.Contract.Transfer(&_BlocklistToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_BlocklistToken *BlocklistTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.Contract.Transfer(&_BlocklistToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_BlocklistToken *BlocklistTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_BlocklistToken *BlocklistTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.Contract.TransferFrom(&_BlocklistToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_BlocklistToken *BlocklistTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _BlocklistToken.Contract.TransferFrom(&_BlocklistToken.TransactOpts, from, to, value)
}

// BlocklistTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the BlocklistToken contract.
type BlocklistTokenApprovalIterator struct {
	Event *BlocklistTokenApproval // Event containing the contract specifics and raw log

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
func (it *BlocklistTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BlocklistTokenApproval)
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
		it.Event = new(BlocklistTokenApproval)
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
func (it *BlocklistTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BlocklistTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BlocklistTokenApproval represents a Approval event raised by the BlocklistToken contract.
type BlocklistTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_BlocklistToken *BlocklistTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*BlocklistTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _BlocklistToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &BlocklistTokenApprovalIterator{contract: _BlocklistToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_BlocklistToken *BlocklistTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *BlocklistTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _BlocklistToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BlocklistTokenApproval)
				if err := _BlocklistToken.contract.UnpackLog(event, "Approval", log); err != nil {
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
func (_BlocklistToken *BlocklistTokenFilterer) ParseApproval(log types.Log) (*BlocklistTokenApproval, error) {
	event := new(BlocklistTokenApproval)
	if err := _BlocklistToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BlocklistTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the BlocklistToken contract.
type BlocklistTokenTransferIterator struct {
	Event *BlocklistTokenTransfer // Event containing the contract specifics and raw log

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
func (it *BlocklistTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BlocklistTokenTransfer)
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
		it.Event = new(BlocklistTokenTransfer)
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
func (it *BlocklistTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BlocklistTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BlocklistTokenTransfer represents a Transfer event raised by the BlocklistToken contract.
type BlocklistTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_BlocklistToken *BlocklistTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*BlocklistTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _BlocklistToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &BlocklistTokenTransferIterator{contract: _BlocklistToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_BlocklistToken *BlocklistTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *BlocklistTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _BlocklistToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BlocklistTokenTransfer)
				if err := _BlocklistToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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
func (_BlocklistToken *BlocklistTokenFilterer) ParseTransfer(log types.Log) (*BlocklistTokenTransfer, error) {
	event := new(BlocklistTokenTransfer)
	if err := _BlocklistToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
