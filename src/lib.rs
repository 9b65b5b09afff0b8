//! stageplan: allocates student teachers to internship schools and workplace supervisors.
//!
//! Layers point one way, each using only those before it (`tests/layering.rs` holds the
//! table): `domain` <- `rules`, `cost` <- `lang` <- `input`, `capacity` <- `greedy` <-
//! `solve`, `checker`, `transit` <- `repair`, `scenario` <- `outcome` (what a solve produced) <- `pipeline` (solve, then
//! check) <- `explain` <- `report` (every output file) <- `sweep` <- `bench` <- `cli`.

pub mod bench;
pub mod budget;
pub mod capacity;
pub mod checker;
pub mod cli;
pub mod cost;
pub mod domain;
pub mod explain;
pub mod generate;
pub mod greedy;
pub mod input;
pub mod lang;
pub mod outcome;
pub mod pipeline;
pub mod repair;
pub mod report;
pub mod rules;
pub mod scenario;
pub mod solve;
pub mod sweep;
#[cfg(test)]
mod testkit;
pub mod transit;
