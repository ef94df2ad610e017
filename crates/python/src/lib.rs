//! `claimkit` for Python: the native module `claimkit._native`, which the
//! package `claimkit` (python/claimkit/__init__.py) re-exports.
//!
//! Every function copies its arguments out of Python objects, lets go of
//! the interpreter (`Python::detach`: other Python threads run) while the
//! Rust libraries work, and turns the result into Python objects once it
//! holds the interpreter again. The documents are built by the code that
//! builds the binary's (`claimkit_front`), so `json.dumps` of a result is
//! the binary's output byte for byte.

use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;

use claimkit_front::{Record, Source};
use claimkit_lint::render::FileReport;
use claimkit_lint::Config;
use claimkit_parser::{Article, LineIndex};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;

create_exception!(
    claimkit,
    ClaimkitError,
    PyException,
    "Base class of every error claimkit raises."
);
create_exception!(
    claimkit,
    EncodingError,
    ClaimkitError,
    "A text given as bytes is not UTF-8."
);
create_exception!(
    claimkit,
    ConfigError,
    ClaimkitError,
    "A configuration file or rule name cannot be used."
);
create_exception!(
    claimkit,
    SchemaError,
    ClaimkitError,
    "A schema cannot be had: an unknown name, an unreadable or invalid schema file."
);
create_exception!(
    claimkit,
    DocumentError,
    ClaimkitError,
    "A document to validate is not JSON (or not one JSON document)."
);
create_exception!(
    claimkit,
    InternalError,
    ClaimkitError,
    "A bug in claimkit (a Rust panic), caught before it reached the interpreter."
);

/// The name the binary gives standard input in `source.path`.
const STDIN_PATH: &str = "-";
/// The name the binary gives standard input in reports.
const STDIN_NAME: &str = "<stdin>";

/// The article extracted from `text`, as the document `claimkit extract`
/// writes for it (`source` names it; `-`, standard input's name, without).
#[pyfunction]
#[pyo3(signature = (text, *, source=None))]
fn extract<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    source: Option<PathBuf>,
) -> PyResult<Bound<'py, PyAny>> {
    let path = path_or(source.as_ref(), STDIN_PATH);
    let text = text_of(text, &path)?;
    let (article, source) = py.detach(|| guarded(|| extracted(text, path)))?;
    to_python(py, &Record::new(&article, source))
}

/// The articles of `texts`, extracted on every core (or on `jobs` threads).
#[pyfunction]
#[pyo3(signature = (texts, *, sources=None, jobs=None))]
fn extract_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    sources: Option<Vec<PathBuf>>,
    jobs: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let mut inputs = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        let path = match &sources {
            Some(sources) => path_or(sources.get(i), STDIN_PATH),
            None => STDIN_PATH.to_string(),
        };
        let text = text_of(&item?, &path)?;
        inputs.push((text, path));
    }
    if let Some(sources) = &sources {
        if sources.len() != inputs.len() {
            return Err(PyValueError::new_err(format!(
                "{} sources for {} texts; give one source per text",
                sources.len(),
                inputs.len()
            )));
        }
    }
    let pool = match jobs {
        Some(0) => return Err(PyValueError::new_err("jobs must be at least 1")),
        Some(n) => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| InternalError::new_err(format!("cannot start {n} threads: {e}")))?,
        ),
        None => None,
    };
    let articles = py.detach(|| {
        guarded(|| {
            let work = || -> Vec<(Article, Source)> {
                inputs
                    .into_par_iter()
                    .map(|(text, path)| extracted(text, path))
                    .collect()
            };
            match &pool {
                Some(pool) => pool.install(work),
                None => work(),
            }
        })
    })?;
    let list = PyList::empty(py);
    for (article, source) in articles {
        list.append(to_python(py, &Record::new(&article, source))?)?;
    }
    Ok(list)
}

/// The findings of every rule over `text`, as the `diagnostics` of
/// `claimkit check --format json` (each names `source`, or `<stdin>`).
#[pyfunction]
#[pyo3(signature = (text, *, config=None, select=None, source=None))]
fn check<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    config: Option<PathBuf>,
    select: Option<Vec<String>>,
    source: Option<PathBuf>,
) -> PyResult<Bound<'py, PyAny>> {
    let name = path_or(source.as_ref(), STDIN_NAME);
    let text = text_of(text, &name)?;
    let mut settings = match &config {
        Some(path) => read_config(path)?,
        None => Config::default(),
    };
    if let Some(select) = &select {
        settings
            .select(select)
            .map_err(|e| ConfigError::new_err(claimkit_front::worded(&e).join("\n")))?;
    }
    let index = LineIndex::new(&text);
    let found = py.detach(|| {
        guarded(|| {
            let article = claimkit_parser::extract_indexed(&index);
            claimkit_lint::check_indexed(&index, &article, &settings)
        })
    })?;
    let reports = [FileReport {
        name: &name,
        index: &index,
        diagnostics: &found,
    }];
    let diagnostics = claimkit_lint::render::diagnostics(&reports);
    let converted = to_python(py, &diagnostics);
    converted
}

/// The errors of `document` against the schema it names in `$schema` (or
/// `schema`: `article`, `report`, or the path of a schema file); empty when
/// it is valid.
#[pyfunction]
#[pyo3(signature = (document, *, schema=None))]
fn validate<'py>(
    py: Python<'py>,
    document: &Bound<'py, PyAny>,
    schema: Option<PathBuf>,
) -> PyResult<Bound<'py, PyList>> {
    let value = document_of(document)?;
    let forced = match &schema {
        Some(path) => Some(
            claimkit_schema::Validator::from_name_or_path(&path.display().to_string())
                .map_err(|e| SchemaError::new_err(e.to_string()))?,
        ),
        None => None,
    };
    let errors = py.detach(|| {
        guarded(|| match &forced {
            Some(validator) => validator.validate(&value),
            None => match claimkit_schema::Validator::for_document(&value) {
                Ok(validator) => validator.validate(&value),
                // As the binary does: a document whose schema cannot be told is invalid.
                Err(err) => vec![unchosen(&err)],
            },
        })
    })?;
    let list = PyList::empty(py);
    for error in errors {
        let item = PyDict::new(py);
        item.set_item("instance_path", error.instance_path)?;
        item.set_item("schema_path", error.schema_path)?;
        item.set_item("message", error.message)?;
        list.append(item)?;
    }
    Ok(list)
}

/// An embedded JSON Schema (`article`, `report` or `definitions`), as
/// `claimkit schema NAME` prints it.
#[pyfunction]
fn schema<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    let text = match name {
        "article" => claimkit_schema::ARTICLE_SCHEMA,
        "report" => claimkit_schema::REPORT_SCHEMA,
        "definitions" => claimkit_schema::DEFINITIONS_SCHEMA,
        _ => {
            return Err(SchemaError::new_err(format!(
                "unknown schema {name:?}; expected \"article\", \"report\" or \"definitions\""
            )))
        }
    };
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| InternalError::new_err(format!("embedded schema {name}: {e}")))?;
    to_python(py, &value)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add("ClaimkitError", py.get_type::<ClaimkitError>())?;
    m.add("EncodingError", py.get_type::<EncodingError>())?;
    m.add("ConfigError", py.get_type::<ConfigError>())?;
    m.add("SchemaError", py.get_type::<SchemaError>())?;
    m.add("DocumentError", py.get_type::<DocumentError>())?;
    m.add("InternalError", py.get_type::<InternalError>())?;
    Ok(())
}

/// The article of `text` and the source it is named by.
fn extracted(text: String, path: String) -> (Article, Source) {
    let article = claimkit_parser::extract(&text);
    let source = Source::of_text(path, text.as_bytes());
    (article, source)
}

/// `path` as the binary shows a path, or `default`.
fn path_or(path: Option<&PathBuf>, default: &str) -> String {
    match path {
        Some(path) => path.display().to_string(),
        None => default.to_string(),
    }
}

/// The text of a `str`, or of `bytes` that are UTF-8 (as the binary reads
/// a file: a byte-order mark is kept).
fn text_of(text: &Bound<'_, PyAny>, name: &str) -> PyResult<String> {
    if let Ok(text) = text.cast::<PyString>() {
        return text.to_cow().map(|t| t.into_owned()).map_err(|_| {
            EncodingError::new_err(format!(
                "{name}: not valid Unicode (a lone surrogate); decode the file with errors=\"replace\""
            ))
        });
    }
    if let Ok(bytes) = text.cast::<PyBytes>() {
        return String::from_utf8(bytes.as_bytes().to_vec()).map_err(|e| {
            EncodingError::new_err(format!(
                "{name}: not valid UTF-8 at byte {}; convert the file to UTF-8",
                e.utf8_error().valid_up_to()
            ))
        });
    }
    Err(PyTypeError::new_err(format!(
        "a text is str or bytes, not {}",
        text.get_type().name()?
    )))
}

/// A document to validate: JSON text, or Python objects as `json.loads`
/// gives them.
fn document_of(document: &Bound<'_, PyAny>) -> PyResult<serde_json::Value> {
    let text = if document.is_instance_of::<PyString>() || document.is_instance_of::<PyBytes>() {
        Some(text_of(document, "the document")?)
    } else {
        None
    };
    let Some(text) = text else {
        return pythonize::depythonize(document)
            .map_err(|e| DocumentError::new_err(format!("the document is not JSON data: {e}")));
    };
    let mut documents = claimkit_schema::documents(&text);
    if documents.len() != 1 {
        return Err(DocumentError::new_err(format!(
            "{} documents (JSON Lines); validate them one at a time",
            documents.len()
        )));
    }
    documents
        .remove(0)
        .value
        .map_err(|e| DocumentError::new_err(e.to_string()))
}

/// The configuration file at `path`, read as `claimkit check --config` reads it.
fn read_config(path: &PathBuf) -> PyResult<Config> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConfigError::new_err(format!("cannot read configuration {shown}: {e}")))?;
    Config::from_toml(&text, &shown)
        .map_err(|e| ConfigError::new_err(claimkit_front::worded(&e).join("\n")))
}

/// Why a document's schema could not be told, as a validation error with
/// what the caller can do (the binary's words, with the keyword for
/// `--schema`).
fn unchosen(err: &claimkit_schema::Error) -> claimkit_schema::ValidationError {
    let (instance_path, message) = match err {
        claimkit_schema::Error::MissingSchema => (
            String::new(),
            format!("{err}; pass schema=\"article\" or \"report\""),
        ),
        claimkit_schema::Error::UnknownSchema { .. } => {
            ("/$schema".to_string(), format!("{err}, or pass schema="))
        }
        _ => (String::new(), err.to_string()),
    };
    claimkit_schema::ValidationError {
        instance_path,
        schema_path: String::new(),
        message,
    }
}

/// Runs `work`; a panic (a bug) becomes `InternalError` rather than
/// reaching the interpreter.
fn guarded<T>(work: impl FnOnce() -> T) -> PyResult<T> {
    panic::catch_unwind(AssertUnwindSafe(work)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        InternalError::new_err(format!(
            "internal error: {what}; please report it with the text that caused it"
        ))
    })
}

/// A serializable value as Python objects (dicts keep the serialization's
/// key order, so `json.dumps` writes what serde_json writes).
fn to_python<'py>(py: Python<'py>, value: &impl serde::Serialize) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, value)
        .map_err(|e| InternalError::new_err(format!("cannot convert the result: {e}")))
}
