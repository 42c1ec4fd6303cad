//! Bar series: bars whose hover texts become tooltips, and stacking by year.

use super::hover::{Elements, Hoverable};
use super::legend::LegendEntry;
use crate::style;
use egui_plot::{Bar, BarChart, ItemId, PlotPoint, PlotUi};
use std::collections::BTreeMap;

/// Adds a bar chart of `bars` (vertical) named and coloured by its legend
/// entry, with the item id of `key`, and returns where the bars are with
/// `text`, the hover text of the bar at an index, made when it is hovered.
pub(crate) fn add_bars<'a>(
    plot_ui: &mut PlotUi,
    key: impl std::hash::Hash + Copy,
    legend: LegendEntry,
    bars: Vec<Bar>,
    text: impl Fn(usize) -> String + 'a,
) -> Hoverable<'a> {
    let extents = bars
        .iter()
        .map(|bar| {
            let half = bar.bar_width / 2.0;
            let base = bar.base_offset.unwrap_or(0.0);
            let (across, along) = (
                [bar.argument - half, bar.argument + half],
                [base, base + bar.value],
            );
            let corner = |i: usize| PlotPoint::new(across[i], along[i]);
            (corner(0), corner(1))
        })
        .collect();
    plot_ui.bar_chart(
        BarChart::new(legend.name.clone(), bars)
            .color(legend.color)
            .id(key)
            .element_formatter(Box::new(|_, _| String::new())),
    );
    Hoverable {
        id: ItemId::new(key),
        elements: Elements::Bars {
            extents,
            text: Box::new(text),
        },
        legend,
    }
}

/// Stacks bars by year: each bar starts where the bars already stacked in the
/// same year end. (`BarChart::stack_on` pairs bars by index, which breaks when
/// a series has no bar in some year: its later bars would sit on other years'.)
#[derive(Debug, Default)]
pub(crate) struct YearStack {
    top: BTreeMap<i32, f64>,
}

impl YearStack {
    /// A bar of `value` at `year`, on top of that year's stack.
    pub(crate) fn bar(&mut self, year: i32, value: f64) -> Bar {
        let top = self.top.entry(year).or_insert(0.0);
        let bar = Bar::new(f64::from(year), value)
            .base_offset(*top)
            .width(style::plot::BAR_WIDTH);
        *top += value;
        bar
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_stack_within_their_year_only() {
        let mut stack = YearStack::default();
        let a = stack.bar(2020, 3.0);
        let b = stack.bar(2021, 5.0);
        let c = stack.bar(2020, 2.0);
        assert_eq!(a.base_offset, Some(0.0));
        assert_eq!(b.base_offset, Some(0.0));
        assert_eq!(c.base_offset, Some(3.0));
        assert_eq!(c.argument, 2020.0);
    }
}
