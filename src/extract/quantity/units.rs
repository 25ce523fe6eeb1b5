//! Unit vocabulary: currency symbols and names (to ISO 4217 codes), percent words,
//! time units (to ISO 8601 duration letters) and measurement units (to short symbols),
//! matched case-insensitively over tokens after or before a number.

use crate::extract::numbers::lex::{Kind, Tok, adjacent, lower, spaced};

/// What a unit makes of the number before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Percent,
    Money,
    /// A time unit; the str is the ISO letter(s) with "T" for clock units.
    Time(&'static str),
    Dimension,
}

/// A unit entry: words, class, unit string, factor applied to the value.
pub(crate) type Unit = (&'static [&'static str], Class, &'static str, f64);

use Class::{Dimension as D, Money as M, Percent as P, Time as T};

/// Units written after the number, longest first where they share a prefix.
pub(crate) const AFTER: &[Unit] = &[
    (&["percentage", "points"], P, "pp", 1.0), (&["percentage", "point"], P, "pp", 1.0),
    (&["per", "cent"], P, "%", 1.0), (&["percent"], P, "%", 1.0), (&["percents"], P, "%", 1.0),
    (&["percentage"], P, "%", 1.0), (&["%"], P, "%", 1.0),
    (&["us", "dollars"], M, "USD", 1.0), (&["us", "dollar"], M, "USD", 1.0),
    (&["australian", "dollars"], M, "AUD", 1.0), (&["canadian", "dollars"], M, "CAD", 1.0),
    (&["hong", "kong", "dollars"], M, "HKD", 1.0), (&["new", "zealand", "dollars"], M, "NZD", 1.0),
    (&["singapore", "dollars"], M, "SGD", 1.0), (&["dollars"], M, "USD", 1.0), (&["dollar"], M, "USD", 1.0),
    (&["euros"], M, "EUR", 1.0), (&["euro"], M, "EUR", 1.0), (&["pounds", "sterling"], M, "GBP", 1.0),
    (&["sterling"], M, "GBP", 1.0), (&["pence"], M, "GBP", 0.01), (&["penny"], M, "GBP", 0.01),
    (&["pennies"], M, "GBP", 0.01), (&["cents"], M, "USD", 0.01), (&["cent"], M, "USD", 0.01),
    (&["yen"], M, "JPY", 1.0), (&["chinese", "yuan"], M, "CNY", 1.0), (&["yuan"], M, "CNY", 1.0),
    (&["renminbi"], M, "CNY", 1.0), (&["rmb"], M, "CNY", 1.0), (&["rupees"], M, "INR", 1.0),
    (&["rupee"], M, "INR", 1.0), (&["swiss", "francs"], M, "CHF", 1.0), (&["francs"], M, "CHF", 1.0),
    (&["pesetas"], M, "ESP", 1.0), (&["finnish", "markka"], M, "FIM", 1.0), (&["dutch", "guilders"], M, "NLG", 1.0),
    (&["roubles"], M, "RUB", 1.0), (&["rubles"], M, "RUB", 1.0), (&["rand"], M, "ZAR", 1.0),
    (&["naira"], M, "NGN", 1.0), (&["turkish", "lira"], M, "TRY", 1.0), (&["lira"], M, "TRY", 1.0),
    (&["pesos"], M, "MXN", 1.0), (&["bitcoins"], M, "BTC", 1.0), (&["bitcoin"], M, "BTC", 1.0),
    (&["btc"], M, "BTC", 1.0), (&["satoshis"], M, "BTC", 1e-8),
    (&["usd"], M, "USD", 1.0), (&["eur"], M, "EUR", 1.0), (&["gbp"], M, "GBP", 1.0), (&["jpy"], M, "JPY", 1.0),
    (&["cny"], M, "CNY", 1.0), (&["chf"], M, "CHF", 1.0), (&["cad"], M, "CAD", 1.0), (&["aud"], M, "AUD", 1.0),
    (&["inr"], M, "INR", 1.0), (&["musd"], M, "USD", 1e6), (&["meur"], M, "EUR", 1e6), (&["mgbp"], M, "GBP", 1e6),
    (&["$"], M, "USD", 1.0), (&["€"], M, "EUR", 1.0), (&["£"], M, "GBP", 1.0), (&["₡"], M, "CRC", 1.0),
    (&["₾"], M, "GEL", 1.0), (&["₭"], M, "LAK", 1.0), (&["元"], M, "CNY", 1.0), (&["ரூ"], M, "LKR", 1.0),
    (&["business", "days"], T("BD"), "business days", 1.0), (&["business", "day"], T("BD"), "business days", 1.0),
    (&["years"], T("Y"), "years", 1.0), (&["year"], T("Y"), "years", 1.0), (&["yrs"], T("Y"), "years", 1.0),
    (&["yr"], T("Y"), "years", 1.0), (&["months"], T("M"), "months", 1.0), (&["month"], T("M"), "months", 1.0),
    (&["weeks"], T("W"), "weeks", 1.0), (&["week"], T("W"), "weeks", 1.0), (&["wks"], T("W"), "weeks", 1.0),
    (&["fortnights"], T("W"), "weeks", 2.0), (&["fortnight"], T("W"), "weeks", 2.0),
    (&["days"], T("D"), "days", 1.0), (&["day"], T("D"), "days", 1.0), (&["hours"], T("TH"), "hours", 1.0),
    (&["hour"], T("TH"), "hours", 1.0), (&["hrs"], T("TH"), "hours", 1.0), (&["hr"], T("TH"), "hours", 1.0),
    (&["h"], T("TH"), "hours", 1.0), (&["minutes"], T("TM"), "minutes", 1.0), (&["minute"], T("TM"), "minutes", 1.0),
    (&["mins"], T("TM"), "minutes", 1.0), (&["min"], T("TM"), "minutes", 1.0), (&["seconds"], T("TS"), "seconds", 1.0),
    (&["second"], T("TS"), "seconds", 1.0), (&["secs"], T("TS"), "seconds", 1.0), (&["sec"], T("TS"), "seconds", 1.0),
    (&["decades"], T("Y"), "decades", 1.0), (&["decade"], T("Y"), "decades", 1.0),
    (&["centuries"], T("Y"), "centuries", 1.0), (&["century"], T("Y"), "centuries", 1.0),
    (&["miles", "per", "hour"], D, "mph", 1.0), (&["miles", "an", "hour"], D, "mph", 1.0), (&["mph"], D, "mph", 1.0),
    (&["kilometers", "per", "hour"], D, "km/h", 1.0), (&["kilometres", "per", "hour"], D, "km/h", 1.0),
    (&["km", "/", "h"], D, "km/h", 1.0), (&["km", "/", "hr"], D, "km/h", 1.0), (&["kph"], D, "km/h", 1.0),
    (&["kmph"], D, "km/h", 1.0), (&["knots"], D, "knots", 1.0),
    (&["square", "kilometres"], D, "km2", 1.0), (&["square", "kilometers"], D, "km2", 1.0), (&["sq", "km"], D, "km2", 1.0),
    (&["square", "metres"], D, "m2", 1.0), (&["square", "meters"], D, "m2", 1.0), (&["square", "miles"], D, "sq miles", 1.0),
    (&["square", "feet"], D, "ft2", 1.0), (&["cubic", "feet"], D, "ft3", 1.0), (&["cubic", "metres"], D, "m3", 1.0),
    (&["cubic", "meters"], D, "m3", 1.0), (&["km", "2"], D, "km2", 1.0), (&["m", "2"], D, "m2", 1.0),
    (&["kilometres"], D, "km", 1.0), (&["kilometers"], D, "km", 1.0), (&["kilometre"], D, "km", 1.0),
    (&["kilometer"], D, "km", 1.0), (&["km"], D, "km", 1.0), (&["metres"], D, "m", 1.0), (&["meters"], D, "m", 1.0),
    (&["metre"], D, "m", 1.0), (&["meter"], D, "m", 1.0), (&["centimetres"], D, "cm", 1.0), (&["centimeters"], D, "cm", 1.0),
    (&["cm"], D, "cm", 1.0), (&["millimetres"], D, "mm", 1.0), (&["millimeters"], D, "mm", 1.0), (&["mm"], D, "mm", 1.0),
    (&["dm"], D, "dm", 1.0), (&["miles"], D, "miles", 1.0), (&["mile"], D, "miles", 1.0), (&["feet"], D, "feet", 1.0),
    (&["foot"], D, "feet", 1.0), (&["ft"], D, "feet", 1.0), (&["inches"], D, "inches", 1.0), (&["inch"], D, "inches", 1.0),
    (&["yards"], D, "yards", 1.0), (&["yard"], D, "yards", 1.0), (&["kilograms"], D, "kg", 1.0), (&["kilogram"], D, "kg", 1.0),
    (&["kilos"], D, "kg", 1.0), (&["kg"], D, "kg", 1.0), (&["grams"], D, "g", 1.0), (&["gram"], D, "g", 1.0),
    (&["grammes"], D, "g", 1.0), (&["milligrams"], D, "mg", 1.0), (&["mg"], D, "mg", 1.0), (&["micrograms"], D, "µg", 1.0),
    (&["microgram"], D, "µg", 1.0), (&["microgrammes"], D, "µg", 1.0), (&["mcg"], D, "µg", 1.0), (&["μ", "g"], D, "µg", 1.0),
    (&["µ", "g"], D, "µg", 1.0), (&["metric", "tons"], D, "tonnes", 1.0), (&["metric", "tonnes"], D, "tonnes", 1.0),
    (&["tonnes"], D, "tonnes", 1.0), (&["tonne"], D, "tonnes", 1.0), (&["tons"], D, "tons", 1.0), (&["ton"], D, "tons", 1.0),
    (&["lbs"], D, "lb", 1.0), (&["lb"], D, "lb", 1.0), (&["pounds"], D, "lb", 1.0), (&["pound"], D, "lb", 1.0),
    (&["ounces"], D, "oz", 1.0), (&["ounce"], D, "oz", 1.0), (&["oz"], D, "oz", 1.0), (&["litres"], D, "l", 1.0),
    (&["liters"], D, "l", 1.0), (&["litre"], D, "l", 1.0), (&["liter"], D, "l", 1.0), (&["ml"], D, "ml", 1.0),
    (&["millilitres"], D, "ml", 1.0), (&["milliliters"], D, "ml", 1.0), (&["gallons"], D, "gallons", 1.0),
    (&["gallon"], D, "gallons", 1.0), (&["barrels"], D, "barrels", 1.0), (&["barrel"], D, "barrels", 1.0),
    (&["acres"], D, "acres", 1.0), (&["acre"], D, "acres", 1.0), (&["hectares"], D, "hectares", 1.0),
    (&["hectare"], D, "hectares", 1.0), (&["bits"], D, "bit", 1.0), (&["bit"], D, "bit", 1.0),
    (&["tablespoons"], D, "tbsp", 1.0), (&["tablespoon"], D, "tbsp", 1.0), (&["tbsp"], D, "tbsp", 1.0),
    (&["teaspoons"], D, "tsp", 1.0), (&["teaspoon"], D, "tsp", 1.0), (&["tsp"], D, "tsp", 1.0),
    (&["cups"], D, "cups", 1.0), (&["cup"], D, "cups", 1.0),
];

/// Case-sensitive units where case carries meaning (MB vs Mb, MW).
pub(crate) fn exact_unit(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "MB" => "MB", "GB" => "GB", "TB" => "TB", "KB" | "kB" => "KB", "mb" | "Mb" => "Mb", "Gb" => "Gb",
        "MW" => "MW", "GW" => "GW", "kW" => "kW", "kWh" => "kWh", "MWh" => "MWh", "GWh" => "GWh", "TWh" => "TWh",
        "m" => "m", "g" => "g", "t" => "tons", "l" => "l",
        _ => return None,
    })
}

/// Currency written before the number: ("US", "$") style words/symbols to ISO code.
pub(crate) fn prefix_code(words: &str) -> Option<&'static str> {
    Some(match words {
        "$" => "USD", "us$" | "u.s.$" | "u.s$" | "usd$" | "usd" => "USD", "c$" | "ca$" | "cad$" | "cad" => "CAD",
        "a$" | "au$" | "aud$" | "aud" => "AUD", "nz$" | "nzd$" | "nzd" => "NZD", "hk$" | "hkd" => "HKD",
        "s$" | "sgd" => "SGD", "mex$" | "mx$" | "mxn$" | "mxn" => "MXN", "r$" | "brl" => "BRL",
        "£" | "gbp" => "GBP", "€" | "eur" => "EUR", "¥" | "jpy" => "JPY", "₹" | "inr" | "rs" => "INR",
        "₽" => "RUB", "₩" => "KRW", "₺" => "TRY", "₦" => "NGN", "₴" => "UAH", "₪" => "ILS", "₱" => "PHP",
        "₿" => "BTC", "cny" | "rmb" => "CNY", "chf" => "CHF", "sek" => "SEK", "maud" => "AUD",
        _ => return None,
    })
}

/// Matches a multi-word unit starting at token `j`; returns (unit, index after it).
pub(crate) fn match_unit(text: &str, toks: &[Tok], j: usize, table: &'static [Unit]) -> Option<(&'static Unit, usize)> {
    let mut buf = [0u8; 24];
    let first = toks.get(j)?;
    let word0 = match first.kind {
        Kind::Word => lower(text, first, &mut buf).to_string(),
        _ => text[first.start..first.end].to_string(),
    };
    table.iter().find_map(|u| {
        if u.0[0] != word0 {
            return None;
        }
        for (k, w) in u.0.iter().enumerate().skip(1) {
            let t = toks.get(j + k)?;
            let digit = w.starts_with(|c: char| c.is_ascii_digit());
            let joined = adjacent(&toks[j + k - 1], t) || (!digit && spaced(text, &toks[j + k - 1], t, 2));
            if !joined || !text[t.start..t.end].eq_ignore_ascii_case(w) {
                return None;
            }
        }
        let end = j + u.0.len();
        let last = &toks[end - 1];
        let runs_on = toks.get(end).is_some_and(|n| adjacent(last, n) && (n.is_word() || n.is_num()) && last.is_word());
        (!runs_on).then_some((u, end))
    })
}
