//! ## What it does
//! Finds chronology entries out of date order. It first decides the
//! chronology's direction (oldest first, or newest first), then flags the
//! fewest entries whose removal leaves the rest in order: the entries outside
//! a longest monotone run. One misplaced entry gives one finding, on that
//! entry, not on its neighbours. Entries of the same day are in order, and
//! so is a month, season or year that overlaps its neighbour; a range of
//! days that starts before the day written above it ("March 8" then "March
//! 7-9") is out of order, and the range is the entry reported. Section titles inside a chronology ("Background",
//! "Planning") divide it: each section is checked on its own.
//! A list of key dates that writes no year at all is read as one year's,
//! unless it runs once past December into January.
//!
//! When the same days with a neighbour's month would fit in place (a
//! "July 16-17" between June 15 and June 18), it asks whether the month is a
//! typo.
//!
//! ## Why is this bad?
//! Readers scan a chronology by date. An entry out of place is either a
//! misdated event or a misplaced one, and both mislead.
//!
//! ## Example
//! ```text
//! June 15, 2020: Kono suspends the deployment.
//! July 16-17, 2020: Joint anti-piracy drill.
//! June 18, 2020: Abe calls for a new debate on deterrence.
//! ```
//! The July entry stands between two June entries: either it belongs further
//! down, or it is June 16-17.
//!
//! ## Fix
//! Unsafe: when a neighbour's month fits, the fix replaces the month; the
//! date may be right and the place wrong, so a person must decide.

use claimkit_parser::{
    date, Chronology, Entry, Interval, IsoDate, Precision, Qualifier, YearSource,
};

use crate::context::Context;
use crate::diagnostic::{Edit, Safety};
use crate::rules::Sink;

pub(crate) fn check(cx: &Context<'_>, out: &mut Sink<'_>) {
    for chronology in &cx.article.chronologies {
        for section in sections(chronology) {
            check_chronology(cx, section, out);
        }
    }
}

/// The entries of a chronology in runs that section titles divide
/// ("Background history", "Planning"): each section is in order on its own,
/// and may start earlier than the one before ends.
fn sections(chronology: &Chronology) -> Vec<&[Entry]> {
    let mut cuts: Vec<usize> = chronology
        .subheadings
        .iter()
        .filter(|h| h.start.is_none())
        .map(|h| {
            chronology
                .entries
                .partition_point(|e| e.span.start < h.span.start)
        })
        .collect();
    cuts.push(chronology.entries.len());
    let mut out = Vec::new();
    let mut from = 0;
    for cut in cuts {
        if cut > from {
            out.push(&chronology.entries[from..cut]);
            from = cut;
        }
    }
    out
}

struct Dated<'a> {
    entry: &'a Entry,
    dates: Interval,
    start: IsoDate,
}

fn check_chronology(cx: &Context<'_>, entries: &[Entry], out: &mut Sink<'_>) {
    let dated: Vec<Dated<'_>> = entries
        .iter()
        .filter_map(|entry| {
            let dates = entry.date.interval()?;
            Some(Dated {
                entry,
                dates,
                start: dates.start(),
            })
        })
        .collect();
    let dated = match yearless(entries) {
        Some(nominal) if dated.len() < 3 => nominal,
        _ => dated,
    };
    if dated.len() < 3 {
        return;
    }
    let (mut up, mut down) = (0, 0);
    for pair in dated.windows(2) {
        match pair[1].start.cmp(&pair[0].start) {
            std::cmp::Ordering::Greater => up += 1,
            std::cmp::Ordering::Less => down += 1,
            std::cmp::Ordering::Equal => {}
        }
    }
    let newest_first = down > up;
    let mut keep = longest_run(&dated, newest_first);
    prefer_single_days(&dated, &mut keep, newest_first);
    let kept: Vec<usize> = (0..dated.len()).filter(|&i| keep[i]).collect();
    for (k, item) in dated.iter().enumerate() {
        if keep[k] {
            continue;
        }
        let previous = k.checked_sub(1).map(|p| &dated[p]);
        let next = dated.get(k + 1);
        // A month, season or year that overlaps a neighbour is in order
        // with it; a range of days that starts before the day written
        // above it ("March 8" then "March 7-9") is not.
        if previous.is_some_and(|p| loosely_overlaps(p, item))
            || next.is_some_and(|n| loosely_overlaps(item, n))
        {
            continue;
        }
        report(cx, &dated, &kept, k, newest_first, out);
    }
}

/// The entries of a chronology that writes no year anywhere ("Key dates:
/// March 4 - ... June 30 - ..."), dated in one nominal year, when they read
/// as one year's: a list that turns once past the year's end (November,
/// December, January) is in order, and there is nothing to check.
fn yearless(entries: &[Entry]) -> Option<Vec<Dated<'_>>> {
    if entries
        .iter()
        .any(|e| e.date.year_source != YearSource::Unknown)
    {
        return None;
    }
    let dated: Vec<Dated<'_>> = entries
        .iter()
        .filter_map(|entry| {
            let written = date::parse(&entry.date.text)?.normalize(Some(NOMINAL_YEAR));
            let dates = Interval::new(written.start?, written.end?).ok()?;
            Some(Dated {
                entry,
                dates,
                start: dates.start(),
            })
        })
        .collect();
    let (first, last) = (dated.first()?.start, dated.last()?.start);
    let turns = |later: fn(IsoDate, IsoDate) -> bool| {
        dated
            .windows(2)
            .filter(|p| !later(p[1].start, p[0].start) && p[1].start != p[0].start)
            .count()
            == 1
            && !later(last, first)
    };
    let once_round = turns(|a, b| a > b) || turns(|a, b| a < b);
    (!once_round).then_some(dated)
}

/// The year a chronology without years is read in: a leap year, so that
/// "Feb. 29" is a day.
const NOMINAL_YEAR: i32 = 2000;

fn loosely_overlaps(a: &Dated<'_>, b: &Dated<'_>) -> bool {
    let coarse = |d: &Dated<'_>| d.entry.date.precision != Precision::Day;
    // "mid-1943" beside a day of 1943 is about the whole year; beside
    // another part of a year ("early 1943"), it is its own third.
    let (a_loose, b_loose) = match (part_of_year(a), part_of_year(b)) {
        (Some(x), None) => (x, b.dates),
        (None, Some(y)) => (a.dates, y),
        _ => (a.dates, b.dates),
    };
    (coarse(a) || coarse(b)) && a_loose.overlaps(&b_loose)
}

/// The whole year of an entry dated a part of it ("early 2019", "mid-1943").
fn part_of_year(d: &Dated<'_>) -> Option<Interval> {
    let approximate = matches!(
        d.entry.date.qualifier,
        Some(Qualifier::Early | Qualifier::Mid | Qualifier::Late)
    );
    if !approximate || d.entry.date.precision != Precision::Year {
        return None;
    }
    let (a, b) = (
        IsoDate::from_year(d.dates.start().year())?,
        IsoDate::from_year(d.dates.end().year())?,
    );
    Interval::new(a, b).ok()
}

/// Where the longest run could keep either a single day or the range of
/// days after it that starts earlier ("March 8" then "March 7-9"), keeps
/// the day, so that the range is the entry reported out of order.
fn prefer_single_days(dated: &[Dated<'_>], keep: &mut [bool], newest_first: bool) {
    let in_order = |a: IsoDate, b: IsoDate| if newest_first { a >= b } else { a <= b };
    for k in 0..dated.len().saturating_sub(1) {
        let (day, range) = (&dated[k], &dated[k + 1]);
        if keep[k] || !keep[k + 1] || range.dates.start() == range.dates.end() {
            continue;
        }
        let before = (0..k).rev().find(|&i| keep[i]);
        let after = (k + 2..dated.len()).find(|&i| keep[i]);
        if before.is_none_or(|i| in_order(dated[i].start, day.start))
            && after.is_none_or(|i| in_order(day.start, dated[i].start))
        {
            keep[k] = true;
            keep[k + 1] = false;
        }
    }
}

/// Which entries form a longest monotone run (non-decreasing by start date,
/// or non-increasing for a newest-first chronology).
fn longest_run(dated: &[Dated<'_>], newest_first: bool) -> Vec<bool> {
    let key = |i: usize| dated[i].start;
    let before_or_same = |a: IsoDate, b: IsoDate| if newest_first { a >= b } else { a <= b };
    // tails[l] is the index of the smallest last element of a run of length l + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut parent: Vec<Option<usize>> = Vec::with_capacity(dated.len());
    for i in 0..dated.len() {
        let at = tails.partition_point(|&t| before_or_same(key(t), key(i)));
        parent.push(at.checked_sub(1).map(|p| tails[p]));
        if at == tails.len() {
            tails.push(i);
        } else {
            tails[at] = i;
        }
    }
    let mut keep = vec![false; dated.len()];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        keep[i] = true;
        at = parent[i];
    }
    keep
}

fn report(
    cx: &Context<'_>,
    dated: &[Dated<'_>],
    kept: &[usize],
    k: usize,
    newest_first: bool,
    out: &mut Sink<'_>,
) {
    let item = &dated[k];
    let date = &item.entry.date;
    let d = out.report(format!("“{}” is out of date order", date.text), date.span);
    let previous = k.checked_sub(1).map(|p| &dated[p]);
    let next = dated.get(k + 1);
    if let Some(p) = previous {
        d.related(format!("after {}", p.entry.date.text), p.entry.date.span);
    }
    if let Some(n) = next {
        d.related(format!("before {}", n.entry.date.text), n.entry.date.span);
    }
    // Where the entry would stand in order: after the last kept entry not
    // after it. The kept entries are in order, so a binary search finds it.
    let not_after = |other: &Dated<'_>| {
        if newest_first {
            other.start >= item.start
        } else {
            other.start <= item.start
        }
    };
    let fits_after = kept
        .partition_point(|&i| not_after(&dated[i]))
        .checked_sub(1)
        .map(|p| &dated[kept[p]]);
    let place = match fits_after {
        Some(other) => format!(
            "it belongs after the {} entry (line {})",
            other.entry.date.text, other.entry.date.span.line
        ),
        None => "it belongs before the first entry".to_string(),
    };
    match month_typo(cx, item, previous, next, newest_first) {
        Some((suggestion, edit)) => d
            .help(format!("{place}; or did you mean {suggestion}?"))
            .fix(
                format!("change the date to {suggestion}"),
                Safety::Unsafe,
                vec![edit],
            ),
        None => d.help(place),
    };
}

/// "did you mean June 16-17?": the same days with a neighbour's month, when
/// that date fits between the neighbours.
fn month_typo(
    cx: &Context<'_>,
    item: &Dated<'_>,
    previous: Option<&Dated<'_>>,
    next: Option<&Dated<'_>>,
    newest_first: bool,
) -> Option<(String, Edit)> {
    let (previous, next) = (previous?, next?);
    let text = &item.entry.date.text;
    let (month_at, month_len) = month_word(text)?;
    // Only a date with one month word: a range across months has no single typo.
    if date::parts(text).is_none_or(|(_, parts)| parts.months.len() != 1) {
        return None;
    }
    let year = item.start.year();
    for neighbour in [previous, next] {
        let (n_at, n_len) = month_word(&neighbour.entry.date.text)?;
        if neighbour.entry.date.text[n_at..n_at + n_len]
            .eq_ignore_ascii_case(&text[month_at..month_at + month_len])
        {
            continue;
        }
        // The month as the neighbour writes it, with the full stop of its
        // abbreviation or without one ("Sept. 9" beside "May 22": "May 9").
        let dotted = |text: &str, at: usize, len: usize| {
            len + usize::from(text[at + len..].starts_with('.'))
        };
        let word = &neighbour.entry.date.text
            [n_at..n_at + dotted(&neighbour.entry.date.text, n_at, n_len)];
        let month_len = dotted(text, month_at, month_len);
        let candidate = format!(
            "{}{}{}",
            &text[..month_at],
            word,
            &text[month_at + month_len..]
        );
        let normalized = date::parse(&candidate)?.normalize(Some(year));
        let (start, end) = (normalized.start?, normalized.end?);
        let (low, high) = if newest_first {
            (next, previous)
        } else {
            (previous, next)
        };
        if low.start <= start && end <= high.dates.end() {
            let at = item.entry.date.span.start + month_at;
            let edit = Edit {
                span: cx.span(at, at + month_len),
                replacement: word.to_string(),
            };
            return Some((candidate, edit));
        }
    }
    None
}

/// The offset and length of the first month word of a date as written,
/// without the full stop of an abbreviation.
fn month_word(text: &str) -> Option<(usize, usize)> {
    let (_, parts) = date::parts(text)?;
    let range = parts.months.first()?;
    Some((range.start, text[range.clone()].trim_end_matches('.').len()))
}
