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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minWithdrawDelay_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"ChannelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"ChannelNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"CloseAlreadyRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"CloseNotRequested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"FeeOnTransferToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"InvalidRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignatureRS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"InvalidSignatureV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoRefund\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NotAToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignatureHighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"VoucherExceedsDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"VoucherNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"VoucherSignerMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"}],\"name\":\"WithdrawDelayTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"WithdrawDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"WithdrawTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"WrongAsset\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"ChannelClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ChannelCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"ChannelToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"CloseRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"RefundCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RefundWithdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_WITHDRAW_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REFUND_GAS_STIPEND\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOKEN_REFUND_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOUCHER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"}],\"name\":\"createChannel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"}],\"name\":\"createTokenChannel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"createTokenChannelWithPermit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"getChannel\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closeRequestedAt\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"}],\"name\":\"hashVoucher\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minWithdrawDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"pairNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cumulativeAmount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"redeemVoucher\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"refundOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"refunds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"requestClose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUpToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"channelId\",\"type\":\"bytes32\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawRefundTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTokenRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610140604052348015610010575f5ffd5b5060405161227138038061227183398101604081905261002f9161012b565b604080518082018252601381527f4167656e745061796d656e744368616e6e656c0000000000000000000000000060208083019182528351808501855260018152603160f81b81830190815293519092206080818152925190932060a08181524660c08181523060e081905288517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81880152808a01989098526060880194909452948601528481019190915284518085039091018152929091019092528051910120610100526301e13380811115610122576040516310c2879160e31b81526004810182905260240160405180910390fd5b61012052610142565b5f6020828403121561013b575f5ffd5b5051919050565b60805160a05160c05160e05161010051610120516120da6101975f395f81816104f40152818161162a015261166601525f6119fd01525f6119d301525f6119a001525f611a7601525f611a4e01526120da5ff3fe60806040526004361061013c575f3560e01c8063831c2b82116100b3578063bb510a771161006d578063bb510a7714610475578063c876e99b14610488578063cfa54f391461049d578063f1be6be4146104b0578063f698da25146104cf578063fd9d4077146104e3575f5ffd5b8063831c2b82146102d9578063857e85f8146103af5780638e19899e146103e557806394739e871461040457806394996cf2146104375780639d34e90c14610456575f5ffd5b8063413bbf5e11610104578063413bbf5e1461020857806344a90466146102275780636215a0eb146102465780636bf5fe6f1461027c5780636fa50be71461029b5780637964ea87146102ba575f5ffd5b806307738ad214610140578063110f8874146101a65780631c4681e9146101bc5780631fc3277d146101db57806326ca489d146101f2575b5f5ffd5b34801561014b575f5ffd5b5061019361015a366004611e4a565b6001600160a01b03165f9081527fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b602052604090205490565b6040519081526020015b60405180910390f35b3480156101b1575f5ffd5b506101ba610516565b005b3480156101c7575f5ffd5b506101ba6101d6366004611e63565b61055d565b3480156101e6575f5ffd5b506101936301e1338081565b3480156101fd575f5ffd5b50610193620186a081565b348015610213575f5ffd5b506101ba610222366004611e94565b6105dd565b348015610232575f5ffd5b506101ba610241366004611f0e565b610734565b348015610251575f5ffd5b50610193610260366004611e63565b600160209081525f928352604080842090915290825290205481565b348015610287575f5ffd5b506101ba610296366004611f2e565b6107f6565b3480156102a6575f5ffd5b506101ba6102b5366004611e4a565b610920565b3480156102c5575f5ffd5b506101ba6102d4366004611e94565b61099a565b3480156102e4575f5ffd5b506103636102f3366004611f2e565b5f9081526020819052604090208054600182015460028301546003909301546001600160a01b0380841695818416956001600160801b0380821696600160801b90920416946001600160401b03600160a01b8084048216969204169360ff600160e01b9093049290921692911690565b604080516001600160a01b03998a16815297891660208901528701959095526060860193909352608085019190915260a0840152151560c083015290911660e08201526101000161019d565b3480156103ba575f5ffd5b506101936103c9366004611e63565b600260209081525f928352604080842090915290825290205481565b3480156103f0575f5ffd5b506101ba6103ff366004611f2e565b610a77565b34801561040f575f5ffd5b506101937f5e172d4a19b08b5b7f0354399a080f05a28476f34f987f7cd87e69a4065d4ec081565b348015610442575f5ffd5b50610193610451366004611f45565b610c20565b348015610461575f5ffd5b50610193610470366004611f0e565b610d26565b610193610483366004611fbb565b610d8a565b348015610493575f5ffd5b5061019361753081565b6101ba6104ab366004611f2e565b610dda565b3480156104bb575f5ffd5b506101936104ca366004611fe3565b610e75565b3480156104da575f5ffd5b50610193610ec7565b3480156104ee575f5ffd5b506101937f000000000000000000000000000000000000000000000000000000000000000081565b60ff5f5c1615610539576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d506105515f33610ed5565b5f60ff19815c16815d50565b60ff5f5c1615610580576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d506001600160a01b0381166105c557604051630bc2c5df60e11b81526001600160a01b03821660048201526024015b60405180910390fd5b6105cf8282610ed5565b5f60ff19815c16815d505050565b60ff5f5c1615610600576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f61061885610f8a565b90505f6106288287878787610ff3565b60028301549091505f906106469087906001600160801b0316612036565b6002840180546001600160801b03808a16600160801b029116179055835460ff60e01b198116855560038501546040519293506001600160a01b039182169291169033908a907f2500ada8ba581126c805692756f230258621bbe372c90d928a7284fab4a9c1ea906106c49088908d90918252602082015260400190565b60405180910390a360408051898152602081018590528a917faee37d46ae7638649199a415cd6d49cc67df520cf2c80210daac017e0df3ab98910160405180910390a2610712813386611121565b61071d8183856111cf565b505f93505050815c60ff19169050815d5050505050565b60ff5f5c1615610757576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f61076f836112ad565b60038101549091506001600160a01b0316806107b057604051637000a2eb60e11b8152600481018590526001600160a01b03821660248201526044016105bc565b825f036107d057604051637c946ed760e01b815260040160405180910390fd5b6107db828585611323565b6107e581846113ef565b505f905060ff19815c16815d505050565b60ff5f5c1615610819576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f61083182610f8a565b80549091506001600160a01b0316331461086757604051630871bc2560e41b8152600481018390523360248201526044016105bc565b6001810154600160a01b90046001600160401b03161561089d5760405163f3e6ffd760e01b8152600481018390526024016105bc565b60018101805467ffffffffffffffff60a01b1916600160a01b426001600160401b03818116830293909317909355835485937fb5da4f2aea39e4c2ab4be6ce80f5f0c303eb4f7fb88ffb2e87a48a2ce25637b9936109019390920490911690612049565b60405190815260200160405180910390a2505f60ff19815c16815d5050565b60ff5f5c1615610943576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d506001600160a01b03811661098357604051630bc2c5df60e11b81526001600160a01b03821660048201526024016105bc565b61098d5f82610ed5565b5f60ff19815c16815d5050565b60ff5f5c16156109bd576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f6109d585610f8a565b90505f6109e58287878787610ff3565b6002830180546001600160801b03808916600160801b029116179055604051909150339087907f2500ada8ba581126c805692756f230258621bbe372c90d928a7284fab4a9c1ea90610a439085908a90918252602082015260400190565b60405180910390a36003820154610a64906001600160a01b03163383611121565b505f905060ff19815c16815d5050505050565b60ff5f5c1615610a9a576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f610ab282610f8a565b80549091506001600160a01b03163314610ae857604051630871bc2560e41b8152600481018390523360248201526044016105bc565b6001810154600160a01b90046001600160401b03165f03610b1f5760405163350e5ce360e21b8152600481018390526024016105bc565b805460018201545f91610b49916001600160401b03600160a01b9283900481169290910416612049565b905080421015610b75576040516309e5715960e11b8152600481018290524260248201526044016105bc565b60028201545f90610b98906001600160801b03600160801b820481169116612036565b835460ff60e01b19168455600284015460408051600160801b9092046001600160801b031682526020820183905291925085917faee37d46ae7638649199a415cd6d49cc67df520cf2c80210daac017e0df3ab98910160405180910390a26003830154610c0f906001600160a01b03163383611121565b505f91505060ff19815c16815d5050565b5f60ff815c1615610c44576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d50886001600160a01b03163b5f03610c875760405163f0ae59ab60e01b81526001600160a01b038a1660048201526024016105bc565b60405163d505accf60e01b8152336004820152306024820152604481018890526064810186905260ff8516608482015260a4810184905260c481018390526001600160a01b038a169063d505accf9060e4015f604051808303815f87803b158015610cf0575f5ffd5b505af1925050508015610d01575060015b50610d0e89898989611514565b90505f60ff19815c16815d5098975050505050505050565b604080517f5e172d4a19b08b5b7f0354399a080f05a28476f34f987f7cd87e69a4065d4ec06020820152908101839052606081018290525f90610d81906080016040516020818303038152906040528051906020012061156a565b90505b92915050565b5f60ff815c1615610dae576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d50610dc85f843485611598565b90505f60ff19815c16815d5092915050565b60ff5f5c1615610dfd576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d505f610e15826112ad565b60038101549091506001600160a01b031615610e5c576003810154604051637000a2eb60e11b8152600481018490526001600160a01b0390911660248201526044016105bc565b610e67818334611323565b505f60ff19815c16815d5050565b5f60ff815c1615610e99576040516306fda65d60e31b815260040160405180910390fd5b60015f805c60ff19168217905d50610eb385858585611514565b90505f60ff19815c16815d50949350505050565b5f610ed061199d565b905090565b6001600160a01b0382165f90815260026020908152604080832033845290915281205490819003610f1b5760405163efe7457360e01b81523360048201526024016105bc565b6001600160a01b038381165f818152600260209081526040808320338085529083528184209390935551858152938616939192917f1dd3d0bf593bab8cbeaffa9750d37345d5b4e179056b0839b31003016b13203b910160405180910390a4610f85838383611121565b505050565b5f81815260208190526040902080546001600160a01b0316610fc2576040516379c1d89f60e11b8152600481018390526024016105bc565b8054600160e01b900460ff16610fee576040516316c4561d60e21b8152600481018390526024016105bc565b919050565b60018501545f906001600160a01b0316331461102b5760405163cb96886560e01b8152600481018690523360248201526044016105bc565b6002860154600160801b90046001600160801b031680851161106a57604051630b2abd5960e01b815260048101829052602481018690526044016105bc565b60028701546001600160801b03168511156110b05760028701546040516365ca840560e11b81526001600160801b039091166004820152602481018690526044016105bc565b5f6110c56110be8888610d26565b8686611ac6565b88549091506001600160a01b0380831691161461110b5787546040516379f694ff60e11b81526001600160a01b03918216600482015290821660248201526044016105bc565b6111158287612036565b98975050505050505050565b805f0361112d57505050565b6001600160a01b0383161561114757610f85838383611c43565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611190576040519150601f19603f3d011682016040523d82523d5f602084013e611195565b606091505b50509050806111c957604051630e21dcbb60e11b81526001600160a01b0384166004820152602481018390526044016105bc565b50505050565b805f036111db57505050565b5f6001600160a01b038416156111fb576111f6848484611c78565b611205565b6112058383611d1d565b9050806111c9576001600160a01b038085165f90815260026020908152604080832093871683529290529081205461123e908490612049565b6001600160a01b038681165f818152600260209081526040808320948a16808452948252918290208590558151888152908101859052939450919290917f5cac6fe68fd627e7634e812d08ea8d95c3f4ebc9bbfa5b2054db387fc35be73f910160405180910390a35050505050565b5f6112b782610f8a565b80549091506001600160a01b031633146112ed57604051630871bc2560e41b8152600481018390523360248201526044016105bc565b6001810154600160a01b90046001600160401b031615610fee5760405163f3e6ffd760e01b8152600481018390526024016105bc565b805f0361134357604051637c946ed760e01b815260040160405180910390fd5b60028301545f9061135e9083906001600160801b0316612049565b90506001600160801b0381111561138857604051631132981b60e01b815260040160405180910390fd5b6002840180546fffffffffffffffffffffffffffffffff19166001600160801b038316179055604080518381526020810183905284917f9cccb87b8f66309aa4e78924a7f8bbe8cb5ddd377aa929dd7a622132781856aa910160405180910390a250505050565b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa158015611433573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611457919061205c565b905061146583333085611d2f565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038616906370a0823190602401602060405180830381865afa1580156114ab573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114cf919061205c565b6114d99190612036565b90508281146111c95760405163825ab41360e01b81526001600160a01b038516600482015260248101849052604481018290526064016105bc565b5f846001600160a01b03163b5f0361154a5760405163f0ae59ab60e01b81526001600160a01b03861660048201526024016105bc565b61155685858585611598565b905061156285846113ef565b949350505050565b5f5f61157461199d565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f6001600160a01b03841615806115b757506001600160a01b03841633145b156115e057604051630bc2c5df60e11b81526001600160a01b03851660048201526024016105bc565b825f0361160057604051637c946ed760e01b815260040160405180910390fd5b6301e13380821115611628576040516310c2879160e31b8152600481018390526024016105bc565b7f000000000000000000000000000000000000000000000000000000000000000082101561169257604051630e06affb60e41b8152600481018390527f000000000000000000000000000000000000000000000000000000000000000060248201526044016105bc565b6001600160801b038311156116ba57604051631132981b60e01b815260040160405180910390fd5b335f9081526001602090815260408083206001600160a01b03881684529091528120805490826116e983612073565b909155506040805146602082015230918101919091523360608201526001600160a01b038088166080830152881660a082015260c0810182905290915060e001604051602081830303815290604052805190602001209150604051806101000160405280336001600160a01b03168152602001846001600160401b03168152602001600115158152602001866001600160a01b031681526020015f6001600160401b03168152602001856001600160801b031681526020015f6001600160801b03168152602001876001600160a01b03168152505f5f8481526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f01601c6101000a81548160ff0219169083151502179055506060820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060808201518160010160146101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151816002015f6101000a8154816001600160801b0302191690836001600160801b0316021790555060c08201518160020160106101000a8154816001600160801b0302191690836001600160801b0316021790555060e0820151816003015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550905050846001600160a01b0316336001600160a01b0316837f84ce10866fbcb1844c87b488a54539457d224e4537732785c2e1b93d501383eb8787868c60405161198c9493929190938452602084019290925260408301526001600160a01b0316606082015260800190565b60405180910390a450949350505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000461480156119f55750306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016145b15611a1f57507f000000000000000000000000000000000000000000000000000000000000000090565b610ed0604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f60418214611aeb5760405163058676ad60e31b8152600481018390526024016105bc565b8235602084013560408501355f1a6002811015611b1057611b0d601b8261208b565b90505b8060ff16601b14158015611b2857508060ff16601c14155b15611b4b57604051635d3b7f8160e11b815260ff821660048201526024016105bc565b821580611b56575081155b15611b74576040516336135f7f60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115611bb55760405163322b766960e21b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611c05573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416611c3957604051638baa579f60e01b815260040160405180910390fd5b5050509392505050565b611c508383836001611d65565b610f8557604051635274afe760e01b81526001600160a01b03841660048201526024016105bc565b6040516001600160a01b0383166024820152604481018290525f90819060640160408051601f19818403018152919052602080820180516001600160e01b031663a9059cbb60e01b17815282519293505f92839291839190828b620186a0f193503d91505f519050838015611d1257508115611d045760208210158015611cff5750806001145b611d12565b5f876001600160a01b03163b115b979650505050505050565b5f5f5f5f5f8587617530f19392505050565b611d3d848484846001611dc7565b6111c957604051635274afe760e01b81526001600160a01b03851660048201526024016105bc565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611dbb578383151615611daf573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316611e23578383151615611e17573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b80356001600160a01b0381168114610fee575f5ffd5b5f60208284031215611e5a575f5ffd5b610d8182611e34565b5f5f60408385031215611e74575f5ffd5b611e7d83611e34565b9150611e8b60208401611e34565b90509250929050565b5f5f5f5f60608587031215611ea7575f5ffd5b843593506020850135925060408501356001600160401b03811115611eca575f5ffd5b8501601f81018713611eda575f5ffd5b80356001600160401b03811115611eef575f5ffd5b876020828401011115611f00575f5ffd5b949793965060200194505050565b5f5f60408385031215611f1f575f5ffd5b50508035926020909101359150565b5f60208284031215611f3e575f5ffd5b5035919050565b5f5f5f5f5f5f5f5f610100898b031215611f5d575f5ffd5b611f6689611e34565b9750611f7460208a01611e34565b965060408901359550606089013594506080890135935060a089013560ff81168114611f9e575f5ffd5b979a969950949793969295929450505060c08201359160e0013590565b5f5f60408385031215611fcc575f5ffd5b611fd583611e34565b946020939093013593505050565b5f5f5f5f60808587031215611ff6575f5ffd5b611fff85611e34565b935061200d60208601611e34565b93969395505050506040820135916060013590565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610d8457610d84612022565b80820180821115610d8457610d84612022565b5f6020828403121561206c575f5ffd5b5051919050565b5f6001820161208457612084612022565b5060010190565b60ff8181168382160190811115610d8457610d8461202256fea2646970667358221220053546f1d82ba54e35d057d93db79901034fc3b8594e88b51a405f6995a5477364736f6c634300081c0033",
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

// TOKENREFUNDGAS is a free data retrieval call binding the contract method 0x26ca489d.
//
// Solidity: function TOKEN_REFUND_GAS() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) TOKENREFUNDGAS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "TOKEN_REFUND_GAS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TOKENREFUNDGAS is a free data retrieval call binding the contract method 0x26ca489d.
//
// Solidity: function TOKEN_REFUND_GAS() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelSession) TOKENREFUNDGAS() (*big.Int, error) {
	return _AgentPaymentChannel.Contract.TOKENREFUNDGAS(&_AgentPaymentChannel.CallOpts)
}

// TOKENREFUNDGAS is a free data retrieval call binding the contract method 0x26ca489d.
//
// Solidity: function TOKEN_REFUND_GAS() view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) TOKENREFUNDGAS() (*big.Int, error) {
	return _AgentPaymentChannel.Contract.TOKENREFUNDGAS(&_AgentPaymentChannel.CallOpts)
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
// Solidity: function getChannel(bytes32 channelId) view returns(address sender, address recipient, uint256 deposit, uint256 claimed, uint256 withdrawDelay, uint256 closeRequestedAt, bool open, address token)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) GetChannel(opts *bind.CallOpts, channelId [32]byte) (struct {
	Sender           common.Address
	Recipient        common.Address
	Deposit          *big.Int
	Claimed          *big.Int
	WithdrawDelay    *big.Int
	CloseRequestedAt *big.Int
	Open             bool
	Token            common.Address
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
		Token            common.Address
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
	outstruct.Token = *abi.ConvertType(out[7], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// GetChannel is a free data retrieval call binding the contract method 0x831c2b82.
//
// Solidity: function getChannel(bytes32 channelId) view returns(address sender, address recipient, uint256 deposit, uint256 claimed, uint256 withdrawDelay, uint256 closeRequestedAt, bool open, address token)
func (_AgentPaymentChannel *AgentPaymentChannelSession) GetChannel(channelId [32]byte) (struct {
	Sender           common.Address
	Recipient        common.Address
	Deposit          *big.Int
	Claimed          *big.Int
	WithdrawDelay    *big.Int
	CloseRequestedAt *big.Int
	Open             bool
	Token            common.Address
}, error) {
	return _AgentPaymentChannel.Contract.GetChannel(&_AgentPaymentChannel.CallOpts, channelId)
}

// GetChannel is a free data retrieval call binding the contract method 0x831c2b82.
//
// Solidity: function getChannel(bytes32 channelId) view returns(address sender, address recipient, uint256 deposit, uint256 claimed, uint256 withdrawDelay, uint256 closeRequestedAt, bool open, address token)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) GetChannel(channelId [32]byte) (struct {
	Sender           common.Address
	Recipient        common.Address
	Deposit          *big.Int
	Claimed          *big.Int
	WithdrawDelay    *big.Int
	CloseRequestedAt *big.Int
	Open             bool
	Token            common.Address
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
// Solidity: function refundOf(address account) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) RefundOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "refundOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RefundOf is a free data retrieval call binding the contract method 0x07738ad2.
//
// Solidity: function refundOf(address account) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelSession) RefundOf(account common.Address) (*big.Int, error) {
	return _AgentPaymentChannel.Contract.RefundOf(&_AgentPaymentChannel.CallOpts, account)
}

// RefundOf is a free data retrieval call binding the contract method 0x07738ad2.
//
// Solidity: function refundOf(address account) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) RefundOf(account common.Address) (*big.Int, error) {
	return _AgentPaymentChannel.Contract.RefundOf(&_AgentPaymentChannel.CallOpts, account)
}

// Refunds is a free data retrieval call binding the contract method 0x857e85f8.
//
// Solidity: function refunds(address token, address account) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCaller) Refunds(opts *bind.CallOpts, token common.Address, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgentPaymentChannel.contract.Call(opts, &out, "refunds", token, account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Refunds is a free data retrieval call binding the contract method 0x857e85f8.
//
// Solidity: function refunds(address token, address account) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelSession) Refunds(token common.Address, account common.Address) (*big.Int, error) {
	return _AgentPaymentChannel.Contract.Refunds(&_AgentPaymentChannel.CallOpts, token, account)
}

// Refunds is a free data retrieval call binding the contract method 0x857e85f8.
//
// Solidity: function refunds(address token, address account) view returns(uint256)
func (_AgentPaymentChannel *AgentPaymentChannelCallerSession) Refunds(token common.Address, account common.Address) (*big.Int, error) {
	return _AgentPaymentChannel.Contract.Refunds(&_AgentPaymentChannel.CallOpts, token, account)
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

// CreateTokenChannel is a paid mutator transaction binding the contract method 0xf1be6be4.
//
// Solidity: function createTokenChannel(address token, address recipient, uint256 amount, uint256 withdrawDelay) returns(bytes32 channelId)
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) CreateTokenChannel(opts *bind.TransactOpts, token common.Address, recipient common.Address, amount *big.Int, withdrawDelay *big.Int) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "createTokenChannel", token, recipient, amount, withdrawDelay)
}

// CreateTokenChannel is a paid mutator transaction binding the contract method 0xf1be6be4.
//
// Solidity: function createTokenChannel(address token, address recipient, uint256 amount, uint256 withdrawDelay) returns(bytes32 channelId)
func (_AgentPaymentChannel *AgentPaymentChannelSession) CreateTokenChannel(token common.Address, recipient common.Address, amount *big.Int, withdrawDelay *big.Int) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.CreateTokenChannel(&_AgentPaymentChannel.TransactOpts, token, recipient, amount, withdrawDelay)
}

// CreateTokenChannel is a paid mutator transaction binding the contract method 0xf1be6be4.
//
// Solidity: function createTokenChannel(address token, address recipient, uint256 amount, uint256 withdrawDelay) returns(bytes32 channelId)
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) CreateTokenChannel(token common.Address, recipient common.Address, amount *big.Int, withdrawDelay *big.Int) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.CreateTokenChannel(&_AgentPaymentChannel.TransactOpts, token, recipient, amount, withdrawDelay)
}

// CreateTokenChannelWithPermit is a paid mutator transaction binding the contract method 0x94996cf2.
//
// Solidity: function createTokenChannelWithPermit(address token, address recipient, uint256 amount, uint256 withdrawDelay, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 channelId)
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) CreateTokenChannelWithPermit(opts *bind.TransactOpts, token common.Address, recipient common.Address, amount *big.Int, withdrawDelay *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "createTokenChannelWithPermit", token, recipient, amount, withdrawDelay, deadline, v, r, s)
}

// CreateTokenChannelWithPermit is a paid mutator transaction binding the contract method 0x94996cf2.
//
// Solidity: function createTokenChannelWithPermit(address token, address recipient, uint256 amount, uint256 withdrawDelay, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 channelId)
func (_AgentPaymentChannel *AgentPaymentChannelSession) CreateTokenChannelWithPermit(token common.Address, recipient common.Address, amount *big.Int, withdrawDelay *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.CreateTokenChannelWithPermit(&_AgentPaymentChannel.TransactOpts, token, recipient, amount, withdrawDelay, deadline, v, r, s)
}

// CreateTokenChannelWithPermit is a paid mutator transaction binding the contract method 0x94996cf2.
//
// Solidity: function createTokenChannelWithPermit(address token, address recipient, uint256 amount, uint256 withdrawDelay, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(bytes32 channelId)
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) CreateTokenChannelWithPermit(token common.Address, recipient common.Address, amount *big.Int, withdrawDelay *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.CreateTokenChannelWithPermit(&_AgentPaymentChannel.TransactOpts, token, recipient, amount, withdrawDelay, deadline, v, r, s)
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

// TopUpToken is a paid mutator transaction binding the contract method 0x44a90466.
//
// Solidity: function topUpToken(bytes32 channelId, uint256 amount) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) TopUpToken(opts *bind.TransactOpts, channelId [32]byte, amount *big.Int) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "topUpToken", channelId, amount)
}

// TopUpToken is a paid mutator transaction binding the contract method 0x44a90466.
//
// Solidity: function topUpToken(bytes32 channelId, uint256 amount) returns()
func (_AgentPaymentChannel *AgentPaymentChannelSession) TopUpToken(channelId [32]byte, amount *big.Int) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.TopUpToken(&_AgentPaymentChannel.TransactOpts, channelId, amount)
}

// TopUpToken is a paid mutator transaction binding the contract method 0x44a90466.
//
// Solidity: function topUpToken(bytes32 channelId, uint256 amount) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) TopUpToken(channelId [32]byte, amount *big.Int) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.TopUpToken(&_AgentPaymentChannel.TransactOpts, channelId, amount)
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

// WithdrawTokenRefund is a paid mutator transaction binding the contract method 0x1c4681e9.
//
// Solidity: function withdrawTokenRefund(address token, address to) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactor) WithdrawTokenRefund(opts *bind.TransactOpts, token common.Address, to common.Address) (*types.Transaction, error) {
	return _AgentPaymentChannel.contract.Transact(opts, "withdrawTokenRefund", token, to)
}

// WithdrawTokenRefund is a paid mutator transaction binding the contract method 0x1c4681e9.
//
// Solidity: function withdrawTokenRefund(address token, address to) returns()
func (_AgentPaymentChannel *AgentPaymentChannelSession) WithdrawTokenRefund(token common.Address, to common.Address) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.WithdrawTokenRefund(&_AgentPaymentChannel.TransactOpts, token, to)
}

// WithdrawTokenRefund is a paid mutator transaction binding the contract method 0x1c4681e9.
//
// Solidity: function withdrawTokenRefund(address token, address to) returns()
func (_AgentPaymentChannel *AgentPaymentChannelTransactorSession) WithdrawTokenRefund(token common.Address, to common.Address) (*types.Transaction, error) {
	return _AgentPaymentChannel.Contract.WithdrawTokenRefund(&_AgentPaymentChannel.TransactOpts, token, to)
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
	Token         common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterChannelCreated is a free log retrieval operation binding the contract event 0x84ce10866fbcb1844c87b488a54539457d224e4537732785c2e1b93d501383eb.
//
// Solidity: event ChannelCreated(bytes32 indexed channelId, address indexed sender, address indexed recipient, uint256 deposit, uint256 withdrawDelay, uint256 nonce, address token)
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

// WatchChannelCreated is a free log subscription operation binding the contract event 0x84ce10866fbcb1844c87b488a54539457d224e4537732785c2e1b93d501383eb.
//
// Solidity: event ChannelCreated(bytes32 indexed channelId, address indexed sender, address indexed recipient, uint256 deposit, uint256 withdrawDelay, uint256 nonce, address token)
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

// ParseChannelCreated is a log parse operation binding the contract event 0x84ce10866fbcb1844c87b488a54539457d224e4537732785c2e1b93d501383eb.
//
// Solidity: event ChannelCreated(bytes32 indexed channelId, address indexed sender, address indexed recipient, uint256 deposit, uint256 withdrawDelay, uint256 nonce, address token)
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
	Token   common.Address
	Account common.Address
	Amount  *big.Int
	Balance *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRefundCredited is a free log retrieval operation binding the contract event 0x5cac6fe68fd627e7634e812d08ea8d95c3f4ebc9bbfa5b2054db387fc35be73f.
//
// Solidity: event RefundCredited(address indexed token, address indexed account, uint256 amount, uint256 balance)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) FilterRefundCredited(opts *bind.FilterOpts, token []common.Address, account []common.Address) (*AgentPaymentChannelRefundCreditedIterator, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.FilterLogs(opts, "RefundCredited", tokenRule, accountRule)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelRefundCreditedIterator{contract: _AgentPaymentChannel.contract, event: "RefundCredited", logs: logs, sub: sub}, nil
}

// WatchRefundCredited is a free log subscription operation binding the contract event 0x5cac6fe68fd627e7634e812d08ea8d95c3f4ebc9bbfa5b2054db387fc35be73f.
//
// Solidity: event RefundCredited(address indexed token, address indexed account, uint256 amount, uint256 balance)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) WatchRefundCredited(opts *bind.WatchOpts, sink chan<- *AgentPaymentChannelRefundCredited, token []common.Address, account []common.Address) (event.Subscription, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.WatchLogs(opts, "RefundCredited", tokenRule, accountRule)
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

// ParseRefundCredited is a log parse operation binding the contract event 0x5cac6fe68fd627e7634e812d08ea8d95c3f4ebc9bbfa5b2054db387fc35be73f.
//
// Solidity: event RefundCredited(address indexed token, address indexed account, uint256 amount, uint256 balance)
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
	Token   common.Address
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRefundWithdrawn is a free log retrieval operation binding the contract event 0x1dd3d0bf593bab8cbeaffa9750d37345d5b4e179056b0839b31003016b13203b.
//
// Solidity: event RefundWithdrawn(address indexed token, address indexed account, address indexed to, uint256 amount)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) FilterRefundWithdrawn(opts *bind.FilterOpts, token []common.Address, account []common.Address, to []common.Address) (*AgentPaymentChannelRefundWithdrawnIterator, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.FilterLogs(opts, "RefundWithdrawn", tokenRule, accountRule, toRule)
	if err != nil {
		return nil, err
	}
	return &AgentPaymentChannelRefundWithdrawnIterator{contract: _AgentPaymentChannel.contract, event: "RefundWithdrawn", logs: logs, sub: sub}, nil
}

// WatchRefundWithdrawn is a free log subscription operation binding the contract event 0x1dd3d0bf593bab8cbeaffa9750d37345d5b4e179056b0839b31003016b13203b.
//
// Solidity: event RefundWithdrawn(address indexed token, address indexed account, address indexed to, uint256 amount)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) WatchRefundWithdrawn(opts *bind.WatchOpts, sink chan<- *AgentPaymentChannelRefundWithdrawn, token []common.Address, account []common.Address, to []common.Address) (event.Subscription, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AgentPaymentChannel.contract.WatchLogs(opts, "RefundWithdrawn", tokenRule, accountRule, toRule)
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

// ParseRefundWithdrawn is a log parse operation binding the contract event 0x1dd3d0bf593bab8cbeaffa9750d37345d5b4e179056b0839b31003016b13203b.
//
// Solidity: event RefundWithdrawn(address indexed token, address indexed account, address indexed to, uint256 amount)
func (_AgentPaymentChannel *AgentPaymentChannelFilterer) ParseRefundWithdrawn(log types.Log) (*AgentPaymentChannelRefundWithdrawn, error) {
	event := new(AgentPaymentChannelRefundWithdrawn)
	if err := _AgentPaymentChannel.contract.UnpackLog(event, "RefundWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
