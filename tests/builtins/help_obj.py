# help(obj): the object as str() shows it (not repr), then its type's name and names
try:
    help
except NameError:
    print('SKIP')
    raise SystemExit
help(1.5)
help(True)
help(ValueError('bad value'))
