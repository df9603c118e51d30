// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package mailroomtestusd

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

// MailroomTestUSDMetaData contains all meta data concerning the MailroomTestUSD contract.
var MailroomTestUSDMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"}],\"name\":\"ERC3009InvalidAuthorizationTime\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC3009InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"ERC3009UsedAuthorization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"AuthorizationCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"AuthorizationUsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"authorizationState\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"cancelAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"receiveWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"transferWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161199038038061199083398101604081905261002f9161025a565b806040518060400160405280601181526020017013585a5b1c9bdbdb4815195cdd081554d1607a1b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280601181526020017013585a5b1c9bdbdb4815195cdd081554d1607a1b81525060405180604001604052806005815260200164745553444360d81b81525081600390816100cc919061031f565b5060046100d9828261031f565b5050506100eb826101cc60201b60201c565b610120526100f8816101cc565b61014052815160208084019190912060e052815190820120610100524660a05261018460e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b0381166101bc57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101c581610209565b5050610431565b5f5f829050601f815111156101f6578260405163305a27a960e01b81526004016101b391906103d9565b80516102018261040e565b179392505050565b600980546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f6020828403121561026a575f5ffd5b81516001600160a01b0381168114610280575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102af57607f821691505b6020821081036102cd57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561031a57805f5260205f20601f840160051c810160208510156102f85750805b601f840160051c820191505b81811015610317575f8155600101610304565b50505b505050565b81516001600160401b0381111561033857610338610287565b61034c81610346845461029b565b846102d3565b6020601f82116001811461037e575f83156103675750848201515b5f19600385901b1c1916600184901b178455610317565b5f84815260208120601f198516915b828110156103ad578785015182556020948501946001909201910161038d565b50848210156103ca57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102cd575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161150e6104825f395f610bbf01525f610b9401525f6109f001525f6109c801525f61092301525f61094d01525f610977015261150e5ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80637ecebe00116100b4578063d505accf11610079578063d505accf1461026f578063dd62ed3e14610282578063e3ee160e146102ba578063e94a0102146102cd578063ef55bec614610305578063f2fde38b14610318575f5ffd5b80637ecebe001461020b57806384b0196e1461021e5780638da5cb5b1461023957806395d89b4114610254578063a9059cbb1461025c575f5ffd5b80633644e515116100fa5780633644e515146101ab57806340c10f19146101b35780635a049a70146101c857806370a08231146101db578063715018a614610203575f5ffd5b806306fdde0314610136578063095ea7b31461015457806318160ddd1461017757806323b872dd14610189578063313ce5671461019c575b5f5ffd5b61013e61032b565b60405161014b9190611180565b60405180910390f35b6101676101623660046111b4565b6103bb565b604051901515815260200161014b565b6002545b60405190815260200161014b565b6101676101973660046111dc565b6103d4565b6040516006815260200161014b565b61017b6103f7565b6101c66101c13660046111b4565b610405565b005b6101c66101d6366004611226565b61041b565b61017b6101e9366004611270565b6001600160a01b03165f9081526020819052604090205490565b6101c66104d3565b61017b610219366004611270565b6104e6565b610226610503565b60405161014b9796959493929190611289565b6009546040516001600160a01b03909116815260200161014b565b61013e610545565b61016761026a3660046111b4565b610554565b6101c661027d36600461131f565b610561565b61017b610290366004611385565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101c66102c83660046113b6565b61069c565b6101676102db3660046111b4565b6001600160a01b03919091165f908152600860209081526040808320938352929052205460ff1690565b6101c66103133660046113b6565b61072a565b6101c6610326366004611270565b6107ef565b60606003805461033a90611431565b80601f016020809104026020016040519081016040528092919081815260200182805461036690611431565b80156103b15780601f10610388576101008083540402835291602001916103b1565b820191905f5260205f20905b81548152906001019060200180831161039457829003601f168201915b5050505050905090565b5f336103c881858561082c565b60019150505b92915050565b5f336103e185828561083e565b6103ec8585856108ba565b506001949350505050565b5f610400610917565b905090565b61040d610a40565b6104178282610a6d565b5050565b604080517f158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a159742960208201526001600160a01b03871691810191909152606081018590525f90610482906080015b60405160208183030381529060405280519060200120610aa1565b905061049081858585610acd565b6001600160a01b0316866001600160a01b0316146104c157604051631df081fd60e21b815260040160405180910390fd5b6104cb8686610af9565b505050505050565b6104db610a40565b6104e45f610b3c565b565b6001600160a01b0381165f908152600760205260408120546103ce565b5f6060805f5f5f6060610514610b8d565b61051c610bb8565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b60606004805461033a90611431565b5f336103c88185856108ba565b8342111561058a5760405163313c898160e11b8152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886105d58c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61062f82610aa1565b90505f61063e82878787610acd565b9050896001600160a01b0316816001600160a01b031614610685576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610581565b6106908a8a8a61082c565b50505050505050505050565b5f6106dd7f7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a22678b8b8b8b8b8b6040516020016104679796959493929190611469565b90506106eb81858585610acd565b6001600160a01b03168a6001600160a01b03161461071c57604051631df081fd60e21b815260040160405180910390fd5b6106908a8a8a8a8a8a610be3565b5f61076b7fd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de88b8b8b8b8b8b6040516020016104679796959493929190611469565b905061077981858585610acd565b6001600160a01b03168a6001600160a01b0316146107aa57604051631df081fd60e21b815260040160405180910390fd5b886001600160a01b03811633146107e05760405163ec442f0560e01b81526001600160a01b039091166004820152602401610581565b506106908a8a8a8a8a8a610be3565b6107f7610a40565b6001600160a01b03811661082057604051631e4fbdf760e01b81525f6004820152602401610581565b61082981610b3c565b50565b6108398383836001610c37565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156108b457818110156108a657604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610581565b6108b484848484035f610c37565b50505050565b6001600160a01b0383166108e357604051634b637e8f60e11b81525f6004820152602401610581565b6001600160a01b03821661090c5760405163ec442f0560e01b81525f6004820152602401610581565b610839838383610d09565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561096f57507f000000000000000000000000000000000000000000000000000000000000000046145b1561099957507f000000000000000000000000000000000000000000000000000000000000000090565b610400604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6009546001600160a01b031633146104e45760405163118cdaa760e01b8152336004820152602401610581565b6001600160a01b038216610a965760405163ec442f0560e01b81525f6004820152602401610581565b6104175f8383610d09565b5f6103ce610aad610917565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610add88888888610e2f565b925092509250610aed8282610ef7565b50909695505050505050565b610b038282610faf565b60405181906001600160a01b038416907f1cdd46ff242716cdaa72d159d339a485b3438398348d68f09d7c8c0a59353d81905f90a35050565b600980546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60606104007f0000000000000000000000000000000000000000000000000000000000000000611039565b60606104007f0000000000000000000000000000000000000000000000000000000000000000611039565b610bed8383611076565b610bf78682610faf565b60405181906001600160a01b038816907f98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5905f90a36104cb8686866108ba565b6001600160a01b038416610c605760405163e602df0560e01b81525f6004820152602401610581565b6001600160a01b038316610c8957604051634a1406b160e11b81525f6004820152602401610581565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156108b457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610cfb91815260200190565b60405180910390a350505050565b6001600160a01b038316610d33578060025f828254610d2891906114a5565b90915550610da39050565b6001600160a01b0383165f9081526020819052604090205481811015610d855760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610581565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610dbf57600280548290039055610ddd565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610e2291815260200190565b60405180910390a3505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610e6857505f91506003905082610eed565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610eb9573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610ee457505f925060019150829050610eed565b92505f91508190505b9450945094915050565b5f826003811115610f0a57610f0a6114c4565b03610f13575050565b6001826003811115610f2757610f276114c4565b03610f455760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610f5957610f596114c4565b03610f7a5760405163fce698f760e01b815260048101829052602401610581565b6003826003811115610f8e57610f8e6114c4565b03610417576040516335e2f38360e21b815260048101829052602401610581565b6001600160a01b0382165f9081526008602090815260408083208484529091529020548290829060ff161561100857604051638f7808c160e01b81526001600160a01b0390921660048301526024820152604401610581565b50506001600160a01b039091165f90815260086020908152604080832093835292905220805460ff19166001179055565b60605f611045836110e5565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b81811665800000000000165f81156110955761109061110c565b61109d565b61109d611116565b65ffffffffffff16905081198416811180156110bb57508119831681105b848490916104cb57604051634a931c1760e01b815260048101929092526024820152604401610581565b5f60ff8216601f8111156103ce57604051632cd44ac360e21b815260040160405180910390fd5b5f6104004361111c565b5f610400425b5f65ffffffffffff82111561114e576040516306dfcc6560e41b81526030600482015260248101839052604401610581565b5090565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6111926020830184611152565b9392505050565b80356001600160a01b03811681146111af575f5ffd5b919050565b5f5f604083850312156111c5575f5ffd5b6111ce83611199565b946020939093013593505050565b5f5f5f606084860312156111ee575f5ffd5b6111f784611199565b925061120560208501611199565b929592945050506040919091013590565b803560ff811681146111af575f5ffd5b5f5f5f5f5f60a0868803121561123a575f5ffd5b61124386611199565b94506020860135935061125860408701611216565b94979396509394606081013594506080013592915050565b5f60208284031215611280575f5ffd5b61119282611199565b60ff60f81b8816815260e060208201525f6112a760e0830189611152565b82810360408401526112b98189611152565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561130e5783518352602093840193909201916001016112f0565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a031215611335575f5ffd5b61133e88611199565b965061134c60208901611199565b9550604088013594506060880135935061136860808901611216565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611396575f5ffd5b61139f83611199565b91506113ad60208401611199565b90509250929050565b5f5f5f5f5f5f5f5f5f6101208a8c0312156113cf575f5ffd5b6113d88a611199565b98506113e660208b01611199565b975060408a0135965060608a0135955060808a0135945060a08a0135935061141060c08b01611216565b989b979a50959894979396929550929360e081013593506101000135919050565b600181811c9082168061144557607f821691505b60208210810361146357634e487b7160e01b5f52602260045260245ffd5b50919050565b9687526001600160a01b0395861660208801529390941660408601526060850191909152608084015260a083019190915260c082015260e00190565b808201808211156103ce57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea264697066735822122079450c218e65733afceee536f33677405028995fa825cf455768fc2dde5cbfed64736f6c634300081c0033",
}

// MailroomTestUSDABI is the input ABI used to generate the binding from.
// Deprecated: Use MailroomTestUSDMetaData.ABI instead.
var MailroomTestUSDABI = MailroomTestUSDMetaData.ABI

// MailroomTestUSDBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MailroomTestUSDMetaData.Bin instead.
var MailroomTestUSDBin = MailroomTestUSDMetaData.Bin

// DeployMailroomTestUSD deploys a new Ethereum contract, binding an instance of MailroomTestUSD to it.
func DeployMailroomTestUSD(auth *bind.TransactOpts, backend bind.ContractBackend, owner_ common.Address) (common.Address, *types.Transaction, *MailroomTestUSD, error) {
	parsed, err := MailroomTestUSDMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MailroomTestUSDBin), backend, owner_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MailroomTestUSD{MailroomTestUSDCaller: MailroomTestUSDCaller{contract: contract}, MailroomTestUSDTransactor: MailroomTestUSDTransactor{contract: contract}, MailroomTestUSDFilterer: MailroomTestUSDFilterer{contract: contract}}, nil
}

// MailroomTestUSD is an auto generated Go binding around an Ethereum contract.
type MailroomTestUSD struct {
	MailroomTestUSDCaller     // Read-only binding to the contract
	MailroomTestUSDTransactor // Write-only binding to the contract
	MailroomTestUSDFilterer   // Log filterer for contract events
}

// MailroomTestUSDCaller is an auto generated read-only Go binding around an Ethereum contract.
type MailroomTestUSDCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MailroomTestUSDTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MailroomTestUSDTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MailroomTestUSDFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MailroomTestUSDFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MailroomTestUSDSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MailroomTestUSDSession struct {
	Contract     *MailroomTestUSD  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// MailroomTestUSDCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MailroomTestUSDCallerSession struct {
	Contract *MailroomTestUSDCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// MailroomTestUSDTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MailroomTestUSDTransactorSession struct {
	Contract     *MailroomTestUSDTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// MailroomTestUSDRaw is an auto generated low-level Go binding around an Ethereum contract.
type MailroomTestUSDRaw struct {
	Contract *MailroomTestUSD // Generic contract binding to access the raw methods on
}

// MailroomTestUSDCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MailroomTestUSDCallerRaw struct {
	Contract *MailroomTestUSDCaller // Generic read-only contract binding to access the raw methods on
}

// MailroomTestUSDTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MailroomTestUSDTransactorRaw struct {
	Contract *MailroomTestUSDTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMailroomTestUSD creates a new instance of MailroomTestUSD, bound to a specific deployed contract.
func NewMailroomTestUSD(address common.Address, backend bind.ContractBackend) (*MailroomTestUSD, error) {
	contract, err := bindMailroomTestUSD(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MailroomTestUSD{MailroomTestUSDCaller: MailroomTestUSDCaller{contract: contract}, MailroomTestUSDTransactor: MailroomTestUSDTransactor{contract: contract}, MailroomTestUSDFilterer: MailroomTestUSDFilterer{contract: contract}}, nil
}

// NewMailroomTestUSDCaller creates a new read-only instance of MailroomTestUSD, bound to a specific deployed contract.
func NewMailroomTestUSDCaller(address common.Address, caller bind.ContractCaller) (*MailroomTestUSDCaller, error) {
	contract, err := bindMailroomTestUSD(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MailroomTestUSDCaller{contract: contract}, nil
}

// NewMailroomTestUSDTransactor creates a new write-only instance of MailroomTestUSD, bound to a specific deployed contract.
func NewMailroomTestUSDTransactor(address common.Address, transactor bind.ContractTransactor) (*MailroomTestUSDTransactor, error) {
	contract, err := bindMailroomTestUSD(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MailroomTestUSDTransactor{contract: contract}, nil
}

// NewMailroomTestUSDFilterer creates a new log filterer instance of MailroomTestUSD, bound to a specific deployed contract.
func NewMailroomTestUSDFilterer(address common.Address, filterer bind.ContractFilterer) (*MailroomTestUSDFilterer, error) {
	contract, err := bindMailroomTestUSD(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MailroomTestUSDFilterer{contract: contract}, nil
}

// bindMailroomTestUSD binds a generic wrapper to an already deployed contract.
func bindMailroomTestUSD(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MailroomTestUSDMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MailroomTestUSD *MailroomTestUSDRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MailroomTestUSD.Contract.MailroomTestUSDCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MailroomTestUSD *MailroomTestUSDRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.MailroomTestUSDTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MailroomTestUSD *MailroomTestUSDRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.MailroomTestUSDTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MailroomTestUSD *MailroomTestUSDCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MailroomTestUSD.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MailroomTestUSD *MailroomTestUSDTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MailroomTestUSD *MailroomTestUSDTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.contract.Transact(opts, method, params...)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_MailroomTestUSD *MailroomTestUSDCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _MailroomTestUSD.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_MailroomTestUSD *MailroomTestUSDSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _MailroomTestUSD.Contract.DOMAINSEPARATOR(&_MailroomTestUSD.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_MailroomTestUSD *MailroomTestUSDCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _MailroomTestUSD.Contract.DOMAINSEPARATOR(&_MailroomTestUSD.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _MailroomTestUSD.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _MailroomTestUSD.Contract.Allowance(&_MailroomTestUSD.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _MailroomTestUSD.Contract.Allowance(&_MailroomTestUSD.CallOpts, owner, spender)
}

// AuthorizationState is a free data retrieval call binding the contract method 0xe94a0102.
//
// Solidity: function authorizationState(address authorizer, bytes32 nonce) view returns(bool)
func (_MailroomTestUSD *MailroomTestUSDCaller) AuthorizationState(opts *bind.CallOpts, authorizer common.Address, nonce [32]byte) (bool, error) {
	var out []interface{}
	err := _MailroomTestUSD.contract.Call(opts, &out, "authorizationState", authorizer, nonce)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// AuthorizationState is a free data retrieval call binding the contract method 0xe94a0102.
//
// Solidity: function authorizationState(address authorizer, bytes32 nonce) view returns(bool)
func (_MailroomTestUSD *MailroomTestUSDSession) AuthorizationState(authorizer common.Address, nonce [32]byte) (bool, error) {
	return _MailroomTestUSD.Contract.AuthorizationState(&_MailroomTestUSD.CallOpts, authorizer, nonce)
}

// AuthorizationState is a free data retrieval call binding the contract method 0xe94a0102.
//
// Solidity: function authorizationState(address authorizer, bytes32 nonce) view returns(bool)
func (_MailroomTestUSD *MailroomTestUSDCallerSession) AuthorizationState(authorizer common.Address, nonce [32]byte) (bool, error) {
	return _MailroomTestUSD.Contract.AuthorizationState(&_MailroomTestUSD.CallOpts, authorizer, nonce)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _MailroomTestUSD.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _MailroomTestUSD.Contract.BalanceOf(&_MailroomTestUSD.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _MailroomTestUSD.Contract.BalanceOf(&_MailroomTestUSD.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_MailroomTestUSD *MailroomTestUSDCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _MailroomTestUSD.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_MailroomTestUSD *MailroomTestUSDSession) Decimals() (uint8, error) {
	return _MailroomTestUSD.Contract.Decimals(&_MailroomTestUSD.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_MailroomTestUSD *MailroomTestUSDCallerSession) Decimals() (uint8, error) {
	return _MailroomTestUSD.Contract.Decimals(&_MailroomTestUSD.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_MailroomTestUSD *MailroomTestUSDCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _MailroomTestUSD.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_MailroomTestUSD *MailroomTestUSDSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _MailroomTestUSD.Contract.Eip712Domain(&_MailroomTestUSD.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_MailroomTestUSD *MailroomTestUSDCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _MailroomTestUSD.Contract.Eip712Domain(&_MailroomTestUSD.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_MailroomTestUSD *MailroomTestUSDCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _MailroomTestUSD.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_MailroomTestUSD *MailroomTestUSDSession) Name() (string, error) {
	return _MailroomTestUSD.Contract.Name(&_MailroomTestUSD.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_MailroomTestUSD *MailroomTestUSDCallerSession) Name() (string, error) {
	return _MailroomTestUSD.Contract.Name(&_MailroomTestUSD.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _MailroomTestUSD.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDSession) Nonces(owner common.Address) (*big.Int, error) {
	return _MailroomTestUSD.Contract.Nonces(&_MailroomTestUSD.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _MailroomTestUSD.Contract.Nonces(&_MailroomTestUSD.CallOpts, owner)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MailroomTestUSD *MailroomTestUSDCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MailroomTestUSD.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MailroomTestUSD *MailroomTestUSDSession) Owner() (common.Address, error) {
	return _MailroomTestUSD.Contract.Owner(&_MailroomTestUSD.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MailroomTestUSD *MailroomTestUSDCallerSession) Owner() (common.Address, error) {
	return _MailroomTestUSD.Contract.Owner(&_MailroomTestUSD.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_MailroomTestUSD *MailroomTestUSDCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _MailroomTestUSD.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_MailroomTestUSD *MailroomTestUSDSession) Symbol() (string, error) {
	return _MailroomTestUSD.Contract.Symbol(&_MailroomTestUSD.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_MailroomTestUSD *MailroomTestUSDCallerSession) Symbol() (string, error) {
	return _MailroomTestUSD.Contract.Symbol(&_MailroomTestUSD.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MailroomTestUSD.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDSession) TotalSupply() (*big.Int, error) {
	return _MailroomTestUSD.Contract.TotalSupply(&_MailroomTestUSD.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_MailroomTestUSD *MailroomTestUSDCallerSession) TotalSupply() (*big.Int, error) {
	return _MailroomTestUSD.Contract.TotalSupply(&_MailroomTestUSD.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_MailroomTestUSD *MailroomTestUSDTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_MailroomTestUSD *MailroomTestUSDSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.Approve(&_MailroomTestUSD.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_MailroomTestUSD *MailroomTestUSDTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.Approve(&_MailroomTestUSD.TransactOpts, spender, value)
}

// CancelAuthorization is a paid mutator transaction binding the contract method 0x5a049a70.
//
// Solidity: function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactor) CancelAuthorization(opts *bind.TransactOpts, authorizer common.Address, nonce [32]byte, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.contract.Transact(opts, "cancelAuthorization", authorizer, nonce, v, r, s)
}

// CancelAuthorization is a paid mutator transaction binding the contract method 0x5a049a70.
//
// Solidity: function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDSession) CancelAuthorization(authorizer common.Address, nonce [32]byte, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.CancelAuthorization(&_MailroomTestUSD.TransactOpts, authorizer, nonce, v, r, s)
}

// CancelAuthorization is a paid mutator transaction binding the contract method 0x5a049a70.
//
// Solidity: function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactorSession) CancelAuthorization(authorizer common.Address, nonce [32]byte, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.CancelAuthorization(&_MailroomTestUSD.TransactOpts, authorizer, nonce, v, r, s)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_MailroomTestUSD *MailroomTestUSDSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.Mint(&_MailroomTestUSD.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.Mint(&_MailroomTestUSD.TransactOpts, to, amount)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactor) Permit(opts *bind.TransactOpts, owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.contract.Transact(opts, "permit", owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.Permit(&_MailroomTestUSD.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactorSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.Permit(&_MailroomTestUSD.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// ReceiveWithAuthorization is a paid mutator transaction binding the contract method 0xef55bec6.
//
// Solidity: function receiveWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactor) ReceiveWithAuthorization(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.contract.Transact(opts, "receiveWithAuthorization", from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// ReceiveWithAuthorization is a paid mutator transaction binding the contract method 0xef55bec6.
//
// Solidity: function receiveWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDSession) ReceiveWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.ReceiveWithAuthorization(&_MailroomTestUSD.TransactOpts, from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// ReceiveWithAuthorization is a paid mutator transaction binding the contract method 0xef55bec6.
//
// Solidity: function receiveWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactorSession) ReceiveWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.ReceiveWithAuthorization(&_MailroomTestUSD.TransactOpts, from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MailroomTestUSD *MailroomTestUSDTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MailroomTestUSD.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MailroomTestUSD *MailroomTestUSDSession) RenounceOwnership() (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.RenounceOwnership(&_MailroomTestUSD.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MailroomTestUSD *MailroomTestUSDTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.RenounceOwnership(&_MailroomTestUSD.TransactOpts)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_MailroomTestUSD *MailroomTestUSDTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_MailroomTestUSD *MailroomTestUSDSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.Transfer(&_MailroomTestUSD.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_MailroomTestUSD *MailroomTestUSDTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.Transfer(&_MailroomTestUSD.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_MailroomTestUSD *MailroomTestUSDTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_MailroomTestUSD *MailroomTestUSDSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.TransferFrom(&_MailroomTestUSD.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_MailroomTestUSD *MailroomTestUSDTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.TransferFrom(&_MailroomTestUSD.TransactOpts, from, to, value)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _MailroomTestUSD.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MailroomTestUSD *MailroomTestUSDSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.TransferOwnership(&_MailroomTestUSD.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.TransferOwnership(&_MailroomTestUSD.TransactOpts, newOwner)
}

// TransferWithAuthorization is a paid mutator transaction binding the contract method 0xe3ee160e.
//
// Solidity: function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactor) TransferWithAuthorization(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.contract.Transact(opts, "transferWithAuthorization", from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// TransferWithAuthorization is a paid mutator transaction binding the contract method 0xe3ee160e.
//
// Solidity: function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDSession) TransferWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.TransferWithAuthorization(&_MailroomTestUSD.TransactOpts, from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// TransferWithAuthorization is a paid mutator transaction binding the contract method 0xe3ee160e.
//
// Solidity: function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (_MailroomTestUSD *MailroomTestUSDTransactorSession) TransferWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _MailroomTestUSD.Contract.TransferWithAuthorization(&_MailroomTestUSD.TransactOpts, from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// MailroomTestUSDApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the MailroomTestUSD contract.
type MailroomTestUSDApprovalIterator struct {
	Event *MailroomTestUSDApproval // Event containing the contract specifics and raw log

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
func (it *MailroomTestUSDApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MailroomTestUSDApproval)
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
		it.Event = new(MailroomTestUSDApproval)
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
func (it *MailroomTestUSDApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MailroomTestUSDApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MailroomTestUSDApproval represents a Approval event raised by the MailroomTestUSD contract.
type MailroomTestUSDApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_MailroomTestUSD *MailroomTestUSDFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*MailroomTestUSDApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _MailroomTestUSD.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &MailroomTestUSDApprovalIterator{contract: _MailroomTestUSD.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_MailroomTestUSD *MailroomTestUSDFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *MailroomTestUSDApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _MailroomTestUSD.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MailroomTestUSDApproval)
				if err := _MailroomTestUSD.contract.UnpackLog(event, "Approval", log); err != nil {
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
func (_MailroomTestUSD *MailroomTestUSDFilterer) ParseApproval(log types.Log) (*MailroomTestUSDApproval, error) {
	event := new(MailroomTestUSDApproval)
	if err := _MailroomTestUSD.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MailroomTestUSDAuthorizationCanceledIterator is returned from FilterAuthorizationCanceled and is used to iterate over the raw logs and unpacked data for AuthorizationCanceled events raised by the MailroomTestUSD contract.
type MailroomTestUSDAuthorizationCanceledIterator struct {
	Event *MailroomTestUSDAuthorizationCanceled // Event containing the contract specifics and raw log

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
func (it *MailroomTestUSDAuthorizationCanceledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MailroomTestUSDAuthorizationCanceled)
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
		it.Event = new(MailroomTestUSDAuthorizationCanceled)
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
func (it *MailroomTestUSDAuthorizationCanceledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MailroomTestUSDAuthorizationCanceledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MailroomTestUSDAuthorizationCanceled represents a AuthorizationCanceled event raised by the MailroomTestUSD contract.
type MailroomTestUSDAuthorizationCanceled struct {
	Authorizer common.Address
	Nonce      [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterAuthorizationCanceled is a free log retrieval operation binding the contract event 0x1cdd46ff242716cdaa72d159d339a485b3438398348d68f09d7c8c0a59353d81.
//
// Solidity: event AuthorizationCanceled(address indexed authorizer, bytes32 indexed nonce)
func (_MailroomTestUSD *MailroomTestUSDFilterer) FilterAuthorizationCanceled(opts *bind.FilterOpts, authorizer []common.Address, nonce [][32]byte) (*MailroomTestUSDAuthorizationCanceledIterator, error) {

	var authorizerRule []interface{}
	for _, authorizerItem := range authorizer {
		authorizerRule = append(authorizerRule, authorizerItem)
	}
	var nonceRule []interface{}
	for _, nonceItem := range nonce {
		nonceRule = append(nonceRule, nonceItem)
	}

	logs, sub, err := _MailroomTestUSD.contract.FilterLogs(opts, "AuthorizationCanceled", authorizerRule, nonceRule)
	if err != nil {
		return nil, err
	}
	return &MailroomTestUSDAuthorizationCanceledIterator{contract: _MailroomTestUSD.contract, event: "AuthorizationCanceled", logs: logs, sub: sub}, nil
}

// WatchAuthorizationCanceled is a free log subscription operation binding the contract event 0x1cdd46ff242716cdaa72d159d339a485b3438398348d68f09d7c8c0a59353d81.
//
// Solidity: event AuthorizationCanceled(address indexed authorizer, bytes32 indexed nonce)
func (_MailroomTestUSD *MailroomTestUSDFilterer) WatchAuthorizationCanceled(opts *bind.WatchOpts, sink chan<- *MailroomTestUSDAuthorizationCanceled, authorizer []common.Address, nonce [][32]byte) (event.Subscription, error) {

	var authorizerRule []interface{}
	for _, authorizerItem := range authorizer {
		authorizerRule = append(authorizerRule, authorizerItem)
	}
	var nonceRule []interface{}
	for _, nonceItem := range nonce {
		nonceRule = append(nonceRule, nonceItem)
	}

	logs, sub, err := _MailroomTestUSD.contract.WatchLogs(opts, "AuthorizationCanceled", authorizerRule, nonceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MailroomTestUSDAuthorizationCanceled)
				if err := _MailroomTestUSD.contract.UnpackLog(event, "AuthorizationCanceled", log); err != nil {
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

// ParseAuthorizationCanceled is a log parse operation binding the contract event 0x1cdd46ff242716cdaa72d159d339a485b3438398348d68f09d7c8c0a59353d81.
//
// Solidity: event AuthorizationCanceled(address indexed authorizer, bytes32 indexed nonce)
func (_MailroomTestUSD *MailroomTestUSDFilterer) ParseAuthorizationCanceled(log types.Log) (*MailroomTestUSDAuthorizationCanceled, error) {
	event := new(MailroomTestUSDAuthorizationCanceled)
	if err := _MailroomTestUSD.contract.UnpackLog(event, "AuthorizationCanceled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MailroomTestUSDAuthorizationUsedIterator is returned from FilterAuthorizationUsed and is used to iterate over the raw logs and unpacked data for AuthorizationUsed events raised by the MailroomTestUSD contract.
type MailroomTestUSDAuthorizationUsedIterator struct {
	Event *MailroomTestUSDAuthorizationUsed // Event containing the contract specifics and raw log

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
func (it *MailroomTestUSDAuthorizationUsedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MailroomTestUSDAuthorizationUsed)
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
		it.Event = new(MailroomTestUSDAuthorizationUsed)
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
func (it *MailroomTestUSDAuthorizationUsedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MailroomTestUSDAuthorizationUsedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MailroomTestUSDAuthorizationUsed represents a AuthorizationUsed event raised by the MailroomTestUSD contract.
type MailroomTestUSDAuthorizationUsed struct {
	Authorizer common.Address
	Nonce      [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterAuthorizationUsed is a free log retrieval operation binding the contract event 0x98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5.
//
// Solidity: event AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce)
func (_MailroomTestUSD *MailroomTestUSDFilterer) FilterAuthorizationUsed(opts *bind.FilterOpts, authorizer []common.Address, nonce [][32]byte) (*MailroomTestUSDAuthorizationUsedIterator, error) {

	var authorizerRule []interface{}
	for _, authorizerItem := range authorizer {
		authorizerRule = append(authorizerRule, authorizerItem)
	}
	var nonceRule []interface{}
	for _, nonceItem := range nonce {
		nonceRule = append(nonceRule, nonceItem)
	}

	logs, sub, err := _MailroomTestUSD.contract.FilterLogs(opts, "AuthorizationUsed", authorizerRule, nonceRule)
	if err != nil {
		return nil, err
	}
	return &MailroomTestUSDAuthorizationUsedIterator{contract: _MailroomTestUSD.contract, event: "AuthorizationUsed", logs: logs, sub: sub}, nil
}

// WatchAuthorizationUsed is a free log subscription operation binding the contract event 0x98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5.
//
// Solidity: event AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce)
func (_MailroomTestUSD *MailroomTestUSDFilterer) WatchAuthorizationUsed(opts *bind.WatchOpts, sink chan<- *MailroomTestUSDAuthorizationUsed, authorizer []common.Address, nonce [][32]byte) (event.Subscription, error) {

	var authorizerRule []interface{}
	for _, authorizerItem := range authorizer {
		authorizerRule = append(authorizerRule, authorizerItem)
	}
	var nonceRule []interface{}
	for _, nonceItem := range nonce {
		nonceRule = append(nonceRule, nonceItem)
	}

	logs, sub, err := _MailroomTestUSD.contract.WatchLogs(opts, "AuthorizationUsed", authorizerRule, nonceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MailroomTestUSDAuthorizationUsed)
				if err := _MailroomTestUSD.contract.UnpackLog(event, "AuthorizationUsed", log); err != nil {
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

// ParseAuthorizationUsed is a log parse operation binding the contract event 0x98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5.
//
// Solidity: event AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce)
func (_MailroomTestUSD *MailroomTestUSDFilterer) ParseAuthorizationUsed(log types.Log) (*MailroomTestUSDAuthorizationUsed, error) {
	event := new(MailroomTestUSDAuthorizationUsed)
	if err := _MailroomTestUSD.contract.UnpackLog(event, "AuthorizationUsed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MailroomTestUSDEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the MailroomTestUSD contract.
type MailroomTestUSDEIP712DomainChangedIterator struct {
	Event *MailroomTestUSDEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *MailroomTestUSDEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MailroomTestUSDEIP712DomainChanged)
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
		it.Event = new(MailroomTestUSDEIP712DomainChanged)
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
func (it *MailroomTestUSDEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MailroomTestUSDEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MailroomTestUSDEIP712DomainChanged represents a EIP712DomainChanged event raised by the MailroomTestUSD contract.
type MailroomTestUSDEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_MailroomTestUSD *MailroomTestUSDFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*MailroomTestUSDEIP712DomainChangedIterator, error) {

	logs, sub, err := _MailroomTestUSD.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &MailroomTestUSDEIP712DomainChangedIterator{contract: _MailroomTestUSD.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_MailroomTestUSD *MailroomTestUSDFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *MailroomTestUSDEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _MailroomTestUSD.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MailroomTestUSDEIP712DomainChanged)
				if err := _MailroomTestUSD.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_MailroomTestUSD *MailroomTestUSDFilterer) ParseEIP712DomainChanged(log types.Log) (*MailroomTestUSDEIP712DomainChanged, error) {
	event := new(MailroomTestUSDEIP712DomainChanged)
	if err := _MailroomTestUSD.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MailroomTestUSDOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the MailroomTestUSD contract.
type MailroomTestUSDOwnershipTransferredIterator struct {
	Event *MailroomTestUSDOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *MailroomTestUSDOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MailroomTestUSDOwnershipTransferred)
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
		it.Event = new(MailroomTestUSDOwnershipTransferred)
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
func (it *MailroomTestUSDOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MailroomTestUSDOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MailroomTestUSDOwnershipTransferred represents a OwnershipTransferred event raised by the MailroomTestUSD contract.
type MailroomTestUSDOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_MailroomTestUSD *MailroomTestUSDFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*MailroomTestUSDOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _MailroomTestUSD.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &MailroomTestUSDOwnershipTransferredIterator{contract: _MailroomTestUSD.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_MailroomTestUSD *MailroomTestUSDFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *MailroomTestUSDOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _MailroomTestUSD.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MailroomTestUSDOwnershipTransferred)
				if err := _MailroomTestUSD.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_MailroomTestUSD *MailroomTestUSDFilterer) ParseOwnershipTransferred(log types.Log) (*MailroomTestUSDOwnershipTransferred, error) {
	event := new(MailroomTestUSDOwnershipTransferred)
	if err := _MailroomTestUSD.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MailroomTestUSDTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the MailroomTestUSD contract.
type MailroomTestUSDTransferIterator struct {
	Event *MailroomTestUSDTransfer // Event containing the contract specifics and raw log

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
func (it *MailroomTestUSDTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MailroomTestUSDTransfer)
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
		it.Event = new(MailroomTestUSDTransfer)
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
func (it *MailroomTestUSDTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MailroomTestUSDTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MailroomTestUSDTransfer represents a Transfer event raised by the MailroomTestUSD contract.
type MailroomTestUSDTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_MailroomTestUSD *MailroomTestUSDFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*MailroomTestUSDTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _MailroomTestUSD.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &MailroomTestUSDTransferIterator{contract: _MailroomTestUSD.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_MailroomTestUSD *MailroomTestUSDFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *MailroomTestUSDTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _MailroomTestUSD.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MailroomTestUSDTransfer)
				if err := _MailroomTestUSD.contract.UnpackLog(event, "Transfer", log); err != nil {
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
func (_MailroomTestUSD *MailroomTestUSDFilterer) ParseTransfer(log types.Log) (*MailroomTestUSDTransfer, error) {
	event := new(MailroomTestUSDTransfer)
	if err := _MailroomTestUSD.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
