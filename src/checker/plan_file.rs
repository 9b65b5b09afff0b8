//! Reading a plan: plan.csv or plan.xlsx, the solver's own or one made or corrected by hand.

use crate::input::problem::{Problem, Problems};
use crate::input::table::Table;
use crate::input::workbook;
use crate::lang::workbook::SHEET_PLACEMENTS;
use std::path::Path;

/// One row of a plan: a student placed with a WPB at a school.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRow {
    pub line: usize,
    pub student_id: String,
    pub school_id: String,
    pub wpb_id: String,
}

/// Reads a plan file; every unreadable row is a problem.
pub fn read_plan(path: &Path) -> Result<Vec<PlanRow>, Vec<Problem>> {
    let mut problems = Problems::default();
    // Only the three columns the checker reads are held: a plan of millions of rows.
    let columns = ["student_id", "school_id", "wpb_id"];
    // A plan.xlsx (also one corrected by hand) is read from its placements sheet.
    let table = if workbook::is_workbook(path) {
        let names = [SHEET_PLACEMENTS.nl, SHEET_PLACEMENTS.en];
        workbook::read_sheet(path, &names, &mut problems)
    } else {
        Table::read_columns(path, Some(&columns), &mut problems)
    };
    let Some(table) = table else {
        return Err(problems.into_sorted());
    };
    if !table.require_columns(&columns, &mut problems) {
        return Err(problems.into_sorted());
    }
    let mut rows = Vec::new();
    for r in 0..table.len() {
        let Some(mut f) = table.next_row(r, &mut problems) else {
            break;
        };
        let line = f.line();
        if let (Some(student_id), Some(school_id), Some(wpb_id)) = (
            f.required("student_id"),
            f.required("school_id"),
            f.required("wpb_id"),
        ) {
            rows.push(PlanRow {
                line,
                student_id,
                school_id,
                wpb_id,
            });
        }
    }
    if problems.has_errors() {
        return Err(problems.into_sorted());
    }
    Ok(rows)
}
