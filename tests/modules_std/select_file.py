# select.poll on open files: always readable and writable; a closed file is POLLNVAL (32).
try:
    import os, select
    os.getcwd()
except (ImportError, OSError):
    print('SKIP')
    raise SystemExit
name = '/tmp/mp_select_file.txt'
f = open(name, 'w')
f.write('x')
p = select.poll()
p.register(f)
print([(o is f, e) for o, e in p.poll(0)])
p.modify(f, select.POLLIN)
print([e for o, e in p.poll(0)])
f.close()
print([(o is f, e) for o, e in p.poll(0)])
os.remove(name)
