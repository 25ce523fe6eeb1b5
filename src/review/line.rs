//! One line the reviewer types (evidence, a note), as a small editor with no terminal: keys
//! in, [`Edit`] out. Characters go in at the cursor, the arrows, Home and End move it,
//! Backspace and Delete take characters out, Enter ends the line and Esc goes back to the
//! claim. [`visible`] is the part of a long line that fits the terminal's width.

use console::Key;

/// What a key did to the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// The line changed, or the cursor moved, or nothing happened: keep reading.
    Typing,
    /// Enter: the line as typed.
    Enter(String),
    /// Esc: back to the claim, the line dropped.
    Back,
    /// Ctrl-C.
    Interrupt,
}

/// The line being typed and the cursor, in characters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LineEdit {
    chars: Vec<char>,
    cursor: usize,
}

impl LineEdit {
    /// A line offered for editing, the cursor at its end.
    pub fn new(initial: &str) -> LineEdit {
        let chars: Vec<char> = initial.chars().collect();
        LineEdit {
            cursor: chars.len(),
            chars,
        }
    }

    pub fn key(&mut self, key: Key) -> Edit {
        match key {
            Key::Enter => return Edit::Enter(self.text()),
            Key::Escape => return Edit::Back,
            Key::CtrlC => return Edit::Interrupt,
            Key::Char(c) if !c.is_control() => {
                self.chars.insert(self.cursor, c);
                self.cursor += 1;
            }
            Key::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.chars.remove(self.cursor);
            }
            Key::Del if self.cursor < self.chars.len() => {
                self.chars.remove(self.cursor);
            }
            Key::ArrowLeft => self.cursor = self.cursor.saturating_sub(1),
            Key::ArrowRight => self.cursor = (self.cursor + 1).min(self.chars.len()),
            Key::Home => self.cursor = 0,
            Key::End => self.cursor = self.chars.len(),
            _ => {}
        }
        Edit::Typing
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }
}

/// The part of the line that fits in `room` characters with the cursor in it (a "…" shows
/// where text is cut off on the left), and the cursor's column within that part.
pub fn visible(line: &LineEdit, room: usize) -> (String, usize) {
    let room = room.max(2);
    if line.chars.len() < room {
        return (line.text(), line.cursor);
    }
    // The cursor stays on screen, after the "…" and as much as fits before it.
    let start = line.cursor.saturating_sub(room - 2);
    if start == 0 {
        let end = (room - 1).min(line.chars.len());
        return (line.chars[..end].iter().collect(), line.cursor);
    }
    let end = (start + room - 2).min(line.chars.len());
    let shown: String = line.chars[start..end].iter().collect();
    (format!("…{shown}"), line.cursor - start + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys as text: `<` left, `>` right, `^` Home, `$` End, `#` Backspace, `~` Delete.
    fn keys(text: &str) -> Vec<Key> {
        text.chars()
            .map(|c| match c {
                '<' => Key::ArrowLeft,
                '>' => Key::ArrowRight,
                '^' => Key::Home,
                '$' => Key::End,
                '#' => Key::Backspace,
                '~' => Key::Del,
                c => Key::Char(c),
            })
            .collect()
    }

    #[test]
    #[rustfmt::skip]
    fn keys_edit_the_line_at_the_cursor() {
        // the line offered, the keys, the line and the cursor after them
        let cases: &[(&str, &str, &str, usize)] = &[
            ("", "abc", "abc", 3),
            ("", "ac<b", "abc", 2),
            ("https://exmple.org", "<<<<<<<<a", "https://example.org", 11),
            ("note", "#", "not", 3),
            ("note", "^~", "ote", 0),
            ("x", "<<<#", "x", 0),
            ("ab", "^>>>>c", "abc", 3),
            ("ünï", "<#$", "üï", 2),
        ];
        for &(initial, typed, text, cursor) in cases {
            let mut line = LineEdit::new(initial);
            for key in keys(typed) {
                assert_eq!(line.key(key), Edit::Typing, "{typed}");
            }
            assert_eq!((line.text().as_str(), line.cursor()), (text, cursor), "{initial} {typed}");
        }
    }

    #[test]
    fn enter_esc_and_ctrl_c_end_the_line() {
        let mut line = LineEdit::new("draft");
        assert_eq!(line.key(Key::Tab), Edit::Typing);
        assert_eq!(
            line.key(Key::Char('\u{7}')),
            Edit::Typing,
            "no control characters"
        );
        assert_eq!(line.key(Key::Enter), Edit::Enter("draft".into()));
        assert_eq!(line.key(Key::Escape), Edit::Back);
        assert_eq!(line.key(Key::CtrlC), Edit::Interrupt);
    }

    #[test]
    #[rustfmt::skip]
    fn a_long_line_shows_the_part_around_the_cursor() {
        // the line, keys, room, what shows, the cursor's column
        let cases: &[(&str, &str, usize, &str, usize)] = &[
            ("short", "", 10, "short", 5),
            ("abcdefghij", "", 6, "…ghij", 5),
            ("abcdefghij", "^", 6, "abcde", 0),
            ("abcdefghij", "^>>>>>>", 6, "…cdef", 5),
        ];
        for &(initial, typed, room, shown, column) in cases {
            let mut line = LineEdit::new(initial);
            keys(typed).into_iter().for_each(|k| drop(line.key(k)));
            assert_eq!(visible(&line, room), (shown.to_string(), column), "{initial} {typed} {room}");
        }
    }
}
