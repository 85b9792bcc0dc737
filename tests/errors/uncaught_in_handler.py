# an exception not matched by the handler propagates unchanged
def g():
    try:
        return (1,)[5]
    except ValueError:
        return 'never'
print('calling g')
g()
