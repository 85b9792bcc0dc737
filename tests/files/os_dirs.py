# os: directories and files (mkdir, listdir, ilistdir, stat, rename, remove, rmdir, chdir,
# getcwd), the errors each raises, statvfs, sep; boards without a file system skip.
try:
    import os
    os.getcwd()
except (ImportError, OSError):
    print('SKIP')
    raise SystemExit
D = '/tmp/mp_os_dirs'


def clean(d):
    for name, kind, _ in os.ilistdir(d):
        p = d + '/' + name
        if kind == 0x4000:
            clean(p)
        else:
            os.remove(p)
    os.rmdir(d)


try:
    clean(D)
except OSError:
    pass
home = os.getcwd()
os.mkdir(D)
os.chdir(D)
print(os.getcwd() == D, os.listdir(), list(os.ilistdir()))
with open('f.txt', 'w') as f:
    f.write('12345')
os.mkdir('sub')
print(sorted(os.listdir()), sorted(os.listdir('.')), os.listdir(D + '/sub'))
print(sorted((name, kind) for name, kind, inode in os.ilistdir()))
st = os.stat('f.txt')
print(len(st), st[0] & 0xf000 == 0x8000, st[6], os.stat('sub')[0] & 0xf000 == 0x4000)
os.rename('f.txt', 'sub/g.txt')
print(os.listdir(), os.listdir('sub'))
os.unlink('sub/g.txt')
print(os.listdir('sub'))

for name, f in (('mkdir existing', lambda: os.mkdir('sub')), ('remove missing', lambda: os.remove('nope')),
                ('rmdir missing', lambda: os.rmdir('nope')), ('stat missing', lambda: os.stat('nope')),
                ('chdir missing', lambda: os.chdir('nope')), ('listdir missing', lambda: os.listdir('nope')),
                ('rename missing', lambda: os.rename('nope', 'x')), ('rmdir non-empty', lambda: os.rmdir(D)),
                ('remove a dir', lambda: os.remove('sub'))):
    try:
        f()
    except OSError as e:
        print(name, e.errno)
try:
    os.stat(3)
except TypeError:
    print('TypeError')
print(os.sep, len(os.statvfs('/')))
os.chdir(home)
clean(D)
print(os.getcwd() == home)
