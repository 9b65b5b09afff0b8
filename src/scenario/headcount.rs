//! `add_to_track` and `remove_from_track`: how many students, as a number or a share of a
//! track's students.

use super::reader::Reader;
use super::{Headcount, Located};
use crate::lang::{scenario as say, Said};
use std::collections::BTreeMap;
use toml::Spanned;

/// Most students one key adds to a track: a typo must not make a million students.
pub const MOST_ADDED: u32 = 10_000;
/// Largest share one key adds, in percent.
const MOST_ADDED_PERCENT: f64 = 1000.0;

/// The values of `add_to_track` or `remove_from_track`, by track, as written.
pub(super) type RawHeadcounts = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

/// `20` (students) or `"20%"` (of the track), with its range checked.
fn headcount(value: &toml::Value, remove: bool) -> Option<Headcount> {
    let most_percent = if remove { 100.0 } else { MOST_ADDED_PERCENT };
    match value {
        toml::Value::Integer(n) if (0..=MOST_ADDED as i64).contains(n) => {
            Some(Headcount::Students(*n as u32))
        }
        toml::Value::Float(x) if x.fract() == 0.0 && (0.0..=MOST_ADDED as f64).contains(x) => {
            Some(Headcount::Students(*x as u32))
        }
        toml::Value::String(text) => {
            let number = text.trim().strip_suffix('%')?.trim().replace(',', ".");
            let plain = number.chars().all(|c| c.is_ascii_digit() || c == '.');
            let percent: f64 = number.parse().ok().filter(|_| plain)?;
            (percent <= most_percent).then_some(Headcount::Share(percent / 100.0))
        }
        _ => None,
    }
}

impl Reader<'_> {
    /// The headcount per track of `key`; every bad value is an E052 at its place.
    pub fn headcounts(
        &mut self,
        raw: &Option<RawHeadcounts>,
        key: &str,
        remove: bool,
    ) -> Vec<(Located<String>, Headcount)> {
        let mut out = Vec::new();
        for (track, value) in raw.iter().flatten() {
            match headcount(value.get_ref(), remove) {
                Some(h) => out.push((self.located(track), h)),
                None => {
                    let at = self.place(value.span().start);
                    let most = if remove {
                        "100%".to_string()
                    } else {
                        format!("{MOST_ADDED} / {MOST_ADDED_PERCENT}%")
                    };
                    let message = say::HEADCOUNT.say_in(&[
                        ("key", &Said::plain(key)),
                        ("track", &Said::plain(track.get_ref())),
                        ("most", &say::HEADCOUNT_MOST.say(&[("most", most)])),
                    ]);
                    let shown = match value.get_ref() {
                        toml::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    self.bad(&at, &shown, message, &say::HEADCOUNT_DO);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headcount_is_a_whole_number_or_a_percentage_in_range() {
        let n = |v: toml::Value, remove| headcount(&v, remove);
        assert_eq!(n(20.into(), false), Some(Headcount::Students(20)));
        assert_eq!(n("20%".into(), false), Some(Headcount::Share(0.2)));
        assert_eq!(n(" 2,5 % ".into(), true), Some(Headcount::Share(0.025)));
        assert_eq!(n("150%".into(), false), Some(Headcount::Share(1.5)));
        assert_eq!(n("150%".into(), true), None, "no more than all can leave");
        assert_eq!(n((-1).into(), false), None);
        assert_eq!(n(2.5.into(), false), None);
        assert_eq!(
            n("20".into(), false),
            None,
            "a number in quotes is not a share"
        );
        assert_eq!(n("-5%".into(), true), None);
        assert_eq!(n(true.into(), false), None);
        assert_eq!(n(20_000.into(), false), None);
    }
}
