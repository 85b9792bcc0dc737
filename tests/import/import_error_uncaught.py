print('before')
import nonexistent
print('never')
