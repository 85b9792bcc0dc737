# sys.ps1 and sys.ps2: the REPL's prompts, assignable; no other sys attribute is.
import sys

if not hasattr(sys, "ps1"):
    print("SKIP")
    raise SystemExit

print(repr(sys.ps1), repr(sys.ps2))
sys.ps1 = "py> "
sys.ps2 = "  | "
print(repr(sys.ps1), repr(sys.ps2))
sys.ps1 = ">>> "
print(repr(sys.ps1))
for name in ("foo", "platform", "version"):
    try:
        setattr(sys, name, 1)
    except AttributeError as e:
        print("AttributeError", name)
print(sys.platform != 1)
