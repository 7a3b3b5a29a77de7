"""The notifications outbox screen (RULES §6, definition 15)."""

from ui.notifications.page import NotificationsView

__all__ = ["NotificationsView"]
