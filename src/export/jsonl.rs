//! The JSON Lines export: one claim per line, as in the JSON document's `claims` array, with
//! its article inlined, so that each line stands alone (for `grep`, `jq -c`, a data frame).

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use super::{ArticleCache, StoredClaimRecord};
use crate::db::{Article, ClaimFilter, Db};

/// One line: the claim's record, then its article.
#[derive(Debug, Serialize)]
struct Line<'a> {
    #[serde(flatten)]
    claim: StoredClaimRecord<'a>,
    article: &'a Article,
}

/// Writes the claims `filter` selects, one JSON object per line.
pub fn write(db: &Db, filter: &ClaimFilter, out: &mut impl Write) -> Result<()> {
    let mut articles = ArticleCache::default();
    let mut line = Vec::with_capacity(4096);
    db.for_each_claim_with_history(filter, |claim, history| {
        let article = articles.get(db, claim.article_id)?;
        line.clear();
        let record = Line {
            claim: StoredClaimRecord::new(&claim, history),
            article,
        };
        serde_json::to_writer(&mut line, &record)?;
        line.push(b'\n');
        Ok(out.write_all(&line)?)
    })?;
    out.flush()?;
    Ok(())
}
