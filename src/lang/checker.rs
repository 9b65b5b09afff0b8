//! What the independent checker says about a broken rule (`verify`, `score`), in Dutch and
//! English.

use super::{w, Word};

/// The count of violations of one rule that are not listed (a plan of a million
/// duplicate rows is told by its first twenty).
pub const AND_MORE: Word = w(
    "… en nog {n} keer dezelfde regel",
    "… and {n} more of the same rule",
);
pub const NOT_TEACHING: Word = w(
    "WPB '{wpb}' geeft geen {subject}",
    "WPB '{wpb}' does not teach {subject}",
);
pub const ABSENT: Word = w(
    "WPB '{wpb}' is niet op school op {days} (stagedagen van {track})",
    "WPB '{wpb}' is not at school on {days} (stage days of {track})",
);
pub const TOO_FAR: Word = w(
    "de reis naar '{school}' duurt {minutes} minuten, meer dan de grens van {limit}",
    "travel to '{school}' is {minutes} minutes, over the limit of {limit}",
);
pub const TRAVEL_UNKNOWN: Word = w(
    "de reistijd naar '{school}' is onbekend",
    "travel to '{school}' is unknown",
);
pub const NO_JOURNEY: Word = w(
    "er is geen reis naar '{school}' (reistijden: leeg = onbereikbaar)",
    "there is no journey to '{school}' (travel: empty = out of reach)",
);
pub const PREVIOUS: Word = w(
    "'{school}' was de vorige stageschool",
    "'{school}' was the previous placement",
);
pub const EXCLUDED: Word = w(
    "'{school}' is uitgesloten voor deze student",
    "'{school}' is excluded for this student",
);
pub const PAID_ELSEWHERE: Word = w(
    "de geaccepteerde aanstelling is op '{paid}', niet op '{school}'",
    "the accepted paid appointment is at '{paid}', not '{school}'",
);
pub const OUTSIDE: Word = w(
    "een school buiten het samenwerkingsverband",
    "a school outside the partnership",
);
pub const PIN_NOTE: Word = w(
    "student '{student}': vastzetten gaat voor, al breekt het regel {rule} ({name}): {message}",
    "student '{student}': pin honoured although it breaks rule {rule} ({name}): {message}",
);
pub const WPB_STUDENTS: Word = w(
    "WPB '{wpb}' heeft {n} studenten, hoogstens {max} toegestaan",
    "WPB '{wpb}' has {n} students, at most {max} allowed",
);
pub const WPB_HOURS: Word = w(
    "WPB '{wpb}' heeft {hours} uur, hoogstens {max} toegestaan",
    "WPB '{wpb}' has {hours} hours, at most {max} allowed",
);
pub const SCHOOL_STUDENTS: Word = w(
    "school '{school}' heeft {n} studenten, hoogstens {max} toegestaan",
    "school '{school}' has {n} students, at most {max} allowed",
);
pub const SCHOOL_HOURS: Word = w(
    "school '{school}' gebruikt {hours} SO-uren, hoogstens {max} beschikbaar",
    "school '{school}' uses {hours} SO hours, at most {max} available",
);
pub const NOT_WITH_PIN: Word = w(
    "de student is vastgezet bij WPB '{wpb}' maar niet bij die WPB geplaatst",
    "the student is pinned to WPB '{wpb}' but is not placed with it",
);
pub const MEMBER_AT: Word = w("{student} op {school}", "{student} at {school}");
pub const UNPLACED: Word = w("(niet geplaatst)", "(unplaced)");
pub const GROUP_SPLIT: Word = w(
    "groep '{group}' is verdeeld: {detail}",
    "group '{group}' is split: {detail}",
);
pub const UNKNOWN_STUDENT: Word = w(
    "de student staat niet in students.csv",
    "the student is not in students.csv",
);
pub const UNKNOWN_WPB: Word = w(
    "WPB '{wpb}' staat niet in supervisors.csv",
    "WPB '{wpb}' is not in supervisors.csv",
);
pub const WRONG_SCHOOL: Word = w(
    "WPB '{wpb}' werkt op '{school}', niet op '{given}'",
    "WPB '{wpb}' works at '{school}', not at '{given}'",
);
pub const TWICE: Word = w(
    "de student is twee keer geplaatst (ook op regel {first})",
    "the student is placed twice (also on line {first})",
);

/// Every sentence above, for the test that both languages name the same placeholders.
pub const ALL: &[&Word] = &[
    &AND_MORE,
    &NOT_TEACHING,
    &ABSENT,
    &TOO_FAR,
    &TRAVEL_UNKNOWN,
    &NO_JOURNEY,
    &PREVIOUS,
    &EXCLUDED,
    &PAID_ELSEWHERE,
    &OUTSIDE,
    &PIN_NOTE,
    &WPB_STUDENTS,
    &WPB_HOURS,
    &SCHOOL_STUDENTS,
    &SCHOOL_HOURS,
    &NOT_WITH_PIN,
    &MEMBER_AT,
    &UNPLACED,
    &GROUP_SPLIT,
    &UNKNOWN_STUDENT,
    &UNKNOWN_WPB,
    &WRONG_SCHOOL,
    &TWICE,
];
