//! `stageplan travel`: flags into a run, the run into travel.csv, outcomes into exit codes.

use super::args::TravelFlags;
use super::{cannot_write, print_problems, tell, FAILURE, INVALID};
use crate::lang::transit as say;
use crate::lang::Lang;
use crate::transit::geo::{Secs, Walking};
use crate::transit::{self, matrix, Failed, TravelRun};
use jiff::civil::Date;
use std::path::Path;
use std::process::ExitCode;

/// `HH:MM` as seconds after midnight.
fn clock_secs(text: &str) -> Option<Secs> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (Secs, Secs) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 3600 + m * 60)
}

fn usage(message: String) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(FAILURE)
}

pub(super) fn travel(f: TravelFlags, lang: Lang) -> Result<(), ExitCode> {
    let date = match &f.date {
        Some(text) => text
            .trim()
            .parse::<Date>()
            .map_err(|_| usage(say::BAD_DATE.with_lang(lang, &[("value", text.clone())])))?,
        None => transit::next_school_day(jiff::ZonedDateTime::now().date()),
    };
    let arrive_by = clock_secs(&f.arrive_by).ok_or_else(|| {
        usage(say::BAD_ARRIVE_BY.with_lang(lang, &[("value", f.arrive_by.clone())]))
    })?;
    // A walk of more than 10 km is no walk to a stop, and would make every stop near
    // every home.
    let within = |x: f64, most: f64| x.is_finite() && x > 0.0 && x <= most;
    if !(within(f.walk_kmh, 30.0) && within(f.max_walk_m, 10_000.0)) {
        return Err(usage(say::BAD_WALK.of(lang).to_string()));
    }
    let run = TravelRun {
        instance: &f.instance,
        gtfs: &f.gtfs,
        out: &f.out,
        postcodes: f.postcodes.as_deref(),
        date,
        options: matrix::Options {
            arrive_by,
            walking: Walking {
                kmh: f.walk_kmh,
                max_m: f.max_walk_m,
            },
            bike: f.bike,
        },
        summary: !f.no_summary,
    };
    match transit::run(&run) {
        Ok(done) => {
            if !done.warnings.is_empty() {
                print_problems(&done.warnings, lang);
            }
            if !f.quiet {
                report(&done, date, f.out.as_path(), lang);
            }
            Ok(())
        }
        Err(Failed::Input(problems)) => {
            print_problems(&problems, lang);
            eprintln!("{}", say::NOTHING_WRITTEN.of(lang));
            Err(ExitCode::from(INVALID))
        }
        Err(Failed::Write(e)) => Err(cannot_write(&f.out, e, lang)),
    }
}

fn report(done: &transit::Done, date: Date, out: &Path, lang: Lang) {
    tell(
        &say::READ_FEED,
        lang,
        &[
            ("date", date.to_string()),
            ("stops", done.stops.to_string()),
            ("trips", done.trips.to_string()),
            ("rides", done.rides.to_string()),
            ("seconds", format!("{:.1}", done.feed_seconds)),
        ],
    );
    tell(
        &say::DONE,
        lang,
        &[
            (
                "pairs",
                (done.written.reached + done.written.none).to_string(),
            ),
            ("file", out.display().to_string()),
            ("reached", done.written.reached.to_string()),
            ("none", done.written.none.to_string()),
            ("seconds", format!("{:.1}", done.seconds)),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrive_by_is_a_clock_time() {
        assert_eq!(clock_secs("08:30"), Some(30_600));
        assert_eq!(clock_secs("7:05"), Some(25_500));
        assert_eq!(clock_secs("24:00"), None);
        assert_eq!(clock_secs("08:61"), None);
        assert_eq!(clock_secs("half nine"), None);
    }
}
