# bytes.decode errors='ignore' and 'replace' (level extra).
try:
    r = b'a\xffb'.decode('utf-8', 'replace')
except UnicodeError:
    print('SKIP')
    raise SystemExit
print(len(r), r[0], ord(r[1]), r[2])
print(b'a\xffb\xfe'.decode('utf-8', 'ignore'), b'\xff\xff'.decode(errors='ignore') == '')
r = b'a\xe2\x82b'.decode('utf-8', 'replace')
print(len(r), [ord(c) for c in r])
r = b'\xf0\x9f\x98'.decode('utf-8', 'replace')
print([ord(c) for c in r])
print(b'caf\xc3\xa9'.decode('utf-8', 'ignore') == 'caf\u00e9', b'\xe9t\xe9'.decode('ascii', 'ignore'))
