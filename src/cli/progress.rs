//! A spinner on the terminal while `solve` works: which phase, and how long so far.
//! Nothing when `--quiet` or when stderr is not a terminal (a pipe, a log file, CI).

use crate::lang::{Lang, Word};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;

/// The spinner of one run; cleared when dropped, so an error message stands alone.
pub(super) struct Spinner {
    bar: Option<ProgressBar>,
    lang: Lang,
}

impl Spinner {
    pub(super) fn start(quiet: bool, lang: Lang) -> Spinner {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Spinner { bar, lang }
    }

    /// Names the phase now running.
    pub(super) fn phase(&self, phase: &Word) {
        if let Some(bar) = &self.bar {
            bar.set_message(phase.of(self.lang));
        }
    }
}

impl Spinner {
    /// Removes the spinner before a message is printed.
    pub(super) fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
