//! The timeline of a chronology as inline SVG: time runs left to right on a
//! true scale (a day is as wide everywhere), and entries stand one row each
//! in document order, top to bottom, joined by a thin line, so an entry out
//! of order visibly jumps back.
//!
//! Ranges are bars; approximate dates (a month, "late June", a year, a
//! time marked approximate) are shaded with a dashed outline; time-of-day
//! entries stand within their day. Entries the rules find out of order or
//! repeated carry a written marker, entries sharing one day a "×N", and
//! stretches without any entry much longer than the usual spacing are
//! banded as gaps. Each entry links to its line in the text.

use std::collections::BTreeMap;

use claimkit_lint::Diagnostic;
use claimkit_parser::{Chronology, IsoDate, Precision};
use maud::{html, Markup};

use crate::findings::line_id;

/// Where one dated entry stands on the time axis, in days since 1970-01-01
/// (fractions for times of day), and what is marked on it.
struct Placed {
    /// Index in the chronology's entries (its row).
    entry: usize,
    from: f64,
    to: f64,
    approximate: bool,
    out_of_order: bool,
    repeated: bool,
    /// How many entries share this entry's single day (1: none other).
    same_day: usize,
}

/// A chronology laid out on its time axis.
struct Layout {
    placed: Vec<Placed>,
    /// Entries without a usable date (index in the chronology's entries).
    undated: Vec<usize>,
    /// The days the axis covers.
    domain: (f64, f64),
    /// Stretches with no entry, much longer than the usual spacing.
    gaps: Vec<(f64, f64)>,
    /// The declared period, when it can be told.
    period: Option<(f64, f64)>,
}

/// The width of the SVG's coordinate system; it scales to the page.
const WIDTH: f64 = 960.0;
/// Where the plot starts (the date labels stand left of it).
const LEFT: f64 = 180.0;
/// Where the plot ends (the markers stand right of it).
const RIGHT: f64 = 800.0;
/// Where the first row stands (the axis labels stand above it).
const TOP: f64 = 44.0;

/// The timeline of chronology `c` of file `file`: SVG, legend, and the
/// entries that could not be placed.
pub fn timeline(
    file: usize,
    c: usize,
    chronology: &Chronology,
    diagnostics: &[Diagnostic],
) -> Markup {
    let layout = layout(chronology, diagnostics);
    let title = chronology.title.as_deref().unwrap_or("Chronology");
    let heading_id = format!("f{file}-c{c}-title");
    if layout.placed.is_empty() {
        return html! {
            section.timeline aria-labelledby=(heading_id) {
                h3 id=(heading_id) { "Timeline: " (title) }
                p { "No entry of this chronology has a date that can be placed on a time axis." }
                (undated_list(file, chronology, &layout.undated))
            }
        };
    }
    let rows = chronology.entries.len();
    // Rows shrink for long chronologies, down to 4 units; labels need 10.
    let row = (3200.0 / rows as f64).clamp(4.0, 18.0);
    let labelled = row >= 10.0;
    let bottom = TOP + row * rows as f64 + 26.0;
    let (d0, d1) = layout.domain;
    let x = |day: f64| LEFT + (day - d0) / (d1 - d0) * (RIGHT - LEFT);
    let y = |i: usize| TOP + row * (i as f64 + 0.5);
    let bar = (row * 0.6).min(10.0);
    let path: Vec<String> = layout
        .placed
        .iter()
        .map(|p| format!("{:.1},{:.1}", (x(p.from) + x(p.to)) / 2.0, y(p.entry)))
        .collect();
    html! {
        section.timeline aria-labelledby=(heading_id) {
            h3 id=(heading_id) { "Timeline: " (title) }
            div.timeline-scroll {
                svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {WIDTH} {bottom:.0}"))
                    class="timeline-svg" role="group" aria-labelledby=(heading_id) {
                    @if let Some((p0, p1)) = layout.period {
                        rect.period x=(fmt(x(p0))) y=(fmt(TOP - 6.0)) width=(fmt(x(p1) - x(p0)))
                            height=(fmt(bottom - TOP - 20.0)) {
                            title { "Declared period: " (chronology.period.as_ref().map_or("", |p| p.text.as_str())) }
                        }
                    }
                    @for &(g0, g1) in &layout.gaps {
                        g.gap {
                            rect x=(fmt(x(g0))) y=(fmt(TOP - 6.0)) width=(fmt(x(g1) - x(g0))) height=(fmt(bottom - TOP - 20.0)) {}
                            text x=(fmt((x(g0) + x(g1)) / 2.0)) y=(fmt(bottom - 6.0)) text-anchor="middle" {
                                "gap: " (duration(g1 - g0))
                            }
                            title { "No entry for " (duration(g1 - g0)) }
                        }
                    }
                    @for (tick, label) in ticks(d0, d1) {
                        g.tick {
                            line x1=(fmt(x(tick))) x2=(fmt(x(tick))) y1=(fmt(TOP - 10.0)) y2=(fmt(bottom - 20.0)) {}
                            text x=(fmt(x(tick))) y=(fmt(TOP - 16.0)) text-anchor="middle" { (label) }
                        }
                    }
                    polyline.order-path points=(path.join(" ")) {}
                    @for p in &layout.placed {
                        @let entry = &chronology.entries[p.entry];
                        @let line = entry.date.span.line;
                        @let x0 = x(p.from);
                        @let width = (x(p.to) - x0).max(3.0);
                        @let note = notes(p);
                        a class=(classes(p)) href=(format!("#{}", line_id(file, line)))
                            data-line=(line) data-entry=(p.entry)
                            aria-label=(format!("{}, line {line}{}", entry.date.text, if note.is_empty() { String::new() } else { format!(": {note}") })) {
                            title { (entry.date.text) " (line " (line) "): " (shorten(&entry.text, 160)) }
                            @if labelled {
                                text.label x=(fmt(LEFT - 8.0)) y=(fmt(y(p.entry) + 4.0)) text-anchor="end" { (shorten(&entry.date.text, 26)) }
                            }
                            rect.hit x=(fmt(LEFT - 170.0)) y=(fmt(y(p.entry) - row / 2.0)) width=(fmt(RIGHT + 150.0 - LEFT)) height=(fmt(row)) {}
                            rect.mark x=(fmt(x0)) y=(fmt(y(p.entry) - bar / 2.0)) width=(fmt(width)) height=(fmt(bar)) rx="1.5" {}
                            @if !note.is_empty() && labelled {
                                text.note x=(fmt(x0 + width + 6.0)) y=(fmt(y(p.entry) + 4.0)) { (note) }
                            }
                        }
                    }
                }
            }
            (legend())
            (undated_list(file, chronology, &layout.undated))
        }
    }
}

/// Places every entry of `chronology` on the time axis and marks what the
/// findings and the dates say about it.
fn layout(chronology: &Chronology, diagnostics: &[Diagnostic]) -> Layout {
    let found = |rule: &str, start: usize| {
        diagnostics
            .iter()
            .any(|d| d.rule.name == rule && d.span.start == start)
    };
    let mut placed = Vec::new();
    let mut undated = Vec::new();
    let mut days: BTreeMap<(IsoDate, IsoDate), usize> = BTreeMap::new();
    for (i, entry) in chronology.entries.iter().enumerate() {
        let Some(interval) = entry.date.interval() else {
            undated.push(i);
            continue;
        };
        let (start, end) = (interval.start(), interval.end());
        let mut from = day_number(start.first_day());
        let mut to = day_number(end.last_day()) + 1.0;
        let precise = entry.date.precision == Precision::Day;
        let mut approximate = !precise;
        match &entry.time {
            Some(time) if precise && start == end => {
                if let (Some(a), Some(b)) = (clock(&time.start), clock(&time.end)) {
                    to = from + b.max(a);
                    from += a;
                }
                approximate |= time.approximate;
            }
            _ => {}
        }
        if precise && start == end && entry.time.is_none() {
            *days.entry((start, end)).or_default() += 1;
        }
        placed.push(Placed {
            entry: i,
            from,
            to,
            approximate,
            out_of_order: found("chronology/order", entry.date.span.start),
            repeated: found("chronology/duplicate", entry.span.start),
            same_day: 1,
        });
    }
    for p in &mut placed {
        let entry = &chronology.entries[p.entry];
        if let (Some(start), Some(end)) = (entry.date.start, entry.date.end) {
            if entry.time.is_none() {
                p.same_day = days.get(&(start, end)).copied().unwrap_or(1);
            }
        }
    }
    let period = chronology
        .period
        .as_ref()
        .and_then(|p| p.interval())
        .map(|i| {
            (
                day_number(i.start().first_day()),
                day_number(i.end().last_day()) + 1.0,
            )
        });
    let mut d0 = placed.iter().map(|p| p.from).fold(f64::INFINITY, f64::min);
    let mut d1 = placed
        .iter()
        .map(|p| p.to)
        .fold(f64::NEG_INFINITY, f64::max);
    if let Some((p0, p1)) = period {
        // A period far from the entries (a wrong year) would squash them.
        if p0 < d1 + 3650.0 && p1 > d0 - 3650.0 {
            d0 = d0.min(p0);
            d1 = d1.max(p1);
        }
    }
    if placed.is_empty() {
        (d0, d1) = (0.0, 1.0);
    }
    let pad = ((d1 - d0) * 0.02).max(0.5);
    Layout {
        gaps: gaps(&placed),
        placed,
        undated,
        domain: (d0 - pad, d1 + pad),
        period,
    }
}

/// Stretches without an entry longer than four times the median spacing
/// of the entries' days, and longer than a week.
fn gaps(placed: &[Placed]) -> Vec<(f64, f64)> {
    let mut spans: Vec<(f64, f64)> = placed.iter().map(|p| (p.from, p.to)).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let mut steps: Vec<f64> = spans
        .windows(2)
        .map(|w| w[1].0.floor() - w[0].0.floor())
        .filter(|&s| s > 0.0)
        .collect();
    steps.sort_by(f64::total_cmp);
    let median = steps.get(steps.len() / 2).copied().unwrap_or(0.0);
    let threshold = (median * 4.0).max(7.0);
    let mut found = Vec::new();
    let mut reach = f64::NEG_INFINITY;
    for &(from, to) in &spans {
        if reach.is_finite() && from - reach > threshold {
            found.push((reach, from));
        }
        reach = reach.max(to);
    }
    found
}

/// The classes of an entry's link: what the stylesheet and tests look for.
fn classes(p: &Placed) -> String {
    let mut classes = vec!["entry"];
    for (on, class) in [
        (p.approximate, "approximate"),
        (p.out_of_order, "out-of-order"),
        (p.repeated, "repeated"),
        (p.same_day > 1, "same-day"),
    ] {
        if on {
            classes.push(class);
        }
    }
    classes.join(" ")
}

/// The written markers of an entry: out of order, repeated, sharing its day.
fn notes(p: &Placed) -> String {
    let mut notes = Vec::new();
    if p.out_of_order {
        notes.push("⟲ out of order".to_string());
    }
    if p.repeated {
        notes.push("≡ repeated".to_string());
    }
    if p.same_day > 1 {
        notes.push(format!("×{} same day", p.same_day));
    }
    notes.join(" · ")
}

/// What the shapes and marks of a timeline mean.
fn legend() -> Markup {
    html! {
        ul.legend {
            li { span.swatch.bar {} "an entry (a bar for a range of days); rows in document order, joined by the grey line" }
            li { span.swatch.approximate {} "an approximate date (a month, a year, “late June”): shaded, dashed" }
            li { span.swatch.out-of-order {} "⟲ out of order (the line jumps back); ≡ repeated; ×N entries on the same day" }
            li { span.swatch.gap {} "a gap: no entry for much longer than usual" }
            li { span.swatch.period {} "the period the chronology declares" }
        }
    }
}

/// The entries that have no place on the axis, each linking to its line.
fn undated_list(file: usize, chronology: &Chronology, undated: &[usize]) -> Markup {
    html! {
        @if !undated.is_empty() {
            p { "Not on the timeline (no date that can be placed):" }
            ul.undated {
                @for &i in undated {
                    @let entry = &chronology.entries[i];
                    li {
                        a href=(format!("#{}", line_id(file, entry.span.line))) { "line " (entry.span.line) }
                        ": " (entry.date.text) " " (shorten(&entry.text, 120))
                    }
                }
            }
        }
    }
}

/// Axis ticks between days `d0` and `d1`: days of the month for a span of
/// two months or less, months for up to three years, years beyond.
fn ticks(d0: f64, d1: f64) -> Vec<(f64, String)> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (first, last) = (d0.ceil() as i64, d1.floor() as i64);
    let span = last - first;
    let mut ticks = Vec::new();
    if span <= 62 {
        for day in first..=last {
            let (_, m, d) = civil(day);
            if [1, 8, 15, 22].contains(&d) {
                ticks.push((day as f64, format!("{} {d}", MONTHS[m as usize - 1])));
            }
        }
    } else if span <= 3 * 366 {
        let step = if span <= 400 {
            1
        } else if span <= 800 {
            2
        } else {
            3
        };
        let (mut year, mut month, _) = civil(first);
        loop {
            let day = day_number((year, month, 1)) as i64;
            if day > last {
                break;
            }
            if day >= first && (month - 1) % step == 0 {
                let label = if ticks.is_empty() || month == 1 {
                    format!("{} {year}", MONTHS[month as usize - 1])
                } else {
                    MONTHS[month as usize - 1].to_string()
                };
                ticks.push((day as f64, label));
            }
            (year, month) = if month == 12 {
                (year + 1, 1)
            } else {
                (year, month + 1)
            };
        }
    } else {
        let (y0, _, _) = civil(first);
        let (y1, _, _) = civil(last);
        let step = ((y1 - y0) / 10).max(1);
        for year in y0..=y1 + 1 {
            let day = day_number((year, 1, 1));
            if year % step == 0 && day >= first as f64 && day <= last as f64 {
                ticks.push((day, year.to_string()));
            }
        }
    }
    ticks
}

/// Days from 1970-01-01 to a day of the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil`).
fn day_number((year, month, day): (i32, u32, u32)) -> f64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as f64
}

/// The day of the calendar `days` after 1970-01-01 (`civil_from_days`).
fn civil(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// `HH:MM[:SS]` as a fraction of a day.
fn clock(text: &str) -> Option<f64> {
    let mut parts = text.split(':').map(str::parse::<u32>);
    let hours = parts.next()?.ok()?;
    let minutes = parts.next().unwrap_or(Ok(0)).ok()?;
    let seconds = parts.next().unwrap_or(Ok(0)).ok()?;
    (hours <= 24 && minutes < 60 && seconds < 60)
        .then(|| f64::from(hours * 3600 + minutes * 60 + seconds) / 86_400.0)
}

/// A length of time in words: days, or months beyond two.
fn duration(days: f64) -> String {
    let days = days.round() as i64;
    if days > 60 {
        format!("about {} months", (days as f64 / 30.44).round() as i64)
    } else {
        format!("{days} days")
    }
}

/// At most `max` characters of `text`, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// A coordinate with one decimal: short, and the same on every machine.
fn fmt(value: f64) -> String {
    format!("{value:.1}")
}
