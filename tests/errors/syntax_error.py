# the whole file is compiled before it runs, so nothing is printed
print('never printed')
x = = 1
