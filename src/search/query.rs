//! Answering one query: split it into terms, find the vocabulary tokens each
//! term matches (exactly, as a prefix, inside a CJK run, or with one typo),
//! keep the records every term matches, rank them, and highlight the best.

use super::fold::{self, Class};
use super::index::{SearchIndex, Vocabulary, rank_of};
use super::{FieldRank, Hit, Results, Target, fields};
use crate::model::Dataset;
use std::ops::Range;

/// Words at least this long (in characters) forgive one typo.
pub const TYPO_FROM: usize = 5;

/// At most this many terms of a query are used (the rest are ignored).
const MAX_TERMS: usize = 8;

/// How well a term matched a token, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Quality {
    /// The whole token.
    Exact = 0,
    /// The token's start.
    Prefix = 1,
    /// Inside a CJK run.
    Inside = 2,
    /// With one edit (a letter wrong, missing, extra, or two swapped).
    Typo = 3,
}

/// Where a term matched in a folded token (byte offsets).
struct TokenMatch {
    quality: Quality,
    start: usize,
    end: usize,
}

/// One word (or CJK run) of a query, folded.
struct Term {
    folded: String,
    class: Class,
    /// The characters, when the word is long enough to forgive a typo.
    typo_chars: Option<Vec<char>>,
}

/// The distinct terms of a query, in order.
fn terms(query: &str) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    let mut buffer = String::new();
    fold::tokens(query, &mut buffer, |token| {
        if terms.len() < MAX_TERMS && !terms.iter().any(|t| t.folded == token.folded) {
            let chars: Vec<char> = token.folded.chars().collect();
            terms.push(Term {
                folded: token.folded.to_owned(),
                class: token.class,
                typo_chars: (token.class == Class::Word && chars.len() >= TYPO_FROM)
                    .then_some(chars),
            });
        }
    });
    terms
}

/// How `term` matches the folded `token` of the same class, if it does.
fn match_token(term: &Term, token: &str) -> Option<TokenMatch> {
    let whole = |quality, start, end| {
        Some(TokenMatch {
            quality,
            start,
            end,
        })
    };
    let q = term.folded.as_str();
    if token.starts_with(q) {
        let quality = if token.len() == q.len() {
            Quality::Exact
        } else {
            Quality::Prefix
        };
        return whole(quality, 0, q.len());
    }
    if term.class == Class::Cjk {
        let at = token.find(q)?;
        return whole(Quality::Inside, at, at + q.len());
    }
    let chars = term.typo_chars.as_ref()?;
    let n = chars.len();
    if token.len() + 1 < n {
        return None;
    }
    if token.is_ascii() && q.is_ascii() {
        let t = token.as_bytes();
        return [n, n - 1, n + 1]
            .into_iter()
            .find(|&k| k <= t.len() && within_one_edit(q.as_bytes(), &t[..k]))
            .and_then(|k| whole(Quality::Typo, 0, k));
    }
    let token_chars: Vec<(usize, char)> = token.char_indices().collect();
    let letters: Vec<char> = token_chars.iter().map(|&(_, c)| c).collect();
    let k = [n, n - 1, n + 1]
        .into_iter()
        .find(|&k| k <= letters.len() && within_one_edit(chars, &letters[..k]))?;
    let end = token_chars.get(k).map_or(token.len(), |&(at, _)| at);
    whole(Quality::Typo, 0, end)
}

/// True when `a` and `b` differ by at most one edit: a letter changed,
/// inserted or deleted, or two neighbours swapped.
fn within_one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[same..], &b[same..]);
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Equal => {
            a.len() <= 1 || a[1..] == b[1..] || (a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
        }
        std::cmp::Ordering::Greater => a[1..] == *b,
        std::cmp::Ordering::Less => b[1..] == *a,
    }
}

/// For one term, each record's best match as `1 + rank * 4 + quality`
/// (0: no match), so a smaller code is a better match.
fn term_codes(term: &Term, vocabulary: &Vocabulary, records: usize) -> Vec<u8> {
    let mut codes = vec![0u8; records];
    for (i, token) in vocabulary.tokens() {
        let Some(found) = match_token(term, token) else {
            continue;
        };
        for &posting in vocabulary.postings(i) {
            let code = 1 + rank_of(posting) as u8 * 4 + found.quality as u8;
            let slot = &mut codes[(posting >> 2) as usize];
            if *slot == 0 || code < *slot {
                *slot = code;
            }
        }
    }
    codes
}

impl SearchIndex {
    /// The records matching every word of `query`, best first, at most `limit`
    /// of them (with how many matched in all). An empty query finds nothing.
    pub fn search(&self, dataset: &Dataset, query: &str, limit: usize) -> Results {
        let terms = terms(query);
        if terms.is_empty() || self.records.is_empty() {
            return Results::default();
        }
        let n = self.records.len();
        let codes: Vec<Vec<u8>> = terms
            .iter()
            .map(|term| match term.class {
                Class::Cjk => term_codes(term, &self.runs, n),
                _ => term_codes(term, &self.words, n),
            })
            .collect();
        // A key sorts best first: field rank, kind, summed quality, record order.
        let mut keys: Vec<u64> = Vec::new();
        'records: for (r, target) in self.records.iter().enumerate() {
            let (mut rank, mut quality) = (0u64, 0u64);
            for term in &codes {
                let code = term[r];
                if code == 0 {
                    continue 'records;
                }
                rank = rank.max(u64::from((code - 1) / 4));
                quality += u64::from((code - 1) % 4);
            }
            let kind = target.kind() as u64;
            keys.push(rank << 56 | kind << 48 | quality << 32 | r as u64);
        }
        let total = keys.len();
        if keys.len() > limit {
            keys.select_nth_unstable(limit);
            keys.truncate(limit);
        }
        keys.sort_unstable();
        let hits = keys
            .into_iter()
            .filter_map(|key| {
                let target = *self.records.get((key & 0xFFFF_FFFF) as usize)?;
                self.hit(dataset, &terms, target)
            })
            .collect();
        Results { hits, total }
    }

    /// A result: the best field that matches (lowest rank, then most terms),
    /// with its matches highlighted.
    fn hit(&self, dataset: &Dataset, terms: &[Term], target: Target) -> Option<Hit> {
        let mut best: Option<(FieldRank, usize, String, Vec<Range<usize>>)> = None;
        fields(dataset, &self.charts, target, |rank, text| {
            let (matched, ranges) = highlight(text, terms);
            let better = match &best {
                None => matched > 0,
                Some((r, m, ..)) => {
                    matched > 0 && (rank, std::cmp::Reverse(matched)) < (*r, std::cmp::Reverse(*m))
                }
            };
            if better {
                best = Some((rank, matched, text.to_owned(), ranges));
            }
        });
        let (field, _, text, ranges) = best?;
        Some(Hit {
            kind: target.kind(),
            target,
            id: target.id(dataset),
            sector: target.sector(dataset).cloned(),
            field,
            text,
            ranges,
        })
    }
}

/// How many of `terms` match in `text`, and the byte ranges of the matches,
/// sorted and merged.
fn highlight(text: &str, terms: &[Term]) -> (usize, Vec<Range<usize>>) {
    let mut matched = vec![false; terms.len()];
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut buffer = String::new();
    fold::tokens(text, &mut buffer, |token| {
        for (j, term) in terms.iter().enumerate() {
            if term.class != token.class {
                continue;
            }
            let Some(found) = match_token(term, token.folded) else {
                continue;
            };
            matched[j] = true;
            let at = token.range.start;
            ranges.push(match token.class {
                // CJK characters fold to themselves: offsets carry over.
                Class::Cjk => at + found.start..at + found.end,
                _ => at..at + fold::original_prefix_len(&text[token.range.clone()], found.end),
            });
        }
    });
    ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    (matched.iter().filter(|&&m| m).count(), merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_is_a_change_an_insertion_a_deletion_or_a_swap() {
        let one = |a: &str, b: &str| within_one_edit(a.as_bytes(), b.as_bytes());
        assert!(one("cyberport", "cyberport"));
        assert!(one("cyberprot", "cyberport"));
        assert!(one("cybrport", "cyberport"));
        assert!(one("cyberpoort", "cyberport"));
        assert!(one("cyberpart", "cyberport"));
        assert!(!one("cybrprot", "cyberport"));
        assert!(!one("cyberport", "cyber"));
    }

    #[test]
    fn short_words_forgive_no_typo() {
        let found = |q: &str, token: &str| {
            let term = &terms(q)[0];
            match_token(term, token).map(|m| (m.quality, m.end))
        };
        assert_eq!(found("fnance", "finance"), Some((Quality::Typo, 7)));
        assert_eq!(found("cybrp", "cyberport"), Some((Quality::Typo, 6)));
        assert_eq!(found("hkma", "hkma"), Some((Quality::Exact, 4)));
        assert_eq!(found("hkmb", "hkma"), None);
        assert_eq!(found("cyber", "cyberport"), Some((Quality::Prefix, 5)));
    }
}
