//! Pins read back from an edited plan.xlsx: every placement whose `vastzetten` (pin) cell
//! says yes pins that student to that WPB, as a filled-in `pinned_wpb` would. So a
//! hand-corrected plan is pinned where the coördinator wants it, and the rest re-solved.

use super::cells::parse_bool;
use super::problem::{Place, Problems};
use super::{workbook, Adjust};
use crate::domain::Instance;
use crate::input::codes;
use crate::lang::problems as say;
use crate::lang::workbook as l;
use std::path::Path;

/// The pins of a plan.xlsx: (student id, its place, WPB id, its place).
pub struct PinsFromPlan {
    pins: Vec<(String, Place, String, Place)>,
}

impl PinsFromPlan {
    /// Reads the placements sheet of `path`; `None` when it cannot be used (see `problems`).
    pub fn read(path: &Path, problems: &mut Problems) -> Option<PinsFromPlan> {
        let names = [l::SHEET_PLACEMENTS.nl, l::SHEET_PLACEMENTS.en];
        let table = workbook::read_sheet(path, &names, problems)?;
        if !table.require_columns(&["student_id", "wpb_id"], problems) {
            return None;
        }
        let mut pins = Vec::new();
        for r in 0..table.len() {
            let Some(mut f) = table.next_row(r, problems) else {
                break;
            };
            let (column, cell) = match (f.optional(l::PIN.nl), f.optional(l::PIN.en)) {
                (Some(c), _) => (l::PIN.nl, c.to_string()),
                (None, Some(c)) => (l::PIN.en, c.to_string()),
                (None, None) => continue,
            };
            match parse_bool(&cell) {
                Some(true) => {}
                Some(false) => continue,
                None => {
                    let at = f.place(column);
                    f.problems.error(
                        codes::E013,
                        &at,
                        &cell,
                        (&say::PIN_NOT_YES_NO).into(),
                        &say::PIN_NOT_YES_NO_DO,
                    );
                    continue;
                }
            }
            let (Some(student), Some(wpb)) = (f.required("student_id"), f.required("wpb_id"))
            else {
                continue;
            };
            pins.push((student, f.place("student_id"), wpb, f.place("wpb_id")));
        }
        Some(PinsFromPlan { pins })
    }

    /// How many placements are pinned.
    pub fn len(&self) -> usize {
        self.pins.len()
    }

    /// True when no placement is pinned.
    pub fn is_empty(&self) -> bool {
        self.pins.is_empty()
    }
}

impl Adjust for PinsFromPlan {
    fn instance(&self, instance: &mut Instance, problems: &mut Problems) {
        for (student, student_at, wpb, wpb_at) in &self.pins {
            let s = instance.students.iter().position(|st| &st.id == student);
            let w = instance.supervisors.iter().position(|sv| &sv.id == wpb);
            match (s, w) {
                (Some(s), Some(w)) => instance.students[s].pinned_wpb = Some(w),
                (None, _) => problems.error(
                    codes::E023,
                    student_at,
                    student,
                    (&say::PLAN_STUDENT_UNKNOWN).into(),
                    &say::PLAN_STUDENT_UNKNOWN_DO,
                ),
                (_, None) => problems.error(
                    codes::E023,
                    wpb_at,
                    wpb,
                    (&say::PLAN_WPB_UNKNOWN).into(),
                    &say::PLAN_WPB_UNKNOWN_DO,
                ),
            }
        }
    }
}
