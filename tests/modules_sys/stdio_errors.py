# reading an output stream or writing the input stream raises OSError
import sys
if not hasattr(sys, 'stdout'):
    print('SKIP')
    raise SystemExit
for f, op in ((sys.stdout, 'read'), (sys.stderr, 'readline'), (sys.stdout.buffer, 'read'), (sys.stdin, 'write'), (sys.stdin.buffer, 'write')):
    try:
        if op == 'write':
            f.write('x')
        else:
            getattr(f, op)()
        print(op, 'no error')
    except OSError:
        print(op, 'OSError')
try:
    sys.stdin.readinto(b'immutable')
except (TypeError, OSError) as e:
    print('readinto', type(e).__name__)
