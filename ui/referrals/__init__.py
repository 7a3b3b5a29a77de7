"""The Referrals and Enrolment screens: live referrals and the acts on them."""

from ui.referrals.page import ReferralsPage, enrolment_page

__all__ = ["ReferralsPage", "enrolment_page"]
