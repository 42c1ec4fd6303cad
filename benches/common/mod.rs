//! What the benchmarks share: the sizes of the synthetic datasets and how to
//! make one (with `examples/synth.rs`, seed 7, so every bench times the same data).

#[allow(dead_code)]
#[path = "../../examples/synth.rs"]
mod synth;

use hk_ai_dashboard::load;
use hk_ai_dashboard::model::ValidDataset;

/// Record counts of the synthetic datasets, with their labels.
#[allow(dead_code)] // the report bench times 10k records only
pub const SIZES: [(usize, &str); 3] = [(1_000, "1k"), (10_000, "10k"), (100_000, "100k")];

/// A synthetic dataset of about `records` records, as RON text.
pub fn synthetic_text(records: usize) -> String {
    synth::to_ron(&synth::generate(records, 7))
}

/// A synthetic dataset of about `records` records, loaded and validated.
#[allow(dead_code)] // not every bench loads one
pub fn synthetic_dataset(records: usize) -> ValidDataset {
    let Ok(dataset) = load::parse_dataset(&synthetic_text(records), "synthetic") else {
        panic!("the synthetic dataset is valid");
    };
    dataset
}
