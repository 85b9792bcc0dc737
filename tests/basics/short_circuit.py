# and / or stop evaluating as soon as the result is known
def t(name):
    print('t', name)
    return True

def f(name):
    print('f', name)
    return False

print(f(1) and t(2))
print(t(3) and f(4))
print(t(5) or f(6))
print(f(7) or t(8))
print(f(9) or f(10) or t(11) or t(12))
print(t(13) and t(14) and f(15) and t(16))
if t(17) or undefined_name:
    print('undefined_name never looked up')
if f(18) and 1 // 0:
    print('never')
else:
    print('no ZeroDivisionError')
