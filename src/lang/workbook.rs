//! The words of the Excel files: the template of `init` and `plan.xlsx`. Input column
//! names in Dutch are also read back (see `input::aliases`).

/// Yes and no as every file says them (the diagnosis too).
pub use super::diagnosis::{NO, YES};
use super::Lang;
pub use super::Word;

words! {
    /// Input sheets (in `init`'s template), named as the workbook reader knows them.
    pub SHEET_SCHOOLS =
        "scholen",
        "schools";
    pub SHEET_SUPERVISORS =
        "werkplekbegeleiders",
        "supervisors";
    pub SHEET_STUDENTS =
        "studenten",
        "students";
    pub SHEET_TRAVEL =
        "reistijden",
        "travel";
    pub SHEET_EXPLANATION =
        "uitleg",
        "explanation";

    /// Sheets of plan.xlsx.
    pub SHEET_PLACEMENTS =
        "Plaatsingen",
        "Placements";
    pub SHEET_PER_SCHOOL =
        "Per school",
        "Per school";
    pub SHEET_PER_WPB =
        "Per WPB",
        "Per WPB";
    pub SHEET_UNPLACED =
        "Niet geplaatst",
        "Unplaced";
    pub SHEET_CHECKS =
        "Controles",
        "Checks";
    pub SHEET_SUMMARY =
        "Samenvatting",
        "Summary";
    pub SHEET_PER_INSTITUTE =
        "Per instituut en traject",
        "Per institute and track";
    pub GROUP_ID =
        "id",
        "id";
    pub GROUP_NAME =
        "naam",
        "name";
    pub INSTITUTE =
        "instituut",
        "institute";
    pub TRACK_KIND =
        "traject",
        "track";

    /// Column headers of plan.xlsx.
    pub STUDENT_ID =
        "studentnummer",
        "student_id";
    pub STUDENT =
        "student",
        "student";
    pub TRACK =
        "opleiding",
        "track";
    pub SUBJECT =
        "vak",
        "subject";
    pub SCHOOL_ID =
        "schoolnummer",
        "school_id";
    pub SCHOOL =
        "school",
        "school";
    pub WPB_ID =
        "wpb_nummer",
        "wpb_id";
    pub WPB =
        "werkplekbegeleider",
        "supervisor";
    pub TRAVEL =
        "reistijd (min)",
        "travel (min)";
    pub ESTIMATED =
        "reistijd geschat",
        "travel estimated";
    pub WARNINGS =
        "waarschuwingen",
        "warnings";
    /// The pin column that `solve --pins plan.xlsx` reads back.
    pub PIN =
        "vastzetten",
        "pin";
    pub STUDENTS =
        "studenten",
        "students";
    pub MAX_STUDENTS =
        "max studenten",
        "max students";
    pub SO_USED =
        "SO-uren gebruikt",
        "SO hours used";
    pub SO_AVAILABLE =
        "SO-uren beschikbaar",
        "SO hours available";
    pub HOURS_USED =
        "uren gebruikt",
        "hours used";
    pub MAX_HOURS =
        "max uren",
        "max hours";
    pub REASON_CODE =
        "redencode",
        "reason code";
    pub REASON =
        "reden",
        "reason";
    pub ACTION =
        "wat te doen",
        "what to do";
    pub CODE =
        "code",
        "code";
    pub PLACE =
        "plaats",
        "place";
    pub VALUE =
        "waarde",
        "value";
    pub MESSAGE =
        "melding",
        "message";
    pub FIGURE =
        "kengetal",
        "figure";
    pub AMOUNT =
        "waarde",
        "value";
    pub NO_LIMIT =
        "geen grens",
        "no limit";

    /// Rows of the Samenvatting sheet.
    pub F_STUDENTS =
        "studenten",
        "students";
    pub F_PLACED =
        "geplaatst",
        "placed";
    pub F_UNPLACED =
        "niet geplaatst",
        "unplaced";
    pub F_PLACED_SHARE =
        "aandeel geplaatst",
        "placed share";
    pub F_OBJECTIVE =
        "doelfunctie",
        "objective";
    pub F_BOUND =
        "ondergrens (bewezen)",
        "bound (proven)";
    pub F_GAP =
        "gat tot de ondergrens",
        "gap to the bound";
    pub F_STATUS =
        "status",
        "status";
    pub F_TRAVEL_MEAN =
        "reistijd gemiddeld (min)",
        "travel mean (min)";
    pub F_TRAVEL_P90 =
        "reistijd 90e percentiel (min)",
        "travel 90th percentile (min)";
    pub F_TRAVEL_MAX =
        "reistijd hoogste (min)",
        "travel max (min)";
    pub F_FIRST_CHOICE =
        "aandeel op eerste voorkeur",
        "share at first preference";
    pub F_TOP3 =
        "aandeel in top 3 voorkeuren",
        "share within the top 3";
    pub F_OTHER_TYPE =
        "aandeel ander schooltype dan vorige keer",
        "share at another school type";
    pub F_CERTIFIED =
        "aandeel met gecertificeerde WPB",
        "share with a certified WPB";
    pub F_WARNINGS =
        "waarschuwingen bij de invoer",
        "input warnings";
}

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
