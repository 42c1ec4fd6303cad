//! Share links: the view on screen as a URL fragment, and back, e.g.
//! `#tab=timeline&lang=zh-HK&initiative=ai-subsidy-2024`. The web build keeps
//! the page's address on [`fragment_of`] the state and applies [`parse`]'s
//! commands at start and when the address changes. Pure (no browser, no
//! egui), so `cargo test` covers it on the desktop.
//!
//! A link is untrusted input: an unknown key, an impossible year range, a
//! sector or initiative the dataset lacks, or a value that is not one of the
//! few allowed words is left out (the rest still applies) and named in a
//! one-line notice; a fragment longer than [`MAX_FRAGMENT_BYTES`] is ignored
//! whole. Nothing here panics on any input.
//!
//! Keys: `tab` (`overview`, `sector`, `timeline`, `charts`), `sector` (the
//! sector tab's id, or the timeline's sector filter), `years` (`2015-2024`),
//! `funding` (`ai`, `general`, `share`), `lang` (`en`, `zh-HK`), `initiative`.

use super::command::Command;
use super::state::AppState;
use super::tab::Tab;
use crate::charts::FundingMoney;
use crate::i18n::Lang;
use crate::model::{InitiativeId, SectorId, ValidDataset};
use std::ops::RangeInclusive;

/// The longest fragment read, in bytes; a longer one is ignored whole (no
/// view needs more than a few hundred).
pub const MAX_FRAGMENT_BYTES: usize = 2048;

/// How many ignored parts the notice names (then "…").
const NOTICE_PARTS: usize = 3;

/// How much of an ignored part the notice quotes, in characters.
const NOTICE_PART_CHARS: usize = 24;

/// What a link asks for: the commands that show its view, and the parts
/// that were ignored (quoted, clipped) for the notice.
#[derive(Default)]
pub struct Parsed {
    /// The commands that show the linked view, in the order to apply them.
    pub commands: Vec<Command>,
    /// The parts left out, each quoted as written (clipped).
    pub ignored: Vec<String>,
}

impl Parsed {
    /// The ignored parts as one line (`None` when nothing was ignored).
    pub fn notice(&self) -> Option<String> {
        if self.ignored.is_empty() {
            return None;
        }
        let mut parts: Vec<&str> = self
            .ignored
            .iter()
            .take(NOTICE_PARTS)
            .map(String::as_str)
            .collect();
        if self.ignored.len() > NOTICE_PARTS {
            parts.push("…");
        }
        Some(parts.join(", "))
    }
}

/// The view `fragment` (without its `#`) links to, for `dataset` whose years
/// span `years`.
pub fn parse(fragment: &str, dataset: &ValidDataset, years: &RangeInclusive<i32>) -> Parsed {
    let mut parsed = Parsed::default();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT_BYTES {
        parsed.ignored.push(format!("{} bytes", fragment.len()));
        return parsed;
    }
    let mut link = Link::default();
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        if !link.read(key, value, dataset, years) {
            parsed.ignored.push(clip(part));
        }
    }
    parsed.commands = link.commands();
    parsed
}

/// The fragment (without `#`) that links to the view `state` shows: only
/// what differs from a fresh start, so a plain start has a short address.
pub fn fragment_of(state: &AppState) -> String {
    let mut parts = vec![format!("tab={}", tab_word(&state.tab))];
    match &state.tab {
        Tab::Sector(id) => parts.push(format!("sector={id}")),
        Tab::Timeline => {
            if let Some(id) = &state.timeline.sector {
                parts.push(format!("sector={id}"));
            }
        }
        Tab::Overview | Tab::Charts => {}
    }
    let years = &state.charts.years;
    if *years != state.analysis.stats.year_span {
        parts.push(format!("years={}-{}", years.start(), years.end()));
    }
    let funding = match (state.charts.funding_as_share, state.charts.funding_money) {
        (true, _) => Some("share"),
        (false, FundingMoney::WithGeneral) => Some("general"),
        (false, FundingMoney::AiSpecific) => None,
    };
    if let Some(funding) = funding {
        parts.push(format!("funding={funding}"));
    }
    parts.push(format!("lang={}", state.lang.code()));
    if let Some(id) = &state.timeline.selected {
        parts.push(format!("initiative={id}"));
    }
    parts.join("&")
}

/// The whole link to the view `state` shows, on the page at `address` (its
/// fragment, if any, replaced): what the web build's "Copy link" copies.
pub fn link(address: &str, state: &AppState) -> String {
    let page = address.split_once('#').map_or(address, |(page, _)| page);
    format!("{page}#{}", fragment_of(state))
}

/// The page title for `state`: the tab's name, then the app's.
pub fn title_of(state: &AppState) -> String {
    format!("{} — HK AI Dashboard", state.tab_name(&state.tab))
}

fn tab_word(tab: &Tab) -> &'static str {
    match tab {
        Tab::Overview => "overview",
        Tab::Sector(_) => "sector",
        Tab::Timeline => "timeline",
        Tab::Charts => "charts",
    }
}

/// A link's parts as read so far (a repeated key: the last good one counts).
#[derive(Default)]
struct Link {
    tab: Option<&'static str>,
    sector: Option<SectorId>,
    years: Option<RangeInclusive<i32>>,
    funding: Option<(bool, FundingMoney)>,
    lang: Option<Lang>,
    initiative: Option<InitiativeId>,
}

impl Link {
    /// Takes one `key=value`; false when it is not understood or not in the data.
    fn read(
        &mut self,
        key: &str,
        value: &str,
        dataset: &ValidDataset,
        span: &RangeInclusive<i32>,
    ) -> bool {
        match key {
            "tab" => {
                let tab = ["overview", "sector", "timeline", "charts"]
                    .into_iter()
                    .find(|t| *t == value);
                self.tab = tab.or(self.tab);
                tab.is_some()
            }
            "sector" => keep(
                &mut self.sector,
                dataset.sector(value).map(|s| s.id.clone()),
            ),
            "years" => keep(&mut self.years, years(value, span)),
            "funding" => {
                let funding = match value {
                    "ai" => Some((false, FundingMoney::AiSpecific)),
                    "general" => Some((false, FundingMoney::WithGeneral)),
                    "share" => Some((true, FundingMoney::AiSpecific)),
                    _ => None,
                };
                keep(&mut self.funding, funding)
            }
            "lang" => keep(&mut self.lang, Lang::from_code(value)),
            "initiative" => keep(
                &mut self.initiative,
                dataset.initiative(value).map(|i| i.id.clone()),
            ),
            _ => false,
        }
    }

    /// The commands that show this view. `tab=sector` needs a known sector;
    /// without one the tab is left as it is.
    fn commands(self) -> Vec<Command> {
        let mut commands = Vec::new();
        commands.extend(self.lang.map(Command::SetLanguage));
        let tab = match (self.tab, &self.sector) {
            (Some("sector"), Some(id)) => Some(Tab::Sector(id.clone())),
            (Some("timeline"), _) => Some(Tab::Timeline),
            (Some("charts"), _) => Some(Tab::Charts),
            (Some("overview"), _) => Some(Tab::Overview),
            _ => None,
        };
        if tab == Some(Tab::Timeline) {
            commands.push(Command::SetTimelineSector(self.sector.clone()));
        }
        commands.extend(tab.map(Command::SelectTab));
        commands.extend(self.years.map(Command::SetYears));
        if let Some((share, money)) = self.funding {
            commands.push(Command::SetFundingShare(share));
            commands.push(Command::SetFundingMoney(money));
        }
        if let Some(id) = self.initiative {
            commands.push(Command::SelectInitiative(Some(id)));
        }
        commands
    }
}

/// Sets `slot` when `value` is there; says whether it was.
fn keep<V>(slot: &mut Option<V>, value: Option<V>) -> bool {
    let found = value.is_some();
    if found {
        *slot = value;
    }
    found
}

/// `2015-2024` (or one year, `2020`) inside the data's `span`, first ≤ last.
fn years(value: &str, span: &RangeInclusive<i32>) -> Option<RangeInclusive<i32>> {
    let (first, last) = value.split_once('-').unwrap_or((value, value));
    let small = |s: &str| s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if !small(first) || !small(last) {
        return None;
    }
    let (first, last) = (first.parse().ok()?, last.parse().ok()?);
    let inside = |y| span.contains(&y);
    (first <= last && inside(first) && inside(last)).then_some(first..=last)
}

/// A part quoted for the notice: at most a few dozen characters, on one line.
fn clip(part: &str) -> String {
    let one_line: String = part
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(NOTICE_PART_CHARS + 1)
        .collect();
    match one_line.char_indices().nth(NOTICE_PART_CHARS) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}

#[cfg(test)]
#[path = "share_link_tests.rs"]
mod tests;
