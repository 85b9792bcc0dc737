# if / elif / else chains and truthiness of conditions
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'

for n in (-3, 0, 5, 10, 99):
    print(n, classify(n))
if 1:
    print('one-line body')
if 0:
    print('not printed')
if '':
    print('not printed')
elif ():
    print('not printed')
else:
    print('else branch')
x = 3
if x == 3: print('same line body')
if x > 1:
    if x > 2:
        print('nested if')
    else:
        print('not printed')
if x:
    pass
else:
    print('not printed')
if x > 0 and x < 5 or x == 100:
    print('compound condition')
if not x:
    print('not printed')
elif x:
    print('elif without else')
