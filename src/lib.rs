//! stageplan: allocates student teachers to internship schools and workplace supervisors.
//!
//! Layers point one way: `domain` (plain types) <- `input` (files, validation), `rules`
//! and `solve` (the integer program) <- `checker` (independent re-check) <- `report`, `cli`.

pub mod bench;
pub mod budget;
pub mod capacity;
pub mod checker;
pub mod cli;
pub mod domain;
pub mod explain;
pub mod generate;
pub mod greedy;
pub mod input;
pub mod lang;
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
