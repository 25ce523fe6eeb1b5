//! What a page's markup says about its article: the title (og:title, else the first `<h1>`,
//! else `<title>` without the site's name), the published date (article:published_time,
//! JSON-LD datePublished, else the first `<time datetime>`) and the canonical URL.

use super::iso_date;

/// Separators between a headline and the site's name in a `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " :: ", " • "];

/// The metadata found so far, each source kept apart until the end decides.
#[derive(Debug, Default, Clone)]
pub struct Meta {
    pub og_title: Option<String>,
    pub site_name: Option<String>,
    pub h1: Option<String>,
    pub title_tag: Option<String>,
    pub published_meta: Option<String>,
    pub published_json_ld: Option<String>,
    pub published_time: Option<String>,
    pub canonical: Option<String>,
    pub og_url: Option<String>,
}

impl Meta {
    /// Reads a `<meta>`, `<link>` or `<time>` tag, given its attribute lookup.
    pub fn tag(&mut self, name: &str, attr: impl Fn(&str) -> Option<String>) {
        match name {
            "meta" => {
                let key = attr("property")
                    .or_else(|| attr("name"))
                    .unwrap_or_default();
                let content = attr("content").map(|c| c.trim().to_string());
                let slot = match key.to_ascii_lowercase().as_str() {
                    "og:title" => &mut self.og_title,
                    "og:site_name" => &mut self.site_name,
                    "og:url" => &mut self.og_url,
                    "article:published_time" => &mut self.published_meta,
                    _ => return,
                };
                set_once(slot, content);
            }
            "link" if attr("rel").is_some_and(|rel| has_word(&rel, "canonical")) => {
                set_once(&mut self.canonical, attr("href"));
            }
            "time" => set_once(&mut self.published_time, attr("datetime")),
            _ => {}
        }
    }

    /// The `datePublished` of a JSON-LD block (the first found, also inside `@graph`).
    pub fn json_ld(&mut self, json: &str) {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(json) {
            set_once(&mut self.published_json_ld, date_published(&value));
        }
    }

    pub fn title(&self) -> Option<String> {
        self.og_title
            .clone()
            .or_else(|| self.h1.clone())
            .or_else(|| {
                self.title_tag
                    .as_deref()
                    .map(|t| headline(t, self.site_name.as_deref()))
            })
            .filter(|t| !t.is_empty())
    }

    pub fn published(&self) -> Option<String> {
        [
            &self.published_meta,
            &self.published_json_ld,
            &self.published_time,
        ]
        .into_iter()
        .find_map(|date| date.as_deref().and_then(iso_date))
    }

    pub fn url(&self) -> Option<String> {
        [&self.canonical, &self.og_url]
            .into_iter()
            .flatten()
            .map(|url| url.trim())
            .find(|url| url.starts_with("https://") || url.starts_with("http://"))
            .map(str::to_string)
    }
}

/// Keeps the first non-empty value.
fn set_once(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value.filter(|v| !v.trim().is_empty());
    }
}

fn has_word(list: &str, word: &str) -> bool {
    list.split_ascii_whitespace()
        .any(|w| w.eq_ignore_ascii_case(word))
}

fn date_published(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Object(map) => match map.get("datePublished") {
            Some(serde_json::Value::String(date)) => Some(date.clone()),
            _ => map.values().find_map(date_published),
        },
        serde_json::Value::Array(items) => items.iter().find_map(date_published),
        _ => None,
    }
}

/// A `<title>` without the site's name: the part that is not the site (og:site_name), else
/// the longest part ("Headline | Site", "Site - Headline").
fn headline(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    let Some(sep) = TITLE_SEPARATORS.iter().find(|sep| title.contains(**sep)) else {
        return title.to_string();
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    let not_site: Vec<&str> = match site {
        Some(site) => parts
            .iter()
            .copied()
            .filter(|p| !p.eq_ignore_ascii_case(site.trim()))
            .collect(),
        None => parts.clone(),
    };
    if site.is_some() && not_site.len() < parts.len() {
        return not_site.join(sep);
    }
    let longest = parts.iter().max_by_key(|p| p.chars().count());
    longest.map_or(title, |p| p).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[rustfmt::skip]
    fn the_site_name_leaves_the_title() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            ("Belarus frees 123 prisoners | The Daily Example", None, "Belarus frees 123 prisoners"),
            ("Example News - Belarus frees 123 prisoners", None, "Belarus frees 123 prisoners"),
            ("Short | A much longer site name here", Some("A much longer site name here"), "Short"),
            ("Belarus - the deal - Example", Some("Example"), "Belarus - the deal"),
            ("No separator here", None, "No separator here"),
            ("Well-known fact", None, "Well-known fact"),
        ];
        for &(title, site, expected) in cases {
            assert_eq!(headline(title, site), expected, "{title}");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn json_ld_dates_are_found_at_any_depth() {
        let cases: &[(&str, Option<&str>)] = &[
            (r#"{"@type":"NewsArticle","datePublished":"2025-12-14T08:00:00Z"}"#, Some("2025-12-14T08:00:00Z")),
            (r#"{"@graph":[{"@type":"WebPage"},{"datePublished":"2025-01-02"}]}"#, Some("2025-01-02")),
            (r#"[{"author":{"name":"A"}},{"datePublished":"2024-05-06"}]"#, Some("2024-05-06")),
            (r#"{"dateModified":"2025-01-02"}"#, None),
            ("not json", None),
        ];
        for &(json, date) in cases {
            let mut meta = Meta::default();
            meta.json_ld(json);
            assert_eq!(meta.published_json_ld.as_deref(), date, "{json}");
        }
    }
}
