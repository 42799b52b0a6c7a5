//! Whether a line is open at a given instant, from its weekly schedule and time zone.

use chrono::{DateTime, Datelike, Timelike, Utc, Weekday};

use super::model::{Hours, WeeklySlot};

impl Hours {
    /// `Some(true)` when open at `at`, `Some(false)` when closed, `None` when the
    /// source does not say (we never guess that a line is open).
    pub fn is_open_at(&self, at: DateTime<Utc>) -> Option<bool> {
        match self {
            Hours::Always => Some(true),
            Hours::Unknown => None,
            Hours::Weekly { timezone, slots } => {
                let local = at.with_timezone(timezone);
                let minute = u16::try_from(local.hour() * 60 + local.minute()).unwrap_or(0);
                Some(slots.iter().any(|slot| slot.covers(local.weekday(), minute)))
            }
        }
    }

    /// True for lines that answer around the clock.
    pub fn is_always_open(&self) -> bool {
        matches!(self, Hours::Always)
    }
}

impl WeeklySlot {
    /// Whether local `minute` of `weekday` falls in this slot. A slot that closes at or
    /// before it opens (22:00-06:00) runs into the next morning, so the early hours of
    /// the day after each listed day count too.
    fn covers(&self, weekday: Weekday, minute: u16) -> bool {
        let crosses_midnight = self.close_minute <= self.open_minute;
        self.days.iter().any(|&day| {
            if crosses_midnight {
                (day == weekday && minute >= self.open_minute) || (day.succ() == weekday && minute < self.close_minute)
            } else {
                day == weekday && minute >= self.open_minute && minute < self.close_minute
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn weekly(zone: &str, days: &[Weekday], open: u16, close: u16) -> Hours {
        Hours::Weekly {
            timezone: zone.parse().expect("a zone"),
            slots: vec![WeeklySlot { days: days.to_vec(), open_minute: open, close_minute: close }],
        }
    }

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).single().expect("a valid instant")
    }

    #[test]
    fn opening_and_closing_are_read_in_the_lines_own_zone() {
        // 08:00-20:00 in Kuala Lumpur (UTC+8, no DST), Wednesday 2026-11-25.
        let hours = weekly("Asia/Kuala_Lumpur", &[Weekday::Wed], 8 * 60, 20 * 60);
        let cases = [
            (utc(2026, 11, 24, 23, 59), false, "07:59 local, a minute before opening"),
            (utc(2026, 11, 25, 0, 0), true, "08:00 local, opening"),
            (utc(2026, 11, 25, 11, 59), true, "19:59 local"),
            (utc(2026, 11, 25, 12, 0), false, "20:00 local, closed"),
        ];
        for (at, open, why) in cases {
            assert_eq!(hours.is_open_at(at), Some(open), "{why}");
        }
    }

    #[test]
    fn a_slot_crossing_midnight_covers_the_next_morning() {
        // Friday 22:00 to 06:00 in London; 2026-11-27 is a Friday, GMT (UTC+0).
        let hours = weekly("Europe/London", &[Weekday::Fri], 22 * 60, 6 * 60);
        let cases = [
            (utc(2026, 11, 27, 21, 59), false, "Friday 21:59"),
            (utc(2026, 11, 27, 22, 0), true, "Friday 22:00"),
            (utc(2026, 11, 27, 23, 59), true, "Friday 23:59"),
            (utc(2026, 11, 28, 0, 0), true, "Saturday 00:00, still Friday's slot"),
            (utc(2026, 11, 28, 5, 59), true, "Saturday 05:59"),
            (utc(2026, 11, 28, 6, 0), false, "Saturday 06:00, closed"),
            (utc(2026, 11, 28, 22, 30), false, "Saturday night is not listed"),
            (utc(2026, 11, 27, 3, 0), false, "Friday early morning belongs to Thursday's slot"),
        ];
        for (at, open, why) in cases {
            assert_eq!(hours.is_open_at(at), Some(open), "{why}");
        }
    }

    #[test]
    fn daylight_saving_time_moves_the_utc_opening_hour() {
        // 09:00-17:00 weekdays in New York: 13:00 UTC in summer (EDT), 14:00 UTC in winter.
        let weekdays = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];
        let hours = weekly("America/New_York", &weekdays, 9 * 60, 17 * 60);
        assert_eq!(hours.is_open_at(utc(2026, 7, 1, 13, 0)), Some(true), "summer, 09:00 EDT");
        assert_eq!(hours.is_open_at(utc(2026, 12, 2, 13, 0)), Some(false), "winter, 08:00 EST");
        assert_eq!(hours.is_open_at(utc(2026, 12, 2, 14, 0)), Some(true), "winter, 09:00 EST");
    }

    #[test]
    fn closing_at_midnight_is_written_24_00() {
        let hours = weekly("Asia/Kuala_Lumpur", &[Weekday::Wed], 8 * 60, 24 * 60);
        assert_eq!(hours.is_open_at(utc(2026, 11, 25, 15, 59)), Some(true), "23:59 local");
        assert_eq!(hours.is_open_at(utc(2026, 11, 25, 16, 0)), Some(false), "00:00 Thursday");
    }

    #[test]
    fn unknown_hours_are_never_reported_open() {
        assert_eq!(Hours::Unknown.is_open_at(utc(2026, 1, 1, 0, 0)), None);
        assert_eq!(Hours::Always.is_open_at(utc(2026, 1, 1, 0, 0)), Some(true));
    }
}
