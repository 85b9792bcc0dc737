//! `machine.Timer`: software timers (MicroPython's soft timer, id -1), driven from the
//! VM's poll points rather than an interrupt: a scheduler hook (`runtime::sched`) reads
//! the board's millisecond tick and schedules the callbacks that are due, which then run
//! as `micropython.schedule`d functions. So a callback runs between bytecodes of the
//! running code (or while it sleeps in `time.sleep`), never inside native code, and late
//! by at most the time between two polls; a periodic timer that fell behind fires once and
//! then keeps its period from then on. Nothing runs while the REPL waits for input.
//!
//! A running timer is kept alive by `runtime::sched::keep` (a timer created and dropped at
//! once, `Timer(period=100, callback=f)`, still runs), and let go by `deinit` or when a
//! one-shot timer fires.

use core::cell::Cell;

use runtime::gc::root::with_hal;
use runtime::obj::exc::{self, Exc};
use runtime::obj::native_class::{borrow, NativeObj};
use runtime::obj::Obj;
use runtime::print::{print_int, Print, StrBuf};
use runtime::sched;

use super::machine::Timer;

/// A timer's settings and progress (in `Cell`s: the class is frozen).
pub struct State {
    period_ms: Cell<u32>,
    one_shot: Cell<bool>,
    deadline: Cell<u32>,
    running: Cell<bool>,
    callback: Cell<Obj>,
}

/// Only software timers (id -1), as MicroPython's ports without hardware timer ids.
pub fn check_id(id: i32) -> Result<(), Exc> {
    if id != -1 {
        return Err(exc::value_error(runtime::msg!("Timer doesn't exist")));
    }
    if !sched::ENABLED {
        return Err(exc::new_msg(&exc::NOT_IMPLEMENTED_ERROR, runtime::msg!("Timer needs the scheduler")));
    }
    Ok(())
}

fn now() -> u32 {
    with_hal(|h| h.ticks_ms()).unwrap_or(0)
}

/// The period in ms from `freq` (Hz) when given, else `period` (ms; -1: never).
fn period_of(period: i64, freq: i64) -> Result<u32, Exc> {
    if freq != -1 {
        if freq <= 0 {
            return Err(exc::value_error(runtime::msg!("freq must be positive")));
        }
        return Ok((1000 / freq).max(1) as u32);
    }
    match period {
        -1 => Ok(u32::MAX),
        p if p < 0 => Err(exc::value_error(runtime::msg!("period must be positive"))),
        p => Ok(p.min(i64::from(u32::MAX)) as u32),
    }
}

impl State {
    fn idle() -> State {
        State {
            period_ms: Cell::new(u32::MAX),
            one_shot: Cell::new(false),
            deadline: Cell::new(0),
            running: Cell::new(false),
            callback: Cell::new(Obj::NONE),
        }
    }

    fn set(&self, mode: i32, period: i64, freq: i64, callback: Obj) -> Result<(), Exc> {
        if mode != 0 && mode != 1 {
            return Err(exc::value_error(runtime::msg!("invalid mode")));
        }
        let p = period_of(period, freq)?;
        self.period_ms.set(p);
        self.one_shot.set(mode == 0);
        self.deadline.set(now().wrapping_add(p));
        self.callback.set(callback);
        self.running.set(true);
        Ok(())
    }

    pub fn repr(&self) -> Result<StrBuf, Exc> {
        let mut s = StrBuf::new();
        s.write_str("Timer(mode=")?;
        s.write_str(if self.one_shot.get() { "ONE_SHOT" } else { "PERIODIC" })?;
        s.write_str(", period=")?;
        print_int(&mut s, i64::from(self.period_ms.get()))?;
        s.write_str(")")?;
        Ok(s)
    }
}

/// `Timer(id, ...)`: made, and started when anything past the id is given (as
/// MicroPython's); `mode` -2 stands for "not given".
pub fn make(id: i32, mode: i32, period: i64, freq: i64, callback: Obj) -> Result<Obj, Exc> {
    check_id(id)?;
    let o = runtime::obj::native_class::new(Timer { state: State::idle() })?;
    if mode != -2 || period != -1 || freq != -1 || callback != Obj::NONE {
        init(o, if mode == -2 { 1 } else { mode }, period, freq, callback)?;
    }
    Ok(o)
}

/// `timer.init(...)`: (re)start it and keep it alive while it runs.
pub fn init(slf: Obj, mode: i32, period: i64, freq: i64, callback: Obj) -> Result<(), Exc> {
    borrow::<Timer>(slf)?.state.set(mode, period, freq, callback)?;
    sched::keep(slf)?;
    sched::add_hook(poll)
}

/// `timer.deinit()`: stop it and let it go.
pub fn deinit(slf: Obj) -> Result<(), Exc> {
    borrow::<Timer>(slf)?.state.running.set(false);
    sched::release(slf);
    Ok(())
}

/// The scheduler hook: schedule the callbacks of the timers that are due.
fn poll() -> Result<(), Exc> {
    let t = now();
    let mut i = 0;
    while let Some(o) = sched::kept(i) {
        i += 1;
        if o.downcast::<NativeObj<Timer>>().is_none() {
            continue;
        }
        let Ok(timer) = borrow::<Timer>(o) else { continue };
        let st = &timer.state;
        if !st.running.get() || (t.wrapping_sub(st.deadline.get()) as i32) < 0 {
            continue;
        }
        if st.one_shot.get() {
            st.running.set(false);
            sched::release(o);
            i -= 1;
        } else {
            let next = st.deadline.get().wrapping_add(st.period_ms.get());
            // Fallen behind by a period or more: fire once, then keep time from now.
            let next = if (t.wrapping_sub(next) as i32) >= 0 { t.wrapping_add(st.period_ms.get()) } else { next };
            st.deadline.set(next);
        }
        let cb = st.callback.get();
        drop(timer);
        if cb != Obj::NONE {
            // A full queue drops this firing, as MicroPython's soft timers do.
            let _ = sched::schedule(cb, o);
        }
    }
    Ok(())
}
