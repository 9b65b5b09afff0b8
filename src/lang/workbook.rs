//! The words of the Excel files: the template of `init` and `plan.xlsx`. Input column
//! names in Dutch are also read back (see `input::aliases`).

use super::w;
use super::Lang;
pub use super::Word;

/// Input sheets (in `init`'s template), named as the workbook reader knows them.
pub const SHEET_SCHOOLS: Word = w("scholen", "schools");
pub const SHEET_SUPERVISORS: Word = w("werkplekbegeleiders", "supervisors");
pub const SHEET_STUDENTS: Word = w("studenten", "students");
pub const SHEET_TRAVEL: Word = w("reistijden", "travel");
pub const SHEET_EXPLANATION: Word = w("uitleg", "explanation");

/// Input columns: (FORMAT.md name, Dutch name). English headers are the FORMAT names.
pub const INPUT_COLUMNS: [(&str, &str); 24] = [
    ("school_id", "schoolnummer"),
    ("name", "naam"),
    ("types", "soorten"),
    ("postcode", "postcode"),
    ("lat", "breedtegraad"),
    ("lon", "lengtegraad"),
    ("max_students", "max_studenten"),
    ("so_hours", "so_uren"),
    ("wpb_id", "wpb_nummer"),
    ("subjects", "vakken"),
    ("days", "dagen"),
    ("max_hours", "max_uren"),
    ("certified", "gecertificeerd"),
    ("student_id", "studentnummer"),
    ("track", "opleiding"),
    ("subject", "vak"),
    ("previous_schools", "vorige_scholen"),
    ("preferences", "voorkeuren"),
    ("excluded_schools", "uitgesloten_scholen"),
    ("paid_school", "betaalde_school"),
    ("paid_fte", "aanstelling_fte"),
    ("pinned_wpb", "vastgezette_wpb"),
    ("group", "groep"),
    ("minutes", "minuten"),
];

/// The header of an input column in `lang`.
pub fn input_column(name: &'static str, lang: Lang) -> &'static str {
    match lang {
        Lang::En => name,
        Lang::Nl => INPUT_COLUMNS
            .iter()
            .find(|(format, _)| *format == name)
            .map_or(name, |(_, nl)| nl),
    }
}

/// Sheets of plan.xlsx.
pub const SHEET_PLACEMENTS: Word = w("Plaatsingen", "Placements");
pub const SHEET_PER_SCHOOL: Word = w("Per school", "Per school");
pub const SHEET_PER_WPB: Word = w("Per WPB", "Per WPB");
pub const SHEET_UNPLACED: Word = w("Niet geplaatst", "Unplaced");
pub const SHEET_CHECKS: Word = w("Controles", "Checks");
pub const SHEET_SUMMARY: Word = w("Samenvatting", "Summary");
pub const SHEET_PER_INSTITUTE: Word = w("Per instituut en traject", "Per institute and track");
pub const GROUP_ID: Word = w("id", "id");
pub const GROUP_NAME: Word = w("naam", "name");
pub const INSTITUTE: Word = w("instituut", "institute");
pub const TRACK_KIND: Word = w("traject", "track");

/// Column headers of plan.xlsx.
pub const STUDENT_ID: Word = w("studentnummer", "student_id");
pub const STUDENT: Word = w("student", "student");
pub const TRACK: Word = w("opleiding", "track");
pub const SUBJECT: Word = w("vak", "subject");
pub const SCHOOL_ID: Word = w("schoolnummer", "school_id");
pub const SCHOOL: Word = w("school", "school");
pub const WPB_ID: Word = w("wpb_nummer", "wpb_id");
pub const WPB: Word = w("werkplekbegeleider", "supervisor");
pub const TRAVEL: Word = w("reistijd (min)", "travel (min)");
pub const ESTIMATED: Word = w("reistijd geschat", "travel estimated");
pub const WARNINGS: Word = w("waarschuwingen", "warnings");
/// The pin column that `solve --pins plan.xlsx` reads back.
pub const PIN: Word = w("vastzetten", "pin");
pub const STUDENTS: Word = w("studenten", "students");
pub const MAX_STUDENTS: Word = w("max studenten", "max students");
pub const SO_USED: Word = w("SO-uren gebruikt", "SO hours used");
pub const SO_AVAILABLE: Word = w("SO-uren beschikbaar", "SO hours available");
pub const HOURS_USED: Word = w("uren gebruikt", "hours used");
pub const MAX_HOURS: Word = w("max uren", "max hours");
pub const REASON_CODE: Word = w("redencode", "reason code");
pub const REASON: Word = w("reden", "reason");
pub const ACTION: Word = w("wat te doen", "what to do");
pub const CODE: Word = w("code", "code");
pub const PLACE: Word = w("plaats", "place");
pub const VALUE: Word = w("waarde", "value");
pub const MESSAGE: Word = w("melding", "message");
pub const FIGURE: Word = w("kengetal", "figure");
pub const AMOUNT: Word = w("waarde", "value");
pub const YES: Word = w("ja", "yes");
pub const NO: Word = w("nee", "no");
pub const NO_LIMIT: Word = w("geen grens", "no limit");

/// Rows of the Samenvatting sheet.
pub const F_STUDENTS: Word = w("studenten", "students");
pub const F_PLACED: Word = w("geplaatst", "placed");
pub const F_UNPLACED: Word = w("niet geplaatst", "unplaced");
pub const F_PLACED_SHARE: Word = w("aandeel geplaatst", "placed share");
pub const F_OBJECTIVE: Word = w("doelfunctie", "objective");
pub const F_BOUND: Word = w("ondergrens (bewezen)", "bound (proven)");
pub const F_GAP: Word = w("gat tot de ondergrens", "gap to the bound");
pub const F_STATUS: Word = w("status", "status");
pub const F_TRAVEL_MEAN: Word = w("reistijd gemiddeld (min)", "travel mean (min)");
pub const F_TRAVEL_P90: Word = w(
    "reistijd 90e percentiel (min)",
    "travel 90th percentile (min)",
);
pub const F_TRAVEL_MAX: Word = w("reistijd hoogste (min)", "travel max (min)");
pub const F_FIRST_CHOICE: Word = w("aandeel op eerste voorkeur", "share at first preference");
pub const F_TOP3: Word = w("aandeel in top 3 voorkeuren", "share within the top 3");
pub const F_OTHER_TYPE: Word = w(
    "aandeel ander schooltype dan vorige keer",
    "share at another school type",
);
pub const F_CERTIFIED: Word = w(
    "aandeel met gecertificeerde WPB",
    "share with a certified WPB",
);
pub const F_WARNINGS: Word = w("waarschuwingen bij de invoer", "input warnings");

#[cfg(test)]
mod tests {
    use super::INPUT_COLUMNS;

    #[test]
    fn every_dutch_input_header_reads_back_as_its_format_name() {
        for (format, nl) in INPUT_COLUMNS {
            assert_eq!(crate::input::canonical_header(nl), format, "{nl}");
        }
    }
}
