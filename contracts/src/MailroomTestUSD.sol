// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC3009} from "@openzeppelin/contracts/token/ERC20/extensions/draft-ERC3009.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title MailroomTestUSD
/// @notice A USDC-like test token for dev chains (`mailroom node` deploys it and funds
/// the dev accounts): 6 decimals, EIP-2612 permit and EIP-3009
/// transferWithAuthorization / receiveWithAuthorization, all OpenZeppelin's. Only the
/// owner mints. Not for real chains: it has no value.
contract MailroomTestUSD is ERC20, ERC20Permit, ERC3009, Ownable {
    /// @param owner_ The account that may mint.
    constructor(address owner_) ERC20("Mailroom Test USD", "tUSDC") ERC20Permit("Mailroom Test USD") Ownable(owner_) {}

    /// @notice 6, as USDC.
    /// @return The number of decimals.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints amount base units to to. Owner only.
    /// @param to The payee.
    /// @param amount Base units (10^6 per token).
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
