# Generated from the #[mp_module] `convtest.sub`: do not edit.
"""A submodule: `import convtest.sub`, `convtest.sub`."""
from typing import Final

def hello() -> str:
    ...
DEPTH: Final = 1
from . import deeper as deeper
