//! The phases a spinner names while `solve` runs.

use super::Word;

pub const SOLVING: Word = Word {
    nl: "plan optimaliseren en controleren…",
    en: "optimising and checking the plan…",
};
pub const DIAGNOSING: Word = Word {
    nl: "niet geplaatste studenten verklaren…",
    en: "explaining the unplaced students…",
};
pub const WRITING: Word = Word {
    nl: "bestanden schrijven…",
    en: "writing the files…",
};
