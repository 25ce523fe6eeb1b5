//! Counts for `claimdesk stats`: claims by kind and status, in one grouped query.

use anyhow::{Context, Result};

use super::{Db, Status};
use crate::extract::claims::ClaimKind;

impl Db {
    /// How many claims there are of each kind with each status (only the pairs that occur).
    pub fn claim_counts(&self) -> Result<Vec<(ClaimKind, Status, u64)>> {
        let sql = "SELECT kind, status, count(*) FROM claims GROUP BY kind, status";
        let count = |row: &rusqlite::Row<'_>| row.get::<_, i64>(2).map(|n| n.max(0) as u64);
        self.rows(sql, [], |row| Ok((row.get(0)?, row.get(1)?, count(row)?)))
            .context("could not count the claims")
    }
}

#[cfg(test)]
mod tests {
    use crate::db::Status;
    use crate::db::tests::seeded;
    use crate::extract::claims::ClaimKind;

    #[test]
    fn counts_group_by_kind_and_status() {
        let (db, _) = seeded();
        let mut counts = db.claim_counts().expect("counts");
        counts.sort_by_key(|&(kind, status, _)| (kind, status.as_str()));
        let want = [
            (ClaimKind::Count, Status::Pending, 1),
            (ClaimKind::Date, Status::Pending, 1),
        ];
        assert_eq!(counts, want);
    }
}
