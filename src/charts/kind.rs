//! The chart registry: [`ChartKind::ALL`] lists every chart once, and
//! [`ChartKind::chart`] maps each to its definition. The window, the exporter,
//! the command line (`--chart`, `--list`) and the tests all iterate it.

use super::chart::Chart;
use super::{funding_by_sector, initiatives_per_year, startups_by_sector, startups_per_year};

/// Every chart the dashboard draws. Each value name is its chart file's `SLUG`:
/// the name the command line takes and exported files are named after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum ChartKind {
    /// Startups per year (InvestHK survey total), with sector counts where published.
    #[value(name = startups_per_year::SLUG)]
    StartupsPerYear,
    /// Startups by the survey's own categories over every survey year, gaps shown as gaps.
    #[value(name = startups_by_sector::SLUG)]
    StartupsBySector,
    /// Disclosed funding by sector and year, stacked; absolute or share.
    #[value(name = funding_by_sector::SLUG)]
    FundingBySector,
    /// Government initiatives per year, stacked by kind.
    #[value(name = initiatives_per_year::SLUG)]
    InitiativesPerYear,
}

impl ChartKind {
    /// Every chart, in display order: the registry.
    pub const ALL: [ChartKind; 4] = [
        ChartKind::StartupsPerYear,
        ChartKind::StartupsBySector,
        ChartKind::FundingBySector,
        ChartKind::InitiativesPerYear,
    ];

    /// The chart's definition: the one place a kind is matched.
    pub(crate) fn chart(self) -> &'static dyn Chart {
        match self {
            ChartKind::StartupsPerYear => &startups_per_year::StartupsPerYear,
            ChartKind::StartupsBySector => &startups_by_sector::StartupsBySector,
            ChartKind::FundingBySector => &funding_by_sector::FundingBySector,
            ChartKind::InitiativesPerYear => &initiatives_per_year::InitiativesPerYear,
        }
    }

    /// The name used on the command line and for exported files.
    pub fn slug(self) -> &'static str {
        self.chart().slug()
    }

    /// Whether the x axis is time (so the year range and initiative markers apply).
    pub fn is_time_chart(self) -> bool {
        self.chart().is_time_chart()
    }
}

/// One chart or every chart: what `export --chart` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartChoice {
    /// Every chart in the registry (`--chart all`).
    All,
    /// One chart.
    One(ChartKind),
}

/// Every chart, then `all`, as `--chart` lists them.
const CHOICES: [ChartChoice; ChartKind::ALL.len() + 1] = {
    let mut choices = [ChartChoice::All; ChartKind::ALL.len() + 1];
    let mut i = 0;
    while i < ChartKind::ALL.len() {
        choices[i] = ChartChoice::One(ChartKind::ALL[i]);
        i += 1;
    }
    choices
};

impl ChartChoice {
    /// The charts chosen, in registry order.
    pub fn kinds(self) -> Vec<ChartKind> {
        match self {
            ChartChoice::All => ChartKind::ALL.to_vec(),
            ChartChoice::One(kind) => vec![kind],
        }
    }
}

impl clap::ValueEnum for ChartChoice {
    fn value_variants<'a>() -> &'a [Self] {
        &CHOICES
    }

    /// The names alone, as `--help` has always listed them (one line).
    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            ChartChoice::All => "all",
            ChartChoice::One(kind) => kind.slug(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[test]
    fn the_registry_lists_every_kind_once_under_its_slug() {
        assert_eq!(ChartKind::value_variants(), ChartKind::ALL);
        for kind in ChartKind::ALL {
            let value = kind.to_possible_value().expect("every kind has a name");
            assert_eq!(value.get_name(), kind.slug());
            assert_eq!(ChartKind::from_str(kind.slug(), false), Ok(kind));
        }
    }

    #[test]
    fn all_or_one_chart_is_chosen_by_name() {
        assert_eq!(ChartChoice::from_str("all", false), Ok(ChartChoice::All));
        assert_eq!(ChartChoice::All.kinds(), ChartKind::ALL);
        for kind in ChartKind::ALL {
            let choice = ChartChoice::from_str(kind.slug(), false);
            assert_eq!(choice, Ok(ChartChoice::One(kind)));
            assert_eq!(ChartChoice::One(kind).kinds(), [kind]);
        }
        assert!(ChartChoice::from_str("no-such-chart", false).is_err());
    }
}
