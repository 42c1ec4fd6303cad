//! CSV of a chart's table (RFC 4180): what a spreadsheet or a script reads.

use crate::charts::Table;

/// The table as CSV: the header row, then one line per row, CRLF line ends,
/// fields quoted when they hold a comma, a quote, a CR or an LF (quotes doubled).
/// No byte-order mark, so the first line is exactly the header.
pub fn table_to_csv(table: &Table) -> String {
    let mut out = String::new();
    for row in std::iter::once(&table.columns).chain(&table.rows) {
        for (i, field) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_field(&mut out, field);
        }
        out.push_str("\r\n");
    }
    out
}

fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_what_needs_quoting() {
        let table = Table {
            columns: vec!["Year".into(), "Name, full".into()],
            rows: vec![
                vec!["2024".into(), "say \"hi\"".into()],
                vec!["2025".into(), "two\nlines".into()],
                vec!["".into(), "1,065".into()],
            ],
        };
        assert_eq!(
            table_to_csv(&table),
            "Year,\"Name, full\"\r\n2024,\"say \"\"hi\"\"\"\r\n2025,\"two\nlines\"\r\n,\"1,065\"\r\n"
        );
    }
}
