//! Input problems: a code, a place (file, line, column), the bad value and what to do.
//! A flood of one mistake is listed by its first few and counted, so that memory and the
//! report stay proportional to the input, not to the number of problems.

use crate::input::codes;
use crate::lang::{self, limits as flood, problems as words, Lang, Said};
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// How many problems of one code (and severity) are listed; the rest are counted. Twenty
/// show the pattern of a mistake; 500,000 copies of it help nobody.
pub const LISTED_PER_CODE: usize = 20;

/// Errors in one file after which the rest of that file is not read: by then the file
/// is the wrong one, or shifted, and more of the same says nothing new.
pub const ERRORS_BEFORE_GIVING_UP: usize = 1_000;

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
    /// 0 for a problem; otherwise this entry stands for that many further problems of its
    /// code that are counted but not listed ("… and 499,980 more W004").
    pub more: usize,
}

impl Problem {
    /// Where the problem is, as the user finds it: `file:line:column`, or for a sheet of a
    /// workbook the cell as Excel names it (`book.xlsx, studenten!C5`). A count of further
    /// problems is placed by its file only.
    pub fn place(&self) -> String {
        if self.more > 0 {
            return self.file.clone();
        }
        match self.file.split_once(".xlsx!") {
            Some((book, sheet)) => format!(
                "{book}.xlsx, {sheet}!{}{}",
                column_letters(self.column),
                self.line
            ),
            None => format!("{}:{}:{}", self.file, self.line, self.column),
        }
    }

    /// How many problems this entry stands for: 1, or the count of those not listed.
    pub fn count(&self) -> usize {
        self.more.max(1)
    }
}

/// How many problems a list stands for, those counted but not listed included.
pub fn total(problems: &[Problem]) -> usize {
    problems.iter().map(Problem::count).sum()
}

impl Problem {
    /// The problem as the terminal and problems.txt show it, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = self.write(&mut out, lang);
        out
    }

    fn write(&self, f: &mut impl fmt::Write, lang: Lang) -> fmt::Result {
        if self.more > 0 {
            return write!(f, "{}", self.message.of(lang));
        }
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

/// In Dutch, the default language; who knows the reader's language uses [`Problem::text`].
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, Lang::default())
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

/// A sentence about `n` problems (of `code`), each language grouping the thousands its way.
fn in_both(word: &lang::Word, n: usize, code: &str) -> Said {
    let say = |l| {
        word.with_lang(
            l,
            &[("n", lang::thousands(n, l)), ("code", code.to_string())],
        )
    };
    Said {
        nl: say(lang::Lang::Nl),
        en: say(lang::Lang::En),
    }
}

/// The problems of one code: how many were found, and the file of the first.
#[derive(Debug, Clone)]
struct Tally {
    found: usize,
    first_file: String,
}

/// Collects every problem before anything is reported: the first [`LISTED_PER_CODE`] of
/// each code are kept, all are counted.
#[derive(Debug, Default, Clone)]
pub struct Problems {
    list: Vec<Problem>,
    tally: BTreeMap<(&'static str, Severity), Tally>,
    errors_in: HashMap<String, usize>,
    errors: usize,
    aside: super::aside::Aside,
}

impl Problems {
    /// Records a problem: an error for an E code, a warning for a W code (the code
    /// table decides, so a call cannot say otherwise).
    pub fn record(
        &mut self,
        code: &'static str,
        at: &Place,
        value: &str,
        message: Said,
        action: impl Into<Said>,
    ) {
        let severity = if code.starts_with('W') {
            Severity::Warning
        } else {
            Severity::Error
        };
        self.push(severity, code, at, value, message, action.into());
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
        let problem = Problem {
            file: at.file.clone(),
            line: at.line,
            column: at.column,
            code,
            severity,
            value: value.to_string(),
            message,
            action,
            more: 0,
        };
        let tally = self.tally.entry((code, severity)).or_insert(Tally {
            found: 0,
            first_file: at.file.clone(),
        });
        if tally.found < LISTED_PER_CODE {
            // The same problem found twice (two checks of one cell) is one problem.
            if self.list.iter().any(|p| p == &problem) {
                return;
            }
            self.list.push(problem);
        }
        tally.found += 1;
        if severity == Severity::Error {
            self.errors += 1;
            self.count_error_in(&at.file);
        }
    }

    /// Counts an error of `file`; at [`ERRORS_BEFORE_GIVING_UP`] says that its reading stops.
    fn count_error_in(&mut self, file: &str) {
        let n = self.errors_in.entry(file.to_string()).or_default();
        *n += 1;
        if *n == ERRORS_BEFORE_GIVING_UP {
            self.list.push(Problem {
                file: file.to_string(),
                line: usize::MAX,
                column: 1,
                code: codes::E008,
                severity: Severity::Error,
                value: String::new(),
                message: in_both(&flood::GAVE_UP, ERRORS_BEFORE_GIVING_UP, ""),
                action: in_both(&flood::GAVE_UP_DO, ERRORS_BEFORE_GIVING_UP, ""),
                more: 0,
            });
        }
    }

    /// `typed` at `at` was matched to `id` once its leading zeros were restored; said
    /// once per file and column (W011).
    pub fn restored(&mut self, at: &Place, column: &str, typed: &str, id: &str) {
        self.aside.restored(at, column, typed, id);
    }

    /// A problem in `about` that only follows from `cause` being unreadable: counted in
    /// the error about `cause`, not listed.
    pub fn follows(&mut self, cause: &str, about: &str) {
        self.aside.follows(cause, about);
    }

    /// Takes over the problems of `other` (collected apart to be judged as a whole).
    pub fn absorb(&mut self, other: Problems) {
        let mut listed: BTreeMap<(&'static str, Severity), usize> = BTreeMap::new();
        for p in other.list {
            *listed.entry((p.code, p.severity)).or_default() += 1;
            let at = Place::new(&p.file, p.line, p.column);
            self.push(p.severity, p.code, &at, &p.value, p.message, p.action);
        }
        for ((code, severity), tally) in other.tally {
            let unlisted = tally.found - listed.get(&(code, severity)).copied().unwrap_or(0);
            let mine = self.tally.entry((code, severity)).or_insert(Tally {
                found: 0,
                first_file: tally.first_file,
            });
            mine.found += unlisted;
            if severity == Severity::Error {
                self.errors += unlisted;
            }
        }
        self.aside.merge(other.aside);
    }

    /// True once `file` has so many errors that reading more of it is pointless.
    pub fn gave_up(&self, file: &str) -> bool {
        self.errors_in
            .get(file)
            .is_some_and(|&n| n >= ERRORS_BEFORE_GIVING_UP)
    }

    /// True when at least one error (not just warnings) was found.
    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }

    /// How many errors were found, listed or not.
    pub fn error_count(&self) -> usize {
        self.errors
    }

    /// All problems in a stable order: by file, line and column; after the listed ones of
    /// each code, one entry that counts the rest.
    pub fn into_sorted(mut self) -> Vec<Problem> {
        for (at, value, message, action) in self.aside.zero_notes() {
            self.record(codes::W011, &at, &value, message, action);
        }
        self.aside.annotate(&mut self.list);
        for ((code, severity), tally) in &self.tally {
            let more = tally.found.saturating_sub(LISTED_PER_CODE);
            if more == 0 {
                continue;
            }
            self.list.push(Problem {
                file: tally.first_file.clone(),
                line: usize::MAX,
                column: usize::MAX,
                code,
                severity: *severity,
                value: String::new(),
                message: in_both(&flood::AND_MORE, more, code),
                action: (&flood::AND_MORE_DO).into(),
                more,
            });
        }
        self.list.sort();
        self.list.dedup();
        self.list
    }

    /// The problems as recorded (the listed ones; see [`Problems::error_count`]).
    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.list.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records a problem of `code` on data row `row` of `file`.
    fn at_row(p: &mut Problems, code: &'static str, file: &str, row: usize) {
        let at = Place::new(file, row + 2, 1);
        p.record(code, &at, "x", Said::plain("wrong"), Said::plain("fix"));
    }

    fn flood(n: usize) -> Problems {
        let mut p = Problems::default();
        for row in 0..n {
            at_row(&mut p, codes::W004, "travel.csv", row);
        }
        p
    }

    #[test]
    fn a_flood_of_one_code_is_listed_by_its_first_twenty_and_counted() {
        let list = flood(500_000).into_sorted();
        assert_eq!(list.len(), LISTED_PER_CODE + 1);
        assert_eq!(total(&list), 500_000);
        let last = list.last().unwrap();
        assert_eq!(last.more, 499_980);
        assert_eq!(last.message.en, "… and 499,980 more W004");
        assert_eq!(last.message.nl, "… en nog 499.980 keer W004");
    }

    #[test]
    fn a_file_with_a_thousand_errors_is_given_up() {
        let mut p = Problems::default();
        for row in 0..ERRORS_BEFORE_GIVING_UP {
            assert!(!p.gave_up("students.csv"));
            at_row(&mut p, codes::E010, "students.csv", row);
        }
        assert!(p.gave_up("students.csv"));
        assert!(!p.gave_up("schools.csv"));
        let list = p.into_sorted();
        assert!(list.iter().any(|x| x.code == codes::E008));
        assert_eq!(total(&list), ERRORS_BEFORE_GIVING_UP + 1);
    }
}
