# string literal forms
print('single')
print("double")
print('it\'s', "say \"hi\"")
print("it's", 'say "hi"')
print('')
print("")
print('''triple single''')
print("""triple double""")
print('''line one
line two
line three''')
print("""with 'single' and "double" quotes inside""")
print('''a''' + """b""")
s = """
starts with a newline"""
print(len(s))
print('# not a comment')
print('unicode-free ascii: ~!@#$%^&*()_+{}|:<>?')
