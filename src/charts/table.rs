//! A chart's numbers as a table: what the table view shows, screen readers
//! read and CSV writes. Pure data: nothing here knows of egui.

use crate::i18n::{self, Lang, T};
use crate::stats::YearValue;

/// A chart's numbers as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column headings.
    pub columns: Vec<String>,
    /// Rows of cells, as displayed (gaps say "no published figure").
    pub rows: Vec<Vec<String>>,
}

/// A published value with its qualifier, or "no published figure" for a gap.
pub(crate) fn value_cell(value: Option<&YearValue>, lang: Lang) -> String {
    match value {
        Some(p) => i18n::qualified(lang, p.value, p.qualifier),
        None => lang.t(T::NoPublishedFigure).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Qualifier;

    #[test]
    fn gaps_are_spelled_out_and_values_keep_their_qualifier() {
        let value = YearValue {
            year: 2024,
            value: 600.0,
            qualifier: Qualifier::MoreThan,
            source: "s".into(),
        };
        assert_eq!(value_cell(Some(&value), Lang::En), ">600");
        assert_eq!(value_cell(None, Lang::En), Lang::En.t(T::NoPublishedFigure));
    }
}
