B = 'b'
