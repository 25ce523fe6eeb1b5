//! Articles and the claims extracted from them, written together in one transaction.

use anyhow::Result;
use rusqlite::{OptionalExtension, params};

use super::{ClaimFields, Db, now_rfc3339};

/// An article ready to be stored.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub source: String,
    pub title: String,
    pub published: Option<String>,
    pub sha256: String,
    pub body: String,
}

/// A claim ready to be stored; spans are byte offsets into the article body.
#[derive(Debug, Clone, PartialEq)]
pub struct NewClaim {
    pub kind: String,
    pub start: usize,
    pub end: usize,
    pub sentence_index: usize,
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub fields: ClaimFields,
    pub checkworthiness: Option<f64>,
    pub opinion: Option<f64>,
}

/// A stored article (without its body).
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub id: i64,
    pub source: String,
    pub title: String,
    pub published: Option<String>,
    pub sha256: String,
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
        let tx = self.conn.transaction()?;
        let stored = store_in(&tx, article, claims, &now_rfc3339())?;
        tx.commit()?;
        Ok(stored)
    }

    /// Stores many articles with their claims in one transaction, in order; the same text
    /// twice (also within the batch) adds nothing. The results are as from `store_article`
    /// called on each in turn.
    pub fn store_articles(&mut self, batch: &[(NewArticle, Vec<NewClaim>)]) -> Result<Vec<Stored>> {
        let tx = self.conn.transaction()?;
        let now = now_rfc3339();
        let stored = batch
            .iter()
            .map(|(article, claims)| store_in(&tx, article, claims, &now))
            .collect::<Result<_>>()?;
        tx.commit()?;
        Ok(stored)
    }

    /// Every article, oldest first.
    pub fn articles(&self) -> Result<Vec<Article>> {
        let mut articles = Vec::new();
        self.for_each_article(|article| {
            articles.push(article);
            Ok(())
        })?;
        Ok(articles)
    }

    /// Calls `each` on every article, oldest first, without holding them all in memory.
    pub fn for_each_article(&self, mut each: impl FnMut(Article) -> Result<()>) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT id, source, title, published, sha256, imported_at FROM articles ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            each(Article {
                id: row.get(0)?,
                source: row.get(1)?,
                title: row.get(2)?,
                published: row.get(3)?,
                sha256: row.get(4)?,
                imported_at: row.get(5)?,
            })?;
        }
        Ok(())
    }

    /// The text of an article, if it exists.
    pub fn article_body(&self, article_id: i64) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT body FROM articles WHERE id = ?1")?
            .query_row([article_id], |row| row.get(0))
            .optional()?)
    }
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
        "INSERT INTO articles (source, title, published, sha256, body, imported_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        article.source,
        article.title,
        article.published,
        article.sha256,
        article.body,
        now
    ])?;
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
             checkworthiness, opinion, fingerprint)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?;
    for claim in claims {
        stmt.execute(params![
            article_id,
            claim.kind,
            claim.start as i64,
            claim.end as i64,
            claim.sentence_index as i64,
            claim.sentence_start as i64,
            claim.sentence_end as i64,
            claim.fields.subject,
            claim.fields.object,
            claim.fields.value,
            claim.fields.value_max,
            claim.fields.unit,
            claim.fields.value_text,
            claim.fields.approximate,
            claim.checkworthiness,
            claim.opinion,
            fingerprint(article_sha, claim),
        ])?;
    }
    Ok(())
}

/// A stable identity for a claim: the same article text and extractor give the same value.
fn fingerprint(article_sha: &str, claim: &NewClaim) -> String {
    use sha2::{Digest, Sha256};
    let key = format!(
        "{article_sha}\0{}\0{}\0{}",
        claim.kind, claim.start, claim.end
    );
    let digest = Sha256::digest(key.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}
