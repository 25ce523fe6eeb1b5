//! Table-driven tests of the harder frames, one case per line: nouns of saying, progressive
//! and "-ing" forms, appositives, acronyms, and what is not an attribution.

use super::tests::{check, check_not, found};

#[test]
fn nouns_of_saying() {
    check(&[
        (
            "Tom Reed has long promoted the idea that the moon is hollow.",
            "Tom Reed",
            "the moon is hollow",
        ),
        (
            "Tom Reed spoke. Critics rejected his claim that the vote was rigged.",
            "Tom Reed",
            "the vote was rigged",
        ),
        (
            "Critics cited a report raising the possibility that rents will fall.",
            "a report",
            "rents will fall",
        ),
    ]);
}

#[test]
fn progressive_and_ing_forms() {
    check(&[
        (
            "The minister is saying that the talks have failed.",
            "the minister",
            "the talks have failed",
        ),
        (
            "The firm issued a statement saying that sales had doubled.",
            "the firm",
            "sales had doubled",
        ),
    ]);
}

#[test]
fn appositives_and_acronyms() {
    check(&[
        (
            "Ann Cole, 52, from Leeds, England, said the bridge was unsafe.",
            "Ann Cole",
            "the bridge was unsafe",
        ),
        (
            "Tom Reed, however, has said the plan will work.",
            "Tom Reed",
            "the plan will work",
        ),
        (
            "Truth: The WHO says the vaccine is safe.",
            "WHO",
            "the vaccine is safe",
        ),
        (
            "Sales are falling, according to the IMF.",
            "IMF",
            "Sales are falling",
        ),
        (
            "A spokesman for the port, Ben Ode, said ships were waiting.",
            "Ben Ode",
            "ships were waiting",
        ),
        (
            "About 4 in 10 say they want change.",
            "About 4 in 10",
            "they want change",
        ),
    ]);
}

#[test]
fn bodies_resolve_to_the_latest_named_subject() {
    check(&[
        (
            "Shares in Acme rose. Acme launched a new console. The company said sales would rise.",
            "Acme",
            "sales would rise",
        ),
        (
            "Shares in Acme rose. Acme launched a new console. It said prices would fall.",
            "Acme",
            "prices would fall",
        ),
        (
            "The ministry spoke on Monday. It said prices would fall.",
            "the ministry",
            "prices would fall",
        ),
    ]);
}

#[test]
fn these_are_not_reported_speech() {
    let cases = [
        "Among these were the false claim that the moon is hollow.",
        "The firm issued its third profits warning in nine months.",
        "Other sites, such as Pixabay, charge a monthly fee.",
        "That should tell you everything about the deal.",
        "He knows exactly where to find it: more money.",
        "The vain hope that prices fall keeps them going.",
        "Tom Reed announced his candidacy and secured a slot on the ballot.",
    ];
    for text in cases {
        let doc = crate::extract::claims::Doc::new(text);
        let speech: Vec<_> = doc.attributions().list.iter().filter(|a| !a.act).collect();
        assert!(speech.is_empty(), "attributions in {text:?}: {speech:?}");
    }
}

#[test]
fn frames_around_the_verb_phrase() {
    #[rustfmt::skip]
    check(&[
        // A time phrase between the subject and the verb.
        ("Jane Doe last week said the plan would fail.", "Jane Doe", "the plan would fail"),
        ("The ministry on Tuesday said the talks had ended.", "the ministry", "the talks had ended"),
        // An infinitive of saying takes the clause's subject.
        ("Tom Reed went on to say the vote was rigged.", "Tom Reed", "the vote was rigged"),
        ("Tom Reed tweeted on Friday to say he had never met her.", "Tom Reed", "he had never met her"),
        // An absolute clause with its own subject.
        ("The debate grew, with Jane Doe telling reporters the tax would rise.", "Jane Doe", "the tax would rise"),
        // A quote's last word is never the subject of the frame after it.
        ("“The energy starts to disappear,” said one Democrat familiar with the campaign, who asked not to be named.",
         "one Democrat familiar", "“The energy starts to disappear,”"),
        // An adverb after the verb; a parenthetical frame ending at its comma; a hearer and a
        // time after "told"; the subject of the clause's first verb for a participle.
        ("Jane Doe has said repeatedly the next president should choose.", "Jane Doe", "the next president should choose"),
        ("The plan will fail, her advisers said Friday, because the votes are not there.", "her advisers", "The plan will fail"),
        ("“It is doable,” Jane Doe told The Daily Post on Monday.", "Jane Doe", "“It is doable,”"),
        ("Other Republican candidates have followed his lead, saying the tax is too high.", "other Republican candidates", "the tax is too high"),
        // A colon or quote before "that": the quote is what is reported.
        ("Tom Reed said on Twitter: “Jane Doe has announced that she will run.”", "Tom Reed",
         "“Jane Doe has announced that she will run.”"),
        // A clause of time after the verb, then the quote.
        ("Tom Reed said as he left the hall, “The vote was rigged.”", "Tom Reed", "“The vote was rigged.”"),
        // "but has said": coordinated past its auxiliary.
        ("Jane Doe has voiced doubts but has said the plan may work.", "Jane Doe", "the plan may work"),
        // A frame set off by commas reports to the end when no verb of the source follows.
        ("And a third, Tom Reed, said that while he liked her, he would vote for Doe.", "Tom Reed",
         "while he liked her, he would vote for Doe"),
        // A partial quote closing a clause before an inverted frame: the clause is reported.
        ("Her reaction “could be about distance,” said Tom Reed.", "Tom Reed", "Her reaction “could be about distance,”"),
    ]);
    for text in [
        "It is too soon to say whether the plan works.",
        "It is fair to say the plan failed.",
        "And the next time he needs money, he knows exactly where to find it: more prisoners.",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
}

#[test]
fn sources_past_asides_media_and_documents() {
    #[rustfmt::skip]
    check(&[
        // A prepositional aside between the subject and its verb is passed over.
        ("Judge Ann Cole, in her dissent, said the law was unfair.", "Judge Ann Cole", "the law was unfair"),
        ("Jane Doe, in an interview, suggested the plan would fail.", "Jane Doe", "the plan would fail"),
        // A phrase of medium after the verb is not who speaks.
        ("“It will fail,” Tom Reed, a spokesman for the firm, said in an interview on Sunday in Leeds.", "Tom Reed",
         "“It will fail,”"),
        // A document a subject issues speaks for the subject.
        ("Acme Corp released a statement saying that sales had doubled.", "Acme Corp", "sales had doubled"),
        // A proper source ends at its appositive.
        ("Acme, which has a commanding lead in sales, said prices would rise.", "Acme", "prices would rise"),
    ]);
}

#[test]
fn frames_that_open_or_interrupt_the_sentence() {
    #[rustfmt::skip]
    check(&[
        // One word before a frame inside the sentence: the whole sentence is reported.
        ("Time, Tom Reed added, was on their side.", "Tom Reed", "Time, Tom Reed added, was on their side"),
        // An opening participle reports for the subject of the main clause after its comma.
        ("Noting that the deal was signed on Monday, Tom Reed added that it would fail.", "Tom Reed",
         "the deal was signed on Monday"),
        // An infinitive after a verb of aspect takes the clause's subject.
        ("Jane Doe is continuing to insist she will release the papers.", "Jane Doe", "she will release the papers"),
        // A bare clause whose verb follows its one-word subject.
        ("Jane Doe said Obama enjoys the support of the party.", "Jane Doe", "Obama enjoys the support of the party"),
        // A later frame's clause ends what an earlier frame reports.
        ("Although Tom Reed says that the plan works, others argue that it fails.", "Tom Reed", "the plan works"),
        ("Although Tom Reed says that the plan works, others argue that it fails.", "others", "it fails"),
    ]);
}

#[test]
fn an_inverted_frame_reports_a_clause() {
    // "Subject, aside, said NP VERB ...": the phrase after the verb is the subject of the
    // reported clause, and what stands before the verb is no clause of its own.
    #[rustfmt::skip]
    check(&[
        ("Paul Manafort, citing polls, said the candidate could win Pennsylvania.",
         "Paul Manafort", "the candidate could win Pennsylvania"),
        ("The rail service will close in May, said a spokesman for the ministry.",
         "a spokesman for the ministry", "The rail service will close in May"),
    ]);
    #[rustfmt::skip]
    check_not(&[
        ("Murphy, though, said he’s with former secretary of state Hillary Clinton.", "he’s"),
        ("Polk County GOP Chairman Will Rogers, for example, said Trump’s visit to Des Moines would earn attention.",
         "Trump’s visit"),
        ("Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win Pennsylvania.",
         "the candidate"),
    ]);
}

#[test]
fn attitudes_after_be() {
    #[rustfmt::skip]
    check(&[
        ("The minister is confident that the economy will grow.", "the minister", "the economy will grow"),
        ("He’s convinced that the vote was rigged.", "he", "the vote was rigged"),
        ("Tom Reed spoke. Reed has been critical of the deal with Iran.", "Tom Reed", "the deal with Iran"),
        ("Democrats are eager to vote on the bill next week.", "democrats", "vote on the bill next week"),
        // What a stance is about ends at the next finite verb.
        ("Voters who are worried about the economy backed the plan.", "voters", "the economy"),
    ]);
    for text in [
        "It is certain that prices will rise next year.",
        "The plan is critical to the economy of the region.",
        "Jane Doe is not sure that the plan works.",
        "The team is certain to win the league.",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
}

#[test]
fn pronouns_fall_back_to_the_latest_speaker() {
    // The name is out of reach, the speaker "he" resolved to last is not.
    let chain = "He said it rained. ".repeat(8);
    let text = format!("Tom Reed spoke on Monday. {chain}He said the plan works.");
    let got = found(&text);
    assert!(
        got.iter()
            .any(|(c, w)| c == "Tom Reed" && w == "the plan works"),
        "{got:?}"
    );
}

#[test]
fn quoted_words_and_gender_bound_the_rules() {
    #[rustfmt::skip]
    check(&[
        // A quote mark before a preposition is no aside: the name before the relative clause.
        ("Tom Reed, who has called Africa a “scar” on the world's conscience, has said the plan will work.",
         "Tom Reed", "the plan will work"),
        // "She" passes over the latest male speaker.
        ("“It works,” said Liam Fox. The senator’s wife spoke. She said the plan works.", "she", "the plan works"),
    ]);
}

#[test]
fn a_bare_clause_opens_on_a_word_that_can_be_its_subject() {
    for text in [
        "The Republic look to have an edge after claiming away draws in Basel and Paris.",
        "The team ended the season claiming home wins in Leeds and York.",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
}

#[test]
fn shares_relatives_brackets_and_relations() {
    check(&[
        // A share of a group speaks.
        (
            "One in five say the plan will fail.",
            "One in five",
            "the plan will fail",
        ),
        (
            "Nine out of ten said the economy was the main issue.",
            "Nine out of ten",
            "the economy was the main issue",
        ),
        (
            "All but two said the party should act.",
            "all but two",
            "the party should act",
        ),
        (
            "More than one in three said taxes were too high.",
            "more than one in three",
            "taxes were too high",
        ),
        // A frame inside a relative clause reports the relative's clause.
        (
            "They focus on the drawdown, which critics say left a vacuum for terrorists.",
            "critics",
            "left a vacuum for terrorists",
        ),
        (
            "It is the kind of job that many economists say is the future.",
            "many economists",
            "is the future",
        ),
        // A bracket before the time or the verb.
        (
            "Dianne Feinstein (D-Calif.) last week said Clinton was not the originator.",
            "Dianne Feinstein",
            "Clinton was not the originator",
        ),
        (
            "The biofuel has lost its fervor, Sen. Chuck Grassley (R-Iowa) told POLITICO.",
            "Chuck Grassley",
            "The biofuel has lost its fervor",
        ),
        // "close to", "aides to": the relation is part of the source.
        (
            "The candidate can win, people close to Clinton say.",
            "people close to Clinton",
            "The candidate can win",
        ),
        (
            "Aides to the mayor said the budget was balanced.",
            "aides to the mayor",
            "the budget was balanced",
        ),
        // "here" and "there" between the subject and its verb.
        (
            "Officials there said the bridge was unsafe.",
            "officials",
            "the bridge was unsafe",
        ),
    ]);
}

#[test]
fn perfect_participles_dash_asides_and_relative_antecedents() {
    check(&[
        // "Having said that ...": a perfect participle opening the sentence reports for the
        // main clause's subject, up to its comma.
        (
            "Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.",
            "Judge Berman",
            "he would not send me to prison",
        ),
        // The subject of the clause a participle hangs on, not a place before it.
        (
            "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
            "Trump",
            "“a total stiff.”",
        ),
        // "who" after an age and a place of origin: the name before them.
        (
            "The voters were young, said Nicky Driscoll, 24, from Manchester, who said the senator was best suited to lead.",
            "Nicky Driscoll",
            "the senator was best suited to lead",
        ),
        // "this" opens a clause's subject unless a span of time follows ("says this week").
        (
            "The Carnegie Mellon team says this project is only possible because PCs are cheaper.",
            "the Carnegie Mellon team",
            "this project is only possible because PCs are cheaper",
        ),
        (
            "The minister said this week the talks had failed.",
            "the minister",
            "the talks had failed",
        ),
        // "To X, Y": a person or a group for people holds the view the clause states.
        (
            "To Dr Carpenter, the solution comes out of technological and human behaviour.",
            "Carpenter",
            "the solution comes out of technological and human behaviour",
        ),
        (
            "To many voters, the plan is a betrayal of the party.",
            "many voters",
            "the plan is a betrayal of the party",
        ),
        // A quantifier floated after the subject ("... all said") is not the source.
        (
            "Officials all said the bridge was unsafe.",
            "officials",
            "the bridge was unsafe",
        ),
        (
            "The unions both said the offer was too low.",
            "the unions",
            "the offer was too low",
        ),
        // An aside between dashes stands between the subject and its verb.
        (
            "The State Department - before, during and after her time as secretary of state - has said that the records were poor.",
            "State Department",
            "the records were poor",
        ),
    ]);
}

#[test]
fn claimers_that_are_not_a_source() {
    let cases: &[(&str, &str)] = &[
        // A name inside a phrase of place is not who speaks.
        (
            "He met a senator from Ohio, who said the plant would close.",
            "Ohio",
        ),
        // "including the claim that": a list, nobody's claim.
        (
            "His questions contained talking points -- including the debunked claim that the war was opposed.",
            "points",
        ),
        // The object of a preposition or verb is not the subject of a stance verb after it.
        (
            "But, the Gartner report on mobile TV broadcasting in Europe suggests direct broadcasting will have to wait.",
            "Europe",
        ),
        (
            "The EU called on the industry to reduce the number of adverts aimed at young children.",
            "the number of adverts",
        ),
        // An "-s" form after a past verb is its object: "investigated claims that".
        (
            "Mr Campbell wrote after the programme investigated claims that the agency was blaming him.",
            "the programme investigated",
        ),
        // "To" before a place or an infinitive frames no view.
        ("To Paris, the team travelled by train.", "Paris"),
        ("To be fair, the plan has worked.", "be fair"),
        // A word opening a clause is no subject unless its predicate follows.
        (
            "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
            "New",
        ),
    ];
    check_not(cases);
}

#[test]
fn that_past_a_hearer_an_aside_or_a_long_phrase() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, &str)] = &[
        ("Wilson told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot for Rubio.", "Wilson", "he cast his ballot for Rubio"),
        ("Cruz said Thursday during taping of a town hall in Buffalo, New York, that states can pass such laws.", "Cruz", "states can pass such laws"),
        ("Guccifer said, per a translator, that the server was unprotected.", "Guccifer", "the server was unprotected"),
        ("Kaine now says, however, that he is a strong advocate for abortion rights.", "Kaine", "he is a strong advocate for abortion rights"),
        ("A student wrote the local newspaper, The Perry Chief, that these experiences were becoming common.", "a student", "these experiences were becoming common"),
        // A quote's speaker after it, the hearer of "told" followed by a place.
        ("“The campaign goes on,” Kasich told a crowd in Berea, Ohio Tuesday night.", "Kasich", "“The campaign goes on,”"),
        // "that" before a verb opens a relative clause: the bare clause is reported whole.
        ("He told reporters the bill that passed last year was flawed.", "he", "the bill that passed last year was flawed"),
        ("She said the company that makes the drug lied.", "she", "the company that makes the drug lied"),
    ];
    check(cases);
    // "given that" is a conjunction of its own: not what was advised.
    #[rustfmt::skip]
    let none: &[(&str, &str)] = &[
        ("He advised consumers to give shops more time given that online buying is popular.", "online buying is popular"),
    ];
    for (text, content) in none {
        let got = found(text);
        assert!(got.iter().all(|(_, w)| w != content), "{text:?}: {got:?}");
    }
}
