//! A synthetic dataset generator, for benchmarks and tests only.
//!
//! ```sh
//! cargo run --release --example synth -- --records 100000 --seed 7 > big.ron
//! cargo run --release -- check big.ron
//! ```
//!
//! Writes a *valid* dataset (it passes `hk-ai-dashboard check`) of about
//! `--records` records (sources, key figures, organisations, initiatives,
//! startup counts and funding records) spread over 9 to 20 sectors. The same
//! seed always gives the same bytes (a splitmix64 generator, no `rand`). The
//! data is made up and says so: the title is "Synthetic dataset (seed S)" and
//! every source is an `example.org` page.
//!
//! Benchmarks and tests use the generator in-process:
//! `#[path = "../examples/synth.rs"] mod synth;` then [`generate`] or [`to_ron`].

use hk_ai_dashboard::model::{
    Confidence, Currency, Dataset, Funding, FundingKind, FundingScope, Initiative, InitiativeKind,
    KeyFigure, Money, Organisation, OrganisationKind, PartialDate, Qualifier, Sector, Source,
    SourceId, StartupCount, Unit,
};
use std::io::Write;
use std::process::ExitCode;

/// splitmix64: tiny, fast, and good enough to spread synthetic values.
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`; every seed gives its own sequence.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        // Multiply-shift: no modulo bias worth caring about for synthetic data.
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// An index into a slice of length `n` (`n > 0`).
    pub fn index(&mut self, n: usize) -> usize {
        self.below(n as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: i64, high: i64) -> i64 {
        low + self.below((high - low + 1) as u64) as i64
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One element of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.index(items.len())]
    }
}

const SECTOR_WORDS: [(&str, &str); 20] = [
    ("finance", "金融"),
    ("healthcare", "醫療"),
    ("education", "教育"),
    ("research", "研究"),
    ("startups", "初創"),
    ("government", "政府"),
    ("ethics", "倫理"),
    ("international", "國際"),
    ("talent", "人才"),
    ("logistics", "物流"),
    ("retail", "零售"),
    ("property", "地產"),
    ("transport", "運輸"),
    ("energy", "能源"),
    ("legal", "法律"),
    ("media", "媒體"),
    ("tourism", "旅遊"),
    ("manufacturing", "製造"),
    ("agriculture", "農業"),
    ("security", "保安"),
];

const NOUNS: [&str; 16] = [
    "Vision", "Language", "Robotics", "Data", "Cloud", "Compute", "Health", "Payments", "Learning",
    "Sensing", "Mobility", "Insight", "Logic", "Signal", "Harbour", "Peak",
];

const SUFFIXES: [&str; 8] = [
    "Lab", "Labs", "Systems", "Centre", "Fund", "Scheme", "Alliance", "Platform",
];

const UNITS: [&str; 5] = ["companies", "%", "HK$", "PFLOPS", "people"];

const BODIES: [&str; 6] = [
    "ITC",
    "HKMA",
    "FS (Budget)",
    "CE (Policy Address)",
    "DPO",
    "Cyberport",
];

/// Years the synthetic records fall in.
const FIRST_YEAR: i32 = 1990;
const LAST_YEAR: i32 = 2025;

/// How many records of each kind a dataset of about `records` records has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// Sectors (9 to 20; not counted as records).
    pub sectors: usize,
    /// Sources cited.
    pub sources: usize,
    /// Key figures over all sectors.
    pub key_figures: usize,
    /// Organisations over all sectors.
    pub organisations: usize,
    /// Initiatives on the timeline.
    pub initiatives: usize,
    /// Startup counts (at most one per year and sector, so capped).
    pub startup_counts: usize,
    /// Funding records: the rest.
    pub funding: usize,
}

impl Plan {
    /// Splits `records` over the kinds: 5% sources, 10% key figures, 5%
    /// organisations, 15% initiatives, up to 10% startup counts (one per year and
    /// sector at most), the rest funding. Every kind gets at least one record.
    pub fn for_records(records: usize) -> Plan {
        let records = records.max(10);
        let sectors = (9 + records / 9_000).min(SECTOR_WORDS.len());
        let share = |percent: usize| (records * percent / 100).max(1);
        let years = (LAST_YEAR - FIRST_YEAR + 1) as usize;
        let sources = share(5);
        let key_figures = share(10).max(sectors);
        let organisations = share(5).max(sectors);
        let initiatives = share(15);
        let startup_counts = share(10).min(years * (sectors + 1));
        let used = sources + key_figures + organisations + initiatives + startup_counts;
        Plan {
            sectors,
            sources,
            key_figures,
            organisations,
            initiatives,
            startup_counts,
            funding: records.saturating_sub(used).max(1),
        }
    }

    /// The number of records (everything but the sectors themselves).
    pub fn records(&self) -> usize {
        self.sources
            + self.key_figures
            + self.organisations
            + self.initiatives
            + self.startup_counts
            + self.funding
    }
}

fn date(rng: &mut Rng) -> PartialDate {
    let year = rng.between(i64::from(FIRST_YEAR), i64::from(LAST_YEAR)) as i32;
    let text = match rng.below(3) {
        0 => format!("{year}"),
        1 => format!("{year}-{:02}", rng.between(1, 12)),
        // Day 1–28 exists in every month.
        _ => format!("{year}-{:02}-{:02}", rng.between(1, 12), rng.between(1, 28)),
    };
    PartialDate::parse(&text).expect("synthetic dates are real dates")
}

fn name(rng: &mut Rng, serial: usize) -> String {
    format!(
        "{} {} {} {serial}",
        rng.pick(&NOUNS),
        rng.pick(&NOUNS),
        rng.pick(&SUFFIXES)
    )
}

/// Picks a source and the confidence a record citing it may claim (a secondary
/// source never backs a `Verified` record).
fn cite(rng: &mut Rng, sources: &[Source]) -> (SourceId, Confidence) {
    let source = rng.pick(sources);
    let confidence = if source.secondary {
        Confidence::Secondary
    } else if rng.chance(90) {
        Confidence::Verified
    } else {
        Confidence::Unverified
    };
    (source.id.clone(), confidence)
}

fn qualifier(rng: &mut Rng) -> Qualifier {
    *rng.pick(&[
        Qualifier::Exact,
        Qualifier::Exact,
        Qualifier::About,
        Qualifier::MoreThan,
        Qualifier::Nearly,
    ])
}

fn money(rng: &mut Rng) -> Money {
    let currency = if rng.chance(70) {
        Currency::HKD
    } else {
        Currency::USD
    };
    // Whole amounts from thousands to tens of billions.
    let value = rng.between(1, 999) as f64 * 10f64.powi(rng.between(3, 8) as i32);
    Money { currency, value }
}

/// A valid synthetic dataset of about `records` records, the same for the same seed.
pub fn generate(records: usize, seed: u64) -> Dataset {
    let plan = Plan::for_records(records);
    let mut rng = Rng::new(seed);

    let sources: Vec<Source> = (0..plan.sources)
        .map(|i| {
            let published = rng.chance(60).then(|| date(&mut rng));
            Source {
                id: format!("src_{i}").into(),
                publisher: format!("Example Publisher {}", rng.below(50)),
                title: format!("Synthetic report {i}: {}", name(&mut rng, i)),
                url: format!("https://example.org/synthetic/{seed}/{i}"),
                published,
                accessed: PartialDate::parse("2026-11").expect("a date"),
                secondary: rng.chance(20),
            }
        })
        .collect();

    let mut sectors: Vec<Sector> = SECTOR_WORDS[..plan.sectors]
        .iter()
        .map(|(id, zh)| Sector {
            id: (*id).into(),
            name: format!("Synthetic {id}"),
            name_zh: Some(format!("合成{zh}")),
            summary: format!(
                "A made-up sector for benchmarks ({id}). None of its numbers is real."
            ),
            summary_zh: Some(format!("用於基準測試的虛構{zh}界別。")),
            key_figures: Vec::new(),
            organisations: Vec::new(),
        })
        .collect();
    for i in 0..plan.key_figures {
        // Every sector gets some; a handful of labels per sector form series.
        let sector = if i < plan.sectors {
            i
        } else {
            rng.index(plan.sectors)
        };
        let (source, confidence) = cite(&mut rng, &sources);
        let figure = KeyFigure {
            label: format!("{} indicator {}", rng.pick(&NOUNS), rng.below(6)),
            label_zh: rng.chance(50).then(|| format!("指標 {i}")),
            value: rng.between(1, 1_000_000) as f64,
            unit: Unit::from(*rng.pick(&UNITS)),
            qualifier: qualifier(&mut rng),
            date: date(&mut rng),
            definition: rng.chance(30).then(|| "Synthetic definition".to_owned()),
            source,
            confidence,
        };
        sectors[sector].key_figures.push(figure);
    }
    for i in 0..plan.organisations {
        let sector = if i < plan.sectors {
            i
        } else {
            rng.index(plan.sectors)
        };
        let (source, confidence) = cite(&mut rng, &sources);
        let organisation = Organisation {
            name: name(&mut rng, i),
            name_zh: rng.chance(40).then(|| format!("合成機構{i}")),
            name_zh_source: None,
            kind: *rng.pick(&[
                OrganisationKind::Government,
                OrganisationKind::Regulator,
                OrganisationKind::PublicBody,
                OrganisationKind::University,
                OrganisationKind::ResearchCentre,
                OrganisationKind::Company,
                OrganisationKind::Startup,
                OrganisationKind::Programme,
            ]),
            founded: rng
                .chance(50)
                .then(|| rng.between(i64::from(FIRST_YEAR), i64::from(LAST_YEAR)) as i32),
            note: format!("Synthetic organisation number {i}."),
            source,
            confidence,
        };
        sectors[sector].organisations.push(organisation);
    }

    let initiatives: Vec<Initiative> = (0..plan.initiatives)
        .map(|i| {
            let (source, confidence) = cite(&mut rng, &sources);
            let mut in_sectors = vec![sectors[rng.index(plan.sectors)].id.clone()];
            if rng.chance(30) {
                let other = &sectors[rng.index(plan.sectors)].id;
                if !in_sectors.contains(other) {
                    in_sectors.push(other.clone());
                }
            }
            Initiative {
                id: format!("init_{i}").into(),
                name: name(&mut rng, i),
                name_zh: rng.chance(40).then(|| format!("合成計劃{i}")),
                name_zh_source: None,
                date: date(&mut rng),
                body: (*rng.pick(&BODIES)).to_owned(),
                kind: *rng.pick(&InitiativeKind::ALL),
                sectors: in_sectors,
                amount: rng.chance(50).then(|| money(&mut rng)),
                description: format!("Synthetic initiative {i}; not a real programme."),
                source,
                confidence,
            }
        })
        .collect();

    // Startup counts: distinct (year, sector) pairs, totals first.
    let years = (LAST_YEAR - FIRST_YEAR + 1) as usize;
    let startup_counts: Vec<StartupCount> = (0..plan.startup_counts)
        .map(|i| {
            let year = LAST_YEAR - (i % years) as i32;
            let slot = i / years; // 0 = total, then each sector in turn
            let (source, confidence) = cite(&mut rng, &sources);
            StartupCount {
                year,
                sector: (slot > 0).then(|| sectors[slot - 1].id.clone()),
                category: None,
                count: rng.between(10, 5_000) as u32,
                qualifier: qualifier(&mut rng),
                definition: "Synthetic startup survey".to_owned(),
                source,
                confidence,
            }
        })
        .collect();

    let funding: Vec<Funding> = (0..plan.funding)
        .map(|i| {
            let (source, confidence) = cite(&mut rng, &sources);
            let initiative =
                (rng.chance(30)).then(|| format!("init_{}", rng.index(plan.initiatives)).into());
            Funding {
                id: format!("fund_{i}"),
                year: rng.between(i64::from(FIRST_YEAR), i64::from(LAST_YEAR)) as i32,
                sector: sectors[rng.index(plan.sectors)].id.clone(),
                amount: money(&mut rng),
                kind: *rng.pick(&[
                    FundingKind::GovernmentProgramme,
                    FundingKind::VentureRound,
                    FundingKind::Ipo,
                    FundingKind::Fund,
                ]),
                // From the index, not the generator, so the other fields stay as before.
                scope: FundingScope::ALL[i % FundingScope::ALL.len()],
                scope_note: "Synthetic record.".to_owned(),
                name: name(&mut rng, i),
                initiative,
                source,
                confidence,
            }
        })
        .collect();

    Dataset {
        title: format!("Synthetic dataset (seed {seed})"),
        title_zh: Some(format!("合成數據集（種子 {seed}）")),
        as_of: PartialDate::parse("2026-11").expect("a date"),
        sources,
        sectors,
        initiatives,
        startup_counts,
        funding,
    }
}

/// The dataset as pretty RON text, with a header comment saying it is synthetic.
pub fn to_ron(dataset: &Dataset) -> String {
    let body =
        ron::ser::to_string_pretty(dataset, ron::ser::PrettyConfig::default().depth_limit(2))
            .expect("the model always serialises");
    format!(
        "// {}: generated by `cargo run --example synth`, for benchmarks and tests.\n\
         // Every record is made up; the sources are example.org placeholders.\n{body}\n",
        dataset.title
    )
}

const USAGE: &str = "usage: synth [--records N] [--seed S] > FILE.ron";

fn main() -> ExitCode {
    let mut records = 1_000usize;
    let mut seed = 1u64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        let parsed = match (arg.as_str(), value.as_deref()) {
            ("--records", Some(v)) => v.parse().map(|n| records = n).is_ok(),
            ("--seed", Some(v)) => v.parse().map(|s| seed = s).is_ok(),
            _ => false,
        };
        if !parsed {
            eprintln!("synth: bad argument {arg:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let text = to_ron(&generate(records, seed));
    let mut out = std::io::stdout().lock();
    if out
        .write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
