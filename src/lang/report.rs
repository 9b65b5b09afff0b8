//! The words of report.html, the page for the stuurgroep.

use super::{w, Word};

pub const TITLE: Word = w("Stageplaatsingen", "Internship placements");
pub const BASELINE: Word = w("basis", "baseline");
pub const SWEEP_TITLE: Word = w("Wat-als-scenario's", "What-if scenarios");
pub const MADE_ON: Word = w(
    "gemaakt op {date} met stageplan {version}",
    "made on {date} with stageplan {version}",
);

pub const STUDENTS: Word = w("studenten", "students");
pub const PLACED: Word = w("geplaatst", "placed");
pub const UNPLACED: Word = w("niet geplaatst", "unplaced");
pub const TRAVEL_MEAN: Word = w("gemiddelde reistijd", "mean travel time");
pub const TRAVEL_MAX: Word = w("langste reistijd", "longest travel time");
pub const FIRST_CHOICE: Word = w("op eerste voorkeur", "at first choice");
pub const OBJECTIVE: Word = w("doelwaarde (lager is beter)", "objective (lower is better)");
pub const BOUND: Word = w("bewezen ondergrens", "proven lower bound");
pub const GAP: Word = w("afstand tot de ondergrens", "gap to the bound");
pub const STATUS: Word = w("status", "status");
pub const STATUS_OPTIMAL: Word = w("optimaal", "optimal");
pub const STATUS_OPTIMAL_NOTE: Word = w(
    "status: geen beter plan mogelijk",
    "status: no better plan exists",
);
pub const STATUS_TIME_LIMIT: Word = w("tijdslimiet", "time limit");
pub const STATUS_TIME_LIMIT_NOTE: Word = w(
    "status: het beste plan binnen de tijd; de ondergrens zegt hoe goed",
    "status: the best plan found in time; the bound tells how good",
);
pub const MINUTES: Word = w("min", "min");

pub const TRAVEL_HEADING: Word = w(
    "Reistijd van de geplaatste studenten",
    "Travel time of the placed students",
);
pub const TRAVEL_AXIS: Word = w("minuten enkele reis", "minutes one way");
pub const TRAVEL_NONE: Word = w(
    "Geen geplaatste student met een bekende reistijd.",
    "No placed student with a known travel time.",
);

pub const SCHOOLS_HEADING: Word = w("Bezetting per school", "Load per school");
pub const SCHOOL: Word = w("school", "school");
pub const CAPACITY: Word = w("maximum", "maximum");
pub const SO_HOURS: Word = w(
    "SO-uren gebruikt / beschikbaar",
    "SO hours used / available",
);
pub const NO_LIMIT: Word = w("geen maximum", "no maximum");

pub const UNPLACED_HEADING: Word = w("Niet geplaatst, per reden", "Unplaced, by reason");
pub const REASON: Word = w("reden", "reason");
pub const COUNT: Word = w("aantal", "count");
pub const ACTION: Word = w("wat te doen", "what to do");
pub const ALL_PLACED: Word = w("Alle studenten zijn geplaatst.", "Every student is placed.");

pub const ADVICE_HEADING: Word = w("Wat zou helpen", "What would help");
pub const BOTTLENECKS: Word = w("Knelpunten", "Bottlenecks");
pub const BOTTLENECK_KEEPS: Word = w("houdt {n} student(en) buiten", "keeps {n} student(s) out");
pub const SUGGESTIONS: Word = w(
    "Voorstellen: elke winst is nagerekend met een nieuw, gecontroleerd plan (zie diagnosis.md)",
    "Suggestions: every gain was verified with a new, checked plan (see diagnosis.md)",
);
pub const CHANGE: Word = w("verandering", "change");
pub const GAIN: Word = w("extra geplaatst", "placed extra");
pub const PROVEN_BEST: Word = w("(meer kan niet)", "(no more is possible)");
pub const NO_SUGGESTIONS: Word = w(
    "Geen nagerekende verandering plaatst meer studenten.",
    "No checked change places more students.",
);

pub const NOT_VERIFIED_IN_TIME: Word = w(
    "{n} kansrijke verandering(en) konden niet binnen de tijd worden nagerekend en staan er niet bij.",
    "{n} promising change(s) could not be verified in time and are left out.",
);

pub const WARNINGS_HEADING: Word = w("Controles van de invoer", "Input checks");
pub const WARNINGS_NONE: Word = w(
    "Geen waarschuwingen bij de invoer.",
    "No warnings about the input.",
);
pub const WARNINGS_MORE: Word = w(
    "en nog {n} waarschuwingen: zie plan.xlsx, blad Controles.",
    "and {n} more warnings: see plan.xlsx, sheet Controles.",
);
pub const PLACE: Word = w("plaats", "place");
pub const MESSAGE: Word = w("melding", "message");

pub const SCENARIOS_HEADING: Word = w(
    "Scenario's vergeleken met de basis",
    "Scenarios compared with the baseline",
);
pub const SCENARIO: Word = w("scenario", "scenario");
pub const CHANGED: Word = w("anders dan basis", "changed from baseline");
pub const NO_PLAN: Word = w("geen plan", "no plan");
pub const PLACED_CHART: Word = w(
    "Geplaatste studenten per scenario",
    "Placed students per scenario",
);

pub const MANIFEST_HEADING: Word = w("Verantwoording", "Run manifest");
pub const FILE: Word = w("bestand", "file");
pub const MODEL: Word = w("model", "model");
pub const WEIGHTS: Word = w("gewichten", "weights");
pub const VERSION: Word = w("versie", "version");
pub const DATE: Word = w("datum", "date");

/// The sentences above with placeholders, for the test of the tables.
pub const ALL: &[&Word] = &[
    &MADE_ON,
    &BOTTLENECK_KEEPS,
    &WARNINGS_MORE,
    &NOT_VERIFIED_IN_TIME,
];
