# exceptions raised by built-in operations, caught and identified
def attempt(n):
    if n == 0:
        return 1 // 0
    if n == 1:
        return 7 % 0
    if n == 2:
        return ('a',)[1]
    if n == 3:
        return ''[0]
    if n == 4:
        return int('12a')
    if n == 5:
        return int('9', 8)
    if n == 6:
        return (1,) + 'a'
    if n == 7:
        return len(3)
    if n == 8:
        return nope
    if n == 9:
        f = 3
        return f(1)
    if n == 10:
        a, b = (1, 2, 3)
    if n == 11:
        return -1 < 'x'
    return 'fine'
for n in range(13):
    try:
        print(n, attempt(n))
    except ZeroDivisionError:
        print(n, 'ZeroDivisionError')
    except IndexError:
        print(n, 'IndexError')
    except ValueError:
        print(n, 'ValueError')
    except TypeError:
        print(n, 'TypeError')
    except NameError:
        print(n, 'NameError')
