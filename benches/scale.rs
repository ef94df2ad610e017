//! How extraction and checking scale: time for 1x, 10x and 100x the primary
//! fixture, and for the hostile shapes of issue 5 (a long single line, a
//! chronology of many entries, many unbalanced marks, deep nesting).
//!
//! `cargo bench` runs it; `CLAIMKIT_BENCH_FULL=1 cargo bench` uses the full
//! sizes (a 100 MB article, a 10 MB line, a million entries) and
//! `scripts/bench.sh` adds peak memory by running the binary on the same inputs.
//! Inputs are written to `target/bench-inputs/` so the script can reuse them.
//!
//! Then the release binary itself, as a pipeline runs it, on the article
//! file next to `wc -l` and `cat` on the same file in the same run (MB/s and
//! the ratio to each), and on 1,000 files with `--jobs 1` and every core.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    // `cargo bench -- --list` and friends pass flags; this harness takes none.
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let full = std::env::var_os("CLAIMKIT_BENCH_FULL").is_some();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let primary = std::fs::read_to_string(
        root.join("fixtures/comparative-connections-japan-korea-2020-05-08.txt"),
    )
    .expect("primary fixture");
    let dir = root.join("target/bench-inputs");
    std::fs::create_dir_all(&dir).expect("bench input directory");

    let scale = |n: usize| primary.repeat(n);
    let mut inputs: Vec<(String, String)> = vec![
        ("primary-1x".into(), scale(1)),
        ("primary-10x".into(), scale(10)),
        ("primary-100x".into(), scale(100)),
    ];
    let (article, line, entries, marks) = if full {
        (4_100, 10_000_000, 1_000_000, 10_000)
    } else {
        (400, 1_000_000, 100_000, 10_000)
    };
    inputs.push((
        format!("article-{}mb", article * primary.len() / 1_000_000),
        scale(article),
    ));
    inputs.push((format!("line-{}mb", line / 1_000_000), long_line(line)));
    inputs.push((format!("chronology-{entries}"), chronology(entries)));
    inputs.push((
        format!("unbalanced-{marks}"),
        "He said “no and then ".repeat(marks),
    ));
    // Prose against prose dense with quotations, spoken and unspoken, at
    // the same size: attribution should cost no more per byte than prose.
    // The dense text at a quarter of the size too: the same MB/s at both
    // sizes is attribution staying linear.
    let (prose, dense) = prose_and_quotations(if full { 10_000_000 } else { 2_000_000 });
    let quarter = dense[..dense.len() / 4]
        .rfind("\n\n")
        .map_or("", |end| &dense[..end + 2])
        .to_string();
    inputs.push(("prose-paragraphs".into(), prose));
    inputs.push(("quotation-dense-quarter".into(), quarter));
    inputs.push(("quotation-dense".into(), dense));
    inputs.push((
        "nested-50".into(),
        format!("He said {}core{}.", "“a ".repeat(50), "” b".repeat(50)),
    ));

    println!(
        "{:<22} {:>10} {:>12} {:>10} {:>12} {:>10} {:>10} {:>9}",
        "input", "MB", "extract", "MB/s", "check", "findings", "quotes", "µs/quote"
    );
    for (name, text) in &inputs {
        std::fs::write(dir.join(format!("{name}.txt")), text).expect("write input");
        let (article, extract_time) = timed(|| claimkit_parser::extract(text));
        let (found, check_time) =
            timed(|| claimkit_lint::check(text, &article, &claimkit_lint::Config::default()));
        let mb = text.len() as f64 / 1e6;
        // What extraction costs per quotation found, over the whole text.
        let quotes = article.quotations.len();
        let per_quote = match quotes {
            0 => "-".to_string(),
            n => format!("{:.2}", extract_time.as_secs_f64() * 1e6 / n as f64),
        };
        println!(
            "{name:<22} {mb:>10.2} {:>10.1}ms {:>10.1} {:>10.1}ms {:>10} {quotes:>10} {per_quote:>9}",
            ms(extract_time),
            mb / extract_time.as_secs_f64().max(1e-9),
            ms(check_time),
            found.len()
        );
    }
    let article = dir.join(format!("{}.txt", inputs[3].0));
    against_the_shell(&article);
    many_files(&dir.join("many"), &primary, 1_000);
}

/// The binary on `file` as a pipeline runs it, next to `wc -l` and `cat`.
fn against_the_shell(file: &Path) {
    let bytes = std::fs::metadata(file).expect("article").len() as f64;
    let name = file.display().to_string();
    let claimkit = env!("CARGO_BIN_EXE_claimkit");
    let runs: [(&str, &str, Vec<&str>); 4] = [
        ("cat", "cat", vec![&name]),
        ("wc -l", "wc", vec!["-l", &name]),
        ("claimkit extract", claimkit, vec!["extract", &name]),
        (
            "claimkit check --format json",
            claimkit,
            vec!["check", "--format", "json", "--fail-on", "never", &name],
        ),
    ];
    println!("\n{} ({:.1} MB), best of three:", name, bytes / 1e6);
    println!(
        "{:<30} {:>10} {:>10} {:>10} {:>10}",
        "command", "seconds", "MB/s", "x wc -l", "x cat"
    );
    let times: Vec<f64> = runs
        .iter()
        .map(|(_, program, args)| run_best(program, args).as_secs_f64())
        .collect();
    for ((label, _, _), time) in runs.iter().zip(&times) {
        println!(
            "{label:<30} {time:>10.3} {:>10.1} {:>10.1} {:>10.1}",
            bytes / 1e6 / time,
            time / times[1],
            time / times[0]
        );
    }
}

/// `count` copies of the primary fixture in `dir`, checked and extracted
/// with `--jobs 1` and with every core.
fn many_files(dir: &Path, primary: &str, count: usize) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).expect("many-files directory");
    for i in 0..count {
        std::fs::write(dir.join(format!("{i:04}.txt")), primary).expect("write");
    }
    let name = dir.display().to_string();
    let claimkit = env!("CARGO_BIN_EXE_claimkit");
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!(
        "\n{count} files of {:.1} KB ({:.1} MB), {cores} cores, best of three:",
        primary.len() as f64 / 1e3,
        (count * primary.len()) as f64 / 1e6
    );
    println!(
        "{:<30} {:>10} {:>10} {:>10}",
        "command", "--jobs 1", "all cores", "speed-up"
    );
    let commands: [(&str, Vec<&str>); 2] = [
        ("claimkit extract DIR", vec!["extract", &name]),
        (
            "claimkit check DIR",
            vec!["check", "--format", "concise", "--fail-on", "never", &name],
        ),
    ];
    for (label, args) in commands {
        let one = run_best(claimkit, &[&args[..], &["--jobs", "1"]].concat()).as_secs_f64();
        let all = run_best(claimkit, &args).as_secs_f64();
        println!("{label:<30} {one:>9.3}s {all:>9.3}s {:>9.2}x", one / all);
    }
}

/// The best of three runs of `program args`, output to /dev/null.
fn run_best(program: &str, args: &[&str]) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let status = Command::new(program)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("runs");
        best = best.min(start.elapsed());
        assert!(
            status.code().is_some_and(|c| c <= 1),
            "{program} {args:?}: {status}"
        );
    }
    best
}

fn timed<T>(f: impl Fn() -> T) -> (T, Duration) {
    // The best of three runs: the least disturbed by the rest of the machine.
    let mut best = Duration::MAX;
    let mut result = None;
    for _ in 0..3 {
        let start = Instant::now();
        let value = f();
        best = best.min(start.elapsed());
        result = Some(value);
    }
    (result.expect("ran"), best)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn long_line(bytes: usize) -> String {
    let words = [
        "the", "minister", "said", "that", "talks", "would", "continue", "after", "a", "pause",
        "in", "Tokyo",
    ];
    let mut line = String::with_capacity(bytes + 16);
    let mut i = 0usize;
    while line.len() < bytes {
        line.push_str(words[(i * 7 + i / 3) % words.len()]);
        line.push(' ');
        i += 1;
    }
    line.push('\n');
    line
}

fn chronology(entries: usize) -> String {
    const MONTHS: [&str; 12] = [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec.",
    ];
    let mut text = String::from("CHRONOLOGY\n\n");
    for i in 0..entries {
        // Years stay within what chronologies write (1000 to 2999), in order.
        let (year, month, day) = (1000 + i / 600, (i / 50) % 12, (i % 50) * 28 / 50 + 1);
        text.push_str(&format!(
            "{} {day}, {year}: Event {i} happens, and Kono says “fine.”\n\n",
            MONTHS[month]
        ));
    }
    text
}

/// Paragraphs of reporting prose with no quotation, and paragraphs of the
/// same length where most words stand in quotation marks, spoken by someone
/// or by nobody; both about `bytes` long.
fn prose_and_quotations(bytes: usize) -> (String, String) {
    let prose = "The foreign ministers of both countries met in Geneva on Tuesday and agreed to resume the talks on fisheries, trade and the disputed islands after a pause of two years. ";
    let dense = "Minister Kim said “we will resume” and the ministry called it “a step”, “a start” and “a chance”; “talks go on,” Tanaka added. The paper read “open” “shut” “open”. ";
    let fill = |unit: &str| {
        let mut text = String::with_capacity(bytes + 1024);
        while text.len() < bytes {
            for _ in 0..4 {
                text.push_str(unit);
            }
            text.push_str("\n\n");
        }
        text
    };
    (fill(prose), fill(dense))
}
