//! The words of report.html, the page for the stuurgroep.

use super::{w, Word};

pub const TITLE: Word = w("Stageplaatsingen", "Internship placements");
pub const SCENARIO_TITLE: Word = w(
    "Stageplaatsingen in scenario '{name}'",
    "Internship placements in scenario '{name}'",
);
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
pub const STATUS_INFEASIBLE: Word = w("geen plan mogelijk", "infeasible_input");
pub const STATUS_INVALID: Word = w("ongeldige invoer", "invalid_input");
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
pub const BOTTLENECK_KEEPS: Word = w(
    "houdt {n} {n|student|studenten} buiten",
    "keeps {n} {n|student|students} out",
);
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
    "{n} {n|kansrijke verandering kon|kansrijke veranderingen konden} niet binnen de tijd worden nagerekend en {n|staat|staan} er niet bij.",
    "{n} promising {n|change|changes} could not be verified in time and {n|is|are} left out.",
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
pub const TRAVEL_MEAN_CHART: Word = w(
    "Gemiddelde reistijd per scenario",
    "Mean travel time per scenario",
);
pub const TRAVEL_MAX_CHART: Word = w(
    "Langste reistijd per scenario",
    "Longest travel time per scenario",
);
pub const OBJECTIVE_CHART: Word = w(
    "Doelwaarde per scenario (lager is beter)",
    "Objective per scenario (lower is better)",
);
pub const PLACED_OF: Word = w("geplaatst {institute}", "placed {institute}");
pub const NO_PLAN: Word = w("geen plan", "no plan");
pub const PLACED_CHART: Word = w(
    "Geplaatste studenten per scenario",
    "Placed students per scenario",
);

pub const INSTITUTES_HEADING: Word = w("Per instituut", "Per institute");
pub const TRACKS_HEADING: Word = w("Per traject", "Per track");
pub const INSTITUTE: Word = w("instituut", "institute");
pub const TRACK: Word = w("traject", "track");
pub const SHARE_PLACED: Word = w("aandeel geplaatst", "share placed");
pub const UNPLACED_BY_REASON: Word = w("niet geplaatst, per reden", "unplaced, by reason");
pub const MAP_HEADING: Word = w(
    "Waar de studenten vandaan komen en heen gaan",
    "Where the students travel from and to",
);
pub const MAP_NOTE: Word = w(
    "Een lijn loopt van het huis van een geplaatste student naar de school; een open rondje is het huis van een niet-geplaatste student; een vierkantje is een school. Alleen wie coördinaten heeft staat erop.",
    "A line runs from a placed student's home to the school; an open circle is the home of an unplaced student; a square is a school. Only those with coordinates are drawn.",
);

/// A reason code of unplaced.csv in a few words, for the stuurgroep.
pub fn reason_words(code: &str) -> &'static Word {
    match code {
        "R1_WPB_TEACHES_SUBJECT" => &REASON_SUBJECT,
        "R2_WPB_PRESENT_ON_STAGE_DAYS" => &REASON_DAYS,
        "R3_TRAVEL_WITHIN_LIMIT" => &REASON_TRAVEL,
        "R4_NOT_PREVIOUS_SCHOOL" => &REASON_PREVIOUS,
        "R4_NOT_EXCLUDED_SCHOOL" => &REASON_EXCLUDED,
        "R7_PAID_APPOINTMENT_SCHOOL" => &REASON_PAID,
        "R9_GROUP_AT_ONE_SCHOOL" => &REASON_GROUP,
        "R5_R6_CAPACITY" | "R5_WPB_CAPACITY" => &REASON_CAPACITY,
        _ => &REASON_OTHER,
    }
}

const REASON_SUBJECT: Word = w("geen WPB voor het vak", "no WPB for the subject");
const REASON_DAYS: Word = w("geen WPB op de stagedagen", "no WPB on the stage days");
const REASON_TRAVEL: Word = w("reistijd te lang", "travel too long");
const REASON_PREVIOUS: Word = w("alleen de vorige stageschool", "only the previous school");
const REASON_EXCLUDED: Word = w("alleen uitgesloten scholen", "only excluded schools");
const REASON_PAID: Word = w(
    "geen WPB op de school van de aanstelling",
    "no WPB at the paid school",
);
const REASON_GROUP: Word = w("groep past nergens samen", "group fits nowhere together");
const REASON_CAPACITY: Word = w("plaatsen vol", "places full");
const REASON_OTHER: Word = w("andere reden", "other reason");

pub const MORE_IN_CHANGES: Word = w(
    "en nog {n}: zie changes.csv.",
    "and {n} more: see changes.csv.",
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
    &MORE_IN_CHANGES,
    &SCENARIO_TITLE,
    &PLACED_OF,
];
