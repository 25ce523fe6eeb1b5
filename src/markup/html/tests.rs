//! Pages made up for the tests: what is article text, and what the markup says about it.

use super::*;

fn text_of(html: &str) -> String {
    page(html).text
}

#[test]
#[rustfmt::skip]
fn only_the_article_text_is_kept() {
    // a page, its text
    let cases: &[(&str, &str)] = &[
        ("<p>One.</p><p>Two &amp; three.</p>", "One.\n\nTwo & three."),
        ("<body><nav>Home News</nav><p>Body.</p><footer>© Site</footer></body>", "Body."),
        ("<script>var x = '<p>no</p>';</script><style>p { }</style><p>Yes.</p>", "Yes."),
        ("<p>Before.</p><article><p>Inside.</p></article><aside>Related</aside>", "Inside."),
        ("<div role=navigation>Menu</div><main><p>Main text.</p></main><p>Other.</p>", "Main text."),
        ("<header>Site name</header><article><header><h1>Head</h1></header><p>B.</p></article>", "Head\n\nB."),
        ("<p>Line one<br>line two</p>", "Line one\nline two"),
        ("<p>Spread\n   over   lines</p>", "Spread over lines"),
        ("<pre>keep   this\n  as is</pre>", "keep   this\n  as is"),
        ("<p>A <b>bold</b> word and <a href='/x'>a link</a>.</p>", "A bold word and a link."),
        ("<form><input value=x><button>Send</button></form><p>After.</p>", "After."),
        ("<svg><text>chart</text></svg><p>Kept.</p>", "Kept."),
    ];
    for (html, text) in cases {
        assert_eq!(text_of(html), *text, "{html}");
    }
}

#[test]
#[rustfmt::skip]
fn the_title_from_og_title_h1_or_the_title_tag() {
    // a page, its title
    let cases: &[(&str, Option<&str>)] = &[
        (r#"<meta property="og:title" content="OG headline"><title>T | S</title><h1>H</h1>"#, Some("OG headline")),
        ("<title>Tag headline | Site</title><h1>The <i>h1</i> headline</h1>", Some("The h1 headline")),
        ("<title>Tag headline here | Site</title><p>x</p>", Some("Tag headline here")),
        (r#"<meta property="og:site_name" content="Example"><title>Tiny - Example</title>"#, Some("Tiny")),
        ("<p>No title at all.</p>", None),
    ];
    for (html, title) in cases {
        assert_eq!(page(html).title.as_deref(), *title, "{html}");
    }
}

#[test]
#[rustfmt::skip]
fn the_published_date_from_meta_json_ld_or_time() {
    // a page, its date
    let cases: &[(&str, Option<&str>)] = &[
        (r#"<meta property="article:published_time" content="2025-12-14T09:00:00Z"><time datetime="2024-01-01">x</time>"#, Some("2025-12-14")),
        (r#"<script type="application/ld+json">{"datePublished":"2025-11-02T10:00:00+01:00"}</script><time datetime="2024-01-01">x</time>"#, Some("2025-11-02")),
        (r#"<p>Posted <time datetime="2025-03-04">4 March</time></p>"#, Some("2025-03-04")),
        (r#"<time datetime="yesterday">x</time>"#, None),
        ("<p>Undated.</p>", None),
    ];
    for (html, date) in cases {
        assert_eq!(page(html).published.as_deref(), *date, "{html}");
    }
}

#[test]
#[rustfmt::skip]
fn the_canonical_url_is_kept() {
    // a page, its url
    let cases: &[(&str, Option<&str>)] = &[
        (r#"<link rel="canonical" href="https://example.org/a"><meta property="og:url" content="https://example.org/b">"#, Some("https://example.org/a")),
        (r#"<meta property="og:url" content="https://example.org/b">"#, Some("https://example.org/b")),
        (r#"<link rel="canonical" href="/relative/only">"#, None),
        (r#"<link rel="stylesheet" href="https://example.org/s.css">"#, None),
    ];
    for (html, url) in cases {
        assert_eq!(page(html).url.as_deref(), *url, "{html}");
    }
}

#[test]
fn a_headline_outside_the_article_opens_its_text() {
    let html = "<header><h1>Belarus frees 123</h1></header><article><p>Body.</p></article>";
    assert_eq!(text_of(html), "Belarus frees 123\n\nBody.");
}
