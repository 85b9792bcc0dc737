# int / int is correctly rounded, as CPython's (not each operand rounded to a float first):
# huge operands, results near the float range's ends, signs. Comparisons only, so the file
# runs at single precision too (compared with int / int, not literals, which single precision
# reads as MicroPython does, not correctly rounded).
print((10**400) // 3 / 10**390 == 3333333333.3333335, 2**1100 / 2**1000 == 1.2676506002282294e+30)
print(10**400 / 10**399 == 10.0, -(10**400) / 10**399 == -10.0, 10**400 / -(10**398) == -100.0)
print(2**2000 / 2**1990 == 1024.0, (2**2000 + 1) / 2**1999 == 2.0, (3 * 2**500) / 2**500 == 3.0)
print(2249841721318256268 / 979374294953 == 2297223577249621 / 10**9, 3509252052893173929 / 1045651034773 == 33560451204019478 / 10**10)
a = 1854433821371190966719889888016687832149742818265630807367279551235282911771519315950646184
b = 903471511721405451776403530283611972725842197609841009444174306031294817611
print(a / b == 2052564798460434.8, -a / b == -2052564798460434.8, a / -b == -2052564798460434.8)
print((2**53 + 1) / 1 == 9007199254740992.0, (2**54 + 3) / 2 == 9007199254740994.0, (2**64 - 1) / 2**64 == 1.0)
# Tiny results: subnormal or zero, with the sign of the quotient.
print(1 / 2**1074 == 5e-324, 1 / 2**1075 == 0.0, 3 / 2**1076 == 5e-324, 1 / 2**1200 == 0.0, 1 / 10**400 == 0.0)
print(str(-1 / 10**400), str(0 / -2**100), str(0 / -5), str(-(2**100) // 2**100 / 2**2000))
print(10**400 // 3 / 10**400 == 1 / 3, 10**400 / (3 * 10**400) == 1 / 3)
# Past the largest float, and zero divisors.
for f in (lambda: 10**400 / 3, lambda: 2**1100 / 2**70, lambda: -(2**1100) / 3, lambda: 10**400 / 10**-1):
    try:
        print(f())
    except OverflowError as e:
        print('OverflowError', e)
for f in (lambda: 10**400 / 0, lambda: 2**100 / 0, lambda: 0 / 0, lambda: 5 / False):
    try:
        print(f())
    except ZeroDivisionError:
        print('ZeroDivisionError')
