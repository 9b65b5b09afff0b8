//! "Did you mean …?": the known id closest to an unknown one, so a typo (`S01` for `S001`,
//! `hr-vt1` for `HR-VT1`) is fixed from the message instead of by searching the files.

use crate::lang::problems as say;
use crate::lang::Said;

/// The known id nearest to `id` by edits (case ignored), when it is near enough to be a typo
/// (at most one edit per three characters, at least one) and no other id is as near.
pub fn closest<'a>(id: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = id.to_lowercase();
    let most = (wanted.chars().count() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    let mut tied = false;
    for candidate in known {
        let d = strsim::levenshtein(&wanted, &candidate.to_lowercase());
        if d > most {
            continue;
        }
        match best {
            Some((b, _)) if d > b => {}
            Some((b, other)) if d == b => tied |= other != candidate,
            _ => {
                best = Some((d, candidate));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied).map(|(_, c)| c)
}

/// `message`, followed by "did you mean '…'?" when a known id is near `id`.
pub fn with_hint<'a>(message: Said, id: &str, known: impl IntoIterator<Item = &'a str>) -> Said {
    match closest(id, known) {
        Some(near) => Said::joined(
            &[message, say::DID_YOU_MEAN.say(&[("id", near.to_string())])],
            " ",
        ),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_is_matched_to_the_one_id_it_is_near() {
        let known = ["S001", "S002", "HR-VT1", "BG0014"];
        assert_eq!(closest("S00", known), None, "S001 and S002 are as near");
        assert_eq!(closest("S01", known), Some("S001"));
        assert_eq!(closest("hr-vt1", known), Some("HR-VT1"));
        assert_eq!(closest("HR-VT", known), Some("HR-VT1"));
        assert_eq!(closest("BG014", known), Some("BG0014"));
        assert_eq!(closest("Fries", known), None);
        assert_eq!(closest("S999", known), None);
    }

    #[test]
    fn the_hint_is_said_in_both_languages_only_when_an_id_is_near() {
        let plain = Said::plain("x");
        assert_eq!(with_hint(plain.clone(), "Fries", ["S001"]), plain);
        let hinted = with_hint(plain, "s001", ["S001"]);
        assert!(hinted.en.contains("did you mean 'S001'?"), "{}", hinted.en);
        assert!(hinted.nl.contains("bedoelt u 'S001'?"), "{}", hinted.nl);
    }
}
