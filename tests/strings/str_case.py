# str.upper, lower and the character classes (ASCII letters, digits, whitespace).
print('Hello World 123'.upper(), 'Hello World 123'.lower(), repr(''.upper()))
for s in ('abc', 'ABC', 'aBc', 'abc1', 'ABC1', '123', '', ' \t\n\r\x0b\x0c', ' ', 'a b', '1a', '!'):
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower())
