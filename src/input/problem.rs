//! Input problems: a code, a place (file, line, column), the bad value and what to do.

use crate::lang::{self, problems as words, Said};
use std::fmt;

/// How serious a problem is: errors stop the run, warnings are reported and the run goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in the input, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub code: &'static str,
    pub severity: Severity,
    /// The offending cell or key value, as written.
    pub value: String,
    /// What is wrong, as a sentence in both languages.
    pub message: Said,
    /// What the user can do about it, as a sentence in both languages.
    pub action: Said,
}

impl Problem {
    /// Where the problem is, as the user finds it: `file:line:column`, or for a sheet of a
    /// workbook the cell as Excel names it (`book.xlsx, studenten!C5`).
    pub fn place(&self) -> String {
        match self.file.split_once(".xlsx!") {
            Some((book, sheet)) => format!(
                "{book}.xlsx, {sheet}!{}{}",
                column_letters(self.column),
                self.line
            ),
            None => format!("{}:{}:{}", self.file, self.line, self.column),
        }
    }
}

/// In the language of the run (`--lang`, `STAGEPLAN_LANG`, else Dutch).
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = lang::current();
        let kind = match self.severity {
            Severity::Error => words::ERROR.of(lang),
            Severity::Warning => words::WARNING.of(lang),
        };
        write!(
            f,
            "{}: {kind} {}: {}",
            self.place(),
            self.code,
            self.message.of(lang)
        )?;
        if !self.value.is_empty() {
            write!(f, " ({}: '{}')", words::VALUE.of(lang), self.value)?;
        }
        write!(
            f,
            "\n    {}: {}",
            words::WHAT_TO_DO.of(lang),
            self.action.of(lang)
        )
    }
}

/// Excel's name of a 1-based column: 1 is A, 27 is AA.
pub fn column_letters(mut column: usize) -> String {
    let mut letters = Vec::new();
    while column > 0 {
        let rest = (column - 1) % 26;
        letters.push(b'A' + rest as u8);
        column = (column - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Where a value sits in a file: the file name, 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl Place {
    /// A place in a file.
    pub fn new(file: &str, line: usize, column: usize) -> Place {
        Place {
            file: file.to_string(),
            line,
            column,
        }
    }
}

/// Collects every problem before anything is reported.
#[derive(Debug, Default, Clone)]
pub struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    /// Records an error.
    pub fn error(
        &mut self,
        code: &'static str,
        at: &Place,
        value: &str,
        message: Said,
        action: impl Into<Said>,
    ) {
        self.push(Severity::Error, code, at, value, message, action.into());
    }

    /// Records a warning.
    pub fn warning(
        &mut self,
        code: &'static str,
        at: &Place,
        value: &str,
        message: Said,
        action: impl Into<Said>,
    ) {
        self.push(Severity::Warning, code, at, value, message, action.into());
    }

    fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        at: &Place,
        value: &str,
        message: Said,
        action: Said,
    ) {
        self.list.push(Problem {
            file: at.file.clone(),
            line: at.line,
            column: at.column,
            code,
            severity,
            value: value.to_string(),
            message,
            action,
        });
    }

    /// True when at least one error (not just warnings) was found.
    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|p| p.severity == Severity::Error)
    }

    /// All problems in a stable order: by file, line and column.
    pub fn into_sorted(mut self) -> Vec<Problem> {
        self.list.sort();
        self.list.dedup();
        self.list
    }

    /// The problems as recorded.
    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.list.iter()
    }
}
