//! Why the pins and groups admit no plan (`solve::Infeasibility`), in words.

use super::{w, Word};

pub const MEMBER_CANNOT_FOLLOW_PIN: Word = w(
    "student '{student}' van groep '{group}' moet mee naar de vastgezette school '{school}' van de groep, maar daar past geen WPB (regels 1-4, 7)",
    "student '{student}' of group '{group}' must join the group's pinned school '{school}', but no WPB there fits (rules 1-4, 7)",
);
pub const PINS_EXCEED_CAPACITY: Word = w(
    "de vastgezette studenten en hun groepen passen niet allemaal binnen de capaciteit",
    "the pinned students and their groups cannot all be placed within the capacities",
);

/// Every sentence above, for the test that both languages name the same placeholders.
pub const ALL: &[&Word] = &[&MEMBER_CANNOT_FOLLOW_PIN, &PINS_EXCEED_CAPACITY];
