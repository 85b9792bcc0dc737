# complex: literals, arithmetic, abs, .real/.imag, conjugate, printing as CPython.
print(1j, 2.5j, 1 + 2j, 1 - 2j, -1j, 0j, complex(1, 2), complex(3), complex(), complex(1.5, -0.5))
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, a * 2, 2 * a, a + 1, 1 - a, a / 2, 2 / (1 + 1j))
print(abs(a), abs(-5j), a.real, a.imag, a.conjugate(), (2j).conjugate(), (1.5).real if False else 1)
print(a == 3 + 4j, a != b, 1j * 1j == -1, (1 + 0j) == 1, a == 3, -a, +a)
print(1j ** 2, (1 + 1j) ** 3, (1 + 2j) ** -1, a ** 0, 2 ** 1j == 2 ** 1j)
print((-8) ** (1 / 3) == (-8) ** (1 / 3), bool(0j), bool(1j), complex(0, -0.0))
print(type(1j).__name__, hash(1 + 0j) == hash(1), (1j).imag)
try:
    1j / 0
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    1j < 2j
except TypeError:
    print('TypeError')
