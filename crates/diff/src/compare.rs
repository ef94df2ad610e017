//! Comparing two documents: metadata member by member, chronologies and
//! their entries, and quotations, each aligned by content.

use serde_json::Value;

use crate::align::{align, moved, Key};
use crate::change::{Change, ChronologyRef, EntryRef, QuotationRef};
use crate::document::{Chronology, Document, Entry, Quotation};
use crate::ignore::Ignore;
use crate::similarity::{collapsed, shingles, words};

/// Every change from `old` to `new`, leaving alone what `ignore` names:
/// metadata first, then each chronology's changes, then the quotations';
/// within a list, in the order of NEW, a removed item after the item it
/// followed.
pub fn compare(old: &Document, new: &Document, ignore: &Ignore) -> Vec<Change> {
    let mut changes = Vec::new();
    if !ignore.ignores("metadata") {
        metadata(old, new, ignore, &mut changes);
    }
    let quoted = quotation_pairs(old, new);
    let explained = Explained {
        old,
        new,
        pairs: &quoted,
        ignore,
    };
    chronologies(old, new, ignore, &explained, &mut changes);
    if !ignore.ignores("quotations") {
        quotations(old, new, &quoted, ignore, &mut changes);
    }
    changes
}

/// The quotations of both versions paired, sorted by OLD.
type QuotationPairs = Vec<(usize, usize)>;

/// What the changes of quotations explain of an entry's rewording: an
/// entry whose text changed only inside its quotations (their words, their
/// speaker's name, their cue) is reported through those quotations alone.
struct Explained<'a> {
    old: &'a Document,
    new: &'a Document,
    pairs: &'a QuotationPairs,
    ignore: &'a Ignore,
}

impl Explained<'_> {
    /// Whether the rewording of entry `old` into `new` (chronology and
    /// entry indices) is all in the changes of the quotations standing in it.
    fn covers(&self, old: (usize, usize), new: (usize, usize), texts: (&str, &str)) -> bool {
        let (mut before, mut after) = (texts.0.to_string(), texts.1.to_string());
        let mut folded = false;
        for (k, &(i, j)) in self.pairs.iter().enumerate() {
            let (a, b) = (&self.old.quotations[i], &self.new.quotations[j]);
            if a.entry() != Some(old) || b.entry() != Some(new) {
                continue;
            }
            let mut fold = |x: &str, y: &str, what: &str| {
                let mark = format!("\u{1}{what}{k}\u{1}");
                if x != y && before.contains(x) && after.contains(y) {
                    before = before.replacen(x, &mark, 1);
                    after = after.replacen(y, &mark, 1);
                    folded = true;
                }
            };
            if !self.ignore.ignores("quotations.text") {
                fold(&a.text, &b.text, "q");
            }
            if !self.ignore.ignores("quotations.speaker") {
                if let Some((x, y)) = a
                    .speaker
                    .as_ref()
                    .zip(b.speaker.as_ref())
                    .filter(|(x, y)| x.name != y.name)
                {
                    // "Abe Shinzo", as the entry writes him: "Abe".
                    let (x, y) = (as_written(&x.name, texts.0), as_written(&y.name, texts.1));
                    fold(&x, &y, "s");
                }
            }
            if !self.ignore.ignores("quotations.cue") {
                if let (Some(x), Some(y)) = (&a.cue, &b.cue) {
                    fold(x, y, "c");
                }
            }
        }
        folded && collapsed(&before) == collapsed(&after)
    }
}

/// A speaker's name as `text` writes it: whole, or the one word of it the
/// text holds (the surname of a person named in full elsewhere).
fn as_written(name: &str, text: &str) -> String {
    if text.contains(name) {
        return name.to_string();
    }
    name.split(' ')
        .find(|w| text.contains(w))
        .unwrap_or(name)
        .to_string()
}

fn metadata(old: &Document, new: &Document, ignore: &Ignore, changes: &mut Vec<Change>) {
    let mut fields: Vec<&str> = old.metadata.iter().map(|(k, _)| k.as_str()).collect();
    for (key, _) in &new.metadata {
        if !fields.contains(&key.as_str()) {
            fields.push(key);
        }
    }
    let value = |document: &Document, field: &str| {
        document
            .metadata
            .iter()
            .find(|(k, _)| k == field)
            .map_or(Value::Null, |(_, v)| v.clone())
    };
    for field in fields {
        if ignore.ignores(&format!("metadata.{field}")) {
            continue;
        }
        let (before, after) = (value(old, field), value(new, field));
        if before != after {
            changes.push(Change::MetadataChanged {
                field: field.to_string(),
                old: before,
                new: after,
            });
        }
    }
}

fn chronologies(
    old: &Document,
    new: &Document,
    ignore: &Ignore,
    explained: &Explained<'_>,
    changes: &mut Vec<Change>,
) {
    let key = |c: &Chronology| {
        let title = c.title.clone().unwrap_or_default();
        Key {
            exact: format!("{title}\u{0}{:?}", c.period),
            shingles: shingles(&title),
            text: title,
            anchor: String::new(),
        }
    };
    let old_keys: Vec<Key> = old.chronologies.iter().map(key).collect();
    let new_keys: Vec<Key> = new.chronologies.iter().map(key).collect();
    let mut pairs = align(&old_keys, &new_keys);
    // Chronologies left over on both sides are the same ones retitled, in order.
    let old_left: Vec<usize> = (0..old.chronologies.len())
        .filter(|i| !pairs.iter().any(|p| p.0 == *i))
        .collect();
    let new_left: Vec<usize> = (0..new.chronologies.len())
        .filter(|j| !pairs.iter().any(|p| p.1 == *j))
        .collect();
    pairs.extend(old_left.iter().copied().zip(new_left.iter().copied()));
    pairs.sort_unstable();

    let mut placed = Vec::new();
    for &(i, j) in &pairs {
        let (before, after) = (&old.chronologies[i], &new.chronologies[j]);
        let (old_ref, new_ref) = (chronology_ref(before, i), chronology_ref(after, j));
        let mut here = Vec::new();
        if before.title != after.title && !ignore.ignores("chronologies.title") {
            here.push(Change::ChronologyTitleChanged {
                old: old_ref.clone(),
                new: new_ref.clone(),
            });
        }
        if before.period != after.period && !ignore.ignores("chronologies.period") {
            here.push(Change::ChronologyPeriodChanged {
                old: old_ref,
                new: new_ref,
            });
        }
        if !ignore.ignores("entries") {
            entries((before, i), (after, j), ignore, explained, &mut here);
        }
        placed.push((2 * j + 2, here));
    }
    for i in old_left.iter().skip(new_left.len()) {
        let after = pairs.iter().filter(|p| p.0 < *i).map(|p| p.1).max();
        placed.push((
            after.map_or(1, |j| 2 * j + 3),
            vec![Change::ChronologyRemoved {
                old: chronology_ref(&old.chronologies[*i], *i),
            }],
        ));
    }
    for j in new_left.iter().skip(old_left.len()) {
        placed.push((
            2 * j + 2,
            vec![Change::ChronologyAdded {
                new: chronology_ref(&new.chronologies[*j], *j),
            }],
        ));
    }
    placed.sort_by_key(|(place, _)| *place);
    changes.extend(placed.into_iter().flat_map(|(_, c)| c));
}

fn entries(
    (old, c_old): (&Chronology, usize),
    (new, c_new): (&Chronology, usize),
    ignore: &Ignore,
    explained: &Explained<'_>,
    changes: &mut Vec<Change>,
) {
    let key = |e: &Entry| {
        let text = collapsed(&e.text);
        let anchor = match (&e.date.start, &e.date.end) {
            (Some(start), Some(end)) => format!("{start}/{end}"),
            _ => String::new(),
        };
        Key {
            exact: format!("{}\u{0}{anchor}\u{0}{text}", e.date.text),
            shingles: shingles(&text),
            text,
            anchor,
        }
    };
    let old_keys: Vec<Key> = old.entries.iter().map(key).collect();
    let new_keys: Vec<Key> = new.entries.iter().map(key).collect();
    let pairs = align(&old_keys, &new_keys);
    let out_of_order = moved(&pairs);
    let entry_ref = |chronology: &Chronology, c: usize, index: usize| {
        let entry = &chronology.entries[index];
        EntryRef {
            chronology: c,
            index,
            line: entry.line(),
            date: entry.date.clone(),
            text: entry.text.clone(),
        }
    };
    let mut placed: Vec<(usize, Change)> = Vec::new();
    for (&(i, j), &is_moved) in pairs.iter().zip(&out_of_order) {
        let (before, after) = (&old.entries[i], &new.entries[j]);
        let (old_ref, new_ref) = (entry_ref(old, c_old, i), entry_ref(new, c_new, j));
        if is_moved && !ignore.ignores("entries.order") {
            placed.push((
                2 * j + 2,
                Change::EntryMoved {
                    old: old_ref.clone(),
                    new: new_ref.clone(),
                },
            ));
        }
        if before.date != after.date && !ignore.ignores("entries.date") {
            placed.push((
                2 * j + 2,
                Change::EntryDateChanged {
                    old: old_ref.clone(),
                    new: new_ref.clone(),
                },
            ));
        }
        if old_keys[i].text != new_keys[j].text
            && !ignore.ignores("entries.text")
            && !explained.covers((c_old, i), (c_new, j), (&before.text, &after.text))
        {
            placed.push((
                2 * j + 2,
                Change::EntryReworded {
                    words: words(&before.text, &after.text),
                    old: old_ref,
                    new: new_ref,
                },
            ));
        }
    }
    unpaired(
        &pairs,
        old.entries.len(),
        new.entries.len(),
        &mut placed,
        |i| Change::EntryRemoved {
            old: entry_ref(old, c_old, i),
        },
        |j| Change::EntryAdded {
            new: entry_ref(new, c_new, j),
        },
    );
    placed.sort_by_key(|(place, _)| *place);
    changes.extend(placed.into_iter().map(|(_, c)| c));
}

/// The quotations of both versions paired by content.
fn quotation_pairs(old: &Document, new: &Document) -> QuotationPairs {
    let old_keys: Vec<Key> = old.quotations.iter().map(quotation_key).collect();
    let new_keys: Vec<Key> = new.quotations.iter().map(quotation_key).collect();
    align(&old_keys, &new_keys)
}

fn quotation_key(q: &Quotation) -> Key {
    let text = collapsed(&q.text);
    let anchor = q.speaker.as_ref().map_or(String::new(), |s| s.name.clone());
    Key {
        exact: format!("{text}\u{0}{:?}\u{0}{:?}", q.speaker, q.cue),
        shingles: shingles(&text),
        text,
        anchor,
    }
}

fn quotations(
    old: &Document,
    new: &Document,
    pairs: &QuotationPairs,
    ignore: &Ignore,
    changes: &mut Vec<Change>,
) {
    let quotation_ref = |document: &Document, index: usize| {
        let quotation = &document.quotations[index];
        QuotationRef {
            index,
            line: quotation.line(),
            text: quotation.text.clone(),
            speaker: quotation.speaker.clone(),
            cue: quotation.cue.clone(),
        }
    };
    let mut placed: Vec<(usize, Change)> = Vec::new();
    for &(i, j) in pairs {
        let (before, after) = (&old.quotations[i], &new.quotations[j]);
        let (old_ref, new_ref) = (quotation_ref(old, i), quotation_ref(new, j));
        if collapsed(&before.text) != collapsed(&after.text) && !ignore.ignores("quotations.text") {
            placed.push((
                2 * j + 2,
                Change::QuotationReworded {
                    words: words(&before.text, &after.text),
                    old: old_ref.clone(),
                    new: new_ref.clone(),
                },
            ));
        }
        if before.speaker != after.speaker && !ignore.ignores("quotations.speaker") {
            placed.push((
                2 * j + 2,
                Change::QuotationSpeakerChanged {
                    old: old_ref.clone(),
                    new: new_ref.clone(),
                },
            ));
        }
        if before.cue != after.cue && !ignore.ignores("quotations.cue") {
            placed.push((
                2 * j + 2,
                Change::QuotationCueChanged {
                    old: old_ref,
                    new: new_ref,
                },
            ));
        }
    }
    unpaired(
        pairs,
        old.quotations.len(),
        new.quotations.len(),
        &mut placed,
        |i| Change::QuotationRemoved {
            old: quotation_ref(old, i),
        },
        |j| Change::QuotationAdded {
            new: quotation_ref(new, j),
        },
    );
    placed.sort_by_key(|(place, _)| *place);
    changes.extend(placed.into_iter().map(|(_, c)| c));
}

/// Adds the items only one side has, each placed in NEW's order: an added
/// item where it stands, a removed one just after the paired item it
/// followed in OLD.
fn unpaired(
    pairs: &[(usize, usize)],
    old_len: usize,
    new_len: usize,
    placed: &mut Vec<(usize, Change)>,
    removed: impl Fn(usize) -> Change,
    added: impl Fn(usize) -> Change,
) {
    let mut old_paired = vec![None; old_len];
    let mut new_paired = vec![false; new_len];
    for &(i, j) in pairs {
        old_paired[i] = Some(j);
        new_paired[j] = true;
    }
    let mut after: Option<usize> = None;
    for (i, paired) in old_paired.iter().enumerate() {
        match paired {
            Some(j) => after = Some(*j),
            None => placed.push((after.map_or(1, |j| 2 * j + 3), removed(i))),
        }
    }
    for (j, paired) in new_paired.iter().enumerate() {
        if !paired {
            placed.push((2 * j + 2, added(j)));
        }
    }
}

fn chronology_ref(chronology: &Chronology, index: usize) -> ChronologyRef {
    ChronologyRef {
        index,
        line: chronology.line(),
        title: chronology.title.clone(),
        period: chronology.period.clone(),
    }
}
