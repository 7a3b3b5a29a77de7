"""The Queue screen: one queue's merged order, lazily paged, filtered and searched."""

from ui.queue.page import QueuePage

__all__ = ["QueuePage"]
