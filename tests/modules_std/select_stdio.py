# select.poll on sys.stdout, sys.stderr (always writable) and sys.stdin (readable when the
# console has input: here only the kinds of events are checked, not whether input waits).
import select, sys

p = select.poll()
p.register(sys.stdout, select.POLLOUT)
p.register(sys.stderr, select.POLLOUT)
r = p.poll(0)
print(len(r))
print(sorted(e for o, e in r))
print(all(o is sys.stdout or o is sys.stderr for o, e in r))
p.unregister(sys.stdout)
print(p.poll(0) == [(sys.stderr, select.POLLOUT)])

q = select.poll()
q.register(sys.stdin, select.POLLIN)
r = q.poll(0)
print(type(r), all(o is sys.stdin for o, e in r))
if hasattr(sys.stdout, 'buffer'):
    q = select.poll()
    q.register(sys.stdout.buffer, select.POLLOUT)
    print(q.poll(0) == [(sys.stdout.buffer, select.POLLOUT)])
else:
    print(True)
