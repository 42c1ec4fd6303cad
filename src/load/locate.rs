//! Finds where a record path (`initiatives[12].source`) stands in RON text.
//!
//! `ron` reports positions only for syntax errors. Semantic problems (an unknown
//! source id, a duplicate id) are found after parsing, on typed values that have
//! lost their positions. This module re-reads the text as a tree of positions
//! (structs, lists, scalars) so each problem can still name its line and column.
//! It runs only when there are problems to report, on text `ron` already accepted.

use super::Position;

/// One step of a record path: a struct field or a list index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A named field of a struct.
    Field(String),
    /// An element of a list.
    Index(usize),
}

/// Formats a path the way diagnostics print it: `initiatives[12].source`.
pub fn format_path(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            Step::Field(name) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Step::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// The shape of a RON value, with the byte offset where it starts. Field names
/// borrow from the text.
#[derive(Debug)]
enum Node<'t> {
    /// `Name(field: value, …)` or `(field: value, …)`.
    Struct(usize, Vec<(&'t str, Node<'t>)>),
    /// `Name(value, …)`, `(value, …)` (tuples, `Some(x)`), or `[value, …]`.
    Sequence(usize, Vec<Node<'t>>),
    /// Anything else: numbers, strings, identifiers, maps.
    Scalar(usize),
}

impl Node<'_> {
    fn start(&self) -> usize {
        match self {
            Node::Struct(at, _) | Node::Sequence(at, _) | Node::Scalar(at) => *at,
        }
    }
}

/// The line and column of the value at `steps`, or of the deepest part of the
/// path that exists (a missing field points at its record).
pub fn locate(text: &str, steps: &[Step]) -> Option<Position> {
    locate_all(text, &[steps]).pop().flatten()
}

/// [`locate`] for many paths at once: the text is scanned once and the
/// positions counted in one more pass, so a file with a problem in every record
/// costs O(text + problems), not O(text × problems).
pub(crate) fn locate_all(text: &str, paths: &[&[Step]]) -> Vec<Option<Position>> {
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    scanner.skip_trivia();
    let Some(root) = scanner.skip_attributes().and_then(|()| scanner.value()) else {
        return vec![None; paths.len()];
    };
    let offsets: Vec<usize> = paths
        .iter()
        .map(|steps| {
            let mut node = &root;
            for step in *steps {
                match descend(node, step) {
                    Some(next) => node = next,
                    None => break,
                }
            }
            node.start()
        })
        .collect();
    positions_of(text, &offsets).into_iter().map(Some).collect()
}

fn descend<'n, 't>(node: &'n Node<'t>, step: &Step) -> Option<&'n Node<'t>> {
    match (node, step) {
        (Node::Struct(_, fields), Step::Field(name)) => {
            fields.iter().find(|(n, _)| n == name).map(|(_, v)| v)
        }
        (Node::Sequence(_, items), Step::Index(i)) => items.get(*i),
        // `Some(x)` wraps the value the path goes on into.
        (Node::Sequence(_, items), Step::Field(_)) if items.len() == 1 => descend(&items[0], step),
        _ => None,
    }
}

/// Converts a byte offset to a 1-based line and a 1-based column in characters.
/// An offset past the end counts as the end; one inside a character counts the
/// characters started before it.
pub fn position_of(text: &str, offset: usize) -> Position {
    positions_of(text, &[offset])[0]
}

/// [`position_of`] for many offsets, in one pass over the text up to the largest.
fn positions_of(text: &str, offsets: &[usize]) -> Vec<Position> {
    let bytes = text.as_bytes();
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut positions = vec![Position { line: 1, column: 1 }; offsets.len()];
    // The cursor: a byte offset and the position there.
    let (mut at, mut line, mut column) = (0usize, 1usize, 1usize);
    for i in order {
        let target = offsets[i].min(bytes.len());
        for &b in &bytes[at..target] {
            if b == b'\n' {
                line += 1;
                column = 1;
            } else if b & 0xC0 != 0x80 {
                // Not a UTF-8 continuation byte: a character starts here.
                column += 1;
            }
        }
        at = target;
        positions[i] = Position { line, column };
    }
    positions
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
                self.at += 1;
                while let Some(b) = self.peek() {
                    self.at += 1;
                    match b {
                        b'\\' => self.at += 1,
                        b'\'' => break,
                        _ => {}
                    }
                }
                Some(Node::Scalar(start))
            }
            b'r' if self.raw_string_ahead() => {
                self.skip_raw_string()?;
                Some(Node::Scalar(start))
            }
            _ => {
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
                    // A named struct, tuple struct, enum variant or `Some(…)`.
                    self.parenthesised(start)
                } else {
                    Some(Node::Scalar(start))
                }
            }
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

    fn at(text: &str, path: &[Step]) -> (usize, usize) {
        let p = locate(text, path).expect("locates");
        (p.line, p.column)
    }

    fn field(name: &str) -> Step {
        Step::Field(name.to_owned())
    }

    #[test]
    fn finds_fields_inside_lists_of_structs() {
        let text = "// header\n(\n  a: 1,\n  list: [\n    (id: \"x\", s: \"q\"),\n    ( id: \"y\",\n      s: \"r\" ),\n  ],\n)\n";
        assert_eq!(at(text, &[field("a")]), (3, 6));
        assert_eq!(at(text, &[field("list"), Step::Index(1)]), (6, 5));
        assert_eq!(
            at(text, &[field("list"), Step::Index(1), field("s")]),
            (7, 10)
        );
    }

    #[test]
    fn sees_through_some_and_skips_strings_and_comments() {
        let text =
            "(\n a: Some((c: HKD, v: -5)), /* (x: [ */ b: \"s, ) ]\", c: r#\"raw\"#, d: 2,\n)";
        assert_eq!(at(text, &[field("a"), field("v")]), (2, 22));
        assert_eq!(at(text, &[field("d")]), (2, 69));
    }

    #[test]
    fn a_missing_field_points_at_its_record() {
        let text = "(list: [(x: 1)])";
        assert_eq!(
            at(text, &[field("list"), Step::Index(0), field("y")]),
            (1, 9)
        );
    }

    #[test]
    fn paths_format_like_diagnostics() {
        assert_eq!(
            format_path(&[field("initiatives"), Step::Index(12), field("source")]),
            "initiatives[12].source"
        );
    }

    #[test]
    fn locating_many_paths_at_once_matches_one_at_a_time() {
        let text = "(\n list: [\n  (id: \"名\", v: 1),\n  (id: \"b\", v: 2),\n ],\n t: \"x\",\n)";
        let paths: Vec<Vec<Step>> = vec![
            vec![field("t")],
            vec![field("list"), Step::Index(1), field("v")],
            vec![field("list"), Step::Index(0), field("v")],
            vec![field("list"), Step::Index(9)],
            vec![],
        ];
        let refs: Vec<&[Step]> = paths.iter().map(|p| &p[..]).collect();
        let all = locate_all(text, &refs);
        for (path, position) in paths.iter().zip(&all) {
            assert_eq!(locate(text, path), *position, "{path:?}");
        }
        assert_eq!(all[2].map(|p| (p.line, p.column)), Some((3, 16)));
        // Text the scanner cannot read locates nothing, rather than failing.
        assert_eq!(locate_all("(a: ", &refs), vec![None; refs.len()]);
    }

    #[test]
    fn positions_inside_a_character_or_past_the_end_do_not_panic() {
        let text = "ab\n名字";
        assert_eq!(position_of(text, 4), Position { line: 2, column: 2 });
        assert_eq!(position_of(text, 6), Position { line: 2, column: 2 });
        assert_eq!(position_of(text, 999), Position { line: 2, column: 3 });
        assert_eq!(position_of("", 0), Position { line: 1, column: 1 });
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(at("(a: \"名字\", b: 2)", &[field("b")]), (1, 14));
    }
}
