//! The optional journey summary of travel.csv (`first_departure`, `lines`, `legs`, as
//! `stageplan travel` writes them), kept only for display: the rules never read it, and a
//! cell that is not understood is shown as written.

use super::ids::{Found, Ids};
use super::problem::Problems;
use super::table::Table;
use crate::domain::JourneySummary;
use std::collections::HashMap;

/// The summaries of the rows whose student and school are known and whose `legs` cell is
/// filled; empty when travel.csv has no `legs` column.
pub fn read_journeys(
    table: &Table,
    students: &Ids,
    schools: &Ids,
) -> HashMap<(usize, usize), JourneySummary> {
    let mut journeys = HashMap::new();
    if !table.has_column("legs") {
        return journeys;
    }
    // Unknown ids and duplicate pairs are read_travel's to report; nothing is reported here.
    let mut quiet = Problems::default();
    for r in 0..table.len() {
        let f = table.row(r, &mut quiet);
        let (Some(s), Some(c), Some(legs)) = (
            f.optional("student_id").and_then(|id| index(students, id)),
            f.optional("school_id").and_then(|id| index(schools, id)),
            f.optional("legs"),
        ) else {
            continue;
        };
        let text = |column: &str| f.optional(column).unwrap_or("").into();
        let summary = JourneySummary {
            first_departure: text("first_departure"),
            lines: text("lines"),
            legs: legs.into(),
        };
        journeys.entry((s, c)).or_insert(summary);
    }
    journeys
}

/// The id as read_travel matched it (leading zeros restored too).
fn index(ids: &Ids, id: &str) -> Option<usize> {
    match ids.find(id) {
        Found::Exact(i) | Found::Zeros(i, _) => Some(i),
        Found::Unknown | Found::Unread => None,
    }
}
