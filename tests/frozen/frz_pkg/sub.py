def hello(who='frozen'):
    return 'hello ' + who + ' from ' + __name__
