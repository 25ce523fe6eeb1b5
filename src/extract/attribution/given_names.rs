//! Common English given names by the pronoun they usually take, for gender agreement of
//! "he" and "she" with a name ("Hillary Clinton ... she", never "Bernie Sanders ... she").
//! Unknown names agree with either.

use std::sync::LazyLock;

use crate::extract::word_table::WordSet;

#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
    "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly",
    "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah",
    "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley",
    "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
    "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria",
    "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly",
    "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah",
    "martha", "jacqueline", "frances", "gloria", "ann", "anne", "teresa", "kathryn", "sara",
    "janice", "jean", "alice", "madison", "doris", "abigail", "julia", "judy", "grace",
    "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana",
    "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary",
    "nikki", "carly", "elena", "sonia", "condoleezza", "marine", "kamala", "melania", "ivanka",
    "chelsea", "sheila", "tessa", "harriet", "yvette", "jacqui", "caroline", "louise",
    "claire", "fiona", "gillian", "kate", "katie", "lucy", "sophie", "zoe", "paula", "serena",
    "venus", "natasha", "svetlana", "olga", "irina", "ana", "carmen", "lena",
];

#[rustfmt::skip]
const MALE: &[&str] = &[
    "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas",
    "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
    "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald",
    "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
    "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory",
    "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron",
    "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan",
    "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold",
    "sean", "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan",
    "billy", "joe", "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne",
    "elijah", "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby", "mason",
    "philip", "louis", "bernie", "barack", "ted", "marco", "jeb", "mitt", "mike", "chris",
    "bill", "tim", "tom", "jim", "bob", "ben", "rand", "newt", "rick", "reince", "vladimir",
    "tony", "gordon", "boris", "nick", "ed", "ken", "ian", "neil", "martin", "simon", "graham",
    "alastair", "hugh", "nigel", "malcolm", "liam", "sven", "arsene", "rafael", "andy",
    "tiger", "xi", "jean", "silvio", "emmanuel",
];

static FEMALE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(FEMALE));
static MALE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(MALE));

/// Whether `first` is a common given name of a woman (`female`) or of a man.
pub fn is_given(first: &str, female: bool) -> bool {
    if female {
        FEMALE_SET.contains(first) && !MALE_SET.contains(first)
    } else {
        MALE_SET.contains(first) && !FEMALE_SET.contains(first)
    }
}

/// Whether a person whose name begins with `first` may be "she" (`female`) or "he".
pub fn agrees(first: &str, female: bool) -> bool {
    if female {
        !MALE_SET.contains(first) || FEMALE_SET.contains(first)
    } else {
        !FEMALE_SET.contains(first) || MALE_SET.contains(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_agree_with_their_pronouns() {
        let cases: &[(&str, bool, bool)] = &[
            ("Hillary", true, true),
            ("Hillary", false, false),
            ("Bernie", true, false),
            ("Bernie", false, true),
            ("Jean", true, true),
            ("Jean", false, true),
            ("Zhao", true, true),
            ("Zhao", false, true),
        ];
        for &(name, female, expected) in cases {
            assert_eq!(agrees(name, female), expected, "{name} as female={female}");
        }
    }
}
