//! The `copydesk` command line: extract one page, or evaluate against data sets.
//!
//! Built only with the `cli` feature (a default feature; `required-features` in Cargo.toml),
//! which brings clap and mimalloc and implies `eval`, the feature of `copydesk::eval` and the
//! `eval` subcommand below.

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::{Args, Parser, Subcommand, ValueEnum};
use copydesk::eval::{self, Dataset, Half, SetReport, Source};
use copydesk::{Favor, Options, RemovalKind};

/// The binary allocates through mimalloc: parsing a page makes hundreds of thousands of small
/// allocations and frees (html5ever's DOM), which glibc's allocator serves more slowly. The
/// library leaves the choice to its users.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Extracts the article from a news page as clean structured text.
#[derive(Parser)]
#[command(name = "copydesk", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the article from one page.
    Extract(ExtractArgs),
    /// Score copydesk (or a folder of outputs) against data sets with ground truth.
    Eval(EvalArgs),
    /// Extract many pages (directories, globs, path lists, JSON Lines, WARC) into JSON Lines.
    Batch(BatchArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// The body as plain text, blocks separated by blank lines.
    Text,
    /// The title and body as Markdown.
    Markdown,
    /// Everything, removals included, as JSON.
    Json,
    /// The article as a clean HTML document (`<article>`, headings, paragraphs, lists, quotes,
    /// code, tables); with `--explain`: one self-contained page, removed blocks struck through
    /// and tagged.
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum Input {
    /// A web page, in any charset.
    Html,
    /// Text already extracted from a page, one block per line.
    Text,
}

#[derive(Args)]
struct ExtractArgs {
    /// The page to read; `-` or nothing reads standard input.
    file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The page's URL (its domain helps with dates and site conventions).
    #[arg(long)]
    url: Option<String>,
    /// A charset label from outside the page (e.g. from an HTTP header).
    #[arg(long)]
    charset: Option<String>,
    /// A language hint (BCP 47) for pages that declare none.
    #[arg(long)]
    lang: Option<String>,
    /// What the input is.
    #[arg(long, value_enum, default_value_t = Input::Html)]
    input: Input,
    /// List every block of the page in order with its label, score and rule (`--format
    /// html`: one self-contained page; `--format json`: the same as JSON).
    #[arg(long)]
    explain: bool,
    /// What to prefer when a block's evidence is split (`copydesk::Favor`).
    #[arg(long, value_enum, default_value_t = FavorArg::Balanced)]
    favor: FavorArg,
    /// Put the removals of these kinds back into the body where they stood, as paragraphs
    /// (comma-separated removal kinds: `caption,credit`).
    #[arg(
        long,
        value_name = "KINDS",
        value_delimiter = ',',
        conflicts_with = "explain"
    )]
    keep: Vec<String>,
    #[command(flatten)]
    output: OutputArgs,
}

/// The output options (`copydesk::OutputOptions`), for `extract` and `batch`.
#[derive(Args, Clone, Copy)]
struct OutputArgs {
    /// Keep the body's links: `[text](url)` in Markdown, `<a href>` in HTML, spans in JSON
    /// (absolute with `--url`).
    #[arg(long)]
    links: bool,
    /// Keep the body's images as image blocks: `![alt](src)` in Markdown, `<img>` in HTML.
    #[arg(long)]
    images: bool,
    /// Keep emphasis, strong text and inline code: `*em*`, `**strong**`, `` `code` ``.
    #[arg(long)]
    formatting: bool,
}

impl OutputArgs {
    fn apply(self, builder: copydesk::OptionsBuilder) -> copydesk::OptionsBuilder {
        builder
            .links(self.links)
            .images(self.images)
            .formatting(self.formatting)
    }
}

/// `--favor`: the presets of `copydesk::Favor`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FavorArg {
    Balanced,
    Precision,
    Recall,
}

impl FavorArg {
    fn preset(self) -> Favor {
        match self {
            FavorArg::Balanced => Favor::Balanced,
            FavorArg::Precision => Favor::Precision,
            FavorArg::Recall => Favor::Recall,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum HalfArg {
    /// The pages whose id's FNV-1a 64-bit hash is even (for tuning rules).
    Tune,
    /// The pages whose id's hash is odd (for checking that a change generalises).
    Check,
    /// Every page.
    All,
}

#[derive(Args)]
struct EvalArgs {
    /// A data set (a directory with manifest.jsonl) or a parent of data sets; repeatable.
    #[arg(long, required = true, value_name = "DIR")]
    data: Vec<PathBuf>,
    /// Score the `<id>.txt` files in DIR (or DIR/<set>/) instead of running copydesk.
    #[arg(long, value_name = "DIR")]
    predictions: Option<PathBuf>,
    /// After the table, list the N worst pages of each set (default 15) with what they missed
    /// and leaked.
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "15")]
    per_page: Option<usize>,
    /// Print one JSON document with every set's summary and every page's scores instead.
    #[arg(long)]
    json: bool,
    /// Score copydesk's body with the reporter credits it removes put back in place (for
    /// ground truths that keep them, as ScrapingHub's does).
    #[arg(long)]
    with_credits: bool,
    /// Write copydesk's outputs to DIR/<set>/<id>.txt (with a timings.json).
    #[arg(long, value_name = "DIR")]
    save: Option<PathBuf>,
    /// Pages extracted at once. The default, 1, times each page on its own, as a caller
    /// extracting one page sees it (pages run side by side slow each other, and a large page's
    /// second parse thread needs a free core); `0` uses every core, for throughput.
    #[arg(long, value_name = "N", default_value_t = 1)]
    threads: usize,
    /// Extract each page N times and give each page the median of its times (the scores are
    /// the first run's): on a shared machine, one stalled run then cannot decide a page's time.
    #[arg(long, value_name = "N", default_value_t = 1)]
    repeat: usize,
    /// Score copydesk with this preset (`copydesk::Favor`).
    #[arg(long, value_enum, default_value_t = FavorArg::Balanced)]
    favor: FavorArg,
    /// Score only one half of every set's pages (`copydesk::eval::Half::of`: tune = even
    /// FNV-1a 64-bit hash of the page id, check = odd).
    #[arg(long, value_enum, default_value_t = HalfArg::All)]
    half: HalfArg,
    /// Add a SET/tune and a SET/check row under every set's row in the table (and their
    /// reports to the JSON).
    #[arg(long, conflicts_with = "half")]
    halves: bool,
    /// Instead of the table, report every removal rule: blocks removed, their characters,
    /// how many the ground truth could judge, and the rule's precision (worst first); with
    /// `--per-page N`, up to N removals of each rule that the ground truth keeps.
    #[arg(long, conflicts_with_all = ["halves", "predictions", "save", "with_credits"])]
    rules: bool,
}

/// The rendering `copydesk batch --format` adds to each record.
#[derive(Clone, Copy, ValueEnum)]
enum BatchFormat {
    /// The body as plain text, in the field `text`.
    Text,
    /// The article as Markdown, in the field `markdown`.
    Markdown,
}

#[derive(Args)]
struct BatchArgs {
    /// Inputs: a directory (recursive, *.html and *.htm), a glob, a list of paths (.txt or
    /// .lst, or any file with --list), JSON Lines of {"url", "html"} records, `id` optional
    /// (.jsonl, .ndjson, .jsonl.gz), a WARC file (.warc, .warc.gz), `-` for JSON Lines on
    /// standard input, or one HTML page.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// Write the JSON Lines to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Add the article rendered as text (field `text`) or Markdown (field `markdown`).
    #[arg(long, value_enum)]
    format: Option<BatchFormat>,
    /// Keep the labelled removals in each record (field `removed`).
    #[arg(long)]
    removed: bool,
    /// Write each record as soon as it is done, not in input order.
    #[arg(long)]
    unordered: bool,
    /// Read every file input that is not a directory, WARC or JSON Lines as a list of paths.
    #[arg(long)]
    list: bool,
    /// Largest page accepted, in bytes (larger pages become error records).
    #[arg(long, value_name = "BYTES")]
    max_bytes: Option<usize>,
    /// Wall-clock budget per page, in milliseconds (slower pages become error records).
    #[arg(long, value_name = "MS")]
    time_budget: Option<u64>,
    #[command(flatten)]
    output_options: OutputArgs,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Extract(args) => extract(&args),
        Command::Eval(args) => evaluate(&args),
        Command::Batch(args) => batch(args),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("copydesk: {message}");
            ExitCode::from(1)
        }
    }
}

fn extract(args: &ExtractArgs) -> Result<(), String> {
    let bytes = match args.file.as_deref() {
        None => read_stdin()?,
        Some(path) if path.as_os_str() == "-" => read_stdin()?,
        Some(path) => std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?,
    };
    let mut builder = args
        .output
        .apply(Options::builder().favor(args.favor.preset()));
    if let Some(url) = &args.url {
        builder = builder.url(url);
    }
    if let Some(charset) = &args.charset {
        builder = builder.charset(charset);
    }
    if let Some(lang) = &args.lang {
        builder = builder.lang(lang);
    }
    let options = builder.build();
    let keep = removal_kinds(&args.keep)?;
    if args.explain {
        let explanation = match args.input {
            Input::Html => copydesk::explain(&bytes, &options),
            Input::Text => copydesk::explain_text(&String::from_utf8_lossy(&bytes), &options),
        }
        .map_err(|e| e.to_string())?;
        let rendered = match args.format {
            Format::Text | Format::Markdown => explanation.to_text(),
            Format::Html => explanation.to_html(),
            Format::Json => {
                serde_json::to_string_pretty(&explanation).map_err(|e| format!("JSON: {e}"))?
            }
        };
        return write_stdout(&rendered);
    }
    let article = match args.input {
        Input::Html => copydesk::extract(&bytes, &options),
        Input::Text => copydesk::extract_text(&String::from_utf8_lossy(&bytes), &options),
    }
    .map_err(|e| e.to_string())?;
    let article = if keep.is_empty() {
        article
    } else {
        article.keeping(&keep)
    };
    let rendered = match args.format {
        Format::Text => article.text(),
        Format::Html => article.to_html_document(),
        Format::Markdown => article.to_markdown(),
        Format::Json => article.to_json(),
    };
    write_stdout(&rendered)
}

/// The removal kinds named by `--keep`; an unknown name is an error that lists the valid ones.
fn removal_kinds(names: &[String]) -> Result<Vec<RemovalKind>, String> {
    names
        .iter()
        .map(|name| name.trim())
        .filter(|name| !name.is_empty())
        .map(|name| {
            RemovalKind::from_name(name).ok_or_else(|| {
                let valid: Vec<&str> = RemovalKind::ALL.iter().map(|k| k.name()).collect();
                format!(
                    "--keep: unknown removal kind `{name}`; the kinds are {}",
                    valid.join(", ")
                )
            })
        })
        .collect()
}

fn read_stdin() -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("standard input: {e}"))?;
    Ok(bytes)
}

/// Writes `text` and a final newline; a closed pipe (`| head`) is not an error.
fn write_stdout(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    let result = out
        .write_all(text.as_bytes())
        .and_then(|()| {
            if text.ends_with('\n') {
                Ok(())
            } else {
                out.write_all(b"\n")
            }
        })
        .and_then(|()| out.flush());
    match result {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("standard output: {e}"))
        }
        _ => Ok(()),
    }
}

fn evaluate(args: &EvalArgs) -> Result<(), String> {
    let mut sets: Vec<Dataset> = Vec::new();
    for dir in &args.data {
        sets.extend(Dataset::discover(dir).map_err(|e| e.to_string())?);
    }
    let half = match args.half {
        HalfArg::Tune => Some(Half::Tune),
        HalfArg::Check => Some(Half::Check),
        HalfArg::All => None,
    };
    if let Some(half) = half {
        sets = sets.iter().map(|s| s.restrict(half)).collect();
    }
    let options = Options::builder().favor(args.favor.preset()).build();
    let source = match &args.predictions {
        Some(dir) => Source::Predictions(dir.clone()),
        None if args.with_credits => Source::CopydeskWithCredits(options),
        None => Source::Copydesk(options),
    };
    if args.save.is_some() && args.predictions.is_some() {
        return Err(
            "--save writes copydesk's own outputs; it cannot be used with --predictions".into(),
        );
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    let show_progress = std::io::stderr().is_terminal();
    let mut reports: Vec<SetReport> = Vec::new();
    for set in &sets {
        let done = AtomicUsize::new(0);
        let total = set.pages.len();
        let progress = || {
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if show_progress && (n == total || n.is_multiple_of(8)) {
                eprint!("\r{}: {n}/{total} pages", set.label());
            }
        };
        let report = pool
            .install(|| eval::run_repeated(set, &source, args.repeat, &progress))
            .map_err(|e| e.to_string())?;
        if show_progress {
            eprint!("\r\x1b[2K");
        }
        if let Some(dir) = &args.save {
            report.save(dir).map_err(|e| e.to_string())?;
        }
        reports.push(report);
    }
    if args.rules {
        let runs: Vec<(&Dataset, &SetReport)> = sets.iter().zip(&reports).collect();
        let scores = eval::rules::score(&runs, args.per_page.unwrap_or(0));
        let out = if args.json {
            eval::rules::to_json(&scores)
        } else {
            let mut out = eval::rules::table(&scores);
            if args.per_page.is_some() {
                out.push('\n');
                out.push_str(&eval::rules::examples(&scores));
            }
            out
        };
        return write_stdout(&out);
    }
    let mut metadata = Vec::new();
    for set in &sets {
        let report = pool
            .install(|| eval::metadata::run(set, &source))
            .map_err(|e| e.to_string())?;
        metadata.extend(report);
    }
    // With --halves, each set's row is followed by its two halves' (scored from the same run).
    let with_halves: Vec<SetReport> = if args.halves {
        reports
            .iter()
            .flat_map(|r| {
                let halves = Half::BOTH.map(|h| r.restrict(h));
                std::iter::once(r.clone()).chain(halves)
            })
            .collect()
    } else {
        Vec::new()
    };
    let rows: &[SetReport] = if args.halves { &with_halves } else { &reports };
    let mut out = if args.json {
        eval::to_json(rows, &metadata)
    } else {
        let mut out = eval::table(rows);
        if !metadata.is_empty() {
            out.push('\n');
            out.push_str(&eval::metadata::table(&metadata));
        }
        out
    };
    if let (Some(n), false) = (args.per_page, args.json) {
        for report in &reports {
            out.push('\n');
            out.push_str(&report.per_page(n));
        }
        for report in &metadata {
            out.push('\n');
            out.push_str(&eval::metadata::disagreements(report));
        }
    }
    write_stdout(&out)
}

fn batch(args: BatchArgs) -> Result<(), String> {
    use copydesk::batch::{self, Config, Input, Rendering};
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

    let inputs: Vec<Input> = args
        .inputs
        .iter()
        .map(|arg| Input::classify(arg, args.list))
        .collect();
    let mut config = Config::default();
    config.jobs = args.jobs;
    config.ordered = !args.unordered;
    config.removed = args.removed;
    config.rendering = args.format.map(|f| match f {
        BatchFormat::Text => Rendering::Text,
        BatchFormat::Markdown => Rendering::Markdown,
    });
    let mut builder = args.output_options.apply(Options::builder());
    if let Some(bytes) = args.max_bytes {
        builder = builder.max_input_bytes(bytes);
    }
    if let Some(ms) = args.time_budget {
        builder = builder.time_budget(std::time::Duration::from_millis(ms));
    }
    config.options = builder.build();

    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(std::io::BufWriter::with_capacity(
            1 << 20,
            std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::with_capacity(
            1 << 20,
            std::io::stdout(),
        )),
    };
    // The bar goes to standard error, and only when both standard error and standard output
    // are terminals: `copydesk batch DIR > out.jsonl` or `2> log` in a script stays quiet.
    let bar = if std::io::stderr().is_terminal() && std::io::stdout().is_terminal() {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4));
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} pages, {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        Some(bar)
    } else {
        None
    };
    let progress = |p: &batch::Progress| {
        let Some(bar) = &bar else { return };
        bar.set_position(p.records);
        if p.records % 16 == 1 {
            let secs = p.elapsed.as_secs_f64().max(1e-9);
            #[allow(clippy::cast_precision_loss)]
            bar.set_message(format!(
                "{:.0} pages/s, {:.1} MB/s, {} errors",
                p.records as f64 / secs,
                p.bytes as f64 / 1e6 / secs,
                p.errors
            ));
        }
    };
    let result = batch::run(inputs, &config, &mut out, &progress);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    match result {
        Ok(summary) => {
            // Linux reports the process's peak resident memory; elsewhere it is left out.
            let peak = std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|status| {
                    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
                    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
                    Some(format!("; peak RSS {} MB", kb / 1024))
                })
                .unwrap_or_default();
            eprintln!("copydesk batch: {summary}{peak}");
            Ok(())
        }
        // `| head`: the reader has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("output: {e}")),
    }
}
