# try/finally with return, break and continue passing through finally; raise X from Y.
def ret():
    try:
        return 'body'
    finally:
        print('finally after return')
print(ret())
def ret_override():
    try:
        return 1
    finally:
        return 2
print(ret_override())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
def exc_through():
    try:
        raise ValueError('v')
    finally:
        print('cleanup')
try:
    exc_through()
except ValueError as e:
    print('caught', e)
def nested():
    try:
        try:
            return 'inner'
        finally:
            print('f1')
    finally:
        print('f2')
print(nested())
def in_except():
    try:
        raise KeyError(1)
    except KeyError:
        return 'from except'
    finally:
        print('finally after except')
print(in_except())
try:
    try:
        raise IndexError('first')
    except IndexError as e:
        raise ValueError('second') from e
except ValueError as e:
    print('from', e)
try:
    pass
finally:
    print('plain finally')
def loop_finally():
    out = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
            finally:
                out.append(i)
        except ValueError:
            out.append(-i)
    return out
print(loop_finally())
