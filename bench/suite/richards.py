N = 40  # sizes: small=2 normal=40
# Task-scheduler benchmark in the style of Richards (written for this suite): a priority
# list of task control blocks, packets queued on linked lists, tasks that wait, hold and
# release each other. Subclass methods dispatch the work. Checksum: counters at the end.

K_DEV, K_WORK = 0, 1
IDLE, WORKER, HANDLER_A, HANDLER_B, DEV_A, DEV_B = 0, 1, 2, 3, 4, 5
NTASKS = 6


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, prio, queue):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.held = False
        self.waiting = queue is None
        self.next = sched.head
        sched.head = self
        sched.table[ident] = self

    def runnable(self):
        if self.held:
            return False
        return not self.waiting or self.queue is not None

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.waiting = False
        return p

    def add_packet(self, pkt, current):
        # Queue pkt on this task; return the task the scheduler should consider next.
        if self.queue is None:
            self.queue = pkt
            pkt.link = None
            self.waiting = False
            if self.prio > current.prio:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, prio, count):
        Task.__init__(self, sched, ident, prio, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def step(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        if self.seed & 0x100:
            return s.release(DEV_B)
        return s.release(DEV_A)


class WorkerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.dest = self.dest
        pkt.datum = 0
        d = pkt.data
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            d[i] = self.letter
        return s.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue)
        self.work = None
        self.dev = None

    def step(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.dev = pkt.append_to(self.dev)
        w = self.work
        if w is not None:
            i = w.datum
            if i < 4:
                if self.dev is not None:
                    dv = self.dev
                    self.dev = dv.link
                    dv.datum = w.data[i]
                    w.datum = i + 1
                    return s.send(dv)
            else:
                self.work = w.link
                return s.send(w)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None)
        self.pending = None

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            p = self.pending
            if p is None:
                return s.wait()
            self.pending = None
            return s.send(p)
        self.pending = pkt
        s.chars += pkt.datum
        return s.hold_self()


class Scheduler:
    def __init__(self):
        self.head = None
        self.table = [None] * NTASKS
        self.current = None
        self.sends = 0
        self.holds = 0
        self.chars = 0

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.prio > self.current.prio:
            return t
        return self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, pkt):
        t = self.table[pkt.dest]
        self.sends += 1
        pkt.dest = self.current.ident
        return t.add_packet(pkt, self.current)

    def run(self):
        t = self.head
        steps = 0
        while t is not None:
            if t.runnable():
                self.current = t
                pkt = t.take_packet() if t.queue is not None else None
                steps += 1
                t = t.step(pkt)
            else:
                t = t.next
        return steps


def one_run(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    q = Packet(None, 0, K_WORK)
    q = Packet(q, 0, K_WORK)
    WorkerTask(s, WORKER, 1000, q)
    q = Packet(None, DEV_A, K_DEV)
    q = Packet(q, DEV_A, K_DEV)
    q = Packet(q, DEV_A, K_DEV)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEV_B, K_DEV)
    q = Packet(q, DEV_B, K_DEV)
    q = Packet(q, DEV_B, K_DEV)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEV_A, 4000)
    DeviceTask(s, DEV_B, 5000)
    steps = s.run()
    return steps, s.sends, s.holds, s.chars


total = [0, 0, 0, 0]
for r in range(N):
    res = one_run(1000 + r)
    for i in range(4):
        total[i] += res[i]
print(res, total)
