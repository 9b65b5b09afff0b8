//! Characters that neither Excel nor the eye shows, pasted in from web pages and Word: a
//! zero-width space inside `S1` makes another id, and a plan.csv that no one can match.
//! In the cells that are matched against other cells (ids, tracks, subjects, days), they
//! are removed and look-alike spaces become plain spaces, with warning W006 naming the
//! cell: the value then means what the user sees.

/// The columns whose values are compared with other values; elsewhere (names, postcodes)
/// an invisible character is harmless and kept.
pub const MATCHED_COLUMNS: [&str; 15] = [
    "school_id",
    "wpb_id",
    "student_id",
    "track",
    "subject",
    "subjects",
    "types",
    "days",
    "previous_schools",
    "preferences",
    "excluded_schools",
    "paid_school",
    "pinned_wpb",
    "group",
    "minutes",
];

/// Characters that take no space: zero-width space, joiners, word joiner, byte-order
/// mark, soft hyphen, and the marks that set the writing direction.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}'
        | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Spaces that look like a space but are not one: non-breaking, figure, thin and the like.
fn is_look_alike_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// The text with invisible characters removed and look-alike spaces made plain, trimmed;
/// `None` when there was nothing to clean.
pub fn clean(text: &str) -> Option<String> {
    if !text
        .chars()
        .any(|c| is_invisible(c) || is_look_alike_space(c))
    {
        return None;
    }
    let cleaned: String = text
        .chars()
        .filter(|&c| !is_invisible(c))
        .map(|c| if is_look_alike_space(c) { ' ' } else { c })
        .collect();
    Some(cleaned.trim().to_string())
}

/// The text with every cleaned character shown by its code, `S<U+200B>1`, so that the
/// message shows what was there.
pub fn shown(text: &str) -> String {
    text.chars()
        .map(|c| {
            if is_invisible(c) || is_look_alike_space(c) {
                format!("<U+{:04X}>", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_go_and_look_alike_spaces_become_spaces() {
        assert_eq!(clean("S1"), None);
        assert_eq!(clean("S\u{200B}1").as_deref(), Some("S1"));
        assert_eq!(clean("\u{FEFF}S1").as_deref(), Some("S1"));
        assert_eq!(
            clean("lichamelijke\u{A0}opvoeding").as_deref(),
            Some("lichamelijke opvoeding")
        );
        assert_eq!(clean("S1\u{A0}").as_deref(), Some("S1"));
        assert_eq!(shown("S\u{200B}1"), "S<U+200B>1");
    }
}
