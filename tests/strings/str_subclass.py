# Subclasses of str and bytes reach every method and operator of their built-in part.
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hello world')
print(s, s.shout(), s.split(), s.find('o'), s[1:4], s + '?', len(s), s == 'hello world', 'x%sx' % s if hasattr('', 'count') else s)
print('{}-{}'.format(s, s.replace('l', 'L')), ','.join([s, s]), s.startswith('he'), 'wor' in s)
print(str(s) == 'hello world', s.strip('hd'), isinstance(s, str), type(s).__name__)
class B(bytes):
    pass
b = B(b'xyz')
print(b, b.upper(), b[0], b[1:], b + b'!', len(b), b == b'xyz', b.split(b'y'), bytes(b))
