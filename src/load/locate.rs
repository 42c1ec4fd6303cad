//! Finds where a record path (`initiatives[12].source`) stands in RON text.
//!
//! `ron` reports positions only for syntax errors. Semantic problems (an unknown
//! source id, a duplicate id) are found after parsing, on typed values that have
//! lost their positions. This module re-reads the text as a tree of positions
//! (structs, lists, scalars; the scanner is [`super::ron_scan`]) so each problem
//! can still name its line and column. It runs only when there are problems to
//! report, on text `ron` already accepted.

use super::ron_scan::{self, Node};

/// A 1-based line and column (in characters) in a dataset file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

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

/// The line and column of the value at `steps`, or of the deepest part of the
/// path that exists (a missing field points at its record).
pub fn locate(text: &str, steps: &[Step]) -> Option<Position> {
    locate_all(text, &[steps]).pop().flatten()
}

/// [`locate`] for many paths at once: the text is scanned once and the
/// positions counted in one more pass, so a file with a problem in every record
/// costs O(text + problems), not O(text × problems).
pub(crate) fn locate_all(text: &str, paths: &[&[Step]]) -> Vec<Option<Position>> {
    let Some(root) = ron_scan::scan(text) else {
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
