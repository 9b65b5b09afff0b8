//! Everything the user reads: output files, unplaced reasons, atomic writing.

pub mod atomic;
pub mod files;
pub mod html;
pub mod manifest;
pub mod quality;
pub mod svg;
pub mod template;
pub mod unplaced;
pub mod workbook;
