//! Axes shared by the charts: a year axis, and the row axis of the
//! startups-by-category chart.

use crate::style;
use egui_plot::{AxisHints, GridInput, GridMark, Plot};
use std::ops::RangeInclusive;

/// A year axis over `years`: whole years only, with room for the bars at
/// either end, and no tick past the first or last year (a 2025 chart has no
/// 2026 tick in the padding).
pub(crate) fn year_axis<'p>(plot: Plot<'p>, years: &RangeInclusive<i32>) -> Plot<'p> {
    let (first, last) = (f64::from(*years.start()), f64::from(*years.end()));
    plot.x_axis_formatter(|mark: GridMark, _| year_mark(mark.value))
        .x_grid_spacer(move |input: GridInput| {
            let mut marks = year_grid(input);
            marks.retain(|m| (first..=last).contains(&m.value));
            marks
        })
        .include_x(f64::from(*years.start()) - style::plot::YEAR_PADDING)
        .include_x(f64::from(*years.end()) + style::plot::YEAR_PADDING)
}

/// A whole year's label; nothing between years.
fn year_mark(value: f64) -> String {
    let rounded = value.round();
    if (value - rounded).abs() < 1e-6 {
        format!("{rounded:.0}")
    } else {
        String::new()
    }
}

/// Grid marks at whole years: every year when there is room, else every 2, 5, 10…
///
/// "Room" is measured on screen, not in years: egui_plot hides an x label whose
/// marks are under 60 points apart (and fades it up to 80), so a 30-year axis
/// on a narrow chart would otherwise show no years at all. `base_step_size` is
/// the step that is `grid_spacing.min` (8) points wide, so 10 of them is 80 points.
fn year_grid(input: GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    let min_step = 10.0 * input.base_step_size;
    let step = [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|&s| s as f64 >= min_step)
        .unwrap_or(100);
    let first = (lo.ceil() as i64).div_euclid(step) * step;
    (0..)
        .map(|i| first + i * step)
        .take_while(|y| (*y as f64) <= hi)
        .filter(|y| (*y as f64) >= lo)
        .map(|y| GridMark {
            value: y as f64,
            step_size: step as f64,
        })
        .collect()
}

/// A y axis naming one row per label, the first label at the top. Every row is
/// labelled however tight the rows (egui_plot's default hides y labels closer
/// than 20 points), and the axis is as wide as the longest label.
pub(crate) fn row_axis(plot: Plot<'_>, labels: Vec<String>) -> Plot<'_> {
    let count = labels.len();
    let widest = labels
        .iter()
        .map(|l| style::plot::label_width(l))
        .fold(0.0, f32::max);
    let axis = AxisHints::new_y()
        .formatter(move |mark, _| {
            let i = mark.value.round();
            // Marks past the last row (room left for labels) name nothing.
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 && (i as usize) < count {
                labels
                    .get(count - 1 - i as usize)
                    .cloned()
                    .unwrap_or_default()
            } else {
                String::new()
            }
        })
        .label_spacing(style::plot::ROW_LABEL_SPACING)
        .min_thickness(widest + style::plot::AXIS_LABEL_GAP);
    plot.custom_y_axes(vec![axis])
        .y_grid_spacer(move |input| {
            let (lo, hi) = input.bounds;
            (lo.ceil().max(0.0) as i64..=hi.floor().min(count as f64 - 1.0) as i64)
                .map(|v| GridMark {
                    value: v as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .include_y(-0.5)
        .include_y(count as f64 - 0.5)
}

/// The y of row `i` of `count` on a [`row_axis`] (row 0 at the top).
pub(crate) fn row_y(i: usize, count: usize) -> f64 {
    count.saturating_sub(1 + i) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_years_are_labelled() {
        assert_eq!(year_mark(2024.0), "2024");
        assert_eq!(year_mark(2024.5), "");
    }

    #[test]
    fn rows_count_down_from_the_top() {
        assert_eq!(row_y(0, 3), 2.0);
        assert_eq!(row_y(2, 3), 0.0);
    }
}
