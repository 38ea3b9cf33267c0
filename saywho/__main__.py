import sys

from saywho.cli import main

sys.exit(main())
