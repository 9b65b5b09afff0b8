//! The words of the scenario file that `sweep` reads: its keys, and students added to or
//! removed from a track.

pub use super::Word;

words! {
    pub UNKNOWN_KEY =
        "'{key}' is geen sleutel van {table}",
        "'{key}' is not a key of {table}";
    pub UNKNOWN_KEY_DO =
        "Gebruik een van deze sleutels: {keys}.",
        "Use one of these keys: {keys}.";
    pub THE_TOP =
        "het bestand (bovenaan staan alleen [[scenario]]- en [[grid]]-tabellen)",
        "the file (its top holds only [[scenario]] and [[grid]] tables)";
    pub KEY_MISSING =
        "de sleutel '{key}' ontbreekt",
        "the key '{key}' is missing";
    pub KEY_MISSING_DO =
        "Voeg '{key}' toe; elk [[scenario]] en elke [[grid]] heeft een name.",
        "Add '{key}'; every [[scenario]] and [[grid]] has a name.";
    pub WRONG_KIND =
        "hier staat {found}, maar hier hoort {expected}",
        "this is {found}, but {expected} belongs here";
    pub WRONG_KIND_DO =
        "Schrijf een getal zonder aanhalingstekens, tekst tussen aanhalingstekens, een lijst als [\"a\", \"b\"] en ja/nee als true of false.",
        "Write a number without quotes, text in quotes, a list as [\"a\", \"b\"] and yes/no as true or false.";
    pub A_NUMBER =
        "een getal",
        "a number";
    pub A_TEXT =
        "tekst",
        "text";
    pub A_BOOLEAN =
        "true of false",
        "true or false";
    pub A_LIST =
        "een lijst",
        "a list";
    pub A_TABLE =
        "een tabel",
        "a table";
    pub A_VALUE =
        "een andere waarde",
        "another value";

    pub HEADCOUNT =
        "'{key}' van opleiding '{track}' moet een heel aantal studenten zijn (20) of een percentage (\"20%\"){most}",
        "'{key}' of track '{track}' must be a whole number of students (20) or a percentage (\"20%\"){most}";
    pub HEADCOUNT_MOST =
        ", hoogstens {most}",
        ", at most {most}";
    pub HEADCOUNT_DO =
        "Schrijf bijvoorbeeld add_to_track = { \"HR-VT2\" = 20 } of remove_from_track = { \"HALO-2\" = \"25%\" }.",
        "Write for example add_to_track = { \"HR-VT2\" = 20 } or remove_from_track = { \"HALO-2\" = \"25%\" }.";
    pub TRACK_EMPTY =
        "opleiding '{track}' heeft geen studenten om nieuwe studenten op te laten lijken",
        "track '{track}' has no students to model new students on";
    pub TRACK_EMPTY_DO =
        "Voeg de nieuwe studenten toe met add_students = \"bestand.csv\", of kies een opleiding met studenten.",
        "Add the new students with add_students = \"file.csv\", or choose a track that has students.";
    pub TRACK_TOO_FEW =
        "opleiding '{track}' heeft {n} {n|student|studenten}; er kunnen er geen {remove} weg",
        "track '{track}' has {n} {n|student|students}; {remove} cannot leave";
    pub TRACK_TOO_FEW_DO =
        "Verwijder hoogstens zoveel studenten als de opleiding heeft, of gebruik remove_tracks.",
        "Remove at most as many students as the track has, or use remove_tracks.";

    pub AFTER_REMOVALS =
        "{file} (na wat het scenario weghaalt)",
        "{file} (after the scenario's removals)";
}
