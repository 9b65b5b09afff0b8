//! Column names as Dutch users write them, mapped to the names of FORMAT.md. One table,
//! for CSV files and Excel sheets alike; names are compared lower-case, with spaces and
//! dashes read as `_`.

/// (alias, FORMAT.md column name).
const ALIASES: [(&str, &str); 38] = [
    ("schoolnummer", "school_id"),
    ("schoolcode", "school_id"),
    ("naam", "name"),
    ("soorten", "types"),
    ("schoolsoorten", "types"),
    ("schooltypen", "types"),
    ("max_studenten", "max_students"),
    ("maximum_studenten", "max_students"),
    ("so_uren", "so_hours"),
    ("schoolopleider_uren", "so_hours"),
    ("wpb", "wpb_id"),
    ("wpb_nummer", "wpb_id"),
    ("wpb_code", "wpb_id"),
    ("vakken", "subjects"),
    ("dagen", "days"),
    ("aanwezig", "days"),
    ("max_uren", "max_hours"),
    ("maximum_uren", "max_hours"),
    ("gecertificeerd", "certified"),
    ("studentnummer", "student_id"),
    ("opleiding", "track"),
    ("traject", "track"),
    ("vak", "subject"),
    ("breedtegraad", "lat"),
    ("lengtegraad", "lon"),
    ("vorige_scholen", "previous_schools"),
    ("eerdere_scholen", "previous_schools"),
    ("voorkeuren", "preferences"),
    ("voorkeur", "preferences"),
    ("uitgesloten_scholen", "excluded_schools"),
    ("betaalde_school", "paid_school"),
    ("aanstelling_school", "paid_school"),
    ("aanstelling_fte", "paid_fte"),
    ("vastgezette_wpb", "pinned_wpb"),
    ("vaste_wpb", "pinned_wpb"),
    ("groep", "group"),
    ("reistijd", "minutes"),
    ("minuten", "minutes"),
];

/// The FORMAT.md name of a header cell: the alias resolved, or the name itself. Invisible
/// characters pasted into a header do not make it another column.
pub fn canonical(header: &str) -> String {
    let cleaned = super::invisible::clean(header);
    let key: String = cleaned
        .as_deref()
        .unwrap_or(header)
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect();
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == key)
        .map_or(key, |(_, name)| name.to_string())
}

/// True for a column name of the data contract (FORMAT.md), in any table: a column the
/// reader uses, so that naming it twice is an error, not a choice.
pub fn is_known(name: &str) -> bool {
    crate::lang::workbook::INPUT_COLUMNS
        .iter()
        .any(|(format, _)| *format == name)
}

#[cfg(test)]
mod tests {
    use super::canonical;

    #[test]
    fn dutch_headers_read_as_the_format_names() {
        for (header, name) in [
            (" Studentnummer ", "student_id"),
            ("Vorige scholen", "previous_schools"),
            ("\u{feff}SO-uren", "so_hours"),
            ("student\u{200b}_id", "student_id"),
            ("student_id", "student_id"),
            ("Unknown Column", "unknown_column"),
        ] {
            assert_eq!(canonical(header), name, "{header:?}");
        }
    }
}
