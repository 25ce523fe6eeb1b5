//! Cardinal arithmetic over a run of number items ("one hundred and twenty-three",
//! "4 thousand 3 hundred and 21", "two hundred point zero three"): a small state machine
//! that accepts an item only when it validly continues the number.

use super::words::W;

/// How an item is joined to the previous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sep {
    Space,
    Hyphen,
}

/// A word or numeral in a number phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Item {
    W(W),
    Num { value: f64, integer: bool },
}

/// One item with its byte span and the token index after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct It {
    pub item: Item,
    pub start: usize,
    pub end: usize,
    pub next: usize,
    pub sep: Sep,
    /// Hyphened to a following word that is no number word ("ten-minute").
    pub joined: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    A,
    Zero,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Num,
    Dozen,
}

/// Running state of a cardinal being read left to right.
#[derive(Debug, Clone, Copy)]
struct Card {
    total: f64,
    current: f64,
    /// Value added since the last "hundred" or scale word.
    seg: f64,
    scale: f64,
    last: Last,
    and: bool,
    /// Read as spoken groups ("one twenty two").
    grouped: bool,
    /// The last word was hyphened to a noun.
    joined: bool,
    /// Spoken groups are allowed (not before an ordinal: "one twenty-fifth" is 1/25).
    spoken: bool,
}

impl Card {
    fn new(spoken: bool) -> Self {
        Card {
            total: 0.0,
            current: 0.0,
            seg: 0.0,
            scale: f64::INFINITY,
            last: Last::Start,
            and: false,
            grouped: false,
            joined: false,
            spoken,
        }
    }

    fn value(&self) -> f64 {
        self.total + self.current
    }

    fn add(&mut self, v: f64, last: Last) -> bool {
        self.current += v;
        self.seg = if self.last == Last::Tens {
            self.seg + v
        } else {
            v
        };
        self.last = last;
        self.and = false;
        true
    }

    /// Applies one item; false (state unchanged) when it cannot continue the number.
    fn push(&mut self, it: &It) -> bool {
        use Last as L;
        let after_group = matches!(self.last, L::Hundred | L::Scale);
        let multiplier = matches!(self.last, L::A | L::Unit | L::Teen | L::Tens | L::Num);
        match it.item {
            Item::W(W::Zero) if self.last == L::Start => self.add(0.0, L::Zero),
            Item::W(W::A) if self.last == L::Start => {
                self.last = L::A;
                true
            }
            Item::W(W::Unit(u)) if self.last == L::Start || after_group || self.last == L::Tens => {
                self.add(u, L::Unit)
            }
            Item::W(W::Teen(v)) if self.last == L::Start || after_group => self.add(v, L::Teen),
            Item::W(W::Tens(v)) if self.last == L::Start || after_group => self.add(v, L::Tens),
            Item::Num { value, .. } if self.last == L::Start => self.add(value, L::Num),
            Item::Num { value, integer } if after_group && integer => {
                let limit = if self.last == L::Hundred {
                    100.0
                } else {
                    self.scale
                };
                value < limit && value > 0.0 && self.add(value, L::Num)
            }
            Item::W(W::Hundred) if multiplier && !self.and => self.hundred(),
            Item::W(W::Scale(s)) if (multiplier || self.last == L::Hundred) && !self.and => {
                self.scale(s)
            }
            Item::W(W::Scale(s))
                if self.last == L::Scale && s > self.scale && self.current == 0.0 =>
            {
                self.total *= s;
                self.scale = s;
                true
            }
            Item::W(W::Dozen) if (multiplier || after_group) && !self.and => self.dozen(),
            Item::W(W::Teen(v) | W::Tens(v)) if self.spoken_group(it) => self.group(v),
            Item::W(W::And) if !self.and && (after_group || self.last == L::Tens) => {
                self.and = true;
                true
            }
            _ => false,
        }
    }

    /// "a dozen", "three dozen", and "two hundred dozen" (the whole number is a count of
    /// dozens after a hundred or a scale).
    fn dozen(&mut self) -> bool {
        match self.last {
            Last::Hundred | Last::Scale => {
                self.total *= 12.0;
                self.current *= 12.0;
            }
            Last::A => self.current += 12.0,
            _ => self.current += self.seg * 11.0,
        }
        self.last = Last::Dozen;
        true
    }

    /// "one twenty two", "nineteen eighty four": the last two digits of a number said in
    /// hundreds.
    fn group(&mut self, v: f64) -> bool {
        self.current = self.current * 100.0 + v;
        self.seg = v;
        self.grouped = true;
        self.last = if v < 20.0 { Last::Teen } else { Last::Tens };
        true
    }

    /// A teen or tens word after a complete number below a hundred, with no "and", hundred
    /// or scale read yet, is its last two digits said aloud ("one twenty two" = 122), unless
    /// either word is hyphened to a noun ("three ten-minute breaks").
    fn spoken_group(&self, it: &It) -> bool {
        let whole = matches!(self.last, Last::Unit | Last::Teen | Last::Tens);
        whole
            && self.spoken
            && !self.grouped
            && !self.and
            && !self.joined
            && !it.joined
            && it.sep == Sep::Space
            && self.total == 0.0
            && self.current >= 1.0
            && self.current < 100.0
    }

    fn hundred(&mut self) -> bool {
        if self.last == Last::A {
            self.current = 100.0;
        } else if self.current == self.seg && self.seg < 1000.0 {
            self.current = self.seg * 100.0;
        } else {
            return false;
        }
        self.seg = 0.0;
        self.last = Last::Hundred;
        true
    }

    fn scale(&mut self, s: f64) -> bool {
        if s >= self.scale {
            return false;
        }
        let m = if self.last == Last::A {
            1.0
        } else {
            self.current
        };
        self.total += m * s;
        self.current = 0.0;
        self.seg = 0.0;
        self.scale = s;
        self.last = Last::Scale;
        true
    }
}

/// Reads the longest valid cardinal prefix of `items`: (value, items used).
/// `spoken` allows digits read in hundreds ("one twenty two").
pub(crate) fn cardinal(items: &[It], spoken: bool) -> Option<(f64, usize)> {
    let mut card = Card::new(spoken);
    let mut used = 0;
    let mut before_and: Option<(Card, usize)> = None;
    for (n, it) in items.iter().enumerate() {
        let snapshot = card;
        if it.item == Item::W(W::And) && card.push(it) {
            before_and = Some((snapshot, n));
            continue;
        }
        if card.push(it) {
            card.joined = it.joined;
            if !card.and {
                used = n + 1;
            }
            continue;
        }
        let multiplier = matches!(it.item, Item::W(W::Hundred | W::Scale(_) | W::Dozen));
        if let (true, Some((c, at))) = (multiplier, before_and)
            && at + 2 >= n
            && at < used
        {
            return Some((c.value(), at));
        }
        if it.item == Item::W(W::Point) {
            return decimals(&card, &items[n + 1..])
                .map(|(v, k)| scaled(&card, v, items, n + 1 + k))
                .or(done(&card, used));
        }
        break;
    }
    done(&card, used)
}

fn done(card: &Card, used: usize) -> Option<(f64, usize)> {
    (used > 0 && card.last != Last::A).then_some((card.value(), used))
}

/// "two point two million": a scale word after a spoken decimal of a number with no scale yet.
fn scaled(card: &Card, v: f64, items: &[It], at: usize) -> (f64, usize) {
    match items.get(at).map(|it| it.item) {
        Some(Item::W(W::Scale(s))) if card.scale.is_infinite() => (v * s, at + 1),
        _ => (v, at),
    }
}

/// "point zero three", "point seventy-one", "1 point 1": digits after a spoken decimal point.
fn decimals(card: &Card, items: &[It]) -> Option<(f64, usize)> {
    if matches!(card.last, Last::A | Last::Dozen) || card.and || card.grouped {
        return None;
    }
    let mut digits = String::new();
    let used = match items.first()?.item {
        Item::Num {
            value,
            integer: true,
        } => {
            // The numeral's own digits, leading zeros included ("point 05").
            let it = &items[0];
            digits = format!("{:0w$}", value as u64, w = it.end - it.start);
            1
        }
        Item::W(W::Teen(v)) => {
            digits = format!("{v}");
            1
        }
        Item::W(W::Tens(v)) => match items.get(1).map(|i| i.item) {
            Some(Item::W(W::Unit(u))) => {
                digits = format!("{}", v + u);
                2
            }
            _ => {
                digits = format!("{v}");
                1
            }
        },
        _ => {
            let mut used = 0;
            for it in items {
                match it.item {
                    Item::W(W::Zero) => digits.push('0'),
                    Item::W(W::Unit(u)) => digits.push(char::from(b'0' + u as u8)),
                    _ => break,
                }
                used += 1;
            }
            used
        }
    };
    let frac: f64 = format!("0.{digits}").parse().ok()?;
    (used > 0).then_some((card.value() + frac, used))
}
