# Format specs on ints and strs: fill, align, sign, #, 0, width, grouping, precision.
for spec in ('', '5', '<5', '>5', '^5', '^6', '*^7', '=+6', '+', ' ', '-', '05', '+05', '0=6', '<05', '0>5', '#x', '#08b', '#o', 'X', '#X', 'b', 'o', 'd', 'n', ',', '_', '_x', '_b', '10,', '010,', '012,', '011_'):
    print(repr(spec), repr(('{:' + spec + '}').format(1234)), repr(('{:' + spec + '}').format(-42)))
for spec in ('', '5', '<5', '>5', '^5', '^6', '.1', '5.2', '*<4', '05', 's', '\u00e9^5'):
    print(repr(spec), repr(('{:' + spec + '}').format('abc')), repr(('{:' + spec + '}').format('\u00e9')))
print('{:5}|{:<5}|{:x}'.format(True, False, True), '{:c}{:c}'.format(72, 0x20ac))
print('{:,}'.format(1 << 29), '{:_}'.format(-(1 << 29)), '{:x}'.format(1 << 29))
