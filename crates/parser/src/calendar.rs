//! Normalized dates as values: a calendar date at year, month or day
//! precision ([`IsoDate`]) and the interval two of them bound ([`Interval`]).
//!
//! Neither can hold an impossible value: an `IsoDate` is a real month or day
//! of a year from 0 to 9999, and an `Interval` never ends before it starts.
//! Both serialize as the ISO 8601 strings the schema describes (`YYYY`,
//! `YYYY-MM`, `YYYY-MM-DD`), so no consumer slices or compares strings.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::Precision;

/// A year, a month of a year or a day of a month, as ISO 8601 writes them.
///
/// Ordered as their ISO strings are: by year, then month, then day, a
/// coarser date before the finer ones it contains ("2020" < "2020-01" <
/// "2020-01-01"). [`IsoDate::cmp_at`] compares at a chosen precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IsoDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a string is not an [`IsoDate`], or two dates no [`Interval`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a year from 0000 to 9999.
    #[error("{0:?} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    Format(String),
    /// A month or day the calendar does not have (2020-13, 2021-02-29).
    #[error("{0} is not a calendar date")]
    NotInCalendar(String),
    /// An interval whose end comes before its start.
    #[error("the interval ends ({end}) before it starts ({start})")]
    Reversed {
        /// The start given.
        start: IsoDate,
        /// The end given.
        end: IsoDate,
    },
}

/// The number of days of `month` in `year` (proleptic Gregorian calendar).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl IsoDate {
    /// The date with these parts; `None` when the calendar has no such year
    /// (outside 0..=9999), month or day, or a day is given without a month.
    pub fn new(year: i32, month: Option<u32>, day: Option<u32>) -> Option<IsoDate> {
        let year = u16::try_from(year).ok().filter(|y| *y <= 9999)?;
        let month = match month {
            Some(m) if (1..=12).contains(&m) => Some(m as u8),
            Some(_) => return None,
            None => None,
        };
        let day = match (month, day) {
            (Some(m), Some(d)) if d >= 1 && d <= days_in_month(year.into(), m.into()) => {
                Some(d as u8)
            }
            (_, Some(_)) => return None,
            (_, None) => None,
        };
        Some(IsoDate { year, month, day })
    }

    /// A whole year.
    pub fn from_year(year: i32) -> Option<IsoDate> {
        IsoDate::new(year, None, None)
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year.into()
    }

    /// The month, 1 to 12, when the date has one.
    pub fn month(&self) -> Option<u32> {
        self.month.map(u32::from)
    }

    /// The day of the month, when the date has one.
    pub fn day(&self) -> Option<u32> {
        self.day.map(u32::from)
    }

    /// How precise the date is: `Year`, `Month` or `Day`.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day the date covers, as (year, month, day).
    pub fn first_day(&self) -> (i32, u32, u32) {
        let month = self.month().unwrap_or(1);
        (self.year(), month, self.day().unwrap_or(1))
    }

    /// The last day the date covers, as (year, month, day).
    pub fn last_day(&self) -> (i32, u32, u32) {
        let month = self.month().unwrap_or(12);
        let day = self
            .day()
            .unwrap_or_else(|| days_in_month(self.year(), month));
        (self.year(), month, day)
    }

    /// The date cut to `precision` (a day cut to its month, say); a date
    /// already as coarse or coarser is returned as it is.
    pub fn truncate(&self, precision: Precision) -> IsoDate {
        match precision {
            Precision::Year => IsoDate {
                month: None,
                day: None,
                ..*self
            },
            Precision::Month => IsoDate { day: None, ..*self },
            Precision::Day | Precision::Approximate => *self,
        }
    }

    /// Compares the two dates at the coarser of their precisions and
    /// `precision`: "2020-06" and "2020-06-16" are equal at any precision,
    /// "2020-06-16" comes before "2020-06-17" at day precision only.
    pub fn cmp_at(&self, other: &IsoDate, precision: Precision) -> Ordering {
        let coarsest = [self.precision(), other.precision(), precision]
            .into_iter()
            .min_by_key(|p| precision_rank(*p))
            .unwrap_or(Precision::Day);
        self.truncate(coarsest).cmp(&other.truncate(coarsest))
    }
}

/// Year < month < day; an approximate date is read at day precision.
fn precision_rank(precision: Precision) -> u8 {
    match precision {
        Precision::Year => 0,
        Precision::Month => 1,
        Precision::Day | Precision::Approximate => 2,
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for IsoDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<IsoDate, DateError> {
        let format = || DateError::Format(s.to_string());
        let number = |part: &str, len: usize| -> Result<u32, DateError> {
            if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| format())
            } else {
                Err(format())
            }
        };
        let mut parts = s.split('-');
        let year = number(parts.next().unwrap_or(""), 4)?;
        let month = parts.next().map(|m| number(m, 2)).transpose()?;
        let day = parts.next().map(|d| number(d, 2)).transpose()?;
        if parts.next().is_some() {
            return Err(format());
        }
        IsoDate::new(year as i32, month, day).ok_or_else(|| DateError::NotInCalendar(s.to_string()))
    }
}

impl TryFrom<&str> for IsoDate {
    type Error = DateError;

    fn try_from(s: &str) -> Result<IsoDate, DateError> {
        s.parse()
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<IsoDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The stretch of time from the first day of `start` to the last day of
/// `end`; never reversed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    start: IsoDate,
    end: IsoDate,
}

impl Interval {
    /// The interval from `start` to `end`; an error when `end` covers no day
    /// on or after the first day of `start`.
    pub fn new(start: IsoDate, end: IsoDate) -> Result<Interval, DateError> {
        if end.last_day() < start.first_day() {
            return Err(DateError::Reversed { start, end });
        }
        Ok(Interval { start, end })
    }

    /// One date: a day, a month or a year.
    pub fn single(date: IsoDate) -> Interval {
        Interval {
            start: date,
            end: date,
        }
    }

    /// The first day, month or year covered.
    pub fn start(&self) -> IsoDate {
        self.start
    }

    /// The last day, month or year covered.
    pub fn end(&self) -> IsoDate {
        self.end
    }

    /// Whether the two intervals share a day.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start.first_day() <= other.end.last_day()
            && other.start.first_day() <= self.end.last_day()
    }

    /// Whether every day of `date` is in the interval.
    pub fn contains(&self, date: IsoDate) -> bool {
        self.start.first_day() <= date.first_day() && date.last_day() <= self.end.last_day()
    }

    /// Whether every day of the interval is in `other`.
    pub fn within(&self, other: &Interval) -> bool {
        other.start.first_day() <= self.start.first_day()
            && self.end.last_day() <= other.end.last_day()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> IsoDate {
        s.parse().unwrap()
    }

    #[test]
    fn parses_only_real_dates_and_prints_them_back() {
        let cases: &[(&str, bool)] = &[
            ("2020", true),
            ("0000", true),
            ("9999-12-31", true),
            ("2020-02-29", true),
            ("2021-02-29", false),
            ("1900-02-29", false),
            ("2000-02-29", true),
            ("2020-13", false),
            ("2020-00", false),
            ("2020-04-31", false),
            ("2020-4", false),
            ("2020-04-1", false),
            ("20200", false),
            ("-2020", false),
            ("+2020", false),
            ("2020-", false),
            ("2020-01-01-01", false),
            ("", false),
            ("２０２０", false),
        ];
        for (text, ok) in cases {
            let parsed = IsoDate::try_from(*text);
            assert_eq!(parsed.is_ok(), *ok, "{text}: {parsed:?}");
            if let Ok(date) = parsed {
                assert_eq!(date.to_string(), *text);
            }
        }
    }

    #[test]
    fn orders_like_iso_strings_and_compares_at_a_precision() {
        assert!(d("2020") < d("2020-01") && d("2020-01") < d("2020-01-01"));
        assert!(d("2019-12-31") < d("2020"));
        assert_eq!(
            d("2020-06").cmp_at(&d("2020-06-16"), Precision::Day),
            Ordering::Equal
        );
        assert_eq!(
            d("2020-06-16").cmp_at(&d("2020-06-17"), Precision::Month),
            Ordering::Equal
        );
        assert_eq!(
            d("2020-06-16").cmp_at(&d("2020-06-17"), Precision::Day),
            Ordering::Less
        );
    }

    #[test]
    fn intervals_are_never_reversed() {
        assert!(Interval::new(d("2020-05-12"), d("2020-05-01")).is_err());
        assert!(Interval::new(d("2020-05"), d("2020-05-01")).is_ok());
        let may = Interval::new(d("2020-05"), d("2020-05")).unwrap();
        let summer = Interval::new(d("2020-05"), d("2020-08")).unwrap();
        assert!(may.within(&summer) && !summer.within(&may));
        assert!(summer.contains(d("2020-08-31")) && !summer.contains(d("2020-09-01")));
        assert!(may.overlaps(&Interval::single(d("2020"))));
        assert!(!may.overlaps(&Interval::single(d("2020-06-01"))));
    }
}
