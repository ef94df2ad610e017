//! The words attribution reads: cue verbs and phrases, and the word lists
//! that tell names, roles, organizations and documents apart.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::cues::{Class, Cue, CUES};
use super::lower::ToLower;

/// Every cue of the lexicon ([`CUES`]), matched in one pass, longest first,
/// by one of two automata that find the same matches: a contiguous NFA,
/// built in a fraction of the time of a DFA, which is most of what a run on
/// one article would otherwise spend here; and, once attribution has
/// searched [`DFA_AFTER`] bytes, a DFA, which searches about three times as
/// fast and pays for its building on long input.
fn cue_matcher(searching: usize) -> &'static AhoCorasick {
    static NFA: LazyLock<AhoCorasick> =
        LazyLock::new(|| cue_automaton(AhoCorasickKind::ContiguousNFA));
    static DFA: LazyLock<AhoCorasick> = LazyLock::new(|| cue_automaton(AhoCorasickKind::DFA));
    static SEARCHED: AtomicUsize = AtomicUsize::new(0);
    if SEARCHED.fetch_add(searching, Ordering::Relaxed) < DFA_AFTER {
        &NFA
    } else {
        &DFA
    }
}

/// How many bytes the cue lexicon searches with its NFA before it builds
/// the DFA.
const DFA_AFTER: usize = 1 << 20;

fn cue_automaton(kind: AhoCorasickKind) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(kind))
        .build(CUES.iter().map(|c| c.words))
        .expect("the cue lexicon builds")
}

/// What kind of cue `found` is (Speech where the lexicon does not say, as
/// for "responds ... by saying").
pub(super) fn cue_class(found: &str) -> Class {
    cue_entry(found).map_or(Class::Speech, |c| c.class)
}

/// The lexicon's entry for a cue as found.
pub(super) fn cue_entry(found: &str) -> Option<&'static Cue> {
    // Compared with `found` lowered byte by byte, without a lowered copy.
    let key = || found.bytes().map(|b| b.to_ascii_lowercase());
    CUES.binary_search_by(|c| c.words.bytes().cmp(key()))
        .ok()
        .map(|i| &CUES[i])
}

/// Whether a cue names rather than quotes ("called him a “gentle giant”",
/// "dubbed it"): the short quotation after it is a term nobody speaks.
pub(super) fn names_a_term(found: &str) -> bool {
    cue_entry(found).is_some_and(|c| {
        matches!(
            c.lemma,
            "call" | "dub" | "term" | "label" | "brand" | "name" | "nickname"
        )
    })
}

/// The last cue of `text`, as a byte range: whole words only, in lower case
/// or capitalized where a sentence starts ("According to"), so that the
/// "States" of "United States" is never the cue "states". A cue preceded by a
/// reply and "by" ("responds to reports by saying") takes the reply in.
///
/// The lexicon is matched over the whole text (leftmost longest, so each
/// match depends on the ones before it), but the cue tests run from the end
/// and stop at the first cue that passes.
pub(super) fn last_cue(text: &str) -> Option<(usize, usize)> {
    let found: Vec<(usize, usize)> = cue_matcher(text.len())
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    let (start, end) = found
        .into_iter()
        .rev()
        .find(|&(start, end)| is_cue(text, start, end))?;
    Some((by_saying_start(text, start).unwrap_or(start), end))
}

/// Whether the lexicon's match `text[start..end]` is a cue where it stands.
fn is_cue(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    // Whole words: "so-called" holds no cue "called".
    let joined = |c: char| c.is_alphanumeric() || c == '-';
    if before.is_some_and(joined) || after.is_some_and(joined) {
        return false;
    }
    // "should be read as", "will be called": a passive, not a cue.
    let lead = text[..start].trim_end();
    if ["be", "been", "being"].iter().any(|b| {
        lead.len() > b.len() && lead.ends_with(b) && lead[..lead.len() - b.len()].ends_with(' ')
    }) {
        return false;
    }
    let found = &text[start..end];
    // "held that evening": "that" before a time is no conjunction.
    if found.ends_with(" that") {
        let next = text[end..].split_whitespace().next().unwrap_or("");
        if matches!(
            next.trim_end_matches([',', '.']),
            "evening"
                | "morning"
                | "night"
                | "day"
                | "week"
                | "month"
                | "year"
                | "afternoon"
                | "weekend"
                | "summer"
                | "winter"
                | "spring"
                | "autumn"
        ) {
            return false;
        }
    }
    // "a photograph of the tweet": a one-word cue after an article is a noun.
    let article = lead
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "the" | "a" | "an" | "this" | "The" | "A" | "This"));
    if article && !found.contains(' ') {
        return false;
    }
    // "member states", "other states": a noun.
    if found == "states" {
        let prev = lead.rsplit(' ').next().unwrap_or("").lower();
        let prev: &str = &prev;
        if matches!(
            prev,
            "member"
                | "other"
                | "all"
                | "some"
                | "many"
                | "these"
                | "those"
                | "both"
                | "nuclear"
                | "island"
                | "small"
                | "coastal"
                | "several"
                | "arab"
                | "gulf"
                | "baltic"
                | "federal"
                | "the"
                | "two"
                | "three"
                | "eleven"
                | "twelve"
        ) {
            return false;
        }
    }
    // "pleaded guilty to supplying water": a plea, not words reported.
    if found.starts_with("plead") {
        let next = text[end..].trim_start();
        if next.starts_with("guilty")
            || next.starts_with("not guilty")
            || next.starts_with("no contest")
        {
            return false;
        }
    }
    // "“...,” he continued: “...”" introduces words; "would continue its
    // work" does not: "continue" is a cue only before a mark, a colon, a
    // comma or "that".
    if found.starts_with("continu") {
        let next = text[end..].trim_start();
        if !(next.starts_with([':', ',', '“', '"', '\u{1}']) || next.starts_with("that ")) {
            return false;
        }
    }
    if found.bytes().any(|b| b.is_ascii_uppercase()) {
        let rest_lower = found[1..].bytes().all(|b| !b.is_ascii_uppercase());
        let opens = lead
            .chars()
            .next_back()
            .is_none_or(|c| ".!?:;“\"(—\u{1}".contains(c));
        if !(rest_lower && opens) {
            return false;
        }
    }
    true
}

/// Where a reply and "by" before a cue start ("responds to reports ... by
/// saying"), read in the 300 bytes before the cue at `cue`: the earliest
/// "respond", "answer", "repl" or "react" (any case) that opens a word, then
/// the rest of that word, then at most 240 characters without a quotation
/// mark or a masked quotation (U+0001), then the word "by" and white space
/// up to the cue. This is the regex
/// `(?i)\b(?:respond|answer|repl|react)\w*\b[^“”\x22\x01]{0,240}?\bby\s+\z`
/// written out by hand (it took longer to compile than a run spends reading
/// most articles); the tests check the two agree.
fn by_saying_start(text: &str, cue: usize) -> Option<usize> {
    let mut reach = cue.saturating_sub(300);
    while !text.is_char_boundary(reach) {
        reach += 1;
    }
    by_saying(&text[reach..cue]).map(|at| reach + at)
}

/// The start of the match of the reply regex of [`by_saying_start`] in
/// `hay`, which the match must end.
fn by_saying(hay: &str) -> Option<usize> {
    use regex_syntax::is_word_character as word;
    // "by" and white space end the text; a word starts at "by".
    let trimmed = hay.trim_end();
    if trimmed.len() == hay.len() {
        return None;
    }
    let by = trimmed.len().checked_sub(2)?;
    if !trimmed.is_char_boundary(by) || !trimmed[by..].eq_ignore_ascii_case("by") {
        return None;
    }
    if trimmed[..by].chars().next_back().is_some_and(word) {
        return None;
    }
    // The earliest reply word: at a word start, the stem, the rest of the
    // word, then no more than 240 characters, none of them a quotation
    // mark, before "by".
    let barrier = hay[..by]
        .rfind(['“', '”', '"', '\u{1}'])
        .map_or(0, |at| at + 1);
    hay[..by].char_indices().find_map(|(at, _)| {
        if hay[..at].chars().next_back().is_some_and(word) {
            return None;
        }
        let stem = ["respond", "answer", "repl", "react"]
            .iter()
            .find_map(|stem| stem_len(&hay[at..], stem))?;
        let word_end = hay[at + stem..]
            .find(|c: char| !word(c))
            .map_or(hay.len(), |n| at + stem + n);
        (word_end <= by && word_end >= barrier && hay[word_end..by].chars().count() <= 240)
            .then_some(at)
    })
}

/// The length in bytes of `stem` at the start of `text`, matched as the
/// regex `(?i)` matches it: ASCII letters in either case, and "ſ" (long s)
/// for "s".
fn stem_len(text: &str, stem: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    for want in stem.chars() {
        let (_, c) = chars.next()?;
        if !(c.eq_ignore_ascii_case(&want) || (want == 's' && c == 'ſ')) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(at, _)| at))
}

/// Whether `word` is a title before a name ("Minister", "Dr."), also as a
/// line break hyphenated it ("Minis-ter").
pub(super) fn is_role_title(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    if ROLE_TITLES.binary_search(&word).is_ok() {
        return true;
    }
    // Only a capitalized word broken before a lower-case letter ("Minis-ter",
    // not "Japan-Korea") is looked up again, without its hyphen.
    match word.split_once('-') {
        Some((head, tail))
            if head.starts_with(char::is_uppercase) && tail.starts_with(char::is_lowercase) =>
        {
            ROLE_TITLES
                .binary_search(&format!("{head}{tail}").as_str())
                .is_ok()
        }
        _ => false,
    }
}

pub(super) const ABBREVIATIONS: &[&str] = &[
    "Apr", "Aug", "Co", "Col", "Corp", "Dec", "Dr", "Feb", "Gen", "Gov", "Inc", "Jan", "Jr", "Jul",
    "Jun", "Lt", "Ltd", "Mar", "Mr", "Mrs", "Ms", "No", "Nos", "Nov", "Oct", "Prof", "Rep", "Sen",
    "Sep", "Sept", "Sr", "St", "Vol", "approx", "etc", "hon", "p", "pp", "vs",
];
pub(super) const CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "de", "la", "del", "della", "der", "den", "du", "van", "von", "bin",
    "bint", "ibn", "al", "on", "at",
];
pub(super) const PREPOSITIONS: &[&str] = &[
    "at", "in", "from", "of", "for", "with", "on", "to", "by", "within", "inside", "among",
    "across",
];
/// Verbs that lead someone else to speak: "urged Seoul to say", "called on
/// Tokyo to explain".
pub(super) const CONTROL_VERBS: &[&str] = &[
    "asked",
    "asks",
    "called",
    "calls",
    "encouraged",
    "forced",
    "invited",
    "led",
    "leads",
    "on",
    "persuaded",
    "pressed",
    "presses",
    "prompted",
    "prompts",
    "pushed",
    "urged",
    "urges",
];
/// Words that count a group: "More than 30 countries", "some appropriators".
pub(super) const QUANTIFIERS: &[&str] = &[
    "all",
    "both",
    "dozens",
    "few",
    "fewer",
    "hundreds",
    "many",
    "more",
    "most",
    "several",
    "some",
    "thousands",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
];
/// Nouns for works whose titles are quoted after them: "her book “Islands
/// of Contention”", "the film “Buckets”".
pub(super) const WORK_NOUNS: &[&str] = &[
    "album",
    "article",
    "banner",
    "blog",
    "book",
    "bulletin",
    "chapter",
    "column",
    "documentary",
    "editorial",
    "entitled",
    "essay",
    "film",
    "hashtag",
    "headline",
    "journal",
    "magazine",
    "manifesto",
    "memoir",
    "motto",
    "newsletter",
    "novel",
    "op-ed",
    "pamphlet",
    "paper",
    "play",
    "podcast",
    "poem",
    "report",
    "review",
    "series",
    "slogan",
    "song",
    "strategy",
    "study",
    "theme",
    "title",
    "titled",
    "website",
];
/// Words of a department in a title: "Secretary of State", "Minister for
/// Foreign Affairs", "Secretary of Homeland Security".
pub(super) const DEPARTMENTS: &[&str] = &[
    "Affairs",
    "Agriculture",
    "Commerce",
    "Defence",
    "Defense",
    "Economy",
    "Education",
    "Energy",
    "Environment",
    "Finance",
    "Foreign",
    "Health",
    "Home",
    "Homeland",
    "Industry",
    "Interior",
    "Justice",
    "Labor",
    "Labour",
    "Security",
    "State",
    "Trade",
    "Transport",
    "Transportation",
    "Treasury",
    "War",
];
/// Words that open a clause before its subject: "where Abaya ... have
/// promised", "the European Union ... say".
pub(super) const SUBORDINATORS: &[&str] = &[
    "although", "because", "if", "since", "the", "when", "where", "whereas", "while",
];
pub(super) const PRONOUNS: &[&str] = &["he", "she", "it", "they", "its", "who", "we", "i"];
/// Words between a subject and its cue that are not part of the subject:
/// auxiliaries and adverbs ("the official was reported to have said", "Kim
/// also said", "the ministry has repeatedly stated").
pub(super) const BETWEEN_SUBJECT_AND_CUE: &[&str] = &[
    "again",
    "already",
    "also",
    "am",
    "are",
    "be",
    "been",
    "could",
    "did",
    "does",
    "earlier",
    "had",
    "has",
    "have",
    "is",
    "later",
    "may",
    "might",
    "must",
    "once",
    "separately",
    "should",
    "still",
    "that",
    "then",
    "too",
    "was",
    "were",
    "will",
    "would",
];
/// Words that open a phrase before the main clause ("In a press conference
/// on May 19, Motegi said"; "While Tokyo was firm, the official said").
pub(super) const INTRODUCERS: &[&str] = &[
    "after",
    "although",
    "amid",
    "as",
    "at",
    "back",
    "before",
    "by",
    "despite",
    "during",
    "following",
    "for",
    "if",
    "in",
    "meanwhile",
    "on",
    "since",
    "speaking",
    "though",
    "under",
    "when",
    "whereas",
    "while",
    "with",
];
/// Words that end a role and begin a name: "Chief Cabinet Secretary | Suga Yoshihide".
pub(super) const ROLE_TITLES: &[&str] = &[
    "Admiral",
    "Adviser",
    "Advisor",
    "Alderman",
    "Ambassador",
    "Archbishop",
    "Attorney-General",
    "Auditor-General",
    "Bishop",
    "Brigadier",
    "Captain",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Chancellor",
    "Chief",
    "Cllr",
    "Col",
    "Colonel",
    "Commander",
    "Commissioner",
    "Commodore",
    "Constable",
    "Coroner",
    "Councillor",
    "Councilor",
    "Counselor",
    "Deputy",
    "Detective",
    "Director",
    "Director-General",
    "Dr",
    "Emperor",
    "Envoy",
    "Gen",
    "General",
    "Gov",
    "Governor",
    "Imam",
    "Inspector",
    "Inspector-General",
    "Judge",
    "Justice",
    "King",
    "Leader",
    "Lieutenant",
    "Lt",
    "Magistrate",
    "Marshal",
    "Mayor",
    "Minister",
    "Mr",
    "Mrs",
    "Ms",
    "Officer",
    "Official",
    "Premier",
    "President",
    "Prince",
    "Princess",
    "Prof",
    "Professor",
    "Queen",
    "Rabbi",
    "Rep",
    "Representative",
    "Secretary",
    "Secretary-General",
    "Sen",
    "Senator",
    "Sergeant",
    "Sgt",
    "Sheriff",
    "Solicitor-General",
    "Speaker",
    "Spokesman",
    "Spokesperson",
    "Spokeswoman",
    "Superintendent",
    "Supt",
    "Vice-President",
    "director",
    "official",
    "spokesman",
    "spokesperson",
];
/// Lowercase nouns that name a role ("Center director").
pub(super) const ROLE_NOUNS: &[&str] = &[
    "administrator",
    "adviser",
    "advisor",
    "ambassador",
    "analyst",
    "attorney",
    "auditor",
    "captain",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "chancellor",
    "chief",
    "commander",
    "commissioner",
    "coordinator",
    "correspondent",
    "counterpart",
    "deputy",
    "director",
    "director-general",
    "economist",
    "editor",
    "envoy",
    "executive",
    "founder",
    "general",
    "governor",
    "head",
    "inspector",
    "judge",
    "lawmaker",
    "lawyer",
    "leader",
    "manager",
    "mayor",
    "minister",
    "negotiator",
    "officer",
    "official",
    "ombudsman",
    "premier",
    "president",
    "professor",
    "prosecutor",
    "rapporteur",
    "researcher",
    "scientist",
    "secretary",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "superintendent",
    "treasurer",
];
/// Whether a lowercase word names a party that can speak: an
/// organization, an unnamed source, a role or an agent ("ministry",
/// "officials", "spokesperson", "appropriators").
pub(super) fn is_party_noun(lower: &str) -> bool {
    is_org_noun(lower) || is_person_noun(lower) || is_agent_noun(lower)
}

/// Whether a lowercase word is a listed noun for a body, or its regular
/// plural ("parties", "governments").
pub(super) fn is_org_noun(lower: &str) -> bool {
    let listed = |w: &str| ORG_NOUNS.binary_search(&w).is_ok();
    listed(lower)
        || lower
            .strip_suffix("ies")
            .is_some_and(|stem| stem.len() >= 3 && listed(&format!("{stem}y")))
        || lower
            .strip_suffix('s')
            .is_some_and(|stem| stem.len() >= 3 && listed(stem))
}

/// Whether a lowercase word is a listed noun for a person: a role
/// ("minister", "spokeswoman") or an unnamed source ("delegate", "officials").
pub(super) fn is_person_noun(lower: &str) -> bool {
    let listed =
        |w: &str| UNNAMED_NOUNS.binary_search(&w).is_ok() || ROLE_NOUNS.binary_search(&w).is_ok();
    if listed(lower) {
        return true;
    }
    // A regular plural of a listed noun: "ministers", "deputies".
    if let Some(stem) = lower.strip_suffix("ies").filter(|s| s.len() >= 3) {
        return listed(&format!("{stem}y"));
    }
    lower
        .strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 3 && !stem.ends_with('s') && listed(stem))
}

/// Whether a lowercase word names people by what they do ("appropriators",
/// "the inspector", "regulators"): an agent suffix, singular or plural,
/// and not one of the things that end the same way ("paper", "letter").
pub(super) fn is_agent_noun(word: &str) -> bool {
    const NOT_AGENTS: &[&str] = &[
        "border",
        "center",
        "chapter",
        "charter",
        "corner",
        "cover",
        "daughter",
        "error",
        "factor",
        "floor",
        "headquarter",
        "ledger",
        "letter",
        "matter",
        "member",
        "mirror",
        "number",
        "order",
        "other",
        "paper",
        "power",
        "quarter",
        "register",
        "river",
        "sector",
        "semester",
        "theater",
        "tower",
        "water",
        "whether",
    ];
    let singular = word.strip_suffix('s').unwrap_or(word);
    singular.len() >= 5
        && singular.chars().all(|c| c.is_ascii_lowercase())
        && ["er", "or", "ist", "ian"]
            .iter()
            .any(|s| singular.ends_with(s))
        && NOT_AGENTS.binary_search(&singular).is_err()
}
/// Nouns that name a person by relation: "Her father shrugged", "Parisi’s
/// daughter, Gianna, works ...".
pub(super) const RELATION_NOUNS: &[&str] = &[
    "aunt",
    "boss",
    "brother",
    "colleague",
    "cousin",
    "dad",
    "daughter",
    "father",
    "friend",
    "grandfather",
    "grandmother",
    "husband",
    "mom",
    "mother",
    "mum",
    "neighbor",
    "neighbour",
    "nephew",
    "niece",
    "partner",
    "sister",
    "son",
    "uncle",
    "widow",
    "wife",
];
/// States (and the states, provinces and territories of federations:
/// "North Carolina", "Ontario"), and capitals written for their governments
/// ("Seoul's decision"): a speaker so named is an institution or a place,
/// never the "he" or "she" after it.
/// Sorted in byte order.
pub(super) const STATES: &[&str] = &[
    "Afghanistan",
    "Alabama",
    "Alaska",
    "Albania",
    "Alberta",
    "Algeria",
    "Andorra",
    "Angola",
    "Ankara",
    "Argentina",
    "Arizona",
    "Arkansas",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Baghdad",
    "Bahamas",
    "Bahrain",
    "Bangkok",
    "Bangladesh",
    "Barbados",
    "Beijing",
    "Belarus",
    "Belgium",
    "Belize",
    "Benin",
    "Berlin",
    "Bhutan",
    "Bolivia",
    "Botswana",
    "Brazil",
    "Britain",
    "British Columbia",
    "Brunei",
    "Brussels",
    "Bulgaria",
    "Burkina Faso",
    "Burma",
    "Burundi",
    "Cabo Verde",
    "Cairo",
    "California",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Canberra",
    "Cape Verde",
    "Central African Republic",
    "Chad",
    "Chile",
    "China",
    "Colombia",
    "Colorado",
    "Comoros",
    "Congo",
    "Connecticut",
    "Costa Rica",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czech Republic",
    "Czechia",
    "DPRK",
    "Damascus",
    "Delaware",
    "Delhi",
    "Denmark",
    "District of Columbia",
    "Djibouti",
    "Dominica",
    "Dominican Republic",
    "EU",
    "East Timor",
    "Ecuador",
    "Egypt",
    "El Salvador",
    "Equatorial Guinea",
    "Eritrea",
    "Estonia",
    "Eswatini",
    "Ethiopia",
    "European Union",
    "Fiji",
    "Finland",
    "Florida",
    "France",
    "Gabon",
    "Gambia",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Grenada",
    "Guam",
    "Guatemala",
    "Guinea",
    "Guinea-Bissau",
    "Guyana",
    "Haiti",
    "Hanoi",
    "Hawaii",
    "Honduras",
    "Hong Kong",
    "Hungary",
    "Iceland",
    "Idaho",
    "Illinois",
    "India",
    "Indiana",
    "Indonesia",
    "Iowa",
    "Iran",
    "Iraq",
    "Ireland",
    "Islamabad",
    "Israel",
    "Italy",
    "Ivory Coast",
    "Jakarta",
    "Jamaica",
    "Japan",
    "Jordan",
    "Kabul",
    "Kansas",
    "Kazakhstan",
    "Kentucky",
    "Kenya",
    "Kiev",
    "Kiribati",
    "Kosovo",
    "Kuwait",
    "Kyiv",
    "Kyrgyzstan",
    "Laos",
    "Latvia",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Liechtenstein",
    "Lithuania",
    "London",
    "Louisiana",
    "Luxembourg",
    "Madagascar",
    "Madrid",
    "Maine",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Manila",
    "Marshall Islands",
    "Maryland",
    "Massachusetts",
    "Mauritania",
    "Mauritius",
    "Mexico",
    "Michigan",
    "Micronesia",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montana",
    "Montenegro",
    "Morocco",
    "Moscow",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nauru",
    "Nebraska",
    "Nepal",
    "Netherlands",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New South Wales",
    "New York",
    "New Zealand",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "North Carolina",
    "North Dakota",
    "North Korea",
    "North Macedonia",
    "Norway",
    "Ohio",
    "Oklahoma",
    "Oman",
    "Ontario",
    "Oregon",
    "Ottawa",
    "PRC",
    "Pakistan",
    "Palau",
    "Palestine",
    "Panama",
    "Papua New Guinea",
    "Paraguay",
    "Paris",
    "Pennsylvania",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Puerto Rico",
    "Pyongyang",
    "Qatar",
    "Quebec",
    "Queensland",
    "ROK",
    "Rhode Island",
    "Riyadh",
    "Romania",
    "Rome",
    "Russia",
    "Rwanda",
    "Saint Lucia",
    "Samoa",
    "San Marino",
    "Saudi Arabia",
    "Senegal",
    "Seoul",
    "Serbia",
    "Seychelles",
    "Sierra Leone",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Solomon Islands",
    "Somalia",
    "South Africa",
    "South Carolina",
    "South Dakota",
    "South Korea",
    "South Sudan",
    "Spain",
    "Sri Lanka",
    "Sudan",
    "Suriname",
    "Sweden",
    "Switzerland",
    "Syria",
    "Taipei",
    "Taiwan",
    "Tajikistan",
    "Tanzania",
    "Tasmania",
    "Tehran",
    "Tennessee",
    "Texas",
    "Thailand",
    "Timor-Leste",
    "Togo",
    "Tokyo",
    "Tonga",
    "Trinidad and Tobago",
    "Tunisia",
    "Turkey",
    "Turkmenistan",
    "Tuvalu",
    "U.S.",
    "UAE",
    "UK",
    "US",
    "USA",
    "Uganda",
    "Ukraine",
    "United Arab Emirates",
    "United Kingdom",
    "United States",
    "Uruguay",
    "Utah",
    "Uzbekistan",
    "Vanuatu",
    "Vatican City",
    "Venezuela",
    "Vermont",
    "Vietnam",
    "Virginia",
    "Warsaw",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Yemen",
    "Zambia",
    "Zimbabwe",
];
/// Titles and relation nouns that say a person is a "he".
pub(super) const MALE_WORDS: &[&str] = &[
    "baron",
    "boy",
    "brother",
    "duke",
    "father",
    "grandfather",
    "husband",
    "king",
    "man",
    "mr",
    "nephew",
    "prince",
    "sir",
    "son",
    "uncle",
];
/// Titles and relation nouns that say a person is a "she".
pub(super) const FEMALE_WORDS: &[&str] = &[
    "aunt",
    "baroness",
    "dame",
    "daughter",
    "duchess",
    "girl",
    "grandmother",
    "lady",
    "madam",
    "miss",
    "mother",
    "mrs",
    "ms",
    "niece",
    "princess",
    "queen",
    "sister",
    "widow",
    "wife",
    "woman",
];
/// Given names borne almost only by men, in lower case: common names of
/// the English-speaking, Celtic, Romance, Germanic and Slavic traditions
/// (national given-name frequency lists), leaving out names borne by both
/// ("Andrea", "Jean", "Kim", "Sam", "Robin"). "Tomás Breslin" is a "he".
/// Sorted in byte order.
pub(super) const MALE_GIVEN_NAMES: &[&str] = &[
    "aaron",
    "abdul",
    "adam",
    "adrian",
    "ahmed",
    "aidan",
    "alan",
    "albert",
    "aleksandr",
    "alexander",
    "alexei",
    "ali",
    "alistair",
    "anders",
    "andrew",
    "andrzej",
    "andrés",
    "angus",
    "anthony",
    "antoine",
    "antonio",
    "arjun",
    "arthur",
    "barry",
    "ben",
    "benjamin",
    "bernard",
    "bill",
    "bob",
    "boris",
    "brendan",
    "brian",
    "bruce",
    "callum",
    "carl",
    "carlos",
    "charles",
    "christopher",
    "ciarán",
    "colin",
    "conor",
    "craig",
    "damian",
    "daniel",
    "darnell",
    "darren",
    "david",
    "declan",
    "dennis",
    "derek",
    "desmond",
    "diego",
    "dmitri",
    "donald",
    "douglas",
    "duncan",
    "dylan",
    "edward",
    "emlyn",
    "enrique",
    "eoin",
    "eric",
    "ernesto",
    "euan",
    "felipe",
    "fernando",
    "finn",
    "francis",
    "frank",
    "françois",
    "fred",
    "frederick",
    "gareth",
    "gary",
    "gavin",
    "geoffrey",
    "george",
    "gerald",
    "gerard",
    "gordon",
    "graham",
    "gregory",
    "guillaume",
    "gustavo",
    "hamish",
    "harold",
    "harry",
    "hassan",
    "hector",
    "henry",
    "howard",
    "hugh",
    "ian",
    "idris",
    "igor",
    "ivan",
    "jack",
    "jacob",
    "jake",
    "james",
    "jamie",
    "jason",
    "javier",
    "jeffrey",
    "jeremy",
    "jim",
    "joe",
    "john",
    "jonathan",
    "jorge",
    "joseph",
    "josé",
    "juan",
    "julian",
    "justin",
    "karl",
    "keith",
    "kenneth",
    "kevin",
    "kieran",
    "lars",
    "lawrence",
    "len",
    "leonard",
    "liam",
    "lionel",
    "luis",
    "luke",
    "malcolm",
    "marcus",
    "mark",
    "martin",
    "matthew",
    "michael",
    "miguel",
    "mikhail",
    "mohammed",
    "muhammad",
    "neil",
    "nicholas",
    "nigel",
    "noel",
    "oliver",
    "omar",
    "oscar",
    "owain",
    "owen",
    "pablo",
    "patrick",
    "paul",
    "pedro",
    "peter",
    "philip",
    "pierre",
    "rafael",
    "rahul",
    "raj",
    "ralph",
    "raymond",
    "reginald",
    "richard",
    "robert",
    "roberto",
    "roger",
    "ronald",
    "rory",
    "ross",
    "roy",
    "russell",
    "ryan",
    "samuel",
    "scott",
    "seamus",
    "sean",
    "sergei",
    "seán",
    "shaun",
    "simon",
    "stephen",
    "steven",
    "stuart",
    "terence",
    "thomas",
    "timothy",
    "tom",
    "tomás",
    "tony",
    "trevor",
    "vikram",
    "vincent",
    "vladimir",
    "walter",
    "wayne",
    "william",
    "yann",
    "yusuf",
];
/// Given names borne almost only by women, chosen as [`MALE_GIVEN_NAMES`]
/// are. Sorted in byte order.
pub(super) const FEMALE_GIVEN_NAMES: &[&str] = &[
    "abigail",
    "agnes",
    "aisling",
    "alice",
    "alison",
    "amanda",
    "amelia",
    "amy",
    "ana",
    "anastasia",
    "angela",
    "angharad",
    "anita",
    "ann",
    "anna",
    "anne",
    "annette",
    "aoife",
    "barbara",
    "beatrice",
    "bethan",
    "brenda",
    "bridget",
    "caitlin",
    "carla",
    "carmen",
    "caroline",
    "carys",
    "catherine",
    "charlotte",
    "chloe",
    "christine",
    "claire",
    "clara",
    "claudia",
    "colette",
    "deborah",
    "deirdre",
    "denise",
    "diana",
    "donna",
    "dorothy",
    "eileen",
    "elaine",
    "eleanor",
    "elena",
    "elizabeth",
    "ellen",
    "emily",
    "emma",
    "eva",
    "fatima",
    "fiona",
    "frances",
    "gemma",
    "geraldine",
    "gillian",
    "gladys",
    "glenys",
    "grace",
    "hannah",
    "heather",
    "helen",
    "helena",
    "ingrid",
    "irene",
    "isabel",
    "jacqueline",
    "jane",
    "janet",
    "jennifer",
    "jessica",
    "joan",
    "joanna",
    "josephine",
    "judith",
    "julia",
    "julie",
    "karen",
    "kate",
    "katherine",
    "kathleen",
    "kathryn",
    "katie",
    "laura",
    "lauren",
    "linda",
    "lisa",
    "lorna",
    "louise",
    "lucy",
    "lynn",
    "magdalena",
    "mairead",
    "margaret",
    "maria",
    "marie",
    "marina",
    "marion",
    "martha",
    "mary",
    "maureen",
    "megan",
    "melissa",
    "michelle",
    "miriam",
    "monica",
    "nadia",
    "nancy",
    "natalia",
    "natasha",
    "niamh",
    "nicola",
    "nora",
    "nuala",
    "olga",
    "olivia",
    "pamela",
    "patricia",
    "paula",
    "pauline",
    "peggy",
    "priya",
    "rachel",
    "rebecca",
    "rhiannon",
    "rita",
    "rosa",
    "rose",
    "ruth",
    "sally",
    "samantha",
    "sandra",
    "sarah",
    "sharon",
    "sheila",
    "shirley",
    "sinéad",
    "siobhan",
    "siân",
    "sofia",
    "sophie",
    "stephanie",
    "susan",
    "sylvia",
    "tamara",
    "teresa",
    "theresa",
    "tracy",
    "ursula",
    "valerie",
    "vanessa",
    "victoria",
    "wendy",
    "yvonne",
    "zoe",
];
/// Nouns that make a phrase an organization.
pub(super) const ORG_NOUNS: &[&str] = &[
    "administration",
    "agency",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "bloc",
    "board",
    "body",
    "broadcaster",
    "bureau",
    "cabinet",
    "campaign",
    "center",
    "centre",
    "chamber",
    "charity",
    "coalition",
    "coastguard",
    "college",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "consortium",
    "cooperative",
    "corporation",
    "council",
    "court",
    "daily",
    "delegation",
    "department",
    "directorate",
    "embassy",
    "federation",
    "firm",
    "force",
    "forces",
    "forum",
    "foundation",
    "fund",
    "government",
    "group",
    "groups",
    "guild",
    "hospital",
    "house",
    "ilbo",
    "inspectorate",
    "institute",
    "journal",
    "kcna",
    "kremlin",
    "kyodo",
    "league",
    "legislature",
    "media",
    "ministry",
    "mission",
    "nations",
    "navy",
    "network",
    "news",
    "newspaper",
    "office",
    "opposition",
    "organisation",
    "organization",
    "panel",
    "parliament",
    "party",
    "pentagon",
    "police",
    "post",
    "press",
    "regulator",
    "reuters",
    "room",
    "school",
    "secretariat",
    "senate",
    "service",
    "shimbun",
    "side",
    "sides",
    "society",
    "times",
    "treasury",
    "tribunal",
    "trust",
    "tv",
    "union",
    "university",
    "watchdog",
    "xinhua",
    "yonhap",
];
/// Nouns that make a descriptive phrase an unnamed source.
pub(super) const UNNAMED_NOUNS: &[&str] = &[
    "accused",
    "activist",
    "activists",
    "aide",
    "aides",
    "analyst",
    "analysts",
    "appellant",
    "appellants",
    "barrister",
    "barristers",
    "boys",
    "campaigner",
    "campaigners",
    "children",
    "claimant",
    "claimants",
    "clerk",
    "clerks",
    "commuter",
    "commuters",
    "complainant",
    "complainants",
    "conductor",
    "coroner",
    "counsel",
    "critic",
    "critics",
    "customer",
    "customers",
    "defendant",
    "defendants",
    "delegate",
    "delegates",
    "demonstrator",
    "demonstrators",
    "detective",
    "detectives",
    "diplomat",
    "diplomats",
    "doctor",
    "doctors",
    "driver",
    "drivers",
    "economists",
    "employee",
    "employees",
    "engineer",
    "engineers",
    "expert",
    "experts",
    "farmer",
    "farmers",
    "fighter",
    "fighters",
    "firefighter",
    "firefighters",
    "fisherman",
    "fishermen",
    "girls",
    "grandfather",
    "grandmother",
    "insider",
    "insiders",
    "investor",
    "investors",
    "juror",
    "jurors",
    "landlady",
    "landlord",
    "landlords",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "man",
    "mechanic",
    "mechanics",
    "medic",
    "medics",
    "member",
    "members",
    "men",
    "midwife",
    "midwives",
    "migrant",
    "migrants",
    "monk",
    "mourner",
    "mourners",
    "negotiators",
    "neighbor",
    "neighbors",
    "neighbour",
    "neighbours",
    "nun",
    "nurse",
    "nurses",
    "observer",
    "observers",
    "officer",
    "officers",
    "official",
    "officials",
    "owner",
    "owners",
    "paramedic",
    "paramedics",
    "parent",
    "parents",
    "participant",
    "participants",
    "passenger",
    "passengers",
    "pathologist",
    "pathologists",
    "patient",
    "patients",
    "people",
    "person",
    "pilgrim",
    "pilgrims",
    "plaintiff",
    "plaintiffs",
    "priest",
    "protester",
    "protesters",
    "protestor",
    "protestors",
    "pupil",
    "pupils",
    "refugee",
    "refugees",
    "relatives",
    "representative",
    "representatives",
    "researchers",
    "resident",
    "residents",
    "scientists",
    "shareholder",
    "shareholders",
    "shopkeeper",
    "shopper",
    "shoppers",
    "soldier",
    "soldiers",
    "solicitor",
    "solicitors",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "student",
    "students",
    "supervisor",
    "supervisors",
    "supporter",
    "supporters",
    "survivor",
    "survivors",
    "suspects",
    "teacher",
    "teachers",
    "technician",
    "technicians",
    "tenant",
    "tenants",
    "tourist",
    "tourists",
    "trader",
    "traders",
    "vendor",
    "vendors",
    "victim",
    "victims",
    "villager",
    "villagers",
    "volunteer",
    "volunteers",
    "voter",
    "voters",
    "witness",
    "witnesses",
    "woman",
    "women",
    "worker",
    "workers",
];
/// Whether `lower` (in lower case) holds any of [`DOCUMENT_WORDS`] as whole
/// words, or their plurals ("the audit", "the ministry's guidelines"): one
/// pass of an automaton instead of a search for each word. A body named for
/// its work ("the national audit office", "the review board") is no
/// document, and "reporters" or "newspaper" hold none.
pub(super) fn names_a_document(lower: &str) -> bool {
    static DOCUMENTS: LazyLock<AhoCorasick> =
        LazyLock::new(|| AhoCorasick::new(DOCUMENT_WORDS).expect("the document words build"));
    if lower.rsplit(' ').next().is_some_and(is_org_noun) {
        return false;
    }
    DOCUMENTS.find_overlapping_iter(lower).any(|m| {
        let rest = &lower[m.end()..];
        let rest = rest.strip_prefix('s').unwrap_or(rest);
        !lower[..m.start()].ends_with(char::is_alphanumeric)
            && !rest.starts_with(char::is_alphanumeric)
    })
}

/// Words that make a name a document.
pub(super) const DOCUMENT_WORDS: &[&str] = &[
    "bluebook",
    "white paper",
    "defense of japan",
    "defence of japan",
    "report",
    "briefing",
    "paper",
    "statement",
    "declaration",
    "communiqué",
    "communique",
    "strategy",
    "review",
    "treaty",
    "resolution",
    "yearbook",
    "constitution",
    "memorandum",
    "plaque",
    "press release",
    "inscription",
    "inspection",
    "inquiry",
    "investigation",
    "charter",
    "award",
    "ruling",
    "judgment",
    "judgement",
    "verdict",
    "audit",
    "assessment",
    "letter",
    "memo",
    "minutes",
    "manual",
    "guidance",
    "submission",
    "analysis",
    "study",
    "survey",
    "filing",
    "indictment",
    "directive",
    "notice",
    "agreement",
    "accord",
    "log",
    "diary",
    "email",
    "e-mail",
    "cable",
    "document",
    "summary",
    "evaluation",
    "bulletin",
    "decree",
    "proclamation",
    "petition",
    "motion",
    "amendment",
    "guidelines",
    "regulation",
    "transcript",
    "affidavit",
    "manifesto",
    "editorial",
    "article",
    "tweet",
    "message",
    "order",
    "act",
    "complaint",
    "lawsuit",
    "consultation",
    "testimony",
    "findings",
    "opinion",
    "forecast",
    "readout",
    "dossier",
    "notes",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_looked_up_by_binary_search_are_sorted_and_unique() {
        let lists = [
            ("STATES", STATES),
            ("ORG_NOUNS", ORG_NOUNS),
            ("ROLE_TITLES", ROLE_TITLES),
            ("ROLE_NOUNS", ROLE_NOUNS),
            ("UNNAMED_NOUNS", UNNAMED_NOUNS),
            ("ABBREVIATIONS", ABBREVIATIONS),
            ("MALE_GIVEN_NAMES", MALE_GIVEN_NAMES),
            ("FEMALE_GIVEN_NAMES", FEMALE_GIVEN_NAMES),
        ];
        for (name, list) in lists {
            for pair in list.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {:?} must come before {:?}",
                    pair[1],
                    pair[0]
                );
            }
        }
    }

    /// The regex [`by_saying`] stands for, and the cue search as it was
    /// written with it: every cue in order, the regex run before each.
    /// Also says whether the reply pattern moved the last cue's start.
    fn reference_last_cue(text: &str) -> (Option<(usize, usize)>, bool) {
        static BY_SAYING: LazyLock<regex::Regex> = LazyLock::new(|| {
            regex::Regex::new(
                r"(?i)\b(?:respond|answer|repl|react)\w*\b[^“”\x22\x01]{0,240}?\bby\s+\z",
            )
            .unwrap()
        });
        // The DFA, whichever automaton `last_cue` is using by now.
        static DFA: LazyLock<AhoCorasick> = LazyLock::new(|| cue_automaton(AhoCorasickKind::DFA));
        DFA.find_iter(text)
            .filter(|m| is_cue(text, m.start(), m.end()))
            .map(|m| {
                let mut reach = m.start().saturating_sub(300);
                while !text.is_char_boundary(reach) {
                    reach += 1;
                }
                let start = BY_SAYING
                    .find(&text[reach..m.start()])
                    .map_or(m.start(), |r| reach + r.start());
                ((start, m.end()), start != m.start())
            })
            .last()
            .map_or((None, false), |(cue, moved)| (Some(cue), moved))
    }

    /// Texts put together from pieces that matter to the reply pattern and
    /// the cue tests, by a fixed pseudo-random sequence; every other text
    /// is shaped as a reply ("responded ... by" and white space before a
    /// cue) with pieces that may spoil it.
    fn generated_texts(count: usize) -> Vec<String> {
        const PIECES: &[&str] = &[
            "respond",
            "Responds",
            "REſPOND",
            "reſponded",
            "answer",
            "Answered",
            "repl",
            "ied",
            "y",
            "react",
            "ing",
            "ed",
            " ",
            "  ",
            "\n",
            "\u{a0}",
            "\t",
            "by",
            "BY",
            "bY",
            "By",
            "“",
            "”",
            "\"",
            "\u{1}",
            "x",
            "é",
            "_",
            "-",
            ",",
            ".",
            "to reports",
            "—",
            "1",
            "saying",
            "said",
            "says",
            "told",
            "According to",
            "according to",
            "be",
            "been",
            "stated",
            "United States",
            "so-called",
            "aforesaid",
            "Ω",
            "ſ",
            "ǅ",
            "of the",
        ];
        const STEMS: &[&str] = &["respond", "Answer", "REPL", "react", "reſpond", "xrepl"];
        const BY: &[&str] = &["by", "BY", "By", "nearby", "by-", "by\u{1}", "y"];
        const SPACE: &[&str] = &[" ", "\n", "\u{a0}", "\u{2003}", "", "  \t"];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        (0..count)
            .map(|i| {
                let mut text = String::new();
                let pieces =
                    |text: &mut String, most: usize, next: &mut dyn FnMut(usize) -> usize| {
                        for _ in 0..next(most) {
                            if next(12) == 0 {
                                // A gap near the 240 characters a reply may span.
                                text.push_str(&"w ".repeat(110 + next(20)));
                            }
                            text.push_str(PIECES[next(PIECES.len())]);
                        }
                    };
                if i % 2 == 0 {
                    pieces(&mut text, 40, &mut next);
                } else {
                    pieces(&mut text, 6, &mut next);
                    text.push(' ');
                    text.push_str(STEMS[next(STEMS.len())]);
                    text.push_str(["ed to reports ", "s ", "", "ied, with w", "\u{1}"][next(5)]);
                    pieces(&mut text, 4, &mut next);
                    text.push(' ');
                    text.push_str(BY[next(BY.len())]);
                    text.push_str(SPACE[next(SPACE.len())]);
                    text.push_str(["saying", "said", "says", "stating"][next(4)]);
                    if next(2) == 0 {
                        pieces(&mut text, 3, &mut next);
                    }
                }
                text
            })
            .collect()
    }

    #[test]
    fn the_hand_written_reply_pattern_agrees_with_its_regex() {
        let crafted = [
            "The ministry responded to the reports by saying",
            "It replied to critics by ",
            "It replied to critics by",
            "It replied to critics nearby ",
            "They reacted by\n",
            "He answered “no” and then by ",
            "Reſponds quickly by\u{a0}",
            "unresponsive by ",
            "responses byline ",
            "x responding, by the way, by ",
        ];
        let (mut cues, mut replies) = (0, 0);
        let texts = crafted
            .iter()
            .map(|t| format!("{t} said"))
            .chain(generated_texts(10_000));
        for text in texts {
            let (expected, moved) = reference_last_cue(&text);
            assert_eq!(last_cue(&text), expected, "{text:?}");
            cues += expected.is_some() as usize;
            replies += moved as usize;
        }
        // The texts exercise both outcomes often.
        assert!(
            cues > 5_000 && replies > 500,
            "{cues} cues, {replies} replies"
        );
    }

    #[test]
    fn the_nfa_and_the_dfa_find_the_same_cues() {
        let nfa = cue_automaton(AhoCorasickKind::ContiguousNFA);
        let dfa = cue_automaton(AhoCorasickKind::DFA);
        let spans = |a: &AhoCorasick, text: &str| -> Vec<(usize, usize)> {
            a.find_iter(text).map(|m| (m.start(), m.end())).collect()
        };
        let mut found = 0;
        for text in generated_texts(2_000) {
            let expected = spans(&dfa, &text);
            assert_eq!(spans(&nfa, &text), expected, "{text:?}");
            found += expected.len();
        }
        assert!(found > 2_000, "{found} matches");
    }
}
