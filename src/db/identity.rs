//! How articles and claims are identified across databases: an article by the SHA-256 of its
//! text, a claim by a fingerprint of that hash, its kind and its span. The same text and
//! extractor always give the same values, so verdicts can be matched between copies.

use sha2::{Digest, Sha256};

use crate::extract::claims::Claim;

/// The SHA-256 of an article's text, in lower-case hex.
pub fn article_sha256(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// A claim's stable identity: the first 8 bytes of SHA-256 over the article hash, the kind
/// and the byte span, in hex.
pub fn fingerprint(article_sha: &str, claim: &Claim) -> String {
    let key = format!(
        "{article_sha}\0{}\0{}\0{}",
        claim.kind.as_str(),
        claim.start,
        claim.end
    );
    hex(&Sha256::digest(key.as_bytes())[..8])
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claims::ClaimKind;

    #[test]
    fn hashes_are_stable() {
        assert_eq!(
            article_sha256("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let claim = Claim::new(ClaimKind::Count, 0, 3, 9);
        let print = fingerprint("ab", &claim);
        assert_eq!(print.len(), 16);
        assert_eq!(print, fingerprint("ab", &claim));
        assert_ne!(print, fingerprint("ac", &claim));
    }
}
