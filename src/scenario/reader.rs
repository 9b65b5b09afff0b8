//! The reader of a scenario file's values: places from TOML spans, and the checks every
//! key shares (a number in range, a whole number, ids, file names).

use super::{Capacity, Located};
use crate::input::codes;
use crate::input::problem::{Place, Problems};
use crate::lang::{problems as say, Said, Word};
use std::path::Path;
use toml::Spanned;

/// Reads the values of one scenario file, collecting every problem with its place.
pub(super) struct Reader<'a> {
    pub file: &'a str,
    pub text: &'a str,
    pub base: &'a Path,
    pub problems: Problems,
}

impl Reader<'_> {
    /// The line and column of a byte offset of the text.
    pub fn place(&self, offset: usize) -> Place {
        let before = &self.text[..offset.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        Place::new(self.file, line, column)
    }

    pub fn located<T: Clone>(&self, s: &Spanned<T>) -> Located<T> {
        Located {
            value: s.get_ref().clone(),
            at: self.place(s.span().start),
        }
    }

    pub fn bad(&mut self, at: &Place, value: &str, message: Said, action: &Word) {
        self.problems
            .record(codes::E052, at, value, message, action);
    }

    /// A number of at least 0 (or above 0 for scales).
    pub fn amount(&mut self, v: &Spanned<f64>, key: &str, positive: bool) -> Option<f64> {
        let x = *v.get_ref();
        let ok = x.is_finite() && if positive { x > 0.0 } else { x >= 0.0 };
        if !ok {
            let at = self.place(v.span().start);
            let least: Said = if positive {
                (&say::ABOVE_ZERO).into()
            } else {
                (&say::AT_LEAST_ZERO).into()
            };
            self.bad(
                &at,
                &x.to_string(),
                say::SCENARIO_AMOUNT.say_in(&[("key", &Said::plain(key)), ("least", &least)]),
                &say::SCENARIO_AMOUNT_DO,
            );
            return None;
        }
        let range = crate::input::ranges::scenario_range(key);
        if !crate::input::ranges::in_range(range, x) {
            let at = self.place(v.span().start);
            let (message, action) = crate::input::ranges::out_of_range(key, x, range);
            self.problems
                .record(codes::E052, &at, &x.to_string(), message, action);
            return None;
        }
        Some(x)
    }

    pub fn count(&mut self, v: &Spanned<f64>, key: &str) -> Option<u32> {
        let x = self.amount(v, key, false)?;
        if x.fract() != 0.0 || x > u32::MAX as f64 {
            let at = self.place(v.span().start);
            self.bad(
                &at,
                &x.to_string(),
                say::SCENARIO_WHOLE.say(&[("key", key.to_string())]),
                &say::SCENARIO_WHOLE_DO,
            );
            return None;
        }
        Some(x as u32)
    }

    pub fn capacity(
        &mut self,
        students: &Option<Spanned<f64>>,
        hours: &Option<Spanned<f64>>,
        hours_key: &str,
    ) -> Capacity {
        Capacity {
            max_students: students
                .as_ref()
                .and_then(|v| self.count(v, "max_students")),
            hours: hours
                .as_ref()
                .and_then(|v| self.amount(v, hours_key, false)),
        }
    }

    pub fn ids(&self, list: &Option<Vec<Spanned<String>>>) -> Vec<Located<String>> {
        list.iter().flatten().map(|s| self.located(s)).collect()
    }

    pub fn path(&self, p: &Option<Spanned<String>>) -> Option<Located<std::path::PathBuf>> {
        p.as_ref().map(|p| Located {
            value: self.base.join(p.get_ref()),
            at: self.place(p.span().start),
        })
    }
}
