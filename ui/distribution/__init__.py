"""The Distribution screen: dry run, referrals issued on confirmation, and the protocol."""

from ui.distribution.page import DistributionPage

__all__ = ["DistributionPage"]
