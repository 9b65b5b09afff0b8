//! Every word a user reads, in Dutch and English: one table per area, in this folder only.
//! Placeholders are `{name}` and are filled by `fill`; a translator edits these files only.

pub mod explain;
pub mod progress;
pub mod report;
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

/// Replaces each `{key}` in `template` by its value.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (key, value) in args {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}
