# except (A, B) catches any of the listed types
def fail(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return (1,)[2]
    if kind == 2:
        return int('?')
    if kind == 3:
        return undefined_name
    return 'ok'
for kind in range(5):
    try:
        print(fail(kind))
    except (ZeroDivisionError, IndexError):
        print(kind, 'arith or index')
    except (ValueError,):
        print(kind, 'value')
    except (TypeError, NameError) as e:
        print(kind, 'type or name')
try:
    try:
        fail(2)
    except (ZeroDivisionError, IndexError):
        print('never')
except ValueError:
    print('not in tuple: propagated to outer handler')
errors = (KeyboardInterrupt, RuntimeError)
try:
    raise RuntimeError('x')
except errors:
    print('tuple held in a variable')
