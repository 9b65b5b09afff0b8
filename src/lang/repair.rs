//! The reasons of changes.csv and the repair section of report.html: who moved and why.

use super::{w, Word};

pub const WPB_GONE: Word = w(
    "WPB '{wpb}' staat niet meer in supervisors.csv",
    "WPB '{wpb}' is no longer in supervisors.csv",
);
pub const PINNED_ELSEWHERE: Word = w(
    "de student is vastgezet bij WPB '{wpb}'",
    "the student is pinned to WPB '{wpb}'",
);
pub const BREAKS_RULE: Word = w(
    "de oude plaatsing breekt nu regel {rule}: {why}",
    "the old placement now breaks rule {rule}: {why}",
);
pub const WPB_FEWER: Word = w(
    "WPB '{wpb}' neemt nu hoogstens {n} studenten, minder dan eerst",
    "WPB '{wpb}' now takes at most {n} students, fewer than before",
);
pub const ROOM_FOR_PIN: Word = w(
    "WPB '{wpb}' is vol: de plaats is voor {n|de vastgezette student|de vastgezette studenten} {pinned}",
    "WPB '{wpb}' is full: the seat is taken by {n|the pinned student|the pinned students} {pinned}",
);
pub const MOVED_TO_MAKE_ROOM: Word = w(
    "door deze student te verplaatsen plaatst het plan meer studenten of dalen de kosten met meer dan het gewicht moved_student",
    "moving this student lets the plan place more students or lowers its cost by more than the moved_student weight",
);
pub const REPLANNED: Word = w(
    "opnieuw gepland vanaf nul zet het beste plan deze student ergens anders (van de even goede plannen is het plan genomen dat de meeste plaatsingen houdt); een reparatie (repair = true) verplaatst alleen wat meer oplevert dan moved_student",
    "planned from scratch, the best plan puts this student elsewhere (of the equally good plans, the one that keeps the most placements is taken); a repair (repair = true) moves only what gains more than moved_student",
);
pub const STUDENT_REMOVED: Word = w(
    "de student staat niet in students.csv van deze run",
    "the student is not in students.csv of this run",
);
pub const NEWLY_PLACED: Word = w(
    "de student had geen plaats in het gepubliceerde plan (daar ongeplaatst, of nieuw in deze run)",
    "the student had no place in the published plan (unplaced there, or new in this run)",
);

pub const HEADING: Word = w("Wie is verplaatst, en waarom", "Who moved, and why");
pub const SUMMARY: Word = w(
    "Geplaatst in het gepubliceerde plan: {placed}; op hun plaats gebleven: {kept}; verplaatst: {moved}; nieuw geplaatst: {new}.",
    "Placed in the published plan: {placed}; kept their place: {kept}; moved: {moved}; newly placed: {new}.",
);
pub const NONE_MOVED: Word = w("Niemand is verplaatst.", "Nobody moved.");
pub const STUDENT: Word = w("student", "student");
pub const FROM: Word = w("van (school, WPB)", "from (school, WPB)");
pub const TO: Word = w("naar (school, WPB)", "to (school, WPB)");
pub const WHY: Word = w("waarom", "why");
pub const NOWHERE: Word = w("niet geplaatst", "not placed");

/// The sentences above with placeholders, for the test of the tables.
pub const ALL: &[&Word] = &[
    &WPB_GONE,
    &PINNED_ELSEWHERE,
    &BREAKS_RULE,
    &WPB_FEWER,
    &ROOM_FOR_PIN,
    &SUMMARY,
];
