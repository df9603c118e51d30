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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentConsentRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"ConsentExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"ConsentSignerMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignatureRS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"InvalidSignatureV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAgentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAgentOwnerOrAgent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignatureHighS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAgent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"AgentActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"AgentDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"AgentOwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"capabilities\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ratePerTaskWei\",\"type\":\"uint256\"}],\"name\":\"AgentRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"capabilities\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ratePerTaskWei\",\"type\":\"uint256\"}],\"name\":\"AgentUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ACTIVATE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRANSFER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"agentSignature\",\"type\":\"bytes\"}],\"name\":\"activateAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"activateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"consentDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"consentNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"deactivateAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"deactivatedBy\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"byOwner\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"byAgent\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"getAgent\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"capabilities\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"ratePerTaskWei\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"capabilities\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"ratePerTaskWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"agentSignature\",\"type\":\"bytes\"}],\"name\":\"registerAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"agentSignature\",\"type\":\"bytes\"}],\"name\":\"transferAgentOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"transferDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"capabilities\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"ratePerTaskWei\",\"type\":\"uint256\"}],\"name\":\"updateAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610120604052348015610010575f5ffd5b50604080518082018252600d81526c4167656e74526567697374727960981b60208083019182528351808501855260018152603160f81b81830190815293519092206080818152925190932060a08181524660c08181523060e081905288517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81880152808a019890985260608801949094529486015284810191909152845180850390910181529290910190925280519101206101005260805160a05160c05160e051610100516119056101055f395f61103e01525f61101401525f610fe101525f6110b701525f61108f01526119055ff3fe608060405234801561000f575f5ffd5b50600436106100fa575f3560e01c80639036a9b711610093578063ccaf70c011610063578063ccaf70c0146102b4578063f698da25146102db578063fb3551ff146102e3578063ff0b216814610308575f5ffd5b80639036a9b7146102145780639f8a13d714610227578063a0ab093d14610269578063b0a0a927146102a1575f5ffd5b806359bc5d19116100ce57806359bc5d19146101735780636a5306a3146101c75780636c61332c146101ee57806373a6aeaf14610201575f5ffd5b8062bf26f4146100fe57806332b966051461013857806339c470ff1461014d5780634e5182ad14610160575b5f5ffd5b6101257fddbb6c340e89c9893dce1898579c4e2511b2fe2e21528874b51938b46b16337681565b6040519081526020015b60405180910390f35b61014b6101463660046111ea565b61031b565b005b61012561015b36600461123f565b6104f0565b61012561016e366004611279565b610568565b6101b06101813660046112a9565b6001600160a01b03165f9081526020819052604090205460ff600160a81b8204811692600160b01b9092041690565b60408051921515835290151560208301520161012f565b6101257fd6f08eadb43cc696d09d3dd86ba9852607565b14d28dec5574a6ac1b27a70c9481565b61014b6101fc366004611309565b6105bf565b61014b61020f36600461138f565b610642565b61014b6102223660046113f8565b610787565b6102596102353660046112a9565b6001600160a01b03165f90815260208190526040902054600160a01b900460ff1690565b604051901515815260200161012f565b6101256102773660046112a9565b6001600160a01b03165f90815260208190526040902054600160b81b90046001600160401b031690565b61014b6102af3660046112a9565b610939565b6101257f761412cd63afadfe8408580e505d3e0f3f8f5120a2c4830ce675c6b24204dfc481565b610125610a87565b6102f66102f13660046112a9565b610a95565b60405161012f969594939291906114e6565b61012561031636600461158d565b610c4d565b6001600160a01b038085165f90815260208190526040902080549091168061036657604051633f0f01a960e11b81526001600160a01b03871660048201526024015b60405180910390fd5b336001600160a01b0380831682149190881614811582610384575080155b156103b357604051633fe9456f60e01b81526001600160a01b038916600482015233602482015260440161035d565b8354600160a81b900460ff1680156103c9575081155b156103f857604051631c31ad3b60e21b81526001600160a01b038916600482015233602482015260440161035d565b841561045f578354600160b81b90046001600160401b03166104278961041f81848c610568565b8a8a8a610cb6565b6104328160016115e0565b85546001600160401b0391909116600160b81b0267ffffffffffffffff60b81b199091161785555061049e565b8354600160b01b900460ff168015610475575080155b1561049e5760405163be719b8560e01b81526001600160a01b038916600482015260240161035d565b835462ffffff60a01b1916600160a01b17845560405133906001600160a01b038a16907f692e683fa1287a1c61bc4c708519a7358b15a3619be3d359b54aff905465bf6b905f90a35050505050505050565b604080517fd6f08eadb43cc696d09d3dd86ba9852607565b14d28dec5574a6ac1b27a70c9460208201526001600160a01b03808616928201929092529083166060820152608081018290525f906105609060a0015b60405160208183030381529060405280519060200120610d3b565b949350505050565b604080517f761412cd63afadfe8408580e505d3e0f3f8f5120a2c4830ce675c6b24204dfc460208201526001600160a01b0385169181019190915260608101839052608081018290525f906105609060a001610545565b5f6105ca8733610d69565b9050600281016105db868883611697565b506105e7818585610df4565b818160010181905550866001600160a01b03167f28478acfc3fb3fa93d3a86696b1f4cd1a9371d298eadb1e686a289f98d09044e8787878787604051610631959493929190611778565b60405180910390a250505050505050565b6001600160a01b03841661066957604051639905827b60e01b815260040160405180910390fd5b5f6106748633610d69565b8054909150600160b81b90046001600160401b03166001600160a01b038716331415806106a057508215155b156106f2575f8390036106d15760405163be719b8560e01b81526001600160a01b038816600482015260240161035d565b6106f2876106ea8989856001600160401b03168a610c4d565b878787610cb6565b6106fd8160016115e0565b82547fff0000000000000000ffffff000000000000000000000000000000000000000016600160b81b6001600160401b0392909216919091026001600160a01b031916176001600160a01b03878116918217845560405133918a16907f06ca94f8413539016add68c86c66aa80cbdf4ee442b769a7cd3fa80c5efa04c7905f90a450505050505050565b6001600160a01b0389166107ae576040516392077bad60e01b815260040160405180910390fd5b6001600160a01b03808a165f9081526020819052604090208054909116156107f457604051630654cb8760e11b81526001600160a01b038b16600482015260240161035d565b336001600160a01b038b1614158061080b57508115155b15610899574284101561083a576040516383649cd160e01b81526004810185905242602482015260440161035d565b5f6108506108498c33886104f0565b8585610e61565b90508a6001600160a01b0316816001600160a01b0316146108975760405163883059cb60e01b81526001600160a01b03808d1660048301528216602482015260440161035d565b505b805460ff60a01b1933166001600160a81b031990911617600160a01b17815560018101859055600281016108ce898b83611697565b506108da818888610df4565b336001600160a01b03168a6001600160a01b03167f07fa155347a2e1b01417e085418b03a4df882d12c908969f6db4f58b3d4a478a8b8b8b8b8b604051610925959493929190611778565b60405180910390a350505050505050505050565b6001600160a01b038082165f90815260208190526040902080549091168061097f57604051633f0f01a960e11b81526001600160a01b038416600482015260240161035d565b336001600160a01b038083168214919085161481158261099d575080155b156109cc57604051633fe9456f60e01b81526001600160a01b038616600482015233602482015260440161035d565b835460ff60a01b1916845581156109ef57835460ff60a81b1916600160a81b1784555b8015610a4b57835460ff60b01b1916600160b01b178085558490601790610a26906001600160401b03600160b81b90910416611836565b91906101000a8154816001600160401b0302191690836001600160401b031602179055505b60405133906001600160a01b038716907f229a025a562ff00f754d0b7e98d9196b476b9dd59df189a51b29a591b53ef467905f90a35050505050565b5f610a90610fde565b905090565b6001600160a01b038181165f908152602081905260408120805460018201546002830180549495606095869588958695869592948216936003860192600160a01b900460ff1690851515908590610aeb90611613565b80601f0160208091040260200160405190810160405280929190818152602001828054610b1790611613565b8015610b625780601f10610b3957610100808354040283529160200191610b62565b820191905f5260205f20905b815481529060010190602001808311610b4557829003601f168201915b5050505050945083805480602002602001604051908101604052809291908181526020015f905b82821015610c31578382905f5260205f20018054610ba690611613565b80601f0160208091040260200160405190810160405280929190818152602001828054610bd290611613565b8015610c1d5780601f10610bf457610100808354040283529160200191610c1d565b820191905f5260205f20905b815481529060010190602001808311610c0057829003601f168201915b505050505081526020019060010190610b89565b5050505093509650965096509650965096505091939550919395565b604080517fddbb6c340e89c9893dce1898579c4e2511b2fe2e21528874b51938b46b16337660208201526001600160a01b038087169282019290925290841660608201526080810183905260a081018290525f90610cad9060c001610545565b95945050505050565b42831015610ce0576040516383649cd160e01b81526004810184905242602482015260440161035d565b5f610cec858484610e61565b9050856001600160a01b0316816001600160a01b031614610d335760405163883059cb60e01b81526001600160a01b0380881660048301528216602482015260440161035d565b505050505050565b5f5f610d45610fde565b60405161190160f01b81526002810191909152602281019390935250506042902090565b6001600160a01b038083165f9081526020819052604090208054909116610dae57604051633f0f01a960e11b81526001600160a01b038416600482015260240161035d565b80546001600160a01b03838116911614610dee57604051631c31ad3b60e21b81526001600160a01b0380851660048301528316602482015260440161035d565b92915050565b610e01600384015f611107565b5f5b81811015610e5b5783600301838383818110610e2157610e21611860565b9050602002810190610e339190611874565b82546001810184555f938452602090932090920191610e529183611697565b50600101610e03565b50505050565b5f60418214610e865760405163058676ad60e31b81526004810183905260240161035d565b8235602084013560408501355f1a6002811015610eab57610ea8601b826118b6565b90505b8060ff16601b14158015610ec357508060ff16601c14155b15610ee657604051635d3b7f8160e11b815260ff8216600482015260240161035d565b821580610ef1575081155b15610f0f576040516336135f7f60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115610f505760405163322b766960e21b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610fa0573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416610fd457604051638baa579f60e01b815260040160405180910390fd5b5050509392505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000461480156110365750306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016145b1561106057507f000000000000000000000000000000000000000000000000000000000000000090565b610a90604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5080545f8255905f5260205f20908101906111229190611125565b50565b80821115611141575f6111388282611145565b50600101611125565b5090565b50805461115190611613565b5f825580601f10611160575050565b601f0160209004905f5260205f209081019061112291905b80821115611141575f8155600101611178565b80356001600160a01b03811681146111a1575f5ffd5b919050565b5f5f83601f8401126111b6575f5ffd5b5081356001600160401b038111156111cc575f5ffd5b6020830191508360208285010111156111e3575f5ffd5b9250929050565b5f5f5f5f606085870312156111fd575f5ffd5b6112068561118b565b93506020850135925060408501356001600160401b03811115611227575f5ffd5b611233878288016111a6565b95989497509550505050565b5f5f5f60608486031215611251575f5ffd5b61125a8461118b565b92506112686020850161118b565b929592945050506040919091013590565b5f5f5f6060848603121561128b575f5ffd5b6112948461118b565b95602085013595506040909401359392505050565b5f602082840312156112b9575f5ffd5b6112c28261118b565b9392505050565b5f5f83601f8401126112d9575f5ffd5b5081356001600160401b038111156112ef575f5ffd5b6020830191508360208260051b85010111156111e3575f5ffd5b5f5f5f5f5f5f6080878903121561131e575f5ffd5b6113278761118b565b955060208701356001600160401b03811115611341575f5ffd5b61134d89828a016111a6565b90965094505060408701356001600160401b0381111561136b575f5ffd5b61137789828a016112c9565b979a9699509497949695606090950135949350505050565b5f5f5f5f5f608086880312156113a3575f5ffd5b6113ac8661118b565b94506113ba6020870161118b565b93506040860135925060608601356001600160401b038111156113db575f5ffd5b6113e7888289016111a6565b969995985093965092949392505050565b5f5f5f5f5f5f5f5f5f60c08a8c031215611410575f5ffd5b6114198a61118b565b985060208a01356001600160401b03811115611433575f5ffd5b61143f8c828d016111a6565b90995097505060408a01356001600160401b0381111561145d575f5ffd5b6114698c828d016112c9565b90975095505060608a0135935060808a0135925060a08a01356001600160401b03811115611495575f5ffd5b6114a18c828d016111a6565b915080935050809150509295985092959850929598565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b038716815260c0602082018190525f90611509908301886114b8565b828103604084015280875180835260208301915060208160051b84010160208a015f5b8381101561155e57601f198684030185526115488383516114b8565b602095860195909350919091019060010161152c565b5050606086018990528715156080870152935061157a92505050565b82151560a0830152979650505050505050565b5f5f5f5f608085870312156115a0575f5ffd5b6115a98561118b565b93506115b76020860161118b565b93969395505050506040820135916060013590565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610dee57610dee6115cc565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061162757607f821691505b60208210810361164557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561169257805f5260205f20601f840160051c810160208510156116705750805b601f840160051c820191505b8181101561168f575f815560010161167c565b50505b505050565b6001600160401b038311156116ae576116ae6115ff565b6116c2836116bc8354611613565b8361164b565b5f601f8411600181146116f3575f85156116dc5750838201355b5f19600387901b1c1916600186901b17835561168f565b5f83815260208120601f198716915b828110156117225786850135825560209485019460019092019101611702565b508682101561173e575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f61178b606083018789611750565b82810360208401528085825260208201905060208660051b830101875f601e198a3603015b8982101561181d57858403601f1901855282358181126117ce575f5ffd5b8b016020810190356001600160401b038111156117e9575f5ffd5b8036038213156117f7575f5ffd5b611802868284611750565b955050506020830192506020850194506001820191506117b0565b5050508093505050508260408301529695505050505050565b5f6001600160401b0382166001600160401b038103611857576118576115cc565b60010192915050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112611889575f5ffd5b8301803591506001600160401b038211156118a2575f5ffd5b6020019150368190038213156111e3575f5ffd5b60ff8181168382160190811115610dee57610dee6115cc56fea26469706673582212200f45e120aed61a34dffe422df6c8dadcc1632c714ccbc9fef821572c6ba70ccc64736f6c634300081c0033",
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

// ACTIVATETYPEHASH is a free data retrieval call binding the contract method 0xccaf70c0.
//
// Solidity: function ACTIVATE_TYPEHASH() view returns(bytes32)
func (_AgentRegistry *AgentRegistryCaller) ACTIVATETYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgentRegistry.contract.Call(opts, &out, "ACTIVATE_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ACTIVATETYPEHASH is a free data retrieval call binding the contract method 0xccaf70c0.
//
// Solidity: function ACTIVATE_TYPEHASH() view returns(bytes32)
func (_AgentRegistry *AgentRegistrySession) ACTIVATETYPEHASH() ([32]byte, error) {
	return _AgentRegistry.Contract.ACTIVATETYPEHASH(&_AgentRegistry.CallOpts)
}

// ACTIVATETYPEHASH is a free data retrieval call binding the contract method 0xccaf70c0.
//
// Solidity: function ACTIVATE_TYPEHASH() view returns(bytes32)
func (_AgentRegistry *AgentRegistryCallerSession) ACTIVATETYPEHASH() ([32]byte, error) {
	return _AgentRegistry.Contract.ACTIVATETYPEHASH(&_AgentRegistry.CallOpts)
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

// TRANSFERTYPEHASH is a free data retrieval call binding the contract method 0x00bf26f4.
//
// Solidity: function TRANSFER_TYPEHASH() view returns(bytes32)
func (_AgentRegistry *AgentRegistryCaller) TRANSFERTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgentRegistry.contract.Call(opts, &out, "TRANSFER_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// TRANSFERTYPEHASH is a free data retrieval call binding the contract method 0x00bf26f4.
//
// Solidity: function TRANSFER_TYPEHASH() view returns(bytes32)
func (_AgentRegistry *AgentRegistrySession) TRANSFERTYPEHASH() ([32]byte, error) {
	return _AgentRegistry.Contract.TRANSFERTYPEHASH(&_AgentRegistry.CallOpts)
}

// TRANSFERTYPEHASH is a free data retrieval call binding the contract method 0x00bf26f4.
//
// Solidity: function TRANSFER_TYPEHASH() view returns(bytes32)
func (_AgentRegistry *AgentRegistryCallerSession) TRANSFERTYPEHASH() ([32]byte, error) {
	return _AgentRegistry.Contract.TRANSFERTYPEHASH(&_AgentRegistry.CallOpts)
}

// ActivateDigest is a free data retrieval call binding the contract method 0x4e5182ad.
//
// Solidity: function activateDigest(address agent, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AgentRegistry *AgentRegistryCaller) ActivateDigest(opts *bind.CallOpts, agent common.Address, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _AgentRegistry.contract.Call(opts, &out, "activateDigest", agent, nonce, deadline)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ActivateDigest is a free data retrieval call binding the contract method 0x4e5182ad.
//
// Solidity: function activateDigest(address agent, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AgentRegistry *AgentRegistrySession) ActivateDigest(agent common.Address, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	return _AgentRegistry.Contract.ActivateDigest(&_AgentRegistry.CallOpts, agent, nonce, deadline)
}

// ActivateDigest is a free data retrieval call binding the contract method 0x4e5182ad.
//
// Solidity: function activateDigest(address agent, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AgentRegistry *AgentRegistryCallerSession) ActivateDigest(agent common.Address, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	return _AgentRegistry.Contract.ActivateDigest(&_AgentRegistry.CallOpts, agent, nonce, deadline)
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

// ConsentNonce is a free data retrieval call binding the contract method 0xa0ab093d.
//
// Solidity: function consentNonce(address agent) view returns(uint256)
func (_AgentRegistry *AgentRegistryCaller) ConsentNonce(opts *bind.CallOpts, agent common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgentRegistry.contract.Call(opts, &out, "consentNonce", agent)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ConsentNonce is a free data retrieval call binding the contract method 0xa0ab093d.
//
// Solidity: function consentNonce(address agent) view returns(uint256)
func (_AgentRegistry *AgentRegistrySession) ConsentNonce(agent common.Address) (*big.Int, error) {
	return _AgentRegistry.Contract.ConsentNonce(&_AgentRegistry.CallOpts, agent)
}

// ConsentNonce is a free data retrieval call binding the contract method 0xa0ab093d.
//
// Solidity: function consentNonce(address agent) view returns(uint256)
func (_AgentRegistry *AgentRegistryCallerSession) ConsentNonce(agent common.Address) (*big.Int, error) {
	return _AgentRegistry.Contract.ConsentNonce(&_AgentRegistry.CallOpts, agent)
}

// DeactivatedBy is a free data retrieval call binding the contract method 0x59bc5d19.
//
// Solidity: function deactivatedBy(address agent) view returns(bool byOwner, bool byAgent)
func (_AgentRegistry *AgentRegistryCaller) DeactivatedBy(opts *bind.CallOpts, agent common.Address) (struct {
	ByOwner bool
	ByAgent bool
}, error) {
	var out []interface{}
	err := _AgentRegistry.contract.Call(opts, &out, "deactivatedBy", agent)

	outstruct := new(struct {
		ByOwner bool
		ByAgent bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.ByOwner = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.ByAgent = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// DeactivatedBy is a free data retrieval call binding the contract method 0x59bc5d19.
//
// Solidity: function deactivatedBy(address agent) view returns(bool byOwner, bool byAgent)
func (_AgentRegistry *AgentRegistrySession) DeactivatedBy(agent common.Address) (struct {
	ByOwner bool
	ByAgent bool
}, error) {
	return _AgentRegistry.Contract.DeactivatedBy(&_AgentRegistry.CallOpts, agent)
}

// DeactivatedBy is a free data retrieval call binding the contract method 0x59bc5d19.
//
// Solidity: function deactivatedBy(address agent) view returns(bool byOwner, bool byAgent)
func (_AgentRegistry *AgentRegistryCallerSession) DeactivatedBy(agent common.Address) (struct {
	ByOwner bool
	ByAgent bool
}, error) {
	return _AgentRegistry.Contract.DeactivatedBy(&_AgentRegistry.CallOpts, agent)
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

// TransferDigest is a free data retrieval call binding the contract method 0xff0b2168.
//
// Solidity: function transferDigest(address agent, address newOwner, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AgentRegistry *AgentRegistryCaller) TransferDigest(opts *bind.CallOpts, agent common.Address, newOwner common.Address, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _AgentRegistry.contract.Call(opts, &out, "transferDigest", agent, newOwner, nonce, deadline)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// TransferDigest is a free data retrieval call binding the contract method 0xff0b2168.
//
// Solidity: function transferDigest(address agent, address newOwner, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AgentRegistry *AgentRegistrySession) TransferDigest(agent common.Address, newOwner common.Address, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	return _AgentRegistry.Contract.TransferDigest(&_AgentRegistry.CallOpts, agent, newOwner, nonce, deadline)
}

// TransferDigest is a free data retrieval call binding the contract method 0xff0b2168.
//
// Solidity: function transferDigest(address agent, address newOwner, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AgentRegistry *AgentRegistryCallerSession) TransferDigest(agent common.Address, newOwner common.Address, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	return _AgentRegistry.Contract.TransferDigest(&_AgentRegistry.CallOpts, agent, newOwner, nonce, deadline)
}

// ActivateAgent is a paid mutator transaction binding the contract method 0x32b96605.
//
// Solidity: function activateAgent(address agent, uint256 deadline, bytes agentSignature) returns()
func (_AgentRegistry *AgentRegistryTransactor) ActivateAgent(opts *bind.TransactOpts, agent common.Address, deadline *big.Int, agentSignature []byte) (*types.Transaction, error) {
	return _AgentRegistry.contract.Transact(opts, "activateAgent", agent, deadline, agentSignature)
}

// ActivateAgent is a paid mutator transaction binding the contract method 0x32b96605.
//
// Solidity: function activateAgent(address agent, uint256 deadline, bytes agentSignature) returns()
func (_AgentRegistry *AgentRegistrySession) ActivateAgent(agent common.Address, deadline *big.Int, agentSignature []byte) (*types.Transaction, error) {
	return _AgentRegistry.Contract.ActivateAgent(&_AgentRegistry.TransactOpts, agent, deadline, agentSignature)
}

// ActivateAgent is a paid mutator transaction binding the contract method 0x32b96605.
//
// Solidity: function activateAgent(address agent, uint256 deadline, bytes agentSignature) returns()
func (_AgentRegistry *AgentRegistryTransactorSession) ActivateAgent(agent common.Address, deadline *big.Int, agentSignature []byte) (*types.Transaction, error) {
	return _AgentRegistry.Contract.ActivateAgent(&_AgentRegistry.TransactOpts, agent, deadline, agentSignature)
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

// TransferAgentOwnership is a paid mutator transaction binding the contract method 0x73a6aeaf.
//
// Solidity: function transferAgentOwnership(address agent, address newOwner, uint256 deadline, bytes agentSignature) returns()
func (_AgentRegistry *AgentRegistryTransactor) TransferAgentOwnership(opts *bind.TransactOpts, agent common.Address, newOwner common.Address, deadline *big.Int, agentSignature []byte) (*types.Transaction, error) {
	return _AgentRegistry.contract.Transact(opts, "transferAgentOwnership", agent, newOwner, deadline, agentSignature)
}

// TransferAgentOwnership is a paid mutator transaction binding the contract method 0x73a6aeaf.
//
// Solidity: function transferAgentOwnership(address agent, address newOwner, uint256 deadline, bytes agentSignature) returns()
func (_AgentRegistry *AgentRegistrySession) TransferAgentOwnership(agent common.Address, newOwner common.Address, deadline *big.Int, agentSignature []byte) (*types.Transaction, error) {
	return _AgentRegistry.Contract.TransferAgentOwnership(&_AgentRegistry.TransactOpts, agent, newOwner, deadline, agentSignature)
}

// TransferAgentOwnership is a paid mutator transaction binding the contract method 0x73a6aeaf.
//
// Solidity: function transferAgentOwnership(address agent, address newOwner, uint256 deadline, bytes agentSignature) returns()
func (_AgentRegistry *AgentRegistryTransactorSession) TransferAgentOwnership(agent common.Address, newOwner common.Address, deadline *big.Int, agentSignature []byte) (*types.Transaction, error) {
	return _AgentRegistry.Contract.TransferAgentOwnership(&_AgentRegistry.TransactOpts, agent, newOwner, deadline, agentSignature)
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
