print('plain runs, __name__ =', __name__)
X = 42
def f():
    return X
if __name__ == '__main__':
    print('never')
