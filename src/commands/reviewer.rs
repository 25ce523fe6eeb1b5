//! Who is reviewing: the name given (`--reviewer` or `CLAIMDESK_REVIEWER`), else `$USER`,
//! else the name of this process's account in the system's user database. When none is
//! known, `mark` requires `--reviewer` and `review` asks once.

use crate::exit::Exit;

/// The reviewer's name, if one is known.
pub fn known(given: Option<&str>) -> Option<String> {
    let user = std::env::var("USER").ok();
    choose(given, user.as_deref(), || whoami::username().ok())
}

/// The reviewer `mark` records; without one it is a usage error, never a made-up name.
pub fn required(given: Option<&str>) -> Result<String, Exit> {
    known(given).ok_or_else(|| {
        Exit::usage(
            "no reviewer name: pass --reviewer NAME or set CLAIMDESK_REVIEWER \
             ($USER is empty and this account has no name in the user database)",
        )
    })
}

/// The first non-blank of: the given name, `$USER`, the account name.
fn choose(
    given: Option<&str>,
    user: Option<&str>,
    account: impl FnOnce() -> Option<String>,
) -> Option<String> {
    let named = |name: &str| {
        Some(name.trim())
            .filter(|n| !n.is_empty())
            .map(str::to_string)
    };
    given
        .and_then(named)
        .or_else(|| user.and_then(named))
        .or_else(|| account().as_deref().and_then(named))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_name_known_wins() {
        // The name given, $USER, the account name, then the name chosen.
        type Case<'a> = (
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let cases: &[Case] = &[
            (Some("ana"), Some("bo"), Some("root"), Some("ana")),
            (Some(" ana "), None, None, Some("ana")),
            (Some("  "), Some("bo"), Some("root"), Some("bo")),
            (None, Some(""), Some("root"), Some("root")),
            (None, None, Some("root"), Some("root")),
            (None, Some(" "), Some(""), None),
            (None, None, None, None),
        ];
        for (given, user, account, expected) in cases {
            let got = choose(*given, *user, || account.map(str::to_string));
            assert_eq!(got.as_deref(), *expected, "{given:?} {user:?} {account:?}");
        }
    }
}
