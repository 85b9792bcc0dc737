from ..sub import hello
INNER = hello('inner')
