# import inside a function binds a local name
def show():
    import myport
    myport.info()
    return 'done'
print(show())
try:
    myport
except NameError:
    print('NameError: the import was local')
