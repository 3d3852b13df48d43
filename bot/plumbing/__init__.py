"""Shared plumbing: settings, logs that never show secrets, the start checks, child processes."""
