//! The words of report.html, the page for the stuurgroep.

use super::Word;

words! {
    pub TITLE =
        "Stageplaatsingen",
        "Internship placements";
    pub SCENARIO_TITLE =
        "Stageplaatsingen in scenario '{name}'",
        "Internship placements in scenario '{name}'";
    pub BASELINE =
        "basis",
        "baseline";
    pub SWEEP_TITLE =
        "Wat-als-scenario's",
        "What-if scenarios";
    pub MADE_ON =
        "gemaakt op {date} met stageplan {version}",
        "made on {date} with stageplan {version}";

    pub STUDENTS =
        "studenten",
        "students";
    pub PLACED =
        "geplaatst",
        "placed";
    pub UNPLACED =
        "niet geplaatst",
        "unplaced";
    pub TRAVEL_MEAN =
        "gemiddelde reistijd",
        "mean travel time";
    pub TRAVEL_MAX =
        "langste reistijd",
        "longest travel time";
    pub FIRST_CHOICE =
        "op eerste voorkeur",
        "at first choice";
    pub OBJECTIVE =
        "doelwaarde (lager is beter)",
        "objective (lower is better)";
    pub BOUND =
        "bewezen ondergrens",
        "proven lower bound";
    pub GAP =
        "afstand tot de ondergrens",
        "gap to the bound";
    pub STATUS =
        "status",
        "status";
    pub STATUS_OPTIMAL =
        "optimaal",
        "optimal";
    pub STATUS_OPTIMAL_NOTE =
        "status: geen beter plan mogelijk",
        "status: no better plan exists";
    pub STATUS_REPAIR_OPTIMAL_NOTE =
        "status: geen betere reparatie mogelijk; de ondergrens geldt voor elk plan, ook een nieuw",
        "status: no better repair exists; the bound holds for any plan, also one from scratch";
    pub STATUS_TIME_LIMIT =
        "tijdslimiet",
        "time limit";
    pub STATUS_TIME_LIMIT_NOTE =
        "status: het beste plan binnen de tijd; de ondergrens zegt hoe goed",
        "status: the best plan found in time; the bound tells how good";
    pub STATUS_INFEASIBLE =
        "geen plan mogelijk",
        "infeasible_input";
    pub STATUS_INVALID =
        "ongeldige invoer",
        "invalid_input";
    pub MINUTES =
        "min",
        "min";

    pub TRAVEL_HEADING =
        "Reistijd van de geplaatste studenten",
        "Travel time of the placed students";
    pub TRAVEL_AXIS =
        "minuten enkele reis",
        "minutes one way";
    pub TRAVEL_NONE =
        "Geen geplaatste student met een bekende reistijd.",
        "No placed student with a known travel time.";

    pub SCHOOLS_HEADING =
        "Bezetting per school",
        "Load per school";
    pub SCHOOL =
        "school",
        "school";
    pub CAPACITY =
        "maximum",
        "maximum";
    pub SO_HOURS =
        "SO-uren gebruikt / beschikbaar",
        "SO hours used / available";
    pub NO_LIMIT =
        "geen maximum",
        "no maximum";

    pub UNPLACED_HEADING =
        "Niet geplaatst, per reden",
        "Unplaced, by reason";
    pub REASON =
        "reden",
        "reason";
    pub COUNT =
        "aantal",
        "count";
    pub ACTION =
        "wat te doen",
        "what to do";
    pub ALL_PLACED =
        "Alle studenten zijn geplaatst.",
        "Every student is placed.";

    pub ADVICE_HEADING =
        "Wat zou helpen",
        "What would help";
    pub BOTTLENECKS =
        "Knelpunten",
        "Bottlenecks";
    pub BOTTLENECK_KEEPS =
        "houdt {n} {n|student|studenten} buiten",
        "keeps {n} {n|student|students} out";
    pub SUGGESTIONS =
        "Voorstellen: elke winst is nagerekend met een nieuw, gecontroleerd plan (zie diagnosis.md)",
        "Suggestions: every gain was verified with a new, checked plan (see diagnosis.md)";
    pub CHANGE =
        "verandering",
        "change";
    pub GAIN =
        "extra geplaatst",
        "placed extra";
    pub PROVEN_BEST =
        "(meer kan niet)",
        "(no more is possible)";
    pub NO_SUGGESTIONS =
        "Geen nagerekende verandering plaatst meer studenten.",
        "No checked change places more students.";

    pub NOT_VERIFIED_IN_TIME =
        "{n} {n|kansrijke verandering kon|kansrijke veranderingen konden} niet binnen de tijd worden nagerekend en {n|staat|staan} er niet bij.",
        "{n} promising {n|change|changes} could not be verified in time and {n|is|are} left out.";

    pub WARNINGS_HEADING =
        "Controles van de invoer",
        "Input checks";
    pub WARNINGS_NONE =
        "Geen waarschuwingen bij de invoer.",
        "No warnings about the input.";
    pub WARNINGS_MORE =
        "en nog {n} waarschuwingen: zie plan.xlsx, blad Controles.",
        "and {n} more warnings: see plan.xlsx, sheet Controles.";
    pub PLACE =
        "plaats",
        "place";
    pub MESSAGE =
        "melding",
        "message";

    pub SCENARIOS_HEADING =
        "Scenario's vergeleken met de basis",
        "Scenarios compared with the baseline";
    pub SCENARIO =
        "scenario",
        "scenario";
    pub CHANGED =
        "anders dan basis",
        "changed from baseline";
    pub TRAVEL_MEAN_CHART =
        "Gemiddelde reistijd per scenario",
        "Mean travel time per scenario";
    pub TRAVEL_MAX_CHART =
        "Langste reistijd per scenario",
        "Longest travel time per scenario";
    pub OBJECTIVE_CHART =
        "Doelwaarde per scenario (lager is beter)",
        "Objective per scenario (lower is better)";
    pub PLACED_OF =
        "geplaatst {institute}",
        "placed {institute}";
    pub NO_PLAN =
        "geen plan",
        "no plan";
    pub PLACED_CHART =
        "Geplaatste studenten per scenario",
        "Placed students per scenario";

    pub INSTITUTES_HEADING =
        "Per instituut",
        "Per institute";
    pub TRACKS_HEADING =
        "Per traject",
        "Per track";
    pub INSTITUTE =
        "instituut",
        "institute";
    pub TRACK =
        "traject",
        "track";
    pub SHARE_PLACED =
        "aandeel geplaatst",
        "share placed";
    pub UNPLACED_BY_REASON =
        "niet geplaatst, per reden",
        "unplaced, by reason";
    pub MAP_HEADING =
        "Waar de studenten vandaan komen en heen gaan",
        "Where the students travel from and to";
    pub MAP_NOTE =
        "Een lijn loopt van het huis van een geplaatste student naar de school; een open rondje is het huis van een niet-geplaatste student; een vierkantje is een school. Alleen wie coördinaten heeft staat erop.",
        "A line runs from a placed student's home to the school; an open circle is the home of an unplaced student; a square is a school. Only those with coordinates are drawn.";

    REASON_SUBJECT =
        "geen WPB voor het vak",
        "no WPB for the subject";
    REASON_DAYS =
        "geen WPB op de stagedagen",
        "no WPB on the stage days";
    REASON_TRAVEL =
        "reistijd te lang",
        "travel too long";
    REASON_PREVIOUS =
        "alleen de vorige stageschool",
        "only the previous school";
    REASON_EXCLUDED =
        "alleen uitgesloten scholen",
        "only excluded schools";
    REASON_PAID =
        "geen WPB op de school van de aanstelling",
        "no WPB at the paid school";
    REASON_GROUP =
        "groep past nergens samen",
        "group fits nowhere together";
    REASON_CAPACITY =
        "plaatsen vol",
        "places full";
    REASON_OTHER =
        "andere reden",
        "other reason";

    pub MORE_IN_CHANGES =
        "en nog {n}: zie changes.csv.",
        "and {n} more: see changes.csv.";

    pub MANIFEST_HEADING =
        "Verantwoording",
        "Run manifest";
    pub FILE =
        "bestand",
        "file";
    pub MODEL =
        "model",
        "model";
    pub WEIGHTS =
        "gewichten",
        "weights";
    pub VERSION =
        "versie",
        "version";
    pub DATE =
        "datum",
        "date";
}

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
