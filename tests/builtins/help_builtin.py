# help(): the welcome text; help(obj): its type and names
try:
    help
except NameError:
    print('SKIP')
    raise SystemExit
help()
help(None)
help(range(2))
