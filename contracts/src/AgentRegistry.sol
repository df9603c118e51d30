// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {EIP712} from "./EIP712.sol";
import {Signatures} from "./Signatures.sol";

/// @title AgentRegistry
/// @notice Maps an agent key (a secp256k1 address) to an owner, an HTTP
/// endpoint, model capabilities and a rate per task. The owner is whoever
/// registers the agent; the agent consents to that owner with an EIP-712
/// signature of RegisterAgent(address agent,address owner,uint256 deadline)
/// under the domain {name "AgentRegistry", version "1", chainId, this}, so
/// nobody can claim someone else's key. An agent that registers itself needs
/// no signature (and no deadline).
///
/// Two keys hold power over an agent. The owner key updates the profile,
/// deactivates and reactivates, and transfers ownership. The agent key may
/// deactivate itself (for instance when the owner key leaked), and its
/// consent is needed (1) to reactivate it after it deactivated itself, and
/// (2) for every ownership transfer: EIP-712 signatures of
/// ActivateAgent(address agent,uint256 nonce,uint256 deadline) and
/// TransferAgent(address agent,address newOwner,uint256 nonce,uint256 deadline)
/// under the same domain, or msg.sender == agent. Each consent carries the
/// agent's consentNonce, which every use increments, so a consent works once.
/// @dev An agent is never unregistered: a RegisterAgent consent can therefore be
/// used at most once. Deactivation is recorded per key: an agent is active iff
/// neither its owner nor its agent key has deactivated it since the last
/// activation. Only the owner lifts the owner's deactivation; only the agent
/// key's consent (its call, or its signature passed by the owner) lifts the
/// agent key's. The agent key deactivating itself also increments consentNonce,
/// revoking every consent it signed and nobody used yet.
contract AgentRegistry is EIP712 {
    /// @notice keccak256("RegisterAgent(address agent,address owner,uint256 deadline)").
    bytes32 public constant REGISTER_TYPEHASH = keccak256("RegisterAgent(address agent,address owner,uint256 deadline)");
    /// @notice keccak256("ActivateAgent(address agent,uint256 nonce,uint256 deadline)").
    bytes32 public constant ACTIVATE_TYPEHASH = keccak256("ActivateAgent(address agent,uint256 nonce,uint256 deadline)");
    /// @notice keccak256("TransferAgent(address agent,address newOwner,uint256 nonce,uint256 deadline)").
    bytes32 public constant TRANSFER_TYPEHASH =
        keccak256("TransferAgent(address agent,address newOwner,uint256 nonce,uint256 deadline)");

    struct Agent {
        address owner; // slot 0: owner, active, both deactivation marks and the consent nonce
        bool active;
        bool deactivatedByOwner;
        bool deactivatedByAgent;
        uint64 consentNonce;
        uint256 ratePerTaskWei;
        string endpoint;
        string[] capabilities;
    }

    mapping(address agent => Agent) private _agents;

    /// @notice The agent address is zero.
    error ZeroAgent();
    /// @notice The new owner is the zero address.
    error ZeroOwner();
    /// @notice The agent is already registered.
    error AgentAlreadyRegistered(address agent);
    /// @notice The agent is not registered.
    error AgentNotRegistered(address agent);
    /// @notice The caller is not the agent's owner.
    error NotAgentOwner(address agent, address caller);
    /// @notice The caller is neither the agent's owner nor the agent key.
    error NotAgentOwnerOrAgent(address agent, address caller);
    /// @notice The consent deadline is in the past.
    error ConsentExpired(uint256 deadline, uint256 timestamp);
    /// @notice The consent signature was not made by the agent key.
    error ConsentSignerMismatch(address agent, address signer);
    /// @notice The operation needs the agent key's consent: its signature, or msg.sender == agent.
    error AgentConsentRequired(address agent);

    /// @notice An agent was registered by owner.
    event AgentRegistered(
        address indexed agent, address indexed owner, string endpoint, string[] capabilities, uint256 ratePerTaskWei
    );
    /// @notice The owner replaced the agent's endpoint, capabilities and rate.
    event AgentUpdated(address indexed agent, string endpoint, string[] capabilities, uint256 ratePerTaskWei);
    /// @notice The agent was activated by its owner or by the agent key.
    event AgentActivated(address indexed agent, address indexed by);
    /// @notice The agent was deactivated by its owner or by the agent key itself.
    event AgentDeactivated(address indexed agent, address indexed by);
    /// @notice The agent's ownership moved from previousOwner to newOwner.
    event AgentOwnershipTransferred(address indexed agent, address indexed previousOwner, address indexed newOwner);

    constructor() EIP712("AgentRegistry", "1") {}

    /// @notice Registers agent with msg.sender as its owner. The agent starts active.
    /// @param agent The agent's address (its secp256k1 key).
    /// @param endpoint The agent's HTTP endpoint.
    /// @param capabilities The agent's model capabilities.
    /// @param ratePerTaskWei The agent's price per task, in wei.
    /// @param deadline Last timestamp (unix seconds) at which the consent signature is valid.
    /// @param agentSignature The agent's 65-byte EIP-712 signature of
    /// RegisterAgent(agent, msg.sender, deadline); may be empty when msg.sender == agent.
    function registerAgent(
        address agent,
        string calldata endpoint,
        string[] calldata capabilities,
        uint256 ratePerTaskWei,
        uint256 deadline,
        bytes calldata agentSignature
    ) external {
        if (agent == address(0)) revert ZeroAgent();
        Agent storage a = _agents[agent];
        if (a.owner != address(0)) revert AgentAlreadyRegistered(agent);
        if (msg.sender != agent || agentSignature.length != 0) {
            if (deadline < block.timestamp) revert ConsentExpired(deadline, block.timestamp);
            address signer = Signatures.recover(consentDigest(agent, msg.sender, deadline), agentSignature);
            if (signer != agent) revert ConsentSignerMismatch(agent, signer);
        }
        a.owner = msg.sender;
        a.active = true;
        a.ratePerTaskWei = ratePerTaskWei;
        a.endpoint = endpoint;
        _setCapabilities(a, capabilities);
        emit AgentRegistered(agent, msg.sender, endpoint, capabilities, ratePerTaskWei);
    }

    /// @notice Replaces the agent's endpoint, capabilities and rate. Owner only.
    /// @param agent The registered agent.
    /// @param endpoint The new HTTP endpoint.
    /// @param capabilities The new capabilities (replaces the old list).
    /// @param ratePerTaskWei The new price per task, in wei.
    function updateAgent(
        address agent,
        string calldata endpoint,
        string[] calldata capabilities,
        uint256 ratePerTaskWei
    ) external {
        Agent storage a = _ownedBy(agent, msg.sender);
        a.endpoint = endpoint;
        _setCapabilities(a, capabilities);
        a.ratePerTaskWei = ratePerTaskWei;
        emit AgentUpdated(agent, endpoint, capabilities, ratePerTaskWei);
    }

    /// @notice Marks the agent active, lifting every deactivation. The owner, or the agent key.
    /// A deactivation by the owner is lifted only by the owner (NotAgentOwner otherwise). A
    /// deactivation by the agent key needs the agent's consent: msg.sender == agent, or the
    /// agent's signature of ActivateAgent(agent, consentNonce(agent), deadline)
    /// (AgentConsentRequired without one). A signature, when given, is always checked and used.
    /// @param agent The registered agent.
    /// @param deadline Last timestamp (unix seconds) at which the consent signature is valid.
    /// @param agentSignature The agent's 65-byte EIP-712 ActivateAgent signature, or empty.
    function activateAgent(address agent, uint256 deadline, bytes calldata agentSignature) external {
        Agent storage a = _agents[agent];
        address owner = a.owner;
        if (owner == address(0)) revert AgentNotRegistered(agent);
        bool byOwner = msg.sender == owner;
        bool byAgent = msg.sender == agent;
        if (!byOwner && !byAgent) revert NotAgentOwnerOrAgent(agent, msg.sender);
        if (a.deactivatedByOwner && !byOwner) revert NotAgentOwner(agent, msg.sender);
        if (agentSignature.length != 0) {
            uint64 nonce = a.consentNonce;
            _checkConsent(agent, activateDigest(agent, nonce, deadline), deadline, agentSignature);
            a.consentNonce = nonce + 1;
        } else if (a.deactivatedByAgent && !byAgent) {
            revert AgentConsentRequired(agent);
        }
        a.active = true;
        a.deactivatedByOwner = false;
        a.deactivatedByAgent = false;
        emit AgentActivated(agent, msg.sender);
    }

    /// @notice Marks the agent inactive. The owner, or the agent key itself (e.g. when the owner
    /// key leaked); the agent key doing so also increments consentNonce, revoking its unused consents.
    /// @param agent The registered agent.
    function deactivateAgent(address agent) external {
        Agent storage a = _agents[agent];
        address owner = a.owner;
        if (owner == address(0)) revert AgentNotRegistered(agent);
        bool byOwner = msg.sender == owner;
        bool byAgent = msg.sender == agent;
        if (!byOwner && !byAgent) revert NotAgentOwnerOrAgent(agent, msg.sender);
        a.active = false;
        if (byOwner) a.deactivatedByOwner = true;
        if (byAgent) {
            a.deactivatedByAgent = true;
            ++a.consentNonce;
        }
        emit AgentDeactivated(agent, msg.sender);
    }

    /// @notice Moves the agent's ownership to newOwner. Owner only, with the agent's consent:
    /// its signature of TransferAgent(agent, newOwner, consentNonce(agent), deadline), which may
    /// be empty when msg.sender == agent. Every transfer increments consentNonce.
    /// @param agent The registered agent.
    /// @param newOwner The new owner; must not be zero.
    /// @param deadline Last timestamp (unix seconds) at which the consent signature is valid.
    /// @param agentSignature The agent's 65-byte EIP-712 TransferAgent signature; may be empty when msg.sender == agent.
    function transferAgentOwnership(address agent, address newOwner, uint256 deadline, bytes calldata agentSignature)
        external
    {
        if (newOwner == address(0)) revert ZeroOwner();
        Agent storage a = _ownedBy(agent, msg.sender);
        uint64 nonce = a.consentNonce;
        if (msg.sender != agent || agentSignature.length != 0) {
            if (agentSignature.length == 0) revert AgentConsentRequired(agent);
            _checkConsent(agent, transferDigest(agent, newOwner, nonce, deadline), deadline, agentSignature);
        }
        a.consentNonce = nonce + 1;
        a.owner = newOwner;
        emit AgentOwnershipTransferred(agent, msg.sender, newOwner);
    }

    /// @notice Reads an agent's record. Never reverts: an unknown agent has registered == false.
    /// @param agent The agent address.
    /// @return owner The owner (zero when unregistered).
    /// @return endpoint The HTTP endpoint.
    /// @return capabilities The model capabilities.
    /// @return ratePerTaskWei The price per task, in wei.
    /// @return active Whether the agent is active.
    /// @return registered Whether the agent is registered.
    function getAgent(address agent)
        external
        view
        returns (
            address owner,
            string memory endpoint,
            string[] memory capabilities,
            uint256 ratePerTaskWei,
            bool active,
            bool registered
        )
    {
        Agent storage a = _agents[agent];
        return (a.owner, a.endpoint, a.capabilities, a.ratePerTaskWei, a.active, a.owner != address(0));
    }

    /// @notice Whether agent is registered and active (a cheap check for verifiers).
    /// @param agent The agent address.
    /// @return True iff the agent is registered and active.
    function isActive(address agent) external view returns (bool) {
        return _agents[agent].active;
    }

    /// @notice The agent's consent nonce: the nonce its next ActivateAgent or TransferAgent consent must carry.
    /// @param agent The agent address.
    /// @return The current nonce (0 for an unregistered agent).
    function consentNonce(address agent) external view returns (uint256) {
        return _agents[agent].consentNonce;
    }

    /// @notice Who has deactivated the agent since its last activation.
    /// @param agent The agent address.
    /// @return byOwner Whether the owner deactivated it (only the owner lifts this).
    /// @return byAgent Whether the agent key deactivated it (only the agent key's consent lifts this).
    function deactivatedBy(address agent) external view returns (bool byOwner, bool byAgent) {
        Agent storage a = _agents[agent];
        return (a.deactivatedByOwner, a.deactivatedByAgent);
    }

    /// @notice The EIP-712 digest the agent signs to consent to its reactivation.
    /// @param agent The agent address.
    /// @param nonce The agent's consentNonce at the time of use.
    /// @param deadline Last valid timestamp of the consent.
    /// @return The digest keccak256("\x19\x01" ‖ domainSeparator ‖ hashStruct(ActivateAgent)).
    function activateDigest(address agent, uint256 nonce, uint256 deadline) public view returns (bytes32) {
        return _hashTypedData(keccak256(abi.encode(ACTIVATE_TYPEHASH, agent, nonce, deadline)));
    }

    /// @notice The EIP-712 digest the agent signs to consent to its transfer to newOwner.
    /// @param agent The agent address.
    /// @param newOwner The owner it moves to.
    /// @param nonce The agent's consentNonce at the time of use.
    /// @param deadline Last valid timestamp of the consent.
    /// @return The digest keccak256("\x19\x01" ‖ domainSeparator ‖ hashStruct(TransferAgent)).
    function transferDigest(address agent, address newOwner, uint256 nonce, uint256 deadline)
        public
        view
        returns (bytes32)
    {
        return _hashTypedData(keccak256(abi.encode(TRANSFER_TYPEHASH, agent, newOwner, nonce, deadline)));
    }

    /// @notice The EIP-712 digest the agent signs to consent to owner registering it.
    /// @param agent The agent address.
    /// @param owner The would-be owner (the registerAgent caller).
    /// @param deadline Last valid timestamp of the consent.
    /// @return The digest keccak256("\x19\x01" ‖ domainSeparator ‖ hashStruct(RegisterAgent)).
    function consentDigest(address agent, address owner, uint256 deadline) public view returns (bytes32) {
        return _hashTypedData(keccak256(abi.encode(REGISTER_TYPEHASH, agent, owner, deadline)));
    }

    function _setCapabilities(Agent storage a, string[] calldata capabilities) private {
        delete a.capabilities;
        for (uint256 i = 0; i < capabilities.length; ++i) {
            a.capabilities.push(capabilities[i]);
        }
    }

    /// @dev Reverts unless sig is the agent's signature of digest and deadline has not passed.
    function _checkConsent(address agent, bytes32 digest, uint256 deadline, bytes calldata sig) private view {
        if (deadline < block.timestamp) revert ConsentExpired(deadline, block.timestamp);
        address signer = Signatures.recover(digest, sig);
        if (signer != agent) revert ConsentSignerMismatch(agent, signer);
    }

    function _ownedBy(address agent, address caller) private view returns (Agent storage a) {
        a = _agents[agent];
        if (a.owner == address(0)) revert AgentNotRegistered(agent);
        if (a.owner != caller) revert NotAgentOwner(agent, caller);
    }
}
