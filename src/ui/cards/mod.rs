//! Sector cards: the Overview's one card per sector (`overview`), and a sector
//! tab's cards of key figures, trends, organisations and milestones (`sector`).
//! What both show of a figure (its sentence, source and confidence) is in `citation`.
//! The Overview opens with the story row (`story`, with `sparkline`s) and the
//! latest initiatives (`latest`).

mod citation;
mod latest;
pub mod overview;
pub mod sector;
mod sparkline;
mod story;
