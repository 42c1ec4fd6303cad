//! Folding and splitting text for search: lower case, accents dropped,
//! full-width letters made ASCII; words are runs of letters and digits, and a
//! run of CJK characters (written without spaces) is one token that queries
//! match inside.
//!
//! Folding is by table (Latin-1, Latin Extended-A and Latin Extended
//! Additional, which cover English, European and Vietnamese names), not a
//! Unicode normalisation crate: the data is English and Chinese, and the table
//! is a few hundred bytes.

use std::ops::Range;

/// The base letter of each character U+00C0..U+017F, lower case ('.': none).
const LATIN_1_AND_EXTENDED_A: &[u8; 192] = b"aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll....nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzzs";

/// The base letter of each character U+1E00..U+1EFF, lower case ('.': none).
const LATIN_EXTENDED_ADDITIONAL: &[u8; 256] = b"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy.s....aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

/// What a character is to the tokenizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A letter or digit of a spaced script: part of a word.
    Word,
    /// A Chinese, Japanese or Korean character: part of a run matched inside.
    Cjk,
    /// Anything else: a separator.
    Other,
}

/// True for the CJK ideographs, kana, bopomofo and hangul.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // Hiragana, Katakana
        | 0x3100..=0x312F // Bopomofo
        | 0x3400..=0x4DBF // CJK Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0xF900..=0xFAFF // CJK Compatibility Ideographs
        | 0x20000..=0x3134F) // Extensions B–G
}

/// The class of a (folded) character.
pub fn class(c: char) -> Class {
    if is_cjk(c) {
        Class::Cjk
    } else if c.is_alphanumeric() {
        Class::Word
    } else {
        Class::Other
    }
}

/// Appends the folded form of `c` to `out`: lower case, without accents,
/// full-width ASCII as ASCII. CJK characters are kept as they are.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let code = c as u32;
    let base = match code {
        0xC0..=0x17F => LATIN_1_AND_EXTENDED_A[(code - 0xC0) as usize],
        0x1E00..=0x1EFF => LATIN_EXTENDED_ADDITIONAL[(code - 0x1E00) as usize],
        _ => b'.',
    };
    if base != b'.' {
        out.push(char::from(base));
        return;
    }
    let spelled = match c {
        'Æ' | 'æ' => "ae",
        'Œ' | 'œ' => "oe",
        'ß' => "ss",
        'Ø' | 'ø' => "o",
        'Ð' | 'ð' | 'Đ' | 'đ' => "d",
        'Þ' | 'þ' => "th",
        'Ł' | 'ł' => "l",
        'Ħ' | 'ħ' => "h",
        'Ŧ' | 'ŧ' => "t",
        'ı' => "i",
        'Ĳ' | 'ĳ' => "ij",
        _ => "",
    };
    if !spelled.is_empty() {
        out.push_str(spelled);
    } else if let 0xFF01..=0xFF5E = code {
        // Full-width forms (ＡＩ, ２０２４) are their ASCII twins.
        let ascii = char::from_u32(code - 0xFEE0).unwrap_or(c);
        out.push(ascii.to_ascii_lowercase());
    } else if is_cjk(c) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Folds a whole text (for queries and tests).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// One token of a text: its folded form (in a buffer the caller reuses), its
/// class, and where it is in the original text.
pub struct Token<'a> {
    /// The folded token.
    pub folded: &'a str,
    /// Word or CJK run.
    pub class: Class,
    /// Its byte range in the original text.
    pub range: Range<usize>,
}

/// Calls `each` with every token of `text`, in order. Words are maximal runs
/// of letters and digits; CJK runs are maximal runs of CJK characters.
pub fn tokens(text: &str, buffer: &mut String, mut each: impl FnMut(Token<'_>)) {
    buffer.clear();
    let mut current = Class::Other;
    let mut start = 0;
    for (at, c) in text.char_indices() {
        let here = if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                Class::Word
            } else {
                Class::Other
            }
        } else {
            class(c)
        };
        if here != current {
            if current != Class::Other {
                each(Token {
                    folded: buffer,
                    class: current,
                    range: start..at,
                });
            }
            buffer.clear();
            current = here;
            start = at;
        }
        if here != Class::Other {
            fold_char(c, buffer);
        }
    }
    if current != Class::Other {
        each(Token {
            folded: buffer,
            class: current,
            range: start..text.len(),
        });
    }
}

/// The length in `original` (bytes) of the shortest prefix whose folded form
/// is at least `folded_len` bytes long: maps a match in a folded word back to
/// the original word for highlighting.
pub fn original_prefix_len(original: &str, folded_len: usize) -> usize {
    let mut folded = 0;
    let mut scratch = String::new();
    for (at, c) in original.char_indices() {
        if folded >= folded_len {
            return at;
        }
        scratch.clear();
        fold_char(c, &mut scratch);
        folded += scratch.len();
    }
    original.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_tokens(text: &str) -> Vec<(String, Class, &str)> {
        let mut out = Vec::new();
        let mut buffer = String::new();
        tokens(text, &mut buffer, |t| {
            out.push((t.folded.to_owned(), t.class, &text[t.range]));
        });
        out
    }

    #[test]
    fn folding_drops_case_accents_and_width() {
        assert_eq!(fold("Café Zürich"), "cafe zurich");
        assert_eq!(fold("ÆSOP Straße Łódź"), "aesop strasse lodz");
        assert_eq!(fold("Nguyễn"), "nguyen");
        assert_eq!(fold("ＡＩ２０２４"), "ai2024");
        assert_eq!(fold("人工智能"), "人工智能");
    }

    #[test]
    fn words_and_cjk_runs_are_tokens_with_their_original_ranges() {
        let found = all_tokens("Cyberport 數碼港AI-Lab，2024年");
        let expected = [
            ("cyberport", Class::Word, "Cyberport"),
            ("數碼港", Class::Cjk, "數碼港"),
            ("ai", Class::Word, "AI"),
            ("lab", Class::Word, "Lab"),
            ("2024", Class::Word, "2024"),
            ("年", Class::Cjk, "年"),
        ];
        assert_eq!(found.len(), expected.len(), "{found:?}");
        for (got, want) in found.iter().zip(expected) {
            assert_eq!((got.0.as_str(), got.1, got.2), want);
        }
    }

    #[test]
    fn a_folded_prefix_maps_back_to_the_original() {
        assert_eq!(original_prefix_len("Éducation", 2), "Éd".len());
        assert_eq!(original_prefix_len("Straße", 6), "Straß".len());
        assert_eq!(original_prefix_len("Cyberport", 5), 5);
        assert_eq!(original_prefix_len("AI", 9), 2);
    }
}
