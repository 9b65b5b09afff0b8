//! Everything the user reads: output files, unplaced reasons, atomic writing.

pub mod atomic;
pub mod files;
pub mod quality;
pub mod template;
pub mod unplaced;
pub mod workbook;
