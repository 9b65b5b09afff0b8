//! Pins read back from an edited plan.xlsx: every placement whose `vastzetten` (pin) cell
//! says yes pins that student to that WPB, as a filled-in `pinned_wpb` would. So a
//! hand-corrected plan is pinned where the coördinator wants it. The WPB id decides: a
//! school or name cell typed over so that it no longer agrees with it is an error naming
//! that cell, since an edit of the wrong column must never be ignored without a word.

use super::cells::parse_bool;
use super::problem::{Place, Problems};
use super::{workbook, Adjust};
use crate::domain::Instance;
use crate::input::codes;
use crate::lang::problems as say;
use crate::lang::solve as pin_say;
use crate::lang::workbook as l;
use crate::lang::{Said, Word};
use std::path::Path;

/// A cell of a plan row that follows from its WPB id: (sheet column, header, text, place).
type Shown = (&'static str, &'static Word, String, Place);

/// One placement row of the plan.
struct PlanRow {
    student: String,
    student_at: Place,
    wpb: String,
    wpb_at: Place,
    pinned: bool,
    /// The school id, school name and WPB name cells as the user left them.
    shown: Vec<Shown>,
}

/// The placements of a plan.xlsx and which of them are pinned.
pub struct PinsFromPlan {
    /// The pinned rows; with the whole plan kept as the baseline (`solve --pins` by
    /// default), every row, so that the school and name cells of each are checked.
    rows: Vec<PlanRow>,
}

/// The columns whose cells must agree with the row's WPB id; the sheet's own names.
const SHOWN: [(&str, &Word); 4] = [
    ("school_id", &l::SCHOOL_ID),
    ("school", &l::SCHOOL),
    (l::WPB.nl, &l::WPB),
    (l::WPB.en, &l::WPB),
];

impl PinsFromPlan {
    /// Reads the placements sheet of `path`; `None` when it cannot be used (see `problems`).
    /// `whole_plan`: every row is kept as the baseline, not only the pinned ones.
    pub fn read(path: &Path, whole_plan: bool, problems: &mut Problems) -> Option<PinsFromPlan> {
        let names = [l::SHEET_PLACEMENTS.nl, l::SHEET_PLACEMENTS.en];
        let table = workbook::read_sheet(path, &names, problems)?;
        if !table.require_columns(&["student_id", "wpb_id"], problems) {
            return None;
        }
        let mut rows = Vec::new();
        for r in 0..table.len() {
            let Some(mut f) = table.next_row(r, problems) else {
                break;
            };
            let pin = match (f.optional(l::PIN.nl), f.optional(l::PIN.en)) {
                (Some(c), _) => Some((l::PIN.nl, c.to_string())),
                (None, Some(c)) => Some((l::PIN.en, c.to_string())),
                (None, None) => None,
            };
            let pinned = match pin
                .as_ref()
                .map(|(column, cell)| (column, parse_bool(cell)))
            {
                None | Some((_, Some(false))) => false,
                Some((_, Some(true))) => true,
                Some((column, None)) => {
                    let at = f.place(column);
                    let cell = pin.as_ref().map_or("", |(_, c)| c.as_str());
                    f.problems.record(
                        codes::E013,
                        &at,
                        cell,
                        (&say::PIN_NOT_YES_NO).into(),
                        &say::PIN_NOT_YES_NO_DO,
                    );
                    continue;
                }
            };
            if !pinned && !whole_plan {
                continue;
            }
            let (Some(student), Some(wpb)) = (f.required("student_id"), f.required("wpb_id"))
            else {
                continue;
            };
            let shown = SHOWN
                .iter()
                .filter_map(|&(column, header)| {
                    let cell = f.optional(column)?.to_string();
                    Some((column, header, cell, f.place(column)))
                })
                .collect();
            rows.push(PlanRow {
                student,
                student_at: f.place("student_id"),
                wpb,
                wpb_at: f.place("wpb_id"),
                pinned,
                shown,
            });
        }
        Some(PinsFromPlan { rows })
    }

    /// How many placements are pinned.
    pub fn len(&self) -> usize {
        self.rows.iter().filter(|r| r.pinned).count()
    }

    /// True when no placement is pinned.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What a cell of the sheet should say for WPB `w`, by its column.
fn expected(instance: &Instance, column: &str, w: usize) -> String {
    let wpb = &instance.supervisors[w];
    let school = &instance.schools[wpb.school];
    match column {
        "school_id" => school.id.clone(),
        "school" => school.name.clone(),
        _ => wpb.name.clone(),
    }
}

/// Up to three WPBs at the school a cell names who teach the student's subject: the ids
/// to write in the WPB column to move the student there.
fn wpbs_at(instance: &Instance, cell: &str, s: usize) -> String {
    let subject = instance.students[s].subject.to_lowercase();
    let school = instance
        .schools
        .iter()
        .position(|c| c.id.eq_ignore_ascii_case(cell) || c.name.eq_ignore_ascii_case(cell));
    let ids: Vec<&str> = instance
        .supervisors
        .iter()
        .filter(|w| Some(w.school) == school)
        .filter(|w| w.subjects.iter().any(|x| x.to_lowercase() == subject))
        .map(|w| w.id.as_str())
        .take(3)
        .collect();
    ids.join(", ")
}

/// Whether every school and name cell of `row` says what belongs to WPB `w`.
fn describes(instance: &Instance, row: &PlanRow, w: usize) -> bool {
    row.shown
        .iter()
        .all(|(column, _, cell, _)| cell.trim() == expected(instance, column, w).trim())
}

/// Every school or name cell of a used row that disagrees with the row's WPB id. A row
/// whose cells all still describe one other WPB is the documented edit (the id changed,
/// the rest not yet): the id decides. Otherwise a cell was typed over, and is named.
fn check_cells_follow_the_wpb(
    instance: &Instance,
    row: &PlanRow,
    s: usize,
    w: usize,
    problems: &mut Problems,
) {
    if describes(instance, row, w)
        || (0..instance.supervisors.len()).any(|v| v != w && describes(instance, row, v))
    {
        return;
    }
    for (column, header, cell, at) in &row.shown {
        let wanted = expected(instance, column, w);
        if cell.trim() == wanted.trim() {
            continue;
        }
        let header_said = Said {
            nl: header.nl.to_string(),
            en: header.en.to_string(),
        };
        let wpb_header = Said {
            nl: l::WPB_ID.nl.to_string(),
            en: l::WPB_ID.en.to_string(),
        };
        let message = pin_say::PLAN_CELL_NOT_OF_WPB.say_in(&[
            ("column", &header_said),
            ("wpb", &Said::plain(&row.wpb)),
            ("wanted", &Said::plain(&wanted)),
        ]);
        let candidates = wpbs_at(instance, cell, s);
        let action = if *column == "school_id" || *column == "school" {
            if candidates.is_empty() {
                pin_say::PLAN_SCHOOL_EDITED_DO.say_in(&[
                    ("wpb_column", &wpb_header),
                    ("wanted", &Said::plain(&wanted)),
                ])
            } else {
                pin_say::PLAN_SCHOOL_EDITED_WPBS_DO.say_in(&[
                    ("wpb_column", &wpb_header),
                    ("wpbs", &Said::plain(&candidates)),
                    ("wanted", &Said::plain(&wanted)),
                ])
            }
        } else {
            pin_say::PLAN_NAME_EDITED_DO.say_in(&[
                ("wpb_column", &wpb_header),
                ("wanted", &Said::plain(&wanted)),
            ])
        };
        problems.record(codes::E032, at, cell, message, action);
    }
}

impl Adjust for PinsFromPlan {
    fn instance(&self, instance: &mut Instance, problems: &mut Problems) {
        for row in &self.rows {
            let s = instance.students.iter().position(|st| st.id == row.student);
            let w = instance.supervisors.iter().position(|sv| sv.id == row.wpb);
            match (s, w) {
                (Some(s), Some(w)) => {
                    check_cells_follow_the_wpb(instance, row, s, w, problems);
                    if row.pinned {
                        instance.students[s].pinned_wpb = Some(w);
                    }
                }
                // An unpinned row of a kept plan: the repair names a student or WPB that
                // is gone (STUDENT_REMOVED, WPB_GONE in changes.csv).
                _ if !row.pinned => {}
                // A pinned row's first id that the instance lacks.
                (s, _) => {
                    let (at, id, message, action) = if s.is_none() {
                        (
                            &row.student_at,
                            &row.student,
                            &say::PLAN_STUDENT_UNKNOWN,
                            &say::PLAN_STUDENT_UNKNOWN_DO,
                        )
                    } else {
                        (
                            &row.wpb_at,
                            &row.wpb,
                            &say::PLAN_WPB_UNKNOWN,
                            &say::PLAN_WPB_UNKNOWN_DO,
                        )
                    };
                    problems.record(codes::E023, at, id, message.into(), action);
                }
            }
        }
    }
}
