# small recursive functions
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(0), fact(1), fact(5), fact(12))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(0), fib(1), fib(10), fib(15))
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
def hanoi(n, a, b, c):
    if n == 0:
        return 0
    return hanoi(n - 1, a, c, b) + 1 + hanoi(n - 1, c, b, a)
print(hanoi(8, 'A', 'B', 'C'))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def rev(s):
    if len(s) == 0:
        return ''
    return rev(tail(s)) + s[0]
def tail(s):
    t = ''
    for i in range(1, len(s)):
        t = t + s[i]
    return t
print(rev('recursion'))
def depth(t):
    if t == ():
        return 0
    return 1 + depth(t[0])
print(depth((((((),),),),)))
