# A frozen module that raises while imported: the exception reaches the importer with a
# traceback through the frozen file and line, the module is not left in sys.modules, and
# importing it again runs it again. Boards without the test's frozen modules skip.
import sys
try:
    import frz_mod
except ImportError:
    print('SKIP')
    raise SystemExit
for attempt in range(2):
    try:
        import frz_raise
    except KeyError as e:
        print(attempt, 'KeyError', e, 'frz_raise' in sys.modules)
sys.print_exception if hasattr(sys, 'print_exception') else None
import frz_raise
