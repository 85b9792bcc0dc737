//! The build date: `SOURCE_DATE_EPOCH` (reproducible builds) or today, in UTC, as
//! `YYYY-MM-DD`, converted by hand (Howard Hinnant's `civil_from_days`).

use std::time::{SystemTime, UNIX_EPOCH};

/// The environment variable that pins the build date.
pub const SOURCE_DATE_EPOCH: &str = "SOURCE_DATE_EPOCH";

/// The UTC date of `secs` seconds after 1970-01-01T00:00:00Z, as `YYYY-MM-DD`.
pub fn civil_date(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Year, month (1–12) and day (1–31) of `days` days after 1970-01-01 in the proleptic
/// Gregorian calendar.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468; // days since 0000-03-01
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365], from March 1st
    let mp = (5 * doy + 2) / 153; // [0, 11], March = 0
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The build date: from `SOURCE_DATE_EPOCH` when set, otherwise the current UTC date.
///
/// # Errors
/// `SOURCE_DATE_EPOCH` is set but is not an integer number of seconds.
pub fn build_date() -> Result<String, String> {
    match std::env::var(SOURCE_DATE_EPOCH) {
        Ok(v) => v
            .trim()
            .parse::<i64>()
            .map(civil_date)
            .map_err(|_| format!("{SOURCE_DATE_EPOCH}={v:?} is not an integer number of seconds since 1970")),
        Err(_) => {
            let secs = match SystemTime::now().duration_since(UNIX_EPOCH) {
                Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
            };
            Ok(civil_date(secs))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_epochs() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(86_399), "1970-01-01");
        assert_eq!(civil_date(86_400), "1970-01-02");
        assert_eq!(civil_date(951_782_400), "2000-02-29");
        assert_eq!(civil_date(951_868_800), "2000-03-01");
        assert_eq!(civil_date(1_795_478_400), "2026-11-24");
        assert_eq!(civil_date(1_795_478_400 + 86_399), "2026-11-24");
        assert_eq!(civil_date(4_107_542_400), "2100-03-01"); // 2100 is not a leap year
        assert_eq!(civil_date(-1), "1969-12-31");
        assert_eq!(civil_date(-86_400 * 365), "1969-01-01");
    }

    #[test]
    fn every_day_follows_the_previous() {
        // Walk 1960..2100 day by day and check the calendar arithmetic.
        let mut prev = civil_from_days(-3653);
        assert_eq!(prev, (1960, 1, 1));
        for days in -3652..47_482 {
            let (y, m, d) = civil_from_days(days);
            let (py, pm, pd) = prev;
            let leap = (py % 4 == 0 && py % 100 != 0) || py % 400 == 0;
            let month_len = match pm {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            let expected = if pd < month_len {
                (py, pm, pd + 1)
            } else if pm < 12 {
                (py, pm + 1, 1)
            } else {
                (py + 1, 1, 1)
            };
            assert_eq!((y, m, d), expected, "day {days}");
            prev = (y, m, d);
        }
    }
}
