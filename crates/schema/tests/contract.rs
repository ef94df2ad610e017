//! The schemas are a contract: valid JSON Schema, in agreement with the Rust
//! types, and read the same way by an independent implementation.

use std::path::PathBuf;

use claimkit_parser::{
    Article, Author, Chronology, Citation, Context, Credit, Entry, EntryDate, Figure, IssueDate,
    Lead, Link, MarkRole, Marks, Metadata, PageRange, Period, Precision, Qualifier, Quotation,
    QuoteRole, Section, Span, Speaker, SpeakerKind, StrayMark, Subheading, TimeOfDay, Unparsed,
    UnparsedReason, YearSource, ARTICLE_SCHEMA_ID,
};
use claimkit_schema::{Validator, ARTICLE_SCHEMA, DEFINITIONS_SCHEMA, REPORT_SCHEMA};
use serde_json::{json, Value};

fn schema(text: &str) -> Value {
    serde_json::from_str(text).expect("schema is JSON")
}

#[test]
fn schemas_are_valid_draft_2020_12() {
    for text in [ARTICLE_SCHEMA, REPORT_SCHEMA, DEFINITIONS_SCHEMA] {
        let schema = schema(text);
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        if let Err(err) = jsonschema::meta::validate(&schema) {
            panic!("{}: {err}", schema["$id"]);
        }
    }
}

/// Every property in every schema says what it is.
#[test]
fn every_property_has_a_description() {
    fn walk(value: &Value, path: &str, missing: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    for (name, prop) in props {
                        let described = prop.get("description").is_some()
                            || prop
                                .get("$ref")
                                .is_some_and(|_| prop.as_object().is_some_and(|o| o.len() == 1));
                        if !described {
                            missing.push(format!("{path}/properties/{name}"));
                        }
                    }
                }
                for (k, v) in map {
                    walk(v, &format!("{path}/{k}"), missing);
                }
            }
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(v, &format!("{path}/{i}"), missing)),
            _ => {}
        }
    }
    let mut missing = Vec::new();
    for text in [ARTICLE_SCHEMA, REPORT_SCHEMA, DEFINITIONS_SCHEMA] {
        walk(&schema(text), "", &mut missing);
    }
    assert!(
        missing.is_empty(),
        "properties without a description: {missing:#?}"
    );
}

fn span(line: usize) -> Span {
    Span {
        line,
        column: 1,
        start: line * 10,
        end: line * 10 + 5,
    }
}

/// An article with every optional field set, built from the Rust types.
fn everything_set() -> Article {
    let date = EntryDate {
        text: "Feb. 30, 2020".into(),
        start: None,
        end: None,
        precision: Precision::Day,
        year_source: YearSource::Written,
        qualifier: Some(Qualifier::Late),
        problem: Some("February 30, 2020 does not exist".into()),
        span: span(3),
    };
    Article {
        schema: ARTICLE_SCHEMA_ID.into(),
        metadata: Metadata {
            journal: Some("Journal".into()),
            title: Some("Title".into()),
            subtitle: Some("Subtitle".into()),
            authors: vec![Author {
                name: "A. Writer".into(),
                affiliation: Some("University".into()),
                span: span(1),
            }],
            volume: Some(1),
            issue: Some(2),
            issue_date: Some(IssueDate {
                text: "May 2020".into(),
                value: "2020-05".parse().unwrap(),
            }),
            pages: Some(PageRange { first: 1, last: 9 }),
            citation: Some(Citation {
                text: "A. Writer, “Title,” Journal, Vol. 1, No. 2, pp 1-9.".into(),
                authors: vec!["A. Writer".into()],
                title: Some("Title".into()),
                volume: Some(1),
                issue: Some(2),
                pages: Some(PageRange { first: 1, last: 9 }),
                span: span(2),
            }),
        },
        sections: vec![Section {
            title: "Heading".into(),
            span: span(2),
        }],
        figures: vec![Figure {
            number: 1,
            caption: "Caption".into(),
            credit: Some("AP".into()),
            span: span(2),
        }],
        links: vec![Link {
            text: "said".into(),
            target: "#".into(),
            span: span(2),
        }],
        chronologies: vec![Chronology {
            title: Some("Chronology".into()),
            period: Some(Period {
                text: "May 2020".into(),
                start: "2020-05".parse().unwrap(),
                end: "2020-05".parse().unwrap(),
                span: span(3),
            }),
            prepared_by: Some(Credit {
                name: "Editor".into(),
                text: "Prepared by Editor.".into(),
                span: span(5),
            }),
            entries: vec![Entry {
                date,
                text: "One. | Two.".into(),
                events: vec!["One.".into(), "Two.".into()],
                time: Some(Box::new(TimeOfDay {
                    text: "8:42-46 A.M. EDT (approx)".into(),
                    start: "08:42".into(),
                    end: "08:46".into(),
                    zone: Some("EDT".into()),
                    approximate: true,
                })),
                problem: Some("“.” after the date where a colon belongs".into()),
                span: span(3),
            }],
            unparsed: vec![Unparsed {
                text: ": lost".into(),
                reason: UnparsedReason::MissingDate,
                span: span(4),
            }],
            subheadings: vec![Subheading {
                text: "September 11, 2001".into(),
                start: Some("2001-09-11".parse().unwrap()),
                end: Some("2001-09-11".parse().unwrap()),
                note: Some("All times are local.".into()),
                span: span(3),
            }],
            lead: Some(Lead {
                text: "This timeline covers the months from May to June 2020.".into(),
                span: span(2),
            }),
            span: span(3),
        }],
        quotations: vec![
            Quotation {
                text: "outer “inner”".into(),
                marks: Marks::Mixed,
                speaker: Some(Speaker {
                    name: "Motegi".into(),
                    role: Some("Minister".into()),
                    kind: SpeakerKind::Person,
                    resolved_from: Some("He".into()),
                }),
                cue: Some("said".into()),
                role: QuoteRole::Statement,
                context: Context::Chronology {
                    chronology: 0,
                    entry: 0,
                },
                nested_in: None,
                span: span(3),
            },
            Quotation {
                text: "inner".into(),
                marks: Marks::Curly,
                speaker: None,
                cue: None,
                role: QuoteRole::Term,
                context: Context::Body,
                nested_in: Some(0),
                span: span(3),
            },
        ],
        stray_marks: vec![StrayMark {
            mark: "”".into(),
            role: MarkRole::Close,
            span: span(4),
        }],
    }
}

#[test]
fn a_document_with_every_optional_field_validates() {
    let document = serde_json::to_value(everything_set()).expect("serializes");
    let errors = Validator::article().validate(&document);
    assert!(errors.is_empty(), "{errors:#?}");
}

/// A normalized date is valid to `claimkit validate` (the schema's pattern
/// and its calendar check) exactly when the model's `IsoDate` accepts it.
#[test]
fn iso_dates_mean_the_same_to_the_schema_and_the_model() {
    let candidates = [
        "2020",
        "0000",
        "9999",
        "2020-01",
        "2020-12",
        "2020-00",
        "2020-13",
        "2020-1",
        "2020-05-01",
        "2020-02-29",
        "2021-02-29",
        "1900-02-29",
        "2000-02-29",
        "2020-04-31",
        "2020-04-30",
        "2020-12-32",
        "2020-05-00",
        "2020-5-01",
        "2020-05-1",
        "20200",
        "202",
        "-2020",
        "+2020",
        "2020-",
        "2020-05-",
        "2020-05-01-01",
        "2020/05/01",
        " 2020",
        "2020 ",
        "",
        "２０２０",
        "2020-05-01T00:00",
        "1e10",
    ];
    let mut disagreements = Vec::new();
    for candidate in candidates {
        let mut document = serde_json::to_value(everything_set()).expect("serializes");
        let date = &mut document["chronologies"][0]["entries"][0]["date"];
        date["start"] = json!(candidate);
        date["end"] = json!(candidate);
        let schema_accepts = Validator::article().validate(&document).is_empty();
        let model_accepts = claimkit_parser::IsoDate::try_from(candidate).is_ok();
        if schema_accepts != model_accepts {
            disagreements.push(format!(
                "{candidate:?}: schema {schema_accepts}, IsoDate {model_accepts}"
            ));
        }
    }
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}

/// The schema's closed vocabularies are exactly the Rust enums' serializations.
#[test]
fn enums_match_the_schema() {
    // The matches have no wildcard arm: a new variant fails to compile here
    // until it is listed, and then fails the comparison until the schema has it.
    fn precision(p: Precision) -> Precision {
        match p {
            Precision::Day | Precision::Approximate | Precision::Month | Precision::Year => p,
        }
    }
    fn year_source(y: YearSource) -> YearSource {
        match y {
            YearSource::Written
            | YearSource::Period
            | YearSource::Neighbour
            | YearSource::Heading
            | YearSource::Document
            | YearSource::Unknown => y,
        }
    }
    fn qualifier(q: Qualifier) -> Qualifier {
        match q {
            Qualifier::Early | Qualifier::Mid | Qualifier::Late | Qualifier::Circa => q,
        }
    }
    fn reason(r: UnparsedReason) -> UnparsedReason {
        match r {
            UnparsedReason::MissingDate
            | UnparsedReason::PageFurniture
            | UnparsedReason::Orphan
            | UnparsedReason::Caption
            | UnparsedReason::Footnote => r,
        }
    }
    fn marks(m: Marks) -> Marks {
        match m {
            Marks::Curly
            | Marks::Straight
            | Marks::CurlySingle
            | Marks::StraightSingle
            | Marks::Mixed
            | Marks::Unclosed => m,
        }
    }
    fn kind(k: SpeakerKind) -> SpeakerKind {
        match k {
            SpeakerKind::Person
            | SpeakerKind::Organization
            | SpeakerKind::Document
            | SpeakerKind::UnnamedSource => k,
        }
    }
    fn role(r: MarkRole) -> MarkRole {
        match r {
            MarkRole::Open | MarkRole::Close => r,
        }
    }
    fn names<T: serde::Serialize>(values: &[T]) -> Vec<Value> {
        values
            .iter()
            .map(|v| serde_json::to_value(v).expect("serializes"))
            .collect()
    }
    let article = schema(ARTICLE_SCHEMA);
    let definitions = schema(DEFINITIONS_SCHEMA);
    let defs = &article["$defs"];
    let cases: Vec<(&Value, Vec<Value>)> = vec![
        (
            &defs["entryDate"]["properties"]["precision"]["enum"],
            names(
                &[
                    Precision::Day,
                    Precision::Approximate,
                    Precision::Month,
                    Precision::Year,
                ]
                .map(precision),
            ),
        ),
        (
            &defs["entryDate"]["properties"]["year_source"]["enum"],
            names(
                &[
                    YearSource::Written,
                    YearSource::Period,
                    YearSource::Neighbour,
                    YearSource::Heading,
                    YearSource::Document,
                    YearSource::Unknown,
                ]
                .map(year_source),
            ),
        ),
        (
            &defs["entryDate"]["properties"]["qualifier"]["enum"],
            names(
                &[
                    Qualifier::Early,
                    Qualifier::Mid,
                    Qualifier::Late,
                    Qualifier::Circa,
                ]
                .map(qualifier),
            ),
        ),
        (
            &defs["unparsed"]["properties"]["reason"]["enum"],
            names(
                &[
                    UnparsedReason::MissingDate,
                    UnparsedReason::PageFurniture,
                    UnparsedReason::Orphan,
                    UnparsedReason::Caption,
                    UnparsedReason::Footnote,
                ]
                .map(reason),
            ),
        ),
        (
            &defs["quotation"]["properties"]["marks"]["enum"],
            names(
                &[
                    Marks::Curly,
                    Marks::Straight,
                    Marks::CurlySingle,
                    Marks::StraightSingle,
                    Marks::Mixed,
                    Marks::Unclosed,
                ]
                .map(marks),
            ),
        ),
        (
            &definitions["$defs"]["speakerKind"]["enum"],
            names(
                &[
                    SpeakerKind::Person,
                    SpeakerKind::Organization,
                    SpeakerKind::Document,
                    SpeakerKind::UnnamedSource,
                ]
                .map(kind),
            ),
        ),
        (
            &defs["strayMark"]["properties"]["role"]["enum"],
            names(&[MarkRole::Open, MarkRole::Close].map(role)),
        ),
    ];
    for (in_schema, in_types) in cases {
        assert_eq!(in_schema.as_array(), Some(&in_types));
    }
}

fn fixtures() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixtures/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

/// boon, an independent Draft 2020-12 implementation.
struct Boon {
    schemas: boon::Schemas,
    article: boon::SchemaIndex,
}

impl Boon {
    fn new() -> Self {
        let mut compiler = boon::Compiler::new();
        compiler.enable_format_assertions();
        for text in [ARTICLE_SCHEMA, DEFINITIONS_SCHEMA, REPORT_SCHEMA] {
            let value = schema(text);
            let id = value["$id"].as_str().expect("$id").to_string();
            compiler.add_resource(&id, value).expect("resource");
        }
        let mut schemas = boon::Schemas::new();
        let article = compiler
            .compile(claimkit_schema::ARTICLE_ID, &mut schemas)
            .expect("boon compiles the article schema");
        compiler
            .compile(claimkit_schema::REPORT_ID, &mut schemas)
            .expect("boon compiles the report schema");
        Boon { schemas, article }
    }

    fn valid(&self, document: &Value) -> Result<(), String> {
        self.schemas
            .validate(document, self.article)
            .map_err(|e| format!("{e:#}"))
    }
}

#[test]
fn an_independent_validator_agrees() {
    let boon = Boon::new();
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).expect("fixture");
        let document = serde_json::to_value(claimkit_parser::extract(&text)).expect("serializes");
        boon.valid(&document)
            .unwrap_or_else(|e| panic!("{}: boon says {e}", path.display()));
    }
    boon.valid(&serde_json::to_value(everything_set()).expect("serializes"))
        .expect("everything set");
    // And it rejects what ours rejects.
    let mut broken = serde_json::to_value(everything_set()).expect("serializes");
    broken["chronologies"][0]["entries"][0]["date"]["precision"] = json!("week");
    broken["quotations"][0]["extra"] = json!(1);
    assert!(boon.valid(&broken).is_err());
    assert_eq!(Validator::article().validate(&broken).len(), 2);
}
