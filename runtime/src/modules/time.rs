//! `time` (MicroPython's `extmod/modtime.c` with the `ticks_*` of `mphal`): ticks, sleeps,
//! the wall clock and calendar conversions, over the board's HAL.
//!
//! Ticks wrap with period 2**30 on every board, as on MicroPython's 32-bit ports, so a
//! ticks value is always a small int (MicroPython's 64-bit unix port uses 2**62): use
//! `ticks_diff` and `ticks_add`, never `-` and `+`. `ticks_add` refuses a delta of half a
//! period or more either way (`OverflowError: ticks interval overflow`), which keeps
//! `ticks_diff(ticks_add(t, d), t) == d`.
//!
//! Sleeps wait on `ticks_us` in slices of at most 10 ms and look for Ctrl-C between them.
//!
//! `gmtime`/`localtime` give MicroPython's 8-tuple `(year, month, mday, hour, minute,
//! second, weekday, yearday)`, weekday 0 for Monday, from seconds since 1970-01-01 UTC
//! (a float is truncated); the boards keep no time zone, so both are UTC. `mktime` takes
//! an 8- or 9-tuple and, as MicroPython's, normalises fields out of range (month 14,
//! day 0, minute -5) by carrying into the next larger one. Both are closed-form, so any
//! value is answered at once.

use crate::gc::root;
use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::{int, tuple, Obj};

pub static MODULE: Module = Module::new(qstr!("time"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("time"))),
    RomEntry::new(qstr!("sleep"), Obj::from_static(&SLEEP)),
    RomEntry::new(qstr!("sleep_ms"), Obj::from_static(&SLEEP_MS)),
    RomEntry::new(qstr!("sleep_us"), Obj::from_static(&SLEEP_US)),
    RomEntry::new(qstr!("ticks_ms"), Obj::from_static(&TICKS_MS)),
    RomEntry::new(qstr!("ticks_us"), Obj::from_static(&TICKS_US)),
    RomEntry::new(qstr!("ticks_cpu"), Obj::from_static(&TICKS_CPU)),
    RomEntry::new(qstr!("ticks_add"), Obj::from_static(&TICKS_ADD)),
    RomEntry::new(qstr!("ticks_diff"), Obj::from_static(&TICKS_DIFF)),
    RomEntry::new(qstr!("time"), Obj::from_static(&TIME)),
    RomEntry::new(qstr!("time_ns"), Obj::from_static(&TIME_NS)),
    RomEntry::new(qstr!("gmtime"), Obj::from_static(&GMTIME)),
    RomEntry::new(qstr!("localtime"), Obj::from_static(&LOCALTIME)),
    RomEntry::new(qstr!("mktime"), Obj::from_static(&MKTIME)),
]));

static SLEEP: NativeFn = NativeFn::new(qstr!("sleep"), 1, 1, time_sleep);
static SLEEP_MS: NativeFn = NativeFn::new(qstr!("sleep_ms"), 1, 1, time_sleep_ms);
static SLEEP_US: NativeFn = NativeFn::new(qstr!("sleep_us"), 1, 1, time_sleep_us);
static TICKS_MS: NativeFn = NativeFn::new(qstr!("ticks_ms"), 0, 0, |_| ticks(|h| h.ticks_ms()));
static TICKS_US: NativeFn = NativeFn::new(qstr!("ticks_us"), 0, 0, |_| ticks(|h| h.ticks_us()));
static TICKS_CPU: NativeFn = NativeFn::new(qstr!("ticks_cpu"), 0, 0, |_| ticks(|h| h.ticks_cpu()));
static TICKS_ADD: NativeFn = NativeFn::new(qstr!("ticks_add"), 2, 2, time_ticks_add);
static TICKS_DIFF: NativeFn = NativeFn::new(qstr!("ticks_diff"), 2, 2, time_ticks_diff);
static TIME: NativeFn = NativeFn::new(qstr!("time"), 0, 0, |_| int::from_u64(now_ns() / 1_000_000_000));
static TIME_NS: NativeFn = NativeFn::new(qstr!("time_ns"), 0, 0, |_| int::from_u64(now_ns()));
static GMTIME: NativeFn = NativeFn::new(qstr!("gmtime"), 0, 1, time_gmtime);
static LOCALTIME: NativeFn = NativeFn::new(qstr!("localtime"), 0, 1, time_gmtime);
static MKTIME: NativeFn = NativeFn::new(qstr!("mktime"), 1, 1, time_mktime);

/// The ticks period: ticks values are `0..PERIOD`.
const PERIOD: i64 = 1 << 30;
const HALF: i64 = PERIOD / 2;

fn ticks(f: fn(&mut dyn crate::Hal) -> u32) -> Result<Obj, Exc> {
    let t = root::with_hal(f).unwrap_or(0);
    Ok(Obj::small_int((i64::from(t) & (PERIOD - 1)) as isize))
}

fn time_ticks_diff(args: &[Obj]) -> Result<Obj, Exc> {
    let (end, start) = (int::expect_i64(args[0])?, int::expect_i64(args[1])?);
    // Move the difference forward by half a period, wrap it, move it back.
    let d = (end.wrapping_sub(start).wrapping_add(HALF) & (PERIOD - 1)) - HALF;
    Ok(Obj::small_int(d as isize))
}

fn time_ticks_add(args: &[Obj]) -> Result<Obj, Exc> {
    let (t, delta) = (int::expect_i64(args[0])?, int::expect_i64(args[1])?);
    if delta <= -HALF || delta >= HALF {
        return Err(exc::new_msg(&exc::OVERFLOW_ERROR, msg!("ticks interval overflow")));
    }
    Ok(Obj::small_int((t.wrapping_add(delta) & (PERIOD - 1)) as isize))
}

fn now_ns() -> u64 {
    root::with_hal(|h| h.time_ns()).unwrap_or(0)
}

/// Wait `us` microseconds, measured on `ticks_us`, in slices of at most 10 ms, raising
/// `KeyboardInterrupt` as soon as Ctrl-C arrives. The elapsed time is summed slice by
/// slice, so waits longer than the 32-bit microsecond counter's wrap work too, and the
/// wait never ends early, whatever rounding the board's `delay_ms` does.
fn sleep_us(us: u64) -> Result<(), Exc> {
    let mut elapsed = 0u64;
    let mut prev = root::with_hal(|h| h.ticks_us()).unwrap_or(0);
    loop {
        crate::vm::poll_events()?;
        if elapsed >= us {
            return Ok(());
        }
        let left = us - elapsed;
        let now = root::with_hal(|h| {
            if left >= 1000 {
                h.delay_ms((left / 1000).min(10) as u32);
            } else {
                h.delay_us(left as u32);
            }
            h.ticks_us()
        });
        let now = now.unwrap_or(prev);
        elapsed += u64::from(now.wrapping_sub(prev));
        prev = now;
    }
}

/// A duration argument in `unit` microseconds; negative waits nothing.
fn duration(o: Obj, unit: u64) -> Result<u64, Exc> {
    Ok(u64::try_from(int::expect_i64(o)?).unwrap_or(0).saturating_mul(unit))
}

fn time_sleep(args: &[Obj]) -> Result<Obj, Exc> {
    #[cfg(not(mp_float = "none"))]
    if !int::is_int(args[0]) {
        let f = crate::obj::float::expect(args[0])?;
        // `as` saturates: negative and NaN wait nothing, a huge value waits "forever".
        // In the board's precision: exact enough for microseconds up to hours.
        sleep_us((f * 1e6) as u64)?;
        return Ok(Obj::NONE);
    }
    sleep_us(duration(args[0], 1_000_000)?)?;
    Ok(Obj::NONE)
}

fn time_sleep_ms(args: &[Obj]) -> Result<Obj, Exc> {
    sleep_us(duration(args[0], 1000)?)?;
    Ok(Obj::NONE)
}

fn time_sleep_us(args: &[Obj]) -> Result<Obj, Exc> {
    sleep_us(duration(args[0], 1)?)?;
    Ok(Obj::NONE)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (`month` 1..=12, any `day`,
/// `|year| <= 10**12` so nothing overflows). Howard Hinnant's `days_from_civil`: eras of
/// 400 years, years starting in March.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `(year, month, day)` of a day number (the inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn time_gmtime(args: &[Obj]) -> Result<Obj, Exc> {
    let secs = match args.first() {
        None => (now_ns() / 1_000_000_000) as i64,
        Some(&o) => seconds_arg(o)?,
    };
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let yday = days - days_from_civil(year, 1, 1) + 1;
    let weekday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday; Monday is 0.
    let fields = [year, month, day, rem / 3600, rem / 60 % 60, rem % 60, weekday, yday];
    let mut items = [Obj::NONE; 8];
    for (slot, v) in items.iter_mut().zip(fields) {
        *slot = int::from_i64(v)?;
    }
    tuple::new(&items)
}

/// Seconds as an int; a float is truncated towards zero.
fn seconds_arg(o: Obj) -> Result<i64, Exc> {
    #[cfg(not(mp_float = "none"))]
    if let Some(f) = crate::obj::float::value(o) {
        return int::expect_i64(int::from_float(f)?);
    }
    int::expect_i64(o)
}

fn time_mktime(args: &[Obj]) -> Result<Obj, Exc> {
    let o = args[0];
    let items = tuple::Items::of(o)
        .ok_or_else(|| exc::type_error_fmt(msg!("object '{}' isn't a tuple or list"), &[o.ty().name()]))?;
    if !(8..=9).contains(&items.len()) {
        return Err(exc::type_error(msg!("mktime needs a tuple of length 8 or 9")));
    }
    let mut f = [0i64; 6];
    for (i, slot) in f.iter_mut().enumerate() {
        *slot = int::expect_i64(items.get(i).unwrap_or(Obj::NONE))?;
    }
    int::from_i64(seconds_of(f).ok_or_else(exc::overflow)?)
}

/// Seconds since the epoch of `[year, month, day, hour, minute, second]`, or `None` past
/// the range of an `i64` (or of years within 10**12).
fn seconds_of([year, month, day, hour, minute, second]: [i64; 6]) -> Option<i64> {
    // Carry the month into the year first (month 14 is February of the next year), then
    // count the day, hour, minute and second fields forward from that month's first day,
    // which normalises them whatever their sign or size.
    let month0 = month.checked_sub(1)?;
    let year = year.checked_add(month0.div_euclid(12))?;
    if year.unsigned_abs() > 1_000_000_000_000 {
        return None;
    }
    let days = days_from_civil(year, month0.rem_euclid(12) + 1, 1).checked_add(day.checked_sub(1)?)?;
    days.checked_mul(86_400)?
        .checked_add(hour.checked_mul(3600)?)?
        .checked_add(minute.checked_mul(60)?)?
        .checked_add(second)
}
