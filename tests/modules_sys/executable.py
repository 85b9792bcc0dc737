# sys.executable: the interpreter's path on the host (a str naming an existing file).
import sys

if not hasattr(sys, "executable"):
    print("SKIP")
    raise SystemExit
import os

print(type(sys.executable), len(sys.executable) > 0)
print(os.stat(sys.executable)[0] & 0o170000 == 0o100000)
