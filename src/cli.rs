//! The command line, as clap derive types only: no database, terminal or JSON code here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Extract checkable claims from news articles, review them, export the verdicts.
#[derive(Debug, Parser)]
#[command(version, about, propagate_version = true)]
pub struct Cli {
    /// The claimdesk database (created on first use).
    #[arg(
        long,
        global = true,
        env = "CLAIMDESK_DB",
        default_value = "claimdesk.db"
    )]
    pub db: PathBuf,

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
    /// Write every article, claim and verdict as one document.
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// UTF-8 text files, directories (every *.txt and *.md below them) and JSON Lines
    /// corpora (*.jsonl: one {"text", "id"?, "title"?, "url"?, "published"?} per line);
    /// `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Print nothing but errors (and no progress bar).
    #[arg(short, long)]
    pub quiet: bool,

    /// Threads for the analysis, 1 to 256 (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub jobs: Option<u16>,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// The text to scan; `-` or nothing reads standard input.
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
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only claims with this status.
    #[arg(long, value_enum)]
    pub status: Option<StatusFilter>,

    /// Only claims of this kind (count, prison_term, award, release, date, ...).
    #[arg(long)]
    pub kind: Option<String>,

    /// Only claims of this article id.
    #[arg(long, value_name = "ID")]
    pub article: Option<i64>,

    /// At most this many claims.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    /// One JSON object per line instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The claim id (as printed by `list`).
    pub id: i64,

    /// Print the claim as a JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// Only claims of this article id.
    #[arg(long, value_name = "ID")]
    pub article: Option<i64>,

    /// Only claims of this kind.
    #[arg(long)]
    pub kind: Option<String>,

    /// Which claims to step through: pending (default), a verdict to revisit, or all.
    #[arg(long, value_enum, default_value_t = StatusFilter::Pending)]
    pub status: StatusFilter,

    /// Who is reviewing, recorded on every verdict [default: $USER, else the account name;
    /// asked for when neither is known].
    #[arg(long, env = "CLAIMDESK_REVIEWER")]
    pub reviewer: Option<String>,

    /// The order of the queue.
    #[arg(long, value_enum, default_value_t = ReviewOrder::Text)]
    pub order: ReviewOrder,
}

#[derive(Debug, Args)]
pub struct MarkArgs {
    /// The claim ids to mark.
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<i64>,

    /// The verdict to record.
    #[arg(long, value_enum)]
    pub verdict: VerdictArg,

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
    /// Write to this file instead of standard output: a regular file is replaced atomically,
    /// a device or FIFO written in place, `-` is standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The interchange format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFilter {
    Pending,
    Verified,
    Disputed,
    Opinion,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VerdictArg {
    Verified,
    Disputed,
    Opinion,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReviewOrder {
    /// Article by article, in text order.
    Text,
    /// The most check-worthy sentences first.
    Checkworthiness,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
}
