# Generated from the #[mp_module] `convtest.sub.deeper`: do not edit.
"""Nested twice: `convtest.sub.deeper`."""
from typing import Final

DEPTH: Final = 2
