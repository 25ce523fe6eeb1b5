//! Reading a collected number phrase: cardinals, ordinals ("twenty-first"), fractions ("two
//! thirds", "one hundred and three quarters") and mixed numbers with scales ("five and a half
//! million", "3 million and a quarter", "one and three quarter").

use super::card::{It, Item, cardinal};
use super::words::{Ord, OrdClass, W};

/// Reads the phrase: (value, ordinal, items used).
pub(crate) fn read(items: &[It]) -> Option<(f64, bool, usize)> {
    let k = items
        .iter()
        .position(|it| matches!(it.item, Item::W(W::Ord(_))));
    // Before an ordinal no spoken groups: "one twenty-fifth" is 1/25, not the 125th.
    let card = cardinal(items, k.is_none());
    let Some(k) = k else {
        return card.map(|(v, n)| (v, false, n));
    };
    match fraction(items, k) {
        Some(r) => Some(r),
        None => card.filter(|&(_, n)| n <= k).map(|(v, n)| (v, false, n)),
    }
}

fn ord_of(it: &It) -> Option<Ord> {
    match it.item {
        Item::W(W::Ord(o)) => Some(o),
        _ => None,
    }
}

/// Exactly-matching cardinal of all of `items` ("a" alone counts as one).
fn whole(items: &[It]) -> Option<f64> {
    if items.len() == 1 && items[0].item == Item::W(W::A) {
        return Some(1.0);
    }
    cardinal(items, false)
        .filter(|&(_, n)| n == items.len())
        .map(|(v, _)| v)
}

/// The ordinal at `k` read as a fraction, an ordinal or a mixed number.
fn fraction(items: &[It], k: usize) -> Option<(f64, bool, usize)> {
    let ord = ord_of(&items[k])?;
    let prefix = &items[..k];
    if prefix.is_empty() {
        return match (ord.class, ord.plural) {
            (OrdClass::Part, false) if ord.value == 2.0 => {
                Some(with_scale(items, 0.5, None, k + 1))
            }
            (OrdClass::Part, false) => scaled_only(items, 0.25, k + 1),
            (OrdClass::Part, true) | (_, true) => None,
            _ => Some((ord.value, true, 1)),
        };
    }
    if let Some(r) = mixed(items, k, ord) {
        return Some(r);
    }
    let (n, used) = match cardinal(prefix, false) {
        Some(r) => r,
        None if prefix[0].item == Item::W(W::A) => (1.0, 1),
        None => return None,
    };
    let (num, den) = if used == k {
        extend(prefix, &items[k], ord).unwrap_or((n, ord.value))
    } else {
        (n, as_cardinal(&items[used..=k])?)
    };
    let digits = prefix.iter().all(|it| matches!(it.item, Item::Num { .. }));
    if ord.plural && !digits {
        return Some(with_scale(items, num / den, None, k + 1));
    }
    // "one second", "1 second": the time unit; a half is never "one second".
    let second = ord.class == OrdClass::Unit && ord.value == 2.0;
    if num == 1.0 && (used == 1 || used < k) && !second {
        return Some(with_scale(items, 1.0 / den, None, k + 1));
    }
    if ord.class == OrdClass::Part {
        return None;
    }
    as_cardinal(&items[..=k]).map(|v| (v, true, k + 1))
}

/// "one hundred thirty fifths": a tens word directly before a unit denominator joins it.
fn extend(prefix: &[It], ord_item: &It, ord: Ord) -> Option<(f64, f64)> {
    let tens = prefix.last()?;
    let Item::W(W::Tens(t)) = tens.item else {
        return None;
    };
    let before = prefix.len().checked_sub(2).map(|p| prefix[p].item);
    if ord.class != OrdClass::Unit || before.is_none() || before == Some(Item::W(W::And)) {
        return None;
    }
    let _ = ord_item;
    Some((whole(&prefix[..prefix.len() - 1])?, t + ord.value))
}

/// Value of items ending in an ordinal word, read as a cardinal ("one hundred twenty fifth").
fn as_cardinal(items: &[It]) -> Option<f64> {
    let (last, rest) = items.split_last()?;
    let ord = ord_of(last)?;
    let digits = rest.iter().any(|it| matches!(it.item, Item::Num { .. }));
    let after_multiplier = matches!(
        rest.last().map(|i| i.item),
        Some(Item::W(W::Hundred | W::Scale(_)))
    );
    if digits
        || (after_multiplier
            && matches!(ord.class, OrdClass::Unit | OrdClass::Teen | OrdClass::Tens))
    {
        return None;
    }
    let w = match ord.class {
        OrdClass::Unit => W::Unit(ord.value),
        OrdClass::Teen => W::Teen(ord.value),
        OrdClass::Tens => W::Tens(ord.value),
        OrdClass::Hundred => W::Hundred,
        OrdClass::Scale => W::Scale(ord.value),
        OrdClass::Part => return None,
    };
    let mut all: Vec<It> = rest.to_vec();
    all.push(It {
        item: Item::W(w),
        ..*last
    });
    let v = whole(&all)?;
    (!rest.is_empty() || ord.class != OrdClass::Scale || v > 0.0).then_some(v)
}

/// "one and a half", "twenty and three fifths", "3 million and a quarter".
fn mixed(items: &[It], k: usize, ord: Ord) -> Option<(f64, bool, usize)> {
    let m = items[..k]
        .iter()
        .rposition(|it| it.item == Item::W(W::And))?;
    let w = whole(&items[..m])?;
    // "five and half", "two and quarter": no numerator is one.
    let f = if m + 1 == k && !ord.plural {
        1.0
    } else {
        whole(&items[m + 1..k])?
    };
    let single_one = f == 1.0 && !ord.plural;
    // "one and three quarter hours": a singular half or quarter before a noun.
    let part = ord.class == OrdClass::Part;
    if !(f < ord.value && (ord.plural || single_one || part)) {
        return None;
    }
    let last_scale = match items[m - 1].item {
        Item::W(W::Scale(s)) => Some(s),
        _ => None,
    };
    Some(with_scale(
        items,
        f / ord.value,
        Some((w, last_scale)),
        k + 1,
    ))
}

/// Applies a scale word after a fraction ("half a million", "three quarters billion").
fn with_scale(
    items: &[It],
    frac: f64,
    whole: Option<(f64, Option<f64>)>,
    at: usize,
) -> (f64, bool, usize) {
    let skip_a = usize::from(items.get(at).is_some_and(|i| i.item == Item::W(W::A)));
    let scale = match items.get(at + skip_a).map(|i| i.item) {
        Some(Item::W(W::Scale(s))) => Some(s),
        Some(Item::W(W::Dozen)) => Some(12.0),
        _ => None,
    };
    match (whole, scale) {
        (None, Some(s)) => (frac * s, false, at + skip_a + 1),
        (None, None) => (frac, false, at),
        (Some((w, Some(_))), Some(s)) => (w + frac * s, false, at + skip_a + 1),
        (Some((w, None)), Some(s)) if w < 1000.0 => ((w + frac) * s, false, at + skip_a + 1),
        (Some((w, Some(ws))), None) => (w + frac * ws, false, at),
        (Some((w, _)), _) => (w + frac, false, at),
    }
}

/// "quarter million": a bare "quarter" is a number only before a scale.
fn scaled_only(items: &[It], frac: f64, at: usize) -> Option<(f64, bool, usize)> {
    let r = with_scale(items, frac, None, at);
    (r.2 > at).then_some(r)
}
