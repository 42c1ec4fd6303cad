//! hk-ai-dashboard: a native desktop dashboard of Hong Kong's AI landscape.
//!
//! Data flows one way: [`load`] parses and validates a RON file into a
//! [`model::ValidDataset`]; [`stats`] aggregates it; the charts draw it; the
//! window ([`ui`]) and the exports read it, never the file.

pub mod analysis;
pub mod charts;
pub mod cli;
pub mod clipboard;
pub mod export;
pub mod fonts;
pub mod format;
pub mod i18n;
pub mod index;
pub mod load;
pub mod model;
pub mod platform;
pub mod search;
pub mod stats;
pub mod style;
pub mod ui;
