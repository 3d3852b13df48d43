"""CEC Screener's front ends and composition root; see docs/architecture.md for its rooms."""
