# Long-int error cases (exception types only: messages differ from CPython's).
a = 2**100
for f in (lambda: a // 0, lambda: a % 0, lambda: divmod(a, 0), lambda: a << -1, lambda: a >> -1,
          lambda: pow(a, 2, 0), lambda: 5 // 0, lambda: 5 % 0, lambda: a / 0):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
print(a ** -1 == 1 / a, 2 ** -2, (-2) ** -3, 10 ** -1)
try:
    pow(2, -1, 5.0)
except TypeError:
    print('TypeError')
