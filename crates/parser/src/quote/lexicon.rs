//! The words attribution reads: cue verbs and phrases, and the word lists
//! that tell names, roles, organizations and documents apart.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use super::cues::{Class, Cue, CUES};

/// Every cue of the lexicon ([`CUES`]), matched in one pass, longest first.
static CUE_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(CUES.iter().map(|c| c.words))
        .expect("the cue lexicon builds")
});

/// "responds to reports ... by saying": a reply, then the cue its way of
/// replying gives.
static BY_SAYING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:respond|answer|repl|react)\w*\b[^“”\x22\x01]{0,240}?\bby\s+\z").unwrap()
});

/// What kind of cue `found` is (Speech where the lexicon does not say, as
/// for "responds ... by saying").
pub(super) fn cue_class(found: &str) -> Class {
    cue_entry(found).map_or(Class::Speech, |c| c.class)
}

/// The lexicon's entry for a cue as found.
pub(super) fn cue_entry(found: &str) -> Option<&'static Cue> {
    let key = found.to_ascii_lowercase();
    CUES.binary_search_by(|c| c.words.cmp(key.as_str()))
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

/// The cues of `text` in order, as byte ranges: whole words only, in lower
/// case or capitalized where a sentence starts ("According to"), so that the
/// "States" of "United States" is never the cue "states". A cue preceded by
/// a reply and "by" ("responds to reports by saying") takes the reply in.
pub(super) fn cues(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    CUE_MATCHER.find_iter(text).filter_map(move |m| {
        let (start, end) = (m.start(), m.end());
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        // Whole words: "so-called" holds no cue "called".
        let joined = |c: char| c.is_alphanumeric() || c == '-';
        if before.is_some_and(joined) || after.is_some_and(joined) {
            return None;
        }
        // "should be read as", "will be called": a passive, not a cue.
        let lead = text[..start].trim_end();
        if ["be", "been", "being"].iter().any(|b| {
            lead.len() > b.len() && lead.ends_with(b) && lead[..lead.len() - b.len()].ends_with(' ')
        }) {
            return None;
        }
        let found = &text[start..end];
        if found.bytes().any(|b| b.is_ascii_uppercase()) {
            let rest_lower = found[1..].bytes().all(|b| !b.is_ascii_uppercase());
            let opens = text[..start]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| ".!?:;“\"(—\u{1}".contains(c));
            if !(rest_lower && opens) {
                return None;
            }
        }
        let mut reach = start.saturating_sub(300);
        while !text.is_char_boundary(reach) {
            reach += 1;
        }
        let start = BY_SAYING
            .find(&text[reach..start])
            .map_or(start, |m| reach + m.start());
        Some((start, end))
    })
}

pub(super) const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "No", "Nos", "Vol", "Gen", "Lt", "Col", "Sen",
    "Rep", "Gov", "Prof", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "pp", "p", "vs", "etc", "Inc", "Co", "Corp", "Ltd", "approx",
];
pub(super) const CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "de", "van", "von", "bin", "al", "on", "at",
];
pub(super) const PREPOSITIONS: &[&str] =
    &["at", "in", "from", "of", "for", "with", "on", "to", "by"];
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
    "before",
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
    "President",
    "Minister",
    "Secretary",
    "Director",
    "Director-General",
    "Ambassador",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Leader",
    "Governor",
    "Senator",
    "Representative",
    "Rep",
    "Commissioner",
    "Chancellor",
    "King",
    "Queen",
    "Emperor",
    "General",
    "Gen",
    "Admiral",
    "Premier",
    "Mayor",
    "Envoy",
    "Adviser",
    "Advisor",
    "Deputy",
    "Chief",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Prof",
    "Professor",
    "Judge",
    "Justice",
    "Speaker",
    "Counselor",
    "Councillor",
    "Prince",
    "Princess",
    "Sen",
    "Gov",
    "Lt",
    "Col",
    "Captain",
    "Commander",
    "Officer",
    "Official",
    "director",
    "spokesperson",
    "spokesman",
    "official",
];
/// Lowercase nouns that name a role ("Center director").
pub(super) const ROLE_NOUNS: &[&str] = &[
    "director",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "minister",
    "secretary",
    "leader",
    "chief",
    "head",
    "president",
    "ambassador",
    "envoy",
    "adviser",
    "advisor",
    "chairman",
    "chair",
    "editor",
    "correspondent",
    "director-general",
    "professor",
    "governor",
    "mayor",
];
/// Nouns that name a person by relation: "Her father shrugged", "Parisi’s
/// daughter, Gianna, works ...".
pub(super) const RELATION_NOUNS: &[&str] = &[
    "aunt",
    "brother",
    "cousin",
    "daughter",
    "father",
    "friend",
    "grandfather",
    "grandmother",
    "husband",
    "mother",
    "nephew",
    "niece",
    "partner",
    "sister",
    "son",
    "uncle",
    "widow",
    "wife",
];
/// States, and capitals written for their governments ("Seoul's decision"):
/// a speaker so named is an institution, never the "he" or "she" after it.
/// Sorted in byte order.
pub(super) const STATES: &[&str] = &[
    "Afghanistan",
    "Albania",
    "Algeria",
    "Andorra",
    "Angola",
    "Ankara",
    "Argentina",
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
    "Brunei",
    "Brussels",
    "Bulgaria",
    "Burkina Faso",
    "Burma",
    "Burundi",
    "Cabo Verde",
    "Cairo",
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
    "Comoros",
    "Congo",
    "Costa Rica",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czech Republic",
    "Czechia",
    "DPRK",
    "Damascus",
    "Delhi",
    "Denmark",
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
    "France",
    "Gabon",
    "Gambia",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Grenada",
    "Guatemala",
    "Guinea",
    "Guinea-Bissau",
    "Guyana",
    "Haiti",
    "Hanoi",
    "Honduras",
    "Hong Kong",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
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
    "Kazakhstan",
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
    "Luxembourg",
    "Madagascar",
    "Madrid",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Manila",
    "Marshall Islands",
    "Mauritania",
    "Mauritius",
    "Mexico",
    "Micronesia",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Moscow",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nauru",
    "Nepal",
    "Netherlands",
    "New Zealand",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "North Korea",
    "North Macedonia",
    "Norway",
    "Oman",
    "Ottawa",
    "PRC",
    "Pakistan",
    "Palau",
    "Palestine",
    "Panama",
    "Papua New Guinea",
    "Paraguay",
    "Paris",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Pyongyang",
    "Qatar",
    "ROK",
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
    "Tehran",
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
    "Uzbekistan",
    "Vanuatu",
    "Vatican City",
    "Venezuela",
    "Vietnam",
    "Warsaw",
    "Washington",
    "Yemen",
    "Zambia",
    "Zimbabwe",
];
/// Titles and relation nouns that say a person is a "he".
pub(super) const MALE_WORDS: &[&str] = &[
    "brother",
    "father",
    "grandfather",
    "husband",
    "king",
    "mr",
    "nephew",
    "prince",
    "son",
    "uncle",
];
/// Titles and relation nouns that say a person is a "she".
pub(super) const FEMALE_WORDS: &[&str] = &[
    "aunt",
    "daughter",
    "grandmother",
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
];
/// Nouns that make a phrase an organization.
pub(super) const ORG_NOUNS: &[&str] = &[
    "government",
    "ministry",
    "authority",
    "agency",
    "court",
    "daily",
    "newspaper",
    "embassy",
    "group",
    "groups",
    "office",
    "council",
    "committee",
    "foundation",
    "center",
    "centre",
    "service",
    "bank",
    "department",
    "association",
    "party",
    "union",
    "assembly",
    "news",
    "press",
    "times",
    "post",
    "journal",
    "tv",
    "ilbo",
    "shimbun",
    "administration",
    "cabinet",
    "parliament",
    "congress",
    "senate",
    "company",
    "corporation",
    "institute",
    "commission",
    "house",
    "media",
    "network",
    "broadcaster",
    "nations",
    "organization",
    "organisation",
    "forum",
    "kcna",
    "yonhap",
    "kyodo",
    "reuters",
    "xinhua",
    "board",
    "body",
    "force",
    "forces",
    "army",
    "navy",
    "command",
];
/// Nouns that make a descriptive phrase an unnamed source.
pub(super) const UNNAMED_NOUNS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "diplomat",
    "diplomats",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "aide",
    "aides",
    "observer",
    "observers",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "insider",
    "insiders",
    "lawmaker",
    "lawmakers",
    "person",
    "people",
    "member",
    "members",
];
/// Words that make a name a document.
pub(super) const DOCUMENT_WORDS: &[&str] = &[
    "bluebook",
    "white paper",
    "defense of japan",
    "defence of japan",
    "report",
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
    "inscription",
    "inspection",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_sorted_and_unique() {
        for pair in STATES.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{:?} must come before {:?}",
                pair[1],
                pair[0]
            );
        }
    }
}
