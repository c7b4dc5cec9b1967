"""``python -m newsclean``: the command line."""

import sys

from .cli import main

sys.exit(main())
