import sys
sys.implementation
myport.info()
for i in range(2):
    i
