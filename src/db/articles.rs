//! Articles and the claims extracted from them, written together in one transaction.

use anyhow::{Context, Result};
use rusqlite::{OptionalExtension, named_params, params, params_from_iter};
use serde::Serialize;

use super::filter::{ClaimFilter, where_sql};
use super::identity::{article_sha256, fingerprint};
use super::{Db, now_rfc3339};
use crate::extract::claims::Claim;
use crate::extract::score::Scores;
use crate::extract::sentences::Sentence;

/// An article ready to be stored.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub source: String,
    pub title: String,
    pub published: Option<String>,
    /// Where it was published (a page's canonical URL), when known.
    pub url: Option<String>,
    pub sha256: String,
    pub body: String,
}

impl NewArticle {
    /// An article with its identifying hash computed from `body`.
    pub fn new(source: String, title: String, published: Option<String>, body: String) -> Self {
        NewArticle {
            sha256: article_sha256(&body),
            source,
            title,
            published,
            url: None,
            body,
        }
    }

    /// The same article with the URL it was published at.
    pub fn with_url(self, url: Option<String>) -> Self {
        NewArticle { url, ..self }
    }
}

/// A claim ready to be stored: the extracted claim with its sentence's span (byte offsets
/// into the article body) and scores.
#[derive(Debug, Clone, PartialEq)]
pub struct NewClaim {
    pub claim: Claim,
    pub sentence_span: Sentence,
    pub scores: Scores,
}

/// A stored article (without its body); serialized as the export's article record, whose
/// fields are in this order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    pub id: i64,
    pub title: String,
    pub source: String,
    pub published: Option<String>,
    /// The page's canonical URL (saved HTML pages, corpus lines with a `url`).
    pub url: Option<String>,
    pub sha256: String,
    #[serde(skip)]
    pub imported_at: String,
}

/// What storing an article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// A new article with this id and this many claims.
    New { article_id: i64, claims: usize },
    /// The same text was extracted before, as this article; nothing was added.
    Existing { article_id: i64 },
}

impl Db {
    /// Stores an article and its claims atomically; the same text twice adds nothing.
    pub fn store_article(&mut self, article: &NewArticle, claims: &[NewClaim]) -> Result<Stored> {
        let stored = self.store_articles([(article, claims)])?;
        Ok(stored[0])
    }

    /// Stores many articles with their claims in one transaction, in order; the same text
    /// twice (also within the batch) adds nothing. The results are as from `store_article`
    /// called on each in turn.
    pub fn store_articles<'a>(
        &mut self,
        batch: impl IntoIterator<Item = (&'a NewArticle, &'a [NewClaim])>,
    ) -> Result<Vec<Stored>> {
        let tx = self.write("store articles")?;
        let now = now_rfc3339();
        let stored = batch
            .into_iter()
            .map(|(article, claims)| {
                store_in(&tx, article, claims, &now)
                    .with_context(|| format!("could not store {}", article.source))
            })
            .collect::<Result<_>>()?;
        tx.commit().context("could not commit the articles")?;
        Ok(stored)
    }

    /// Every article, oldest first.
    pub fn articles(&self) -> Result<Vec<Article>> {
        let mut articles = Vec::new();
        self.for_each_article_of(&ClaimFilter::default(), |article| {
            articles.push(article);
            Ok(())
        })?;
        Ok(articles)
    }

    /// Calls `each` on the articles of the claims `filter` selects, oldest first (on every
    /// article, those without claims too, when it selects everything).
    pub fn for_each_article_of(
        &self,
        filter: &ClaimFilter,
        mut each: impl FnMut(Article) -> Result<()>,
    ) -> Result<()> {
        let (clauses, args) = filter.clauses();
        let selected = if filter.is_everything() {
            String::new()
        } else {
            format!(
                "WHERE id IN (SELECT c.article_id FROM claims c {})",
                where_sql(&clauses)
            )
        };
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles {selected} ORDER BY id");
        let mut stmt = self
            .conn
            .prepare(&sql)
            .context("could not read the articles")?;
        let mut rows = stmt
            .query(params_from_iter(args))
            .context("could not read the articles")?;
        while let Some(row) = rows.next().context("could not read the articles")? {
            let article = article_row(row).context("could not read an article")?;
            each(article)?;
        }
        Ok(())
    }

    /// One article (without its body), if it exists.
    pub fn article(&self, article_id: i64) -> Result<Option<Article>> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?1");
        let read = || {
            self.conn
                .prepare_cached(&sql)?
                .query_row([article_id], article_row)
                .optional()
        };
        read().with_context(|| format!("could not read article {article_id}"))
    }

    /// The text of an article, if it exists.
    pub fn article_body(&self, article_id: i64) -> Result<Option<String>> {
        let read = || {
            self.conn
                .prepare_cached("SELECT body FROM articles WHERE id = ?1")?
                .query_row([article_id], |row| row.get(0))
                .optional()
        };
        read().with_context(|| format!("could not read article {article_id}"))
    }
}

/// The columns of an article row without its body, as [`article_row`] reads them.
const ARTICLE_COLUMNS: &str = "id, source, title, published, url, sha256, imported_at";

fn article_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Article> {
    Ok(Article {
        id: row.get("id")?,
        source: row.get("source")?,
        title: row.get("title")?,
        published: row.get("published")?,
        url: row.get("url")?,
        sha256: row.get("sha256")?,
        imported_at: row.get("imported_at")?,
    })
}

fn store_in(
    tx: &rusqlite::Transaction<'_>,
    article: &NewArticle,
    claims: &[NewClaim],
    now: &str,
) -> Result<Stored> {
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM articles WHERE sha256 = ?1")?
        .query_row([&article.sha256], |row| row.get(0))
        .optional()?;
    if let Some(article_id) = existing {
        return Ok(Stored::Existing { article_id });
    }
    tx.prepare_cached(
        "INSERT INTO articles (source, title, published, url, sha256, body, imported_at)
         VALUES (:source, :title, :published, :url, :sha256, :body, :now)",
    )?
    .execute(named_params! {
        ":source": article.source,
        ":title": article.title,
        ":published": article.published,
        ":url": article.url,
        ":sha256": article.sha256,
        ":body": article.body,
        ":now": now,
    })?;
    let article_id = tx.last_insert_rowid();
    insert_claims(tx, article_id, &article.sha256, claims)?;
    Ok(Stored::New {
        article_id,
        claims: claims.len(),
    })
}

fn insert_claims(
    tx: &rusqlite::Transaction<'_>,
    article_id: i64,
    article_sha: &str,
    claims: &[NewClaim],
) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO claims (article_id, kind, start, end, sentence_index, sentence_start,
             sentence_end, subject, object, value, value_max, unit, value_text, approximate,
             claimer, claim_type, same_as, conflicts_with, checkworthiness, opinion, fingerprint)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
             ?18, ?19, ?20, ?21)",
    )?;
    // Links are indices of earlier claims of the same article; stored as their row ids.
    let mut ids: Vec<i64> = Vec::with_capacity(claims.len());
    for new in claims {
        let c = &new.claim;
        let link = |index: Option<usize>| index.and_then(|i| ids.get(i).copied());
        // Bound by position, in the order of the column list above: a bulk ingest binds
        // millions of values, and a named parameter is looked up by name each time.
        stmt.execute(params![
            article_id,
            c.kind,
            c.start as i64,
            c.end as i64,
            c.sentence as i64,
            new.sentence_span.start as i64,
            new.sentence_span.end as i64,
            c.subject,
            c.object,
            c.value,
            c.value_max,
            c.unit,
            c.value_text,
            c.approximate,
            c.claimer,
            c.claim_type,
            link(c.same_as),
            link(c.conflicts_with),
            f64::from(new.scores.checkworthiness),
            f64::from(new.scores.opinion),
            fingerprint(article_sha, c),
        ])?;
        ids.push(tx.last_insert_rowid());
    }
    Ok(())
}
