N = 50000  # sizes: small=500 normal=50000
# Procedural benchmark in the spirit of Dhrystone/pystone (written for this suite): records
# passed between procedures, global state, a 1-D and a 2-D array, string compares, an
# enumeration, integer arithmetic. Checksum: the final values of the global state.

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = 1, 2, 3, 4, 5


class Rec:
    def __init__(self, link=None, kind=0, enum=0, num=0, text=""):
        self.link = link
        self.kind = kind
        self.enum = enum
        self.num = num
        self.text = text

    def copy(self):
        return Rec(self.link, self.kind, self.enum, self.num, self.text)


g_int = 0
g_bool = False
g_ch1 = "\0"
g_ch2 = "\0"
g_arr1 = [0] * 51
g_arr2 = [[0] * 51 for _ in range(51)]
g_ptr = None


def proc_func1(a, b):
    c = a
    if c != b:
        return IDENT1
    return IDENT2


def proc_func2(s1, s2):
    i = 2
    ch = "A"
    while i <= 2:
        if proc_func1(s1[i], s2[i + 1]) == IDENT1:
            ch = "A"
            i += 1
    if "W" <= ch <= "Z":
        i = 7
    if ch == "X":
        return True
    if s1 > s2:
        return True
    return False


def func3(e):
    return e == IDENT3


def proc6(e):
    r = e
    if not func3(e):
        r = IDENT4
    if e == IDENT1:
        r = IDENT1
    elif e == IDENT2:
        r = IDENT1 if g_int > 100 else IDENT4
    elif e == IDENT3:
        r = IDENT2
    elif e == IDENT5:
        r = IDENT3
    return r


def proc7(a, b):
    return b + a + 2


def proc8(arr1, arr2, a, b):
    global g_int
    loc = a + 5
    arr1[loc] = b
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    row = arr2[loc]
    for idx in range(loc, loc + 2):
        row[idx] = loc
    row[loc - 1] += 1
    arr2[loc + 20][loc] = arr1[loc]
    g_int = 5


def proc3(p):
    global g_int
    if g_ptr is not None:
        p = g_ptr.link
    else:
        g_int = 100
    g_ptr.num = proc7(10, g_int)
    return p


def proc1(p):
    nxt = p.link
    nxt.link, nxt.kind, nxt.enum, nxt.num, nxt.text = p.link, p.kind, p.enum, p.num, p.text
    p.num = 5
    nxt.num = p.num
    nxt.link = p.link
    nxt.link = proc3(nxt.link)
    if nxt.kind == IDENT1:
        nxt.num = 6
        nxt.enum = proc6(p.enum)
        nxt.link = g_ptr.link
        nxt.num = proc7(nxt.num, 10)
    else:
        p = nxt.copy()
    return p


def proc2(x):
    y = x + 10
    while True:
        if g_ch1 == "A":
            y -= 1
            x = y - g_int
            break
    return x


def proc4():
    global g_ch2
    ok = g_ch1 == "A"
    g_ch2 = "B"
    return ok


def proc5():
    global g_ch1, g_bool
    g_ch1 = "A"
    g_bool = False


def run(loops):
    global g_ptr, g_int, g_ch1, g_ch2
    g_ptr = Rec(None, IDENT1, IDENT3, 40, "DHRY PROGRAM, SOME STRING")
    g_ptr.link = Rec(None, IDENT1, IDENT3, 40, "DHRY PROGRAM, SOME STRING")
    s1 = "DHRY PROGRAM, 1'ST STRING"
    total = 0
    for i in range(loops):
        proc5()
        proc4()
        a, b = 2, 3
        s2 = "DHRY PROGRAM, 2'ND STRING"
        e = IDENT2
        ok = not proc_func2(s1, s2)
        while a < b:
            c = 5 * a - b
            c = proc7(a, b)
            a += 1
        proc8(g_arr1, g_arr2, a, c)
        g_ptr = proc1(g_ptr)
        ch = "A"
        while ch <= g_ch2:
            if e == proc_func1(ch, "C"):
                e = proc6(IDENT1)
            ch = chr(ord(ch) + 1)
        b = b * a
        a = b // c
        b = 7 * (b - a) - a
        a = proc2(a)
        total = (total + a + b + c + e + (1 if ok else 0) + i % 7) % 1000000007
    return total


print(run(N), g_int, g_ch1, g_ch2, g_arr1[8], g_arr2[8][7], g_ptr.num, g_ptr.enum)
