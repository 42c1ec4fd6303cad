//! A scanner that reads RON text as a tree of positions: structs with their
//! field names, sequences, and scalars, each with the byte offset where it
//! starts. [`super::locate`] walks that tree to turn a record path into a line
//! and column.
//!
//! It is not a parser: it runs only on text `ron` already accepted (the
//! dataset parsed before any problem is located), follows `ron`'s own rules
//! for whitespace, comments, strings and raw identifiers so offsets match the
//! text, and gives up (`None`) rather than fail on anything it cannot read.

/// Reads the RON document in `text` (after any `#![enable(…)]` attributes) as
/// a tree of positions, or `None` if it cannot.
pub(super) fn scan(text: &str) -> Option<Node<'_>> {
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    scanner.skip_trivia();
    scanner.skip_attributes()?;
    scanner.value()
}

/// The shape of a RON value, with the byte offset where it starts. Field names
/// borrow from the text.
#[derive(Debug)]
pub(super) enum Node<'t> {
    /// `Name(field: value, …)` or `(field: value, …)`.
    Struct(usize, Vec<(&'t str, Node<'t>)>),
    /// `Name(value, …)`, `(value, …)` (tuples, `Some(x)`), or `[value, …]`.
    Sequence(usize, Vec<Node<'t>>),
    /// Anything else: numbers, strings, identifiers, maps.
    Scalar(usize),
}

impl Node<'_> {
    /// The byte offset where the value starts.
    pub(super) fn start(&self) -> usize {
        match self {
            Node::Struct(at, _) | Node::Sequence(at, _) | Node::Scalar(at) => *at,
        }
    }
}

/// The length of the whitespace character at the start of `bytes` (0 if none):
/// `ron`'s set, which is Rust's Pattern_White_Space.
fn whitespace_len(bytes: &[u8]) -> usize {
    match bytes {
        [b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C, ..] => 1,
        [0xC2, 0x85, ..] => 2,                            // U+0085
        [0xE2, 0x80, 0x8E | 0x8F | 0xA8 | 0xA9, ..] => 3, // U+200E, U+200F, U+2028, U+2029
        _ => 0,
    }
}

/// The deepest nesting the scanner follows; `ron` itself stops well before this.
const MAX_DEPTH: usize = 256;

struct Scanner<'t> {
    bytes: &'t [u8],
    at: usize,
    depth: usize,
}

impl<'t> Scanner<'t> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Skips whitespace and comments, as `ron` does.
    fn skip_trivia(&mut self) {
        self.at = self.trivia_end(self.at);
    }

    /// Where the whitespace and comments starting at `at` end.
    fn trivia_end(&self, mut at: usize) -> usize {
        loop {
            let rest = self.bytes.get(at..).unwrap_or_default();
            let space = whitespace_len(rest);
            if space > 0 {
                at += space;
            } else if rest.starts_with(b"//") {
                at += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            } else if rest.starts_with(b"/*") {
                at = self.block_comment_end(at);
            } else {
                return at;
            }
        }
    }

    /// Where the (nested) block comment starting at `at` ends: after its `*/`,
    /// or at the end of the text.
    fn block_comment_end(&self, mut at: usize) -> usize {
        let mut nesting = 0usize;
        while at < self.bytes.len() {
            let rest = &self.bytes[at..];
            if rest.starts_with(b"/*") {
                nesting += 1;
                at += 2;
            } else if rest.starts_with(b"*/") {
                nesting = nesting.saturating_sub(1);
                at += 2;
                if nesting == 0 {
                    return at;
                }
            } else {
                at += 1;
            }
        }
        at
    }

    /// Skips `#![enable(…)]`-style attributes at the top of a document.
    fn skip_attributes(&mut self) -> Option<()> {
        while self.bytes[self.at..].starts_with(b"#!") {
            self.at += 2;
            self.skip_trivia();
            if self.peek() != Some(b'[') {
                return None;
            }
            self.skip_balanced(b'[', b']')?;
            self.skip_trivia();
        }
        Some(())
    }

    /// The value at the cursor, which ends up just after it.
    fn value(&mut self) -> Option<Node<'t>> {
        if self.depth > MAX_DEPTH {
            return None;
        }
        let start = self.at;
        match self.peek()? {
            b'(' => self.parenthesised(start),
            b'[' => {
                self.at += 1;
                self.depth += 1;
                let items = self.items(b']')?;
                self.depth -= 1;
                Some(Node::Sequence(start, items))
            }
            b'{' => {
                self.skip_balanced(b'{', b'}')?;
                Some(Node::Scalar(start))
            }
            b'"' => {
                self.skip_string()?;
                Some(Node::Scalar(start))
            }
            b'\'' => {
                self.skip_char();
                Some(Node::Scalar(start))
            }
            b'r' if self.raw_string_ahead() => {
                self.skip_raw_string()?;
                Some(Node::Scalar(start))
            }
            _ => self.word_value(start),
        }
    }

    /// Skips a char literal (`'a'`, `'\''`), or to the end of the text.
    fn skip_char(&mut self) {
        self.at += 1;
        while let Some(b) = self.peek() {
            self.at += 1;
            match b {
                b'\\' => self.at += 1,
                b'\'' => break,
                _ => {}
            }
        }
    }

    /// A value that starts with a word: a number, `true`, a unit variant, or a
    /// named struct, tuple struct, enum variant or `Some(…)` when `(` follows.
    fn word_value(&mut self, start: usize) -> Option<Node<'t>> {
        let word_start = self.at;
        while let Some(b) = self.peek() {
            if b.is_ascii_alphanumeric()
                || b >= 0x80
                || matches!(b, b'_' | b'.' | b'+' | b'-' | b'#')
            {
                self.at += 1;
            } else {
                break;
            }
        }
        if self.at == word_start {
            return None;
        }
        self.skip_trivia();
        if self.peek() == Some(b'(') {
            self.parenthesised(start)
        } else {
            Some(Node::Scalar(start))
        }
    }

    /// `( … )`: a struct when its first entry is `ident:`, otherwise a sequence.
    fn parenthesised(&mut self, start: usize) -> Option<Node<'t>> {
        self.at += 1;
        self.depth += 1;
        self.skip_trivia();
        let node = if self.field_name_ahead().is_some() {
            let mut fields = Vec::new();
            loop {
                self.skip_trivia();
                if self.peek() == Some(b')') {
                    self.at += 1;
                    break;
                }
                let (name, len) = self.field_name_ahead()?;
                self.at += len;
                self.skip_trivia();
                if self.peek() != Some(b':') {
                    return None;
                }
                self.at += 1;
                self.skip_trivia();
                let value = self.value()?;
                fields.push((name, value));
                self.skip_trivia();
                match self.peek()? {
                    b',' => self.at += 1,
                    b')' => {}
                    _ => return None,
                }
            }
            Node::Struct(start, fields)
        } else {
            Node::Sequence(start, self.items(b')')?)
        };
        self.depth -= 1;
        Some(node)
    }

    /// `r"…"` or `r#…#"…"#…#` at the cursor (not a raw identifier `r#name`).
    fn raw_string_ahead(&self) -> bool {
        let rest = &self.bytes[self.at..];
        let hashes = rest[1..].iter().take_while(|&&b| b == b'#').count();
        rest.get(1 + hashes) == Some(&b'"')
    }

    /// The field name at the cursor when it is followed by `:` (comments may
    /// come between), with the bytes it takes: `name` or the raw `r#name`.
    fn field_name_ahead(&self) -> Option<(&'t str, usize)> {
        let raw = self.bytes[self.at..].starts_with(b"r#");
        let begin = if raw { self.at + 2 } else { self.at };
        let mut end = begin;
        while let Some(&b) = self.bytes.get(end) {
            // Field names are the schema's (ASCII); a raw one may also hold . + -
            if b.is_ascii_alphanumeric() || b == b'_' || (raw && matches!(b, b'.' | b'+' | b'-')) {
                end += 1;
            } else {
                break;
            }
        }
        if end == begin || (!raw && self.bytes[begin].is_ascii_digit()) {
            return None;
        }
        let colon = self.trivia_end(end);
        (self.bytes.get(colon) == Some(&b':'))
            .then(|| std::str::from_utf8(&self.bytes[begin..end]).ok())
            .flatten()
            .map(|name| (name, end - self.at))
    }

    fn items(&mut self, close: u8) -> Option<Vec<Node<'t>>> {
        let mut items = Vec::new();
        loop {
            self.skip_trivia();
            if self.peek()? == close {
                self.at += 1;
                return Some(items);
            }
            items.push(self.value()?);
            self.skip_trivia();
            match self.peek()? {
                b',' => self.at += 1,
                b if b == close => {}
                _ => return None,
            }
        }
    }

    fn skip_string(&mut self) -> Option<()> {
        self.at += 1;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return Some(());
                }
                _ => self.at += 1,
            }
        }
    }

    fn skip_raw_string(&mut self) -> Option<()> {
        self.at += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.at += 1;
        }
        if self.peek() != Some(b'"') {
            return None;
        }
        self.at += 1;
        loop {
            if self.peek()? == b'"'
                && self.bytes[self.at + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&b| b == b'#')
                    .count()
                    == hashes
            {
                self.at += 1 + hashes;
                return Some(());
            }
            self.at += 1;
        }
    }

    fn skip_balanced(&mut self, open: u8, close: u8) -> Option<()> {
        let mut nesting = 0usize;
        loop {
            match self.peek()? {
                b'"' => {
                    self.skip_string()?;
                    continue;
                }
                b if b == open => nesting += 1,
                b if b == close => {
                    nesting -= 1;
                    if nesting == 0 {
                        self.at += 1;
                        return Some(());
                    }
                }
                _ => {}
            }
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_structs_sequences_and_scalars_with_their_offsets() {
        let text = "#![enable(implicit_some)]\n/* c */ (a: [1, \"x, ]\"], r#b: Some(2))";
        let Some(Node::Struct(at, fields)) = scan(text) else {
            panic!("a struct");
        };
        assert_eq!(Some(at), text.find("(a:"));
        let names: Vec<&str> = fields.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, ["a", "b"]);
        let Node::Sequence(_, items) = &fields[0].1 else {
            panic!("a list");
        };
        let starts: Vec<usize> = items.iter().map(Node::start).collect();
        assert_eq!(starts, [text.find('1').unwrap(), text.find('"').unwrap()]);
        assert_eq!(Some(fields[1].1.start()), text.find("Some"));
    }

    #[test]
    fn gives_up_on_text_it_cannot_read() {
        assert!(scan("(a: [1, 2").is_none());
        assert!(scan("#![enable").is_none());
        assert!(scan("").is_none());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 2), "]".repeat(MAX_DEPTH + 2));
        assert!(scan(&deep).is_none());
        let shallow = format!("{}{}", "[".repeat(8), "]".repeat(8));
        assert!(scan(&shallow).is_some());
    }
}
