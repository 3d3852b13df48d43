"""The screening service every front shares (Telegram, terminal): one user action in, what to show out."""
