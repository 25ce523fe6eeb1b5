//! The analysed article the rules share: sentences, their words and scores, the people named
//! and the quantities found, computed once.

use std::cell::{Cell, OnceCell};

use foldhash::HashSet;

use crate::extract::attribution::{self, Attributions};
use crate::extract::people::{self, Name};
use crate::extract::quantity::{Quantity, find_quantities};
use crate::extract::score::{Fast, Scores, SentenceScorer};
use crate::extract::sentences::{self, Sentence};
use crate::extract::words::{SentenceWords, Word};

/// An article split and annotated for the claim rules.
pub struct Doc<'a> {
    pub text: &'a str,
    pub sentences: Vec<Sentence>,
    /// The check-worthiness and opinion scores of each sentence.
    pub scores: Vec<Scores>,
    pub words: SentenceWords,
    pub names: Vec<Name>,
    pub quantities: Vec<Quantity>,
    /// For each sentence, the index of its first quantity (quantities are sorted by start);
    /// one more entry closes the last sentence's run.
    quantity_runs: Vec<usize>,
    /// Words written with a capital somewhere other than the start of a sentence.
    /// Built on first use: only the event rule asks, for a few sentences of an article.
    proper: OnceCell<HashSet<&'a str>>,
    /// The first sentence of a reference list at the end ("Sources", "References"), if any.
    references: OnceCell<usize>,
    /// Who says what, found once for the whole article on first use.
    attributions: OnceCell<Attributions>,
    /// Per word (flat index), whether it can be a finite verb, once asked: 0 not yet, 1 no,
    /// 2 yes. The statement, assertion and attribution rules ask of the same words.
    pub(super) finite: Vec<Cell<u8>>,
}

/// Where each sentence's quantities begin, from one walk over both sorted lists: entry `s` is
/// the first quantity starting at or after sentence `s`'s start, and a last entry closes the
/// final run (see [`Doc::quantities_in`]).
fn runs(sentences: &[Sentence], quantities: &[Quantity]) -> Vec<usize> {
    let mut runs = Vec::with_capacity(sentences.len() + 1);
    let mut k = 0;
    for s in sentences {
        while k < quantities.len() && quantities[k].start < s.start {
            k += 1;
        }
        runs.push(k);
    }
    runs.push(quantities.len());
    runs
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        Doc::with_scorer(text, &Fast)
    }

    /// The article with its sentences scored by `scorer`.
    pub fn with_scorer(text: &'a str, scorer: &dyn SentenceScorer) -> Doc<'a> {
        let sentences = sentences::split(text);
        let words = SentenceWords::new(text, &sentences);
        let names = people::find_names(text, &sentences, &words);
        let quantities = find_quantities(text);
        let quantity_runs = runs(&sentences, &quantities);
        let texts: Vec<&str> = sentences.iter().map(|s| &text[s.start..s.end]).collect();
        let scores = scorer.score_all(&texts);
        let finite = vec![Cell::new(0); words.total()];
        Doc {
            text,
            sentences,
            scores,
            words,
            names,
            quantities,
            quantity_runs,
            proper: OnceCell::new(),
            references: OnceCell::new(),
            attributions: OnceCell::new(),
            finite,
        }
    }

    /// The index of the first sentence of the article's reference list (the sentence count
    /// when it has none).
    pub fn references_from(&self) -> usize {
        *self
            .references
            .get_or_init(|| super::furniture::reference_list(self))
    }

    /// Whether `word` is written with a capital mid-sentence somewhere in the article, so a
    /// capital at the start of a sentence is its own ("Belarus, a close ally ...").
    pub fn is_proper(&self, word: &Word) -> bool {
        let proper = self
            .proper
            .get_or_init(|| proper_nouns(self.text, &self.words));
        proper.contains(word.base(self.text))
    }

    /// The attributions and quoted passages of the article.
    pub fn attributions(&self) -> &Attributions {
        self.attributions.get_or_init(|| attribution::find(self))
    }

    /// The text of sentence `s`.
    pub fn sentence_text(&self, s: usize) -> &'a str {
        let span = self.sentences[s];
        &self.text[span.start..span.end]
    }

    /// Whether sentence `s` is a title-case heading rather than running text.
    pub fn is_heading(&self, s: usize) -> bool {
        people::is_heading(self.sentence_text(s), self.text, &self.words[s])
    }

    /// The quantities inside sentence `s`.
    pub fn quantities_in(&self, s: usize) -> &[Quantity] {
        let run = &self.quantities[self.quantity_runs[s]..self.quantity_runs[s + 1]];
        // The run reaches the next sentence; one starting after this sentence's end (in the
        // space between sentences) belongs to neither.
        let end = self.sentences[s].end;
        &run[..run.partition_point(|q| q.start < end)]
    }

    /// The index of the first word of sentence `s` that starts at or after byte `at`.
    pub fn word_at(&self, s: usize, at: usize) -> usize {
        self.words[s].partition_point(|w| w.start < at)
    }

    /// A person at word `i` of sentence `s`: a name, or a reference resolved to one.
    /// Returns the number of words it covers and the full name.
    pub fn person_at(&self, s: usize, i: usize) -> Option<(usize, String)> {
        let ws = &self.words[s];
        let word = ws.get(i)?;
        // Names are in text order, so a binary search finds the one starting here.
        let found = self.names.binary_search_by_key(&word.start, |n| n.start);
        if let Some(name) = found.ok().map(|k| &self.names[k]) {
            let len = ws[i..].iter().take_while(|w| w.end <= name.end).count();
            return Some((len, name.full.clone()));
        }
        let len = people::reference_at(self.text, ws, i)?;
        let name = people::resolve(&self.names, s, word.start)?;
        Some((len, name.full.clone()))
    }

    /// The nearest person at or before word `i` of sentence `s` (within the sentence).
    pub fn person_before(&self, s: usize, i: usize) -> Option<(usize, String)> {
        (0..=i.min(self.words[s].len().saturating_sub(1)))
            .rev()
            .find_map(|j| self.person_at(s, j).map(|(_, name)| (j, name)))
    }

    /// Whether the verb at word `v` is negated: "not", "never" or an "n't" form among the
    /// four words before it ("is not going to be released", "never signed").
    pub fn is_negated(&self, s: usize, v: usize) -> bool {
        let ws = &self.words[s];
        ws[v.saturating_sub(4)..v].iter().any(|w| {
            let word = w.str(self.text);
            w.is_any(self.text, &["not", "never"]) || word.ends_with("n't") || word.ends_with("n’t")
        })
    }

    /// The words of sentence `s` from word `from` to word `to` (exclusive), as written.
    pub fn span_text(&self, s: usize, from: usize, to: usize) -> &'a str {
        let ws = &self.words[s];
        if from >= to || to > ws.len() {
            return "";
        }
        &self.text[ws[from].start..ws[to - 1].end]
    }
}

fn proper_nouns<'a>(text: &'a str, words: &SentenceWords) -> HashSet<&'a str> {
    // Sized up front, as a set grown from an iterator is rehashed at every doubling: the
    // distinct capitalised words are about one in sixty of a news text's words (13,900 of
    // 876,000 on BBC), so one in 32 leaves room without holding megabytes.
    let mut proper = HashSet::with_capacity_and_hasher(words.total() / 32, Default::default());
    for w in words.iter().flat_map(|ws| ws.iter().skip(1)) {
        let capital = match text.as_bytes()[w.start] {
            b if b.is_ascii() => b.is_ascii_uppercase(),
            _ => w.str(text).starts_with(char::is_uppercase),
        };
        if capital {
            proper.insert(w.base(text));
        }
    }
    proper
}
