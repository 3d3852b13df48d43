"""`python -m bot`: the same as the `cec-screener` command."""

import sys

from bot.command_line.main import main

sys.exit(main())
