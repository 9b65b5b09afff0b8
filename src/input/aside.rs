//! What is said once instead of per row: ids matched after restoring their leading zeros
//! (one W011 per sheet and column), and problems that follow from a file that could not
//! be read (not listed; the error that caused them says how many there were).

use super::naming::table_name;
use super::problem::{Place, Problem};
use crate::lang::{problems as say, thousands, Lang, Said};
use std::collections::{BTreeMap, BTreeSet};

/// A count as each language groups its thousands: 3.000 and 3,000.
pub fn count(n: usize) -> Said {
    Said {
        nl: thousands(n, Lang::Nl),
        en: thousands(n, Lang::En),
    }
}

/// Ids of one column matched to an id with leading zeros: how many, and the first.
#[derive(Debug, Clone)]
struct Zeros {
    n: usize,
    at: Place,
    typed: String,
    id: String,
}

/// The problems kept aside while reading, said once at the end.
#[derive(Debug, Clone, Default)]
pub struct Aside {
    /// (file, column as shown) -> the matches.
    zeros: BTreeMap<(String, String), Zeros>,
    /// The file that could not be read -> how many problems followed, and in which files.
    suppressed: BTreeMap<String, (usize, BTreeSet<String>)>,
}

impl Aside {
    /// `typed` at `at` (in `column`) was matched to `id` by restoring its leading zeros.
    pub fn restored(&mut self, at: &Place, column: &str, typed: &str, id: &str) {
        self.zeros
            .entry((at.file.clone(), column.to_string()))
            .or_insert_with(|| Zeros {
                n: 0,
                at: at.clone(),
                typed: typed.to_string(),
                id: id.to_string(),
            })
            .n += 1;
    }

    /// A problem in `about` that only follows from `cause` not being readable.
    pub fn follows(&mut self, cause: &str, about: &str) {
        let entry = self.suppressed.entry(cause.to_string()).or_default();
        entry.0 += 1;
        entry.1.insert(about.to_string());
    }

    /// Takes over what `other` kept aside.
    pub fn merge(&mut self, other: Aside) {
        for (key, z) in other.zeros {
            match self.zeros.get_mut(&key) {
                Some(mine) => mine.n += z.n,
                None => {
                    self.zeros.insert(key, z);
                }
            }
        }
        for (cause, (n, about)) in other.suppressed {
            let mine = self.suppressed.entry(cause).or_default();
            mine.0 += n;
            mine.1.extend(about);
        }
    }

    /// One W011 per sheet and column: where the first match is, the typed value, what
    /// happened and what to do.
    pub fn zero_notes(&self) -> Vec<(Place, String, Said, Said)> {
        self.zeros
            .iter()
            .map(|((_, column), z)| {
                (
                    z.at.clone(),
                    z.typed.clone(),
                    say::ZEROS_RESTORED.say(&[
                        ("n", z.n.to_string()),
                        ("column", column.clone()),
                        ("typed", z.typed.clone()),
                        ("id", z.id.clone()),
                    ]),
                    (&say::ZEROS_RESTORED_DO).into(),
                )
            })
            .collect()
    }

    /// Tells, in the first listed error of each unreadable file, how many problems that
    /// follow from it are not listed.
    pub fn annotate(&self, list: &mut [Problem]) {
        for (cause, (n, about)) in &self.suppressed {
            let Some(error) = list.iter_mut().find(|p| {
                p.file == *cause && p.severity == super::problem::Severity::Error && p.more == 0
            }) else {
                continue;
            };
            let files: Vec<Said> = about.iter().map(|f| table_name(f)).collect();
            let note = say::SUPPRESSED
                .say_in(&[("n", &count(*n)), ("files", &Said::joined(&files, ", "))]);
            error.message = Said::joined(&[error.message.clone(), note], "");
        }
    }
}
