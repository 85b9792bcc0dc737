import frz_pkg.inner
DEEP = frz_pkg.inner.INNER.upper()
