# Case and character classes are ASCII only, as in MicroPython: letters past ASCII are
# neither upper, lower nor alphabetic, and keep their case (CPython's differ: .exp).
s = 'caf\u00e9'
print(s.upper() == 'CAF\u00e9', s.lower() == s, '\u00c9'.lower() == '\u00c9')
print('\u00e9'.isalpha(), '\u00e9'.isupper(), '\u00e9'.islower(), 'a\u00e9'.islower(), '\u00e9A'.isupper())
print('\u0663'.isdigit(), '\u00a0'.isspace(), '\u2028'.isspace())
