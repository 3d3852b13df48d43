"""What of a private message can be read as a typed answer, and what the user is told when none can.

People on a phone answer with more than text: a voice note, a photo of their test report with the scores in
its caption, a message forwarded from their notes or from a friend. The screener reads words only:
- text typed (or pasted) by the user: read;
- a caption (a photo, a file, a video with words under it): the words are read, and the user is told the
  picture itself was not looked at, so that they do not believe their report was checked;
- a message forwarded from someone else (a friend, a channel, a hidden sender): not read. Its words were not
  written as an answer to our question, and storing them as one could file a stranger's figures as theirs
  (ask rather than guess); the user is asked to type the answer themselves. A forward of their own message
  (from their notes) is theirs: read as typed;
- a voice note, a picture or file without words, a sticker: nothing to read; each told in its own words.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Message, MessageOriginUser


@dataclass(frozen=True, slots=True)
class Readable:
    """`text`: the words to read as the answer (None: nothing is read). `note`: the catalog key of what the
    user is told first (None: nothing)."""

    text: str | None
    note: str | None = None


def readable(message: Message, user_id: int) -> Readable:
    """The words of `message` that answer the current question, and what to say about the rest."""
    origin = message.forward_origin
    if origin is not None and not (isinstance(origin, MessageOriginUser) and origin.sender_user.id == user_id):
        return Readable(None, "err.forwarded")
    if message.text is not None:
        return Readable(message.text)
    if message.caption and not message.caption.startswith("/"):  # a command is only read as typed text
        return Readable(message.caption, "err.caption_read")
    if message.voice is not None or message.audio is not None or message.video_note is not None:
        return Readable(None, "err.voice")
    if message.photo or message.document is not None or message.video is not None:
        return Readable(None, "err.picture")
    return Readable(None, "err.empty")
