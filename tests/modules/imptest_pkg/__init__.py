print('imptest_pkg init', __name__)
VALUE = 1
__all__ = ['VALUE', 'helper']
def helper():
    return 'helper'
_private = 2
