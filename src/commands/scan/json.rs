//! A compact JSON serializer for `scan`'s records, byte for byte what `serde_json` writes for
//! them (a unit test holds the two equal): structs, sequences, options and strings are written
//! here, strings scanned for escapes 8 bytes at a time (serde_json looks at each byte),
//! integers by `itoa` (as serde_json does, without its writer around it), floats handed to
//! `serde_json`. Maps, tuples and enum payloads are refused.

use serde::Serialize;
use serde::ser::{self, Error as _, Impossible};

type Error = serde_json::Error;

/// Appends the JSON of `value` to `out`.
pub fn write(out: &mut Vec<u8>, value: &impl Serialize) -> Result<(), Error> {
    value.serialize(&mut Json { out })
}

struct Json<'a> {
    out: &'a mut Vec<u8>,
}

/// The escape serde_json writes for a byte that needs one (`"`, `\` or a control byte).
fn push_escape(out: &mut Vec<u8>, byte: u8) {
    let short = match byte {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        b'\t' => b't',
        b'\n' => b'n',
        0x0c => b'f',
        b'\r' => b'r',
        _ => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let hex = [HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 0xf)]];
            out.extend_from_slice(b"\\u00");
            out.extend_from_slice(&hex);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', short]);
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The offset in `w` (8 bytes, little-endian) of its first byte that needs an escape, if any.
/// Each test's lowest set bit is exact (bits above it may come from a borrow).
fn first_escape(w: u64) -> Option<usize> {
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGHS;
    let hits = below(w, 0x20) | below(w ^ (ONES * 0x22), 1) | below(w ^ (ONES * 0x5c), 1);
    (hits != 0).then(|| (hits.trailing_zeros() / 8) as usize)
}

/// The 8 bytes of `b` from `at`, little-endian, padded with spaces (which need no escape).
fn window(b: &[u8], at: usize) -> u64 {
    match b.get(at..at + 8) {
        Some(w) => u64::from_le_bytes(w.try_into().unwrap_or([0; 8])),
        None => {
            let tail = b.get(at..).unwrap_or_default();
            let pad = u64::MAX.checked_shl(8 * tail.len() as u32).unwrap_or(0) & (ONES * 0x20);
            let bytes = tail.iter().rev().fold(0, |w, &c| w << 8 | u64::from(c));
            bytes | pad
        }
    }
}

/// The offset of the first byte at or after `from` in `b` that needs an escape.
fn next_escape(b: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while at < b.len() {
        if let Some(k) = first_escape(window(b, at)) {
            return Some(at + k);
        }
        at += 8;
    }
    None
}

/// Appends `s` as a JSON string.
fn push_str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut run = 0;
    while let Some(hit) = next_escape(b, run) {
        out.extend_from_slice(&b[run..hit]);
        push_escape(out, b[hit]);
        run = hit + 1;
    }
    out.extend_from_slice(&b[run..]);
    out.push(b'"');
}

/// Appends a field name and its colon, after a comma unless `first`. Names are Rust
/// identifiers (or serde renames of them), which need no escape, so they are copied as they are.
/// Inlined, as is `serialize_field`, so that each name is a constant of known length in the
/// derived `serialize` and is copied by a few moves instead of a call to `memcpy`.
#[inline(always)]
fn push_key(out: &mut Vec<u8>, key: &'static str, first: bool) {
    debug_assert!(next_escape(key.as_bytes(), 0).is_none(), "{key:?}");
    out.reserve(key.len() + 4);
    if !first {
        out.push(b',');
    }
    out.push(b'"');
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"\":");
}

/// A struct or sequence being written: whether the next entry is its first.
struct Compound<'a, 'b> {
    json: &'a mut Json<'b>,
    first: bool,
}

impl Compound<'_, '_> {
    fn separate(&mut self) {
        if !self.first {
            self.json.out.push(b',');
        }
        self.first = false;
    }
}

/// Integers, as serde_json writes them (by `itoa`).
macro_rules! by_itoa {
    ($($method:ident: $ty:ty),*) => {$(
        fn $method(self, v: $ty) -> Result<(), Error> {
            self.out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
            Ok(())
        }
    )*};
}

/// Floats, written by serde_json (`null` for a NaN or an infinity).
macro_rules! by_serde_json {
    ($($method:ident: $ty:ty),*) => {$(
        fn $method(self, v: $ty) -> Result<(), Error> {
            serde_json::to_writer(&mut *self.out, &v)
        }
    )*};
}

/// The shapes `scan`'s records do not use.
macro_rules! refused {
    ($($what:literal),*) => {
        Err(Error::custom(concat!("scan's JSON writer does not write ", $($what),*)))
    };
}

impl<'a, 'b> ser::Serializer for &'a mut Json<'b> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'b>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Compound<'a, 'b>;
    type SerializeStructVariant = Impossible<(), Error>;

    by_itoa!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);
    by_serde_json!(serialize_f32: f32, serialize_f64: f64);

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" as &[u8] } else { b"false" });
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        push_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        push_str(self.out, v);
        Ok(())
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        refused!("bytes")
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        name: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(name)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        refused!("enum payloads")
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        self.out.push(b'[');
        Ok(Compound {
            json: self,
            first: true,
        })
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        refused!("tuples")
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        refused!("tuples")
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        refused!("enum payloads")
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        refused!("maps")
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        self.out.push(b'{');
        Ok(Compound {
            json: self,
            first: true,
        })
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        refused!("enum payloads")
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.separate();
        value.serialize(&mut *self.json)
    }

    fn end(self) -> Result<(), Error> {
        self.json.out.push(b']');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    #[inline(always)]
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        push_key(self.json.out, key, self.first);
        self.first = false;
        value.serialize(&mut *self.json)
    }

    fn end(self) -> Result<(), Error> {
        self.json.out.push(b'}');
        Ok(())
    }
}

#[cfg(test)]
#[path = "json_tests.rs"]
mod tests;
