"""The Telegram adapter: the application and its handlers, the inbox of updates, delivery, serving."""
