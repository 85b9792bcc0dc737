# os: the environment (getenv with a default, putenv, unsetenv), urandom, system.
try:
    import os
    os.getcwd()
except (ImportError, OSError):
    print('SKIP')
    raise SystemExit
print(os.getenv('MP_TEST_SURELY_UNSET'), os.getenv('MP_TEST_SURELY_UNSET', 5))
os.putenv('MP_TEST_VAR', 'value one')
print(os.getenv('MP_TEST_VAR'))
os.putenv('MP_TEST_VAR', '')
print(repr(os.getenv('MP_TEST_VAR')))
os.unsetenv('MP_TEST_VAR')
print(os.getenv('MP_TEST_VAR'))
r = os.urandom(32)
print(type(r).__name__, len(r), os.urandom(0), len(set(os.urandom(64))) > 1)
print(os.system('exit 0'), os.system('exit 3') >> 8)
