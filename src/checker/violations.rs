//! Violations as the checker finds them: the first [`LISTED_PER_RULE`] of each rule are
//! listed, all are counted, so that a plan of millions of broken rows takes memory for its
//! rows, not for millions of messages (`verify` of a 200 MB plan of duplicates).

use super::{Verdict, Violation};
use crate::lang::checker as say;
use crate::lang::{Lang, Said};
use std::collections::BTreeMap;

/// How many violations of one rule are listed; the rest are counted.
pub const LISTED_PER_RULE: usize = 20;

/// The violations found so far.
#[derive(Default)]
pub(super) struct Found {
    list: Vec<Violation>,
    /// Per rule name: its number and how many violations were found, listed or not.
    per_rule: BTreeMap<&'static str, (u8, usize)>,
}

impl Found {
    /// Records a violation; past the first of its rule it is only counted.
    pub(super) fn push(&mut self, violation: Violation) {
        let found = self
            .per_rule
            .entry(violation.name)
            .or_insert((violation.rule, 0));
        found.1 += 1;
        if found.1 <= LISTED_PER_RULE {
            self.list.push(violation);
        }
    }

    /// The listed violations, and one entry per rule that counts those not listed.
    pub(super) fn finish(mut self) -> Vec<Violation> {
        for (name, (rule, n)) in self.per_rule {
            if n > LISTED_PER_RULE {
                let more = n - LISTED_PER_RULE;
                let in_lang = |lang| {
                    say::AND_MORE.with_lang(lang, &[("n", crate::lang::thousands(more, lang))])
                };
                self.list.push(Violation {
                    line: 0,
                    student: String::new(),
                    rule,
                    name,
                    message: Said {
                        nl: in_lang(Lang::Nl),
                        en: in_lang(Lang::En),
                    },
                    more,
                });
            }
        }
        self.list
    }
}

impl Verdict {
    /// How many violations were found, listed or not.
    pub fn violation_count(&self) -> usize {
        self.violations.iter().map(|v| v.more.max(1)).sum()
    }
}
