//! The words of the scenario file that `sweep` reads: its keys, and students added to or
//! removed from a track.

use super::w;
pub use super::Word;

pub const UNKNOWN_KEY: Word = w(
    "'{key}' is geen sleutel van {table}",
    "'{key}' is not a key of {table}",
);
pub const UNKNOWN_KEY_DO: Word = w(
    "Gebruik een van deze sleutels: {keys}.",
    "Use one of these keys: {keys}.",
);
pub const THE_TOP: Word = w(
    "het bestand (bovenaan staan alleen [[scenario]]- en [[grid]]-tabellen)",
    "the file (its top holds only [[scenario]] and [[grid]] tables)",
);
pub const KEY_MISSING: Word = w("de sleutel '{key}' ontbreekt", "the key '{key}' is missing");
pub const KEY_MISSING_DO: Word = w(
    "Voeg '{key}' toe; elk [[scenario]] en elke [[grid]] heeft een name.",
    "Add '{key}'; every [[scenario]] and [[grid]] has a name.",
);
pub const WRONG_KIND: Word = w(
    "hier staat {found}, maar hier hoort {expected}",
    "this is {found}, but {expected} belongs here",
);
pub const WRONG_KIND_DO: Word = w(
    "Schrijf een getal zonder aanhalingstekens, tekst tussen aanhalingstekens, een lijst als [\"a\", \"b\"] en ja/nee als true of false.",
    "Write a number without quotes, text in quotes, a list as [\"a\", \"b\"] and yes/no as true or false.",
);
pub const A_NUMBER: Word = w("een getal", "a number");
pub const A_TEXT: Word = w("tekst", "text");
pub const A_BOOLEAN: Word = w("true of false", "true or false");
pub const A_LIST: Word = w("een lijst", "a list");
pub const A_TABLE: Word = w("een tabel", "a table");
pub const A_VALUE: Word = w("een andere waarde", "another value");

pub const HEADCOUNT: Word = w(
    "'{key}' van opleiding '{track}' moet een heel aantal studenten zijn (20) of een percentage (\"20%\"){most}",
    "'{key}' of track '{track}' must be a whole number of students (20) or a percentage (\"20%\"){most}",
);
pub const HEADCOUNT_MOST: Word = w(", hoogstens {most}", ", at most {most}");
pub const HEADCOUNT_DO: Word = w(
    "Schrijf bijvoorbeeld add_to_track = { \"HR-VT2\" = 20 } of remove_from_track = { \"HALO-2\" = \"25%\" }.",
    "Write for example add_to_track = { \"HR-VT2\" = 20 } or remove_from_track = { \"HALO-2\" = \"25%\" }.",
);
pub const TRACK_EMPTY: Word = w(
    "opleiding '{track}' heeft geen studenten om nieuwe studenten op te laten lijken",
    "track '{track}' has no students to model new students on",
);
pub const TRACK_EMPTY_DO: Word = w(
    "Voeg de nieuwe studenten toe met add_students = \"bestand.csv\", of kies een opleiding met studenten.",
    "Add the new students with add_students = \"file.csv\", or choose a track that has students.",
);
pub const TRACK_TOO_FEW: Word = w(
    "opleiding '{track}' heeft {n} {n|student|studenten}; er kunnen er geen {remove} weg",
    "track '{track}' has {n} {n|student|students}; {remove} cannot leave",
);
pub const TRACK_TOO_FEW_DO: Word = w(
    "Verwijder hoogstens zoveel studenten als de opleiding heeft, of gebruik remove_tracks.",
    "Remove at most as many students as the track has, or use remove_tracks.",
);

pub const AFTER_REMOVALS: Word = w(
    "{file} (na wat het scenario weghaalt)",
    "{file} (after the scenario's removals)",
);

/// Every sentence, for the placeholder test of `lang`.
pub const ALL: &[&Word] = &[
    &UNKNOWN_KEY,
    &UNKNOWN_KEY_DO,
    &THE_TOP,
    &KEY_MISSING,
    &KEY_MISSING_DO,
    &WRONG_KIND,
    &WRONG_KIND_DO,
    &A_NUMBER,
    &A_TEXT,
    &A_BOOLEAN,
    &A_LIST,
    &A_TABLE,
    &A_VALUE,
    &HEADCOUNT,
    &HEADCOUNT_MOST,
    &HEADCOUNT_DO,
    &TRACK_EMPTY,
    &TRACK_EMPTY_DO,
    &TRACK_TOO_FEW,
    &TRACK_TOO_FEW_DO,
    &AFTER_REMOVALS,
];
