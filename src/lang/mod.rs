//! Every word a user reads, in Dutch and English: one table per area, in this folder only.
//! Placeholders are `{name}` and are filled by `fill`; a translator edits these files only.

/// A table of words: each entry `NAME = "Dutch", "English";` becomes a `Word` const, and
/// `ALL` lists them all for the test that both languages name the same placeholders, so a
/// new sentence is tested without being named twice.
macro_rules! words {
    ($($(#[$doc:meta])* $vis:vis $name:ident = $nl:literal, $en:literal;)*) => {
        $($(#[$doc])* $vis const $name: $crate::lang::Word = $crate::lang::w($nl, $en);)*

        /// Every sentence of this table, for the test of its placeholders.
        pub const ALL: &[&$crate::lang::Word] = &[$(&$name),*];
    };
}

pub mod checker;
pub mod cli;
pub mod diagnosis;
pub mod explain;
pub mod init;
pub mod limits;
pub mod problems;
pub mod progress;
pub mod repair;
pub mod report;
pub mod scenario;
pub mod solve;
pub mod transit;
pub mod workbook;

/// The language of messages, headers and reports: Dutch by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// Reads `nl` or `en`.
    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_lowercase().as_str() {
            "nl" | "nederlands" | "dutch" => Some(Lang::Nl),
            "en" | "english" | "engels" => Some(Lang::En),
            _ => None,
        }
    }

    /// The sentence table of `explain` and the diagnosis in this language.
    pub fn text(self) -> &'static explain::Text {
        match self {
            Lang::Nl => &explain::NL,
            Lang::En => &explain::EN,
        }
    }
}

/// A word of a table: Dutch first, then English.
pub(crate) const fn w(nl: &'static str, en: &'static str) -> Word {
    Word { nl, en }
}

/// One word or sentence in both languages; `{name}` placeholders are filled by `fill`.
#[derive(Debug, PartialEq, Eq)]
pub struct Word {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Word {
    /// The word in `lang`.
    pub fn of(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }

    /// The sentence with its placeholders filled, in both languages.
    pub fn say(&self, args: &[(&str, String)]) -> Said {
        Said {
            nl: fill(self.nl, args),
            en: fill(self.en, args),
        }
    }

    /// The sentence with placeholders filled by sentences, each in its own language.
    pub fn say_in(&self, args: &[(&str, &Said)]) -> Said {
        let pick = |lang: Lang| -> Vec<(&str, String)> {
            args.iter()
                .map(|(k, v)| (*k, v.of(lang).to_string()))
                .collect()
        };
        Said {
            nl: fill(self.nl, &pick(Lang::Nl)),
            en: fill(self.en, &pick(Lang::En)),
        }
    }

    /// The sentence filled, in `lang`.
    pub fn with_lang(&self, lang: Lang, args: &[(&str, String)]) -> String {
        fill(self.of(lang), args)
    }
}

/// A filled sentence in both languages, for messages made before the language of their
/// reader is known (input problems end up on stderr, in plan.xlsx and in report.html).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Said {
    pub nl: String,
    pub en: String,
}

impl Said {
    /// The sentence in `lang`.
    pub fn of(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    /// Text that reads the same in both languages: an id, a file name, a library's message.
    pub fn plain(text: &str) -> Said {
        Said {
            nl: text.to_string(),
            en: text.to_string(),
        }
    }

    /// Sentences joined by `sep`, each language with its own.
    pub fn joined(parts: &[Said], sep: &str) -> Said {
        let join = |lang: Lang| -> String {
            parts
                .iter()
                .map(|p| p.of(lang))
                .collect::<Vec<_>>()
                .join(sep)
        };
        Said {
            nl: join(Lang::Nl),
            en: join(Lang::En),
        }
    }

    /// True when there is nothing to say.
    pub fn is_empty(&self) -> bool {
        self.nl.is_empty() || self.en.is_empty()
    }
}

impl From<&Word> for Said {
    fn from(w: &Word) -> Said {
        w.say(&[])
    }
}

/// A whole number with thousands grouped as each language writes them: 499.980 and 499,980.
/// The model source of a run that read no model file: the HOS model built into stageplan.
pub const BUILT_IN_MODEL: &str = "built-in models/hos.toml";

/// Where the model came from, in words: a file as given, or the built-in model.
pub fn model_source(source: &str, lang: Lang) -> String {
    match (source, lang) {
        (BUILT_IN_MODEL, Lang::Nl) => "ingebouwd models/hos.toml".to_string(),
        _ => source.to_string(),
    }
}

pub fn thousands(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let mark = match lang {
        Lang::Nl => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(mark);
        }
        out.push(d);
    }
    out
}

/// A number as plain text, the same in every language and file: whole numbers without
/// decimals, others with at most 6.
pub fn number(x: f64) -> String {
    let r = (x * 1e6).round() / 1e6;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r}")
    }
}

/// Replaces each `{key}` in `template` by its value.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (key, value) in args {
        out = out.replace(&format!("{{{key}}}"), value);
        out = plurals(&out, key, value);
    }
    out
}

/// `{key|one|many}` becomes `one` when `key`'s value is 1, else `many`: "1 knelpunt",
/// "3 knelpunten", never "knelpunt(en)".
fn plurals(text: &str, key: &str, value: &str) -> String {
    let open = format!("{{{key}|");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(&open) {
        let Some(end) = rest[i..].find('}') else {
            break;
        };
        out.push_str(&rest[..i]);
        let forms = &rest[i + open.len()..i + end];
        let (one, many) = forms.split_once('|').unwrap_or((forms, forms));
        out.push_str(if value.trim() == "1" { one } else { many });
        rest = &rest[i + end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{name}` placeholders of a template, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .map(|name| name.split('|').next().unwrap_or(name))
            .filter(|name| name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
            .collect();
        // A plural names its number twice: `{n} {n|knelpunt|knelpunten}`.
        names.sort_unstable();
        names.dedup();
        names
    }

    #[test]
    fn every_sentence_names_the_same_placeholders_in_both_languages() {
        let tables = [
            problems::ALL,
            limits::ALL,
            init::ALL,
            progress::ALL,
            workbook::ALL,
            cli::ALL,
            checker::ALL,
            diagnosis::ALL,
            report::ALL,
            transit::ALL,
            solve::ALL,
            repair::ALL,
            scenario::ALL,
        ];
        for word in tables.iter().flat_map(|t| t.iter()) {
            assert!(!word.nl.is_empty() && !word.en.is_empty(), "{word:?}");
            assert_eq!(placeholders(word.nl), placeholders(word.en), "{word:?}");
        }
        assert!(
            problems::ALL.len() > 100,
            "every problem sentence is listed"
        );
    }

    #[test]
    fn a_plural_follows_its_number() {
        let t = "{n} {n|knelpunt|knelpunten}, {m} {m|voorstel|voorstellen}";
        let said = fill(t, &[("n", "1".into()), ("m", "3".into())]);
        assert_eq!(said, "1 knelpunt, 3 voorstellen");
        assert_eq!(
            fill(t, &[("n", "0".into())]),
            "0 knelpunten, {m} {m|voorstel|voorstellen}"
        );
    }

    #[test]
    fn a_sentence_is_filled_in_each_language_with_its_own_parts() {
        let why: Said = (&problems::ABOVE_ZERO).into();
        let said = problems::SCENARIO_AMOUNT.say_in(&[("key", &Said::plain("x")), ("least", &why)]);
        assert_eq!(said.nl, "'x' moet een getal boven 0 zijn");
        assert_eq!(said.en, "'x' must be a number above 0");
    }
}
