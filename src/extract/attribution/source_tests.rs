//! Table-driven tests of how a source is found before its verb: relative clauses, asides,
//! focusing adverbs, nouns taken for reporting verbs, and quotes the frame reports.

use super::tests::{check, check_not};

#[test]
fn relative_clauses_asides_and_focus_words_before_the_verb() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, &str)] = &[
        // A relative clause with a predicate of its own stands between the source and its verb.
        ("But progressive organizations that have endorsed him say superdelegates should choose the winner.", "progressive organizations", "superdelegates should choose the winner"),
        ("Officials who spoke with The Huffington Post said the organization has become a shell.", "officials", "the organization has become a shell"),
        ("A White House official who spoke anonymously to discuss internal strategy said the talks had begun.", "a White House official", "the talks had begun"),
        ("Another Muslim who worshiped at the mosque and who did not want to be named said he heard threats.", "Muslim", "he heard threats"),
        ("Friends of Mr. Clinton's who have seen him on the trail say his energy has faded.", "Friends of Mr. Clinton's", "his energy has faded"),
        // A pronoun takes its sense from the clause.
        ("Those who oppose the plan say it will cost jobs.", "those who oppose the plan", "it will cost jobs"),
        ("Many who voted for that plan say it failed.", "many who voted for that plan", "it failed"),
        // "that" after a verb is the complementiser; a "which" clause with its own subject
        // is that subject's.
        ("He said that officials had warned of a crash.", "he", "officials had warned of a crash"),
        ("There was a surge of independents, which Democrats say could be aiding Sanders.", "Democrats", "could be aiding Sanders"),
        // An aside set off by commas is stepped over: a subordinate clause, a sentence adverb.
        ("An increasing number of Democrats, while still confident in her victory, are warning that the campaign is too narrow.", "an increasing number of Democrats", "the campaign is too narrow"),
        ("Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes.", "Sanders", "fact speaks volumes"),
        // A double hyphen sets off an aside as a dash does.
        ("In a victory speech from Wyoming -- which holds a caucus on Saturday -- Sanders argued he is the stronger candidate.", "Sanders", "he is the stronger candidate"),
        // A focusing adverb before the subject is not part of it; "only" and "just" are.
        ("So even economists agree that movement toward them will be incremental.", "economists", "movement toward them will be incremental"),
        ("Only 42% of them said saving money is the main consideration.", "Only 42% of them", "saving money is the main consideration"),
        // A quote after the verb and a time is what it reports, not the clause before.
        ("Although there is no such overlap, a White House official said Wednesday, \"Certainly there are discussions.\"", "a White House official", "\"Certainly there are discussions.\""),
    ];
    check(cases);
    // What these rules must not take for a claimer.
    #[rustfmt::skip]
    let wrong: &[(&str, &str)] = &[
        ("Nuclear experts have similarly discounted Pyongyang's claims that the bomb was tested.", "similarly discounted Pyongyang"),
        ("He gave a speech in Salt Lake City in which he pledged that he would be a friend to Israel.", "in"),
        ("Although the index was lower, the fact that it held above 50 suggests the sector is growing.", "the fact"),
    ];
    check_not(wrong);
}

#[test]
fn nouns_after_verb_forms_and_quotes_past_a_hearer() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, &str)] = &[
        // A colon opens the quote past the hearer: the quote is reported, not the clause before.
        ("Addressing the critics, Mr Michael told BBC Radio 4's Today Programme: \"There has been a lot of spin.\"", "Michael", "\"There has been a lot of spin.\""),
        // A quote that opens the sentence and closes on a comma before its source is what
        // the frame reports, whatever the verb's phrase runs on to; a quoted term inside an
        // opening phrase is not, when a quote follows the verb.
        ("“We each have our own opinion, but we are friends,” Jim Bennett, 57, told a voter passing by who seemed confused.", "Jim Bennett", "“We each have our own opinion, but we are friends,”"),
        ("Remarking upon his \"genuine empathy,\" Starr said, \"His empathy is absolutely clear.\"", "Starr", "\"His empathy is absolutely clear.\""),
        ("\"It is a race\" Mr Fogg said consumers had to be very careful.", "Fogg", "consumers had to be very careful"),
        // A parenthetical frame: its own source, never its verb.
        ("This, they say, indicates that neither country is interested.", "they", "This, they say, indicates that neither country is interested"),
        // A noun's verb after a determiner is still a verb.
        ("The ruling claims that the law is void.", "the ruling", "the law is void"),
        ("But the same polling suggests that Mr. Trump could perform well.", "the same polling", "Mr. Trump could perform well"),
        // A preposition that approximates a share is part of the subject.
        ("About 4 in 10 say they want more liberal policies.", "About 4 in 10", "they want more liberal policies"),
    ];
    check(cases);
    // An "-s" form after an "-ing" form opening a clause or after an infinitive is a noun:
    // the claims are nobody's here; a reporting verb is no source.
    #[rustfmt::skip]
    let wrong: &[(&str, &str)] = &[
        ("Following claims that US forces had worked inside Iran, Mr Blair was asked about it.", "Following"),
        ("He was handed the letter late, prompting claims that the votes were a shambles.", "prompting"),
        ("Qwest paid $250m in October to settle charges that it manipulated its results.", "settle"),
        ("But she added that claims Ms Kelly was in charge of a budget were not true.", "added"),
        ("This, they say, indicates that neither country is interested.", "say"),
        ("Labour, needless to say, claim his planned savings simply don't add up.", "say"),
        // "quoted X as saying": the one quoted speaks, not the agency.
        ("\"The sale was a crime,\" the Interfax news agency quoted Mr Khodorkovsky as saying.", "the Interfax news agency"),
        // A phrase that opens with a preposition before a common word is an adverbial.
        ("All this came amid fresh claims that Mr Brown was still seething.", "amid fresh"),
        ("With his ranking down at 168, many feared the career was over.", "With his"),
        // A form that is also a noun, after an article and a capitalised adjective.
        ("ONGC, which is majority-owned by the Indian state, has bought assets in Vietnam.", "ONGC"),
        ("Trump told the Washington Post that he liked Paul.", "Washington"),
    ];
    check_not(wrong);
}

#[test]
fn participle_subjects_reduced_relatives_and_subordinate_clauses() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, &str)] = &[
        // A participle between a source and its verb, with its own object: who speaks is the
        // noun before the participle, not whom they speak to.
        ("Another intelligence source speaking to Fox News said, “The agents are investigating.”", "another intelligence source", "“The agents are investigating.”"),
        ("Two officials speaking on condition of anonymity said the talks had stalled.", "two officials", "the talks had stalled"),
        ("A spokesman reached by telephone said the company would appeal.", "a spokesman", "the company would appeal"),
        // A document speaks for its author.
        ("Figures gathered by Continental Research show that 36% of users have never sent one.", "Continental Research", "36% of users have never sent one"),
        // A participle after the main clause takes the main clause's subject: not a name in
        // brackets, not the subject of an opening subordinate clause.
        ("Carly Fiorina threw her support behind Sen. Ted Cruz (R-Texas) Wednesday, saying it is time to have a real conservative.", "Carly Fiorina", "it is time to have a real conservative"),
        ("As they met in Ottawa, Trump was 340 miles away in Bangor, Maine, promising to build a wall.", "Trump", "to build a wall"),
        ("When Maddow pointed out that Sanders calls it Medicare for all, Clinton seized upon the reference, repeating her line that the plan would jeopardize health care.", "Clinton", "her line that the plan would jeopardize health care"),
        // A frame inside the opening subordinate clause takes its subject.
        ("When Trump later referred to the massacre and said he would protect them, the crowd applauded loudly.", "Trump", "he would protect them"),
        // What is reported ends where the participle after it, or the main clause, begins.
        ("Ms. Smith said that the plan had failed, adding that it would be dropped.", "Smith", "the plan had failed"),
        ("When Maddow pointed out that Sanders calls it Medicare for all, Clinton seized upon the reference.", "Maddow", "Sanders calls it Medicare for all"),
        // A time of the telling between the verb and its quote ("a day earlier", "two weeks
        // ago"), and a stance verb with a "that" clause, report as "said" does.
        ("He also stated a day earlier, “If he catches on, we will go to war.”", "he", "“If he catches on, we will go to war.”"),
        ("The senator said two weeks ago, “The bill is dead.”", "the senator", "“The bill is dead.”"),
        ("Labor leaders point out that Mr. Trump could draw union voters.", "Labor leaders", "Mr. Trump could draw union voters"),
        // A noun of saying after a phrasal verb: the verb's subject.
        ("Democratic leaders are putting out a warning that leaked emails might be fake.", "Democratic leaders", "leaked emails might be fake"),
    ];
    check(cases);
    #[rustfmt::skip]
    let wrong: &[(&str, &str)] = &[
        ("Carly Fiorina threw her support behind Sen. Ted Cruz (R-Texas) Wednesday, saying it is time.", "R-Texas"),
        ("Another intelligence source speaking to Fox News said the agents were busy.", "Fox News"),
        ("Democratic leaders are putting out a warning that leaked emails might be fake.", "putting"),
    ];
    check_not(wrong);
}

#[test]
fn a_clause_ending_on_a_colon_introduces_its_quote() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, &str)] = &[
        // Whatever the verb, a clause ending on a colon that opens a quote introduces it, and
        // its subject speaks it.
        ("Tom Ridge, a former secretary of homeland security, summed it up: “The barbarians are inside.”", "Tom Ridge", "“The barbarians are inside.”"),
        ("The Clinton campaign worded it even more carefully: \"Her work emails were captured.\"", "the Clinton campaign", "\"Her work emails were captured.\""),
        ("Clinton has since apologized for what happened: \"I should have used two email addresses.\"", "Clinton", "\"I should have used two email addresses.\""),
        // A letter or an email sent to a hearer speaks for its sender, not the hearer.
        ("Qwest chairman Richard Notebaert sent a letter to the board saying that it plans a new offer.", "Richard Notebaert", "it plans a new offer"),
    ];
    check(cases);
    #[rustfmt::skip]
    let wrong: &[(&str, &str)] = &[
        // A subject that names no speaker, and a run-in after a dash, speak nothing.
        ("The answer is simple: “We need more nurses.”", "The answer"),
        ("Signs of a shift were there all along - More from Blumenthal and Cohen: “Data confirm it.”", "Signs"),
        ("Manchester United coach Sir Alex Ferguson: “It was a fantastic performance.”", "Manchester"),
        ("It will be: “Should the United Kingdom approve the treaty?”", "it"),
        ("The party will test a poster with a blackboard reading: “2+2=5”.", "the party"),
        ("Qwest chairman Richard Notebaert sent a letter to the board saying that it plans a new offer.", "the board"),
    ];
    check_not(wrong);
}
