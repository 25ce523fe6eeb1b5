//! Table-driven tests of the page furniture rules: whole lines and marks inside sentences.

use super::*;

#[test]
fn furniture_lines() {
    #[rustfmt::skip]
    let cases: &[(&str, bool)] = &[
        ("By Jane Smith", true),
        ("By Jane Smith and Tom Brown, Health reporters", true),
        ("Jane Smith, BBC News", true),
        ("Edited by Tom Brown, 13 April 2020 - 07:55", true),
        ("Last updated 4 May 2021", true),
        ("Photo: Reuters", true),
        ("Image caption Police closed the road on Monday", true),
        ("Image copyright Getty Images", true),
        ("Getty Images", true),
        ("Leave a Comment", true),
        ("Read more: the ten best beaches", true),
        ("Share this article", true),
        ("Related: live updates on the storm", true),
        ("https://example.com/news/2020/story", true),
        ("[186][187]", true),
        ("Clark Boyd is technology correspondent for The World, a radio co-production.", true),
        ("Jane Smith is a freelance journalist based in Paris.", true),
        ("Jane Smith is the mayor of Paris.", false),
        ("By the end of the year, 300 jobs had gone.", false),
        ("Image quality has improved since 2019.", false),
        ("Share prices fell 5% on Monday.", false),
        ("Jane Smith, the mayor, opened the bridge.", false),
        ("Reuters reported that the talks had failed.", false),
        ("Published figures show a rise in crime.", false),
    ];
    for &(text, want) in cases {
        let doc = Doc::new(text);
        let got = (0..doc.sentences.len()).all(|s| is_furniture(&doc, s, &marks(&doc, s)));
        assert_eq!(got, want, "{text:?} {:?}", doc.sentences);
    }
}

#[test]
fn marks_inside_sentences() {
    #[rustfmt::skip]
    let cases: &[(&str, &[&str])] = &[
        ("Prices rose by 5%.[186][187] Then they fell.", &["[186]", "[187]"]),
        ("The law passed in 2004[citation needed] and stands.", &["[citation needed]"]),
        ("The data [needs update] is old.", &["[needs update]"]),
        ("“Detecting RNA is different from [animals] shedding virus,” he said.", &[]),
        ("See https://example.org/a?b=1, or write to desk@example.com.", &["https://example.org/a?b=1", "desk@example.com"]),
        ("Fake news https://t.co/LPan40MR— Lijian Zhao (@zlj517) March 13, 2020", &["https://t.co/LPan40MR", "— Lijian Zhao (@zlj517) March 13, 2020"]),
        ("Cases rose 9/11 and/or fell in the U.S./Canada border towns.", &[]),
    ];
    for &(text, want) in cases {
        let doc = Doc::new(text);
        let got: Vec<&str> = (0..doc.sentences.len())
            .flat_map(|s| marks(&doc, s))
            .map(|(a, b)| &text[a..b])
            .collect();
        assert_eq!(got, want, "{text:?} {:?}", doc.sentences);
    }
}
