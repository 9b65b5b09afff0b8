//! A pair's journey in words, from the summary travel.csv carries: "52 min: walk 6, bus 24,
//! tram 9, walk 4 (first departure 07:42; bus 23, tram 9)", for explain and report.html.

use crate::domain::Instance;
use crate::lang::transit as say;
use crate::lang::Lang;

/// A `|` list of `word rest` parts (`walk 6|bus 24`), the words in `lang`.
fn parts(cell: &str, lang: Lang) -> String {
    cell.split('|')
        .filter(|p| !p.trim().is_empty())
        .map(|p| match p.trim().split_once(' ') {
            Some((word, rest)) => format!("{} {rest}", say::leg_word(word, lang)),
            None => say::leg_word(p.trim(), lang).to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The journey of student `s` to school `c` in words, when travel.csv describes it.
pub fn journey(instance: &Instance, s: usize, c: usize, lang: Lang) -> Option<String> {
    let j = instance.journeys.get(&(s, c))?;
    let minutes = instance
        .travel
        .minutes(s, c)
        .map_or_else(|| "?".to_string(), |m| m.to_string());
    let mut text = say::JOURNEY.with_lang(
        lang,
        &[("minutes", minutes), ("legs", parts(&j.legs, lang))],
    );
    if !j.first_departure.is_empty() {
        text += &say::JOURNEY_DETAILS.with_lang(
            lang,
            &[
                ("departure", j.first_departure.to_string()),
                ("lines", parts(&j.lines, lang)),
            ],
        );
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legs_are_said_in_the_language_of_the_reader() {
        assert_eq!(
            parts("walk 6|bus 24|wait 3|train IC2 9|walk 4", Lang::Nl),
            "lopen 6, bus 24, wachten 3, trein IC2 9, lopen 4"
        );
        assert_eq!(parts("bike 23", Lang::En), "bike 23");
    }
}
