try:
    raise RuntimeError('caught')
except RuntimeError as e:
    print(e)
raise RuntimeError('not caught')
