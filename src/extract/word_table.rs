//! `WordTable`, the one static table behind the lexicon look-ups on the hot path: words to
//! class bits, or to `bool` for a `WordSet`, by a hash the caller computes (the scorer's tokens
//! come hashed already). A direct-mapped filter answers "maybe" in one load and turns most
//! words away; only the words that pass it are compared with the few listed in their bucket.

use std::ops::BitOr;

use foldhash::HashMap;

/// Listed words with a value each; unlisted words get `T::default()`.
pub struct WordTable<T> {
    /// Per bucket, the OR of the values of its words: small enough to stay in L1.
    filter: Box<[T]>,
    /// Bucket `b`'s words are `entries[starts[b]..starts[b + 1]]`.
    starts: Box<[u32]>,
    /// The listed words by bucket.
    entries: Box<[Entry<T>]>,
    /// 64 minus the number of bucket bits: a hash's top bits are its bucket.
    shift: u32,
}

/// A listed word: its hash, its bytes lower-cased and its value.
type Entry<T> = (u64, Box<[u8]>, T);

/// A set of words, ignoring ASCII case.
pub type WordSet = WordTable<bool>;

impl<T: Copy + Default + PartialEq + BitOr<Output = T>> WordTable<T> {
    /// The table of `words` with their values (both values ORed for a word listed twice),
    /// each hashed with `hash` once lower-cased.
    pub fn new<S: AsRef<str>>(
        words: impl IntoIterator<Item = (S, T)>,
        hash: fn(&[u8]) -> u64,
    ) -> Self {
        // Merged in a hash map: sorting a few thousand heap strings, or a tree of them, cost
        // more than every look-up of a short text.
        let words = words.into_iter();
        let mut merged: HashMap<Vec<u8>, T> =
            HashMap::with_capacity_and_hasher(words.size_hint().0, Default::default());
        for (word, value) in words {
            let merged = merged
                .entry(word.as_ref().to_ascii_lowercase().into_bytes())
                .or_default();
            *merged = *merged | value;
        }
        // 16 buckets a word: about one word in 16 passes the filter by chance.
        let bits = (16 * merged.len()).next_power_of_two().ilog2().max(6);
        let bucket = |h: u64| (h >> (64 - bits)) as usize;
        let (mut entries, mut filter) = (Vec::new(), vec![T::default(); 1 << bits]);
        for (word, value) in merged {
            let h = hash(&word);
            filter[bucket(h)] = filter[bucket(h)] | value;
            entries.push((h, word.into_boxed_slice(), value));
        }
        // By bucket, then hash: the map's order is arbitrary, the table's is not (a bucket's
        // words are distinct, so their order changes no look-up anyway).
        entries.sort_unstable_by_key(|e| (bucket(e.0), e.0));
        // Bucket starts by counting: one pass, not a binary search per bucket.
        let mut starts = vec![0u32; (1 << bits) + 1];
        for e in &entries {
            starts[bucket(e.0) + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        WordTable {
            filter: filter.into(),
            starts: starts.into(),
            entries: entries.into(),
            shift: 64 - bits,
        }
    }

    /// The OR of the values of the listed words in the bucket of `hash`: a superset of the
    /// value of the word hashed, in one load (the rarer bits it adds cost only time).
    #[inline(always)]
    pub fn maybe(&self, hash: u64) -> T {
        self.filter[(hash >> self.shift) as usize]
    }

    /// The value of `word`, ignoring ASCII case, given `hash`: the table's hash function of
    /// `word` (which must give every case of a word the same hash, or be given lower case).
    #[inline(always)]
    pub fn get(&self, word: &[u8], hash: u64) -> T {
        let b = (hash >> self.shift) as usize;
        if self.filter[b] == T::default() {
            return T::default();
        }
        let bucket = &self.entries[self.starts[b] as usize..self.starts[b + 1] as usize];
        let mut listed = bucket
            .iter()
            .filter(|(h, w, _)| *h == hash && w.eq_ignore_ascii_case(word));
        listed.next().map_or(T::default(), |e| e.2)
    }
}

impl WordSet {
    /// The set of `words`.
    pub fn of<'a>(words: impl IntoIterator<Item = &'a &'a str>) -> WordSet {
        WordTable::new(words.into_iter().map(|w| (w, true)), case_blind)
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    #[inline(always)]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word.as_bytes(), case_blind(word.as_bytes()))
    }
}

/// The hash of [`WordSet`]s and the token classes: a word's length and four of its bytes
/// (first, middle, last two) with ASCII case folded (`| 0x20`), mixed by one multiply.
/// Constant time whatever the word's length.
#[inline(always)]
pub fn case_blind(w: &[u8]) -> u64 {
    let n = w.len();
    if n == 0 {
        return 0;
    }
    let at = |k: usize, shift: u32| u64::from(w[k] | 0x20) << shift;
    let bytes = at(0, 0) | at(n / 2, 8) | at(n - 1, 16) | at(n.saturating_sub(2), 24);
    (bytes | (n as u64) << 32).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_words_up_ignoring_ascii_case() {
        let list = [("may", 1u8), ("March", 2), ("may", 4), ("£", 8)];
        let table = WordTable::new(list, case_blind);
        let cases: &[(&str, u8)] = &[
            ("may", 5),
            ("MAY", 5),
            ("marcH", 2),
            ("£", 8),
            ("ma", 0),
            ("mays", 0),
            ("marsh", 0),
            ("", 0),
        ];
        for (word, want) in cases {
            let h = case_blind(word.as_bytes());
            assert_eq!(table.get(word.as_bytes(), h), *want, "{word:?}");
            assert_eq!(table.maybe(h) & want, *want, "maybe {word:?}");
        }
    }

    #[test]
    fn words_that_share_a_hash_are_told_apart() {
        // Same length, first, middle and last two bytes: the same hash.
        assert_eq!(case_blind(b"prisoner"), case_blind(b"PRItONER"));
        let set = WordSet::of(&["prisoner", "priconer"]);
        let cases: &[(&str, bool)] = &[("Prisoner", true), ("priconer", true), ("pritoner", false)];
        for (word, want) in cases {
            assert_eq!(set.contains(word), *want, "{word}");
        }
    }

    #[test]
    fn finds_every_word_of_a_long_list() {
        let words: Vec<String> = (0..1000).map(|i| format!("w{i}")).collect();
        let set = WordTable::new(words.iter().map(|w| (w, true)), case_blind);
        for w in words.iter().map(String::as_str).chain(["w1000"]) {
            assert_eq!(
                set.get(w.as_bytes(), case_blind(w.as_bytes())),
                w != "w1000",
                "{w}"
            );
        }
    }
}
