//! Every sentence the explanations use, one table per language. Placeholders are `{name}`
//! and are filled by `fill`; a translator edits this file only.

use crate::rules::Exclusion;

/// The language of an explanation: Dutch by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// Reads `nl` or `en`.
    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_lowercase().as_str() {
            "nl" | "nederlands" | "dutch" => Some(Lang::Nl),
            "en" | "english" | "engels" => Some(Lang::En),
            _ => None,
        }
    }

    /// The table of this language.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// Replaces each `{key}` in `template` by its value.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (key, value) in args {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

/// The sentences of one language.
pub struct Text {
    pub funnel_teach: &'static str,
    pub funnel_present: &'static str,
    pub funnel_paid: &'static str,
    pub funnel_travel: &'static str,
    pub funnel_reach: &'static str,
    pub funnel_previous: &'static str,
    pub funnel_excluded: &'static str,
    pub none_left: &'static str,
    /// Rules 1, 2, 7, 3, 4 (previous), 4 (excluded) as sentences, in `Exclusion` order.
    pub rules: [&'static str; 6],
    pub actions: [&'static str; 6],
    pub group_reason: &'static str,
    pub group_action: &'static str,
    pub capacity_bottleneck: &'static str,
    pub capacity_plan: &'static str,
    pub capacity_action: &'static str,
    pub bottleneck: &'static str,
    pub wpb_students: &'static str,
    pub wpb_hours: &'static str,
    pub school_students: &'static str,
    pub school_hours: &'static str,
    pub used_students: &'static str,
    pub used_hours: &'static str,
    pub suggest_wpb_place: &'static str,
    pub suggest_wpb_hours: &'static str,
    pub suggest_hours: &'static str,
    pub suggest_school_place: &'static str,
    pub suggest_school_hours: &'static str,
    pub suggest_hours_so: &'static str,
    pub suggest_new_wpb: &'static str,
    pub suggest_travel: &'static str,
    pub suggest_days: &'static str,
    pub suggest_split_group: &'static str,
    pub header: &'static str,
    pub placed: &'static str,
    pub why_here: &'static str,
    pub alternatives: &'static str,
    pub alternative: &'static str,
    pub no_alternative: &'static str,
    pub has_room: &'static str,
    pub full: &'static str,
    pub other_schools: &'static str,
    pub all_schools: &'static str,
    pub school_rule: &'static str,
    pub school_allowed_full: &'static str,
    pub school_no_subject: &'static str,
    pub school_no_days: &'static str,
    pub not_placed: &'static str,
    pub what_to_do: &'static str,
    pub term_travel: &'static str,
    pub term_same_type: &'static str,
    pub term_rank: &'static str,
    pub term_unlisted: &'static str,
    pub term_uncertified: &'static str,
    pub no_cost: &'static str,
    pub more: &'static str,
    pub same_cost: &'static str,
    pub helps: &'static str,
    pub help: &'static str,
    pub no_help: &'static str,
    pub help_other: &'static str,
    pub school_allowed_room: &'static str,
    pub school_allowed_open: &'static str,
    pub pinned: &'static str,
    pub travel_detail: &'static str,
}

impl Text {
    /// The rule behind an exclusion as a sentence.
    pub fn rule(&self, why: Exclusion) -> &'static str {
        self.rules[index(why)]
    }

    /// What to do about an exclusion.
    pub fn action(&self, why: Exclusion) -> &'static str {
        self.actions[index(why)]
    }
}

fn index(why: Exclusion) -> usize {
    match why {
        Exclusion::SubjectNotTaught => 0,
        Exclusion::AbsentOnStageDays => 1,
        Exclusion::NotThePaidSchool => 2,
        Exclusion::TravelTooLong => 3,
        Exclusion::PreviousSchool => 4,
        Exclusion::ExcludedSchool => 5,
    }
}

const EN: Text = Text {
    funnel_teach: "{n} WPBs teach it",
    funnel_present: "{n} are at school on {days}",
    funnel_paid: "{n} at the paid school",
    funnel_travel: "{n} within {limit} minutes",
    funnel_reach: "{n} within reach",
    funnel_previous: "{n} not at the previous school",
    funnel_excluded: "{n} not at an excluded school",
    none_left: "no WPB is left by rule {rule} ({why})",
    rules: [
        "the WPB must teach the student's subject",
        "the WPB must be present on every stage day of the track",
        "an accepted paid appointment places the student at the paid school",
        "one-way travel must be within the travel limit",
        "the school must differ from the previous placement",
        "the school must not be excluded for the student",
    ],
    actions: [
        "Find a WPB for this subject at one of the schools.",
        "Ask a WPB of this subject to be at school on the stage days, or agree other days with the institute.",
        "Find a WPB of this subject at the paid school, or do not count the appointment as the placement.",
        "Allow a longer journey for this student, or find a WPB at a school closer to home.",
        "Find a WPB at another school than the previous placement.",
        "Find a WPB at a school that is not excluded for this student.",
    ],
    group_reason: "but no school has room for the whole group '{group}'",
    group_action: "Add room for the whole group at one school, or split the group.",
    capacity_bottleneck: "all of them are full: {own}; bottleneck {id}: {bottleneck}",
    capacity_plan: "all of them are full in the plan: {full}",
    capacity_action: "Add a place or hours at one of the full WPBs or schools named, or add a WPB of this subject on these days (see the suggestions in diagnosis.md).",
    bottleneck: "{students} students ({classes}) compete for {places} places at {resources}",
    wpb_students: "WPB {id} (room for {n})",
    wpb_hours: "WPB {id} ({hours} hours, {per} per student)",
    school_students: "school {id} (room for {n})",
    school_hours: "school {id} ({hours} SO hours, {per} per student: SO hours used up)",
    used_students: "{what} has {used} of {max} students",
    used_hours: "{what} has {left} of {max} hours left, a student needs {need}",
    suggest_wpb_place: "one more place for WPB {id} ({name}) at school {school}",
    suggest_wpb_hours: "+{hours} hours for WPB {id} ({name}) at school {school}",
    suggest_hours: " (+{hours} hours)",
    suggest_school_place: "one more place at school {id} ({name})",
    suggest_school_hours: "+{hours} SO hours at school {id} ({name})",
    suggest_hours_so: " (+{hours} SO hours)",
    suggest_new_wpb: "one more {subject} WPB on {days} at school {school} ({name}), for up to {n} students",
    suggest_travel: "travel limit {to} minutes instead of {from}",
    suggest_days: "let {track} use {add} instead of {drop}",
    suggest_split_group: "let group '{group}' be placed at more than one school",
    header: "Student {id} ({name}): {subject}, track {track} ({days}).",
    placed: "Placed at school {school} with WPB {wpb}.",
    why_here: "Why here: the optimiser chose the plan with the lowest total cost for all students together; this place costs {cost} ({terms}).",
    alternatives: "Next-best allowed places (difference in cost from this place, per objective term):",
    alternative: "  {rank}. school {school} with WPB {wpb}: {diff} ({terms}); {room}",
    no_alternative: "  There is no other allowed place.",
    has_room: "has room in this plan",
    full: "full in this plan: {why}",
    other_schools: "Every other school:",
    all_schools: "Every school:",
    school_rule: "  {school}: excluded by rule {rule} ({why}){detail}",
    school_allowed_full: "  {school}: allowed, but full in this plan: {why}",
    school_no_subject: "  {school}: excluded by rule 1: no WPB there teaches {subject}",
    school_no_days: "  {school}: excluded by rule 2: no {subject} WPB there is at school on {days}",
    not_placed: "Not placed. Reason {code}: {reason}.",
    what_to_do: "What to do: {action}",
    term_travel: "travel {minutes} min",
    term_same_type: "same school type as the previous placement",
    term_rank: "preference number {rank}",
    term_unlisted: "not among the preferences",
    term_uncertified: "WPB not certified",
    no_cost: "no cost",
    more: "and {n} more",
    same_cost: "the same cost",
    helps: "What would place this student (each change verified by re-solving):",
    help: "  - {change}: places {gain} more student(s), this one included; objective {delta}",
    no_help: "  None of the {n} best single changes tried places this student.",
    help_other: "  - {change}: places {gain} more student(s), but not this one ({ids}); objective {delta}",
    school_allowed_room: "  {school}: allowed and has room; its best place costs {diff} more ({terms})",
    school_allowed_open: "  {school}: allowed and has room; its best place costs {diff} ({terms})",
    pinned: "The student is pinned to this WPB by hand (rule 8).",
    travel_detail: ": {minutes} minutes",
};

const NL: Text = Text {
    funnel_teach: "{n} WPB's geven dit vak",
    funnel_present: "{n} zijn op school op {days}",
    funnel_paid: "{n} op de school van de aanstelling",
    funnel_travel: "{n} binnen {limit} minuten reistijd",
    funnel_reach: "{n} bereikbaar",
    funnel_previous: "{n} niet op de vorige stageschool",
    funnel_excluded: "{n} niet op een uitgesloten school",
    none_left: "na regel {rule} ({why}) blijft geen WPB over",
    rules: [
        "de WPB moet het vak van de student geven",
        "de WPB moet op elke stagedag van het traject op school zijn",
        "een geaccepteerde aanstelling plaatst de student op de school van de aanstelling",
        "de enkele reis moet binnen de reistijdgrens blijven",
        "de school moet een andere zijn dan die van de vorige stage",
        "de school mag niet uitgesloten zijn voor de student",
    ],
    actions: [
        "Zoek op een van de scholen een WPB voor dit vak.",
        "Vraag een WPB van dit vak om op de stagedagen op school te zijn, of spreek andere dagen af met het instituut.",
        "Zoek een WPB van dit vak op de school van de aanstelling, of tel de aanstelling niet als stageplaats.",
        "Sta voor deze student een langere reis toe, of zoek een WPB op een school dichter bij huis.",
        "Zoek een WPB op een andere school dan die van de vorige stage.",
        "Zoek een WPB op een school die niet is uitgesloten voor deze student.",
    ],
    group_reason: "maar geen school heeft plaats voor de hele groep '{group}'",
    group_action: "Maak op één school plaats voor de hele groep, of splits de groep.",
    capacity_bottleneck: "die zijn allemaal vol: {own}; knelpunt {id}: {bottleneck}",
    capacity_plan: "die zijn in het plan allemaal vol: {full}",
    capacity_action: "Maak een plaats of uren vrij bij een van de genoemde volle WPB's of scholen, of voeg een WPB van dit vak op deze dagen toe (zie de voorstellen in diagnosis.md).",
    bottleneck: "{students} studenten ({classes}) dingen naar {places} plaatsen bij {resources}",
    wpb_students: "WPB {id} (plaats voor {n})",
    wpb_hours: "WPB {id} ({hours} uur, {per} per student)",
    school_students: "school {id} (plaats voor {n})",
    school_hours: "school {id} ({hours} SO-uren, {per} per student: SO-uren op)",
    used_students: "{what} heeft {used} van {max} studenten",
    used_hours: "{what} heeft nog {left} van {max} uur, een student kost {need}",
    suggest_wpb_place: "één plaats meer bij WPB {id} ({name}) op school {school}",
    suggest_wpb_hours: "+{hours} uur voor WPB {id} ({name}) op school {school}",
    suggest_hours: " (+{hours} uur)",
    suggest_school_place: "één plaats meer op school {id} ({name})",
    suggest_school_hours: "+{hours} SO-uren op school {id} ({name})",
    suggest_hours_so: " (+{hours} SO-uren)",
    suggest_new_wpb: "één {subject}-WPB extra op {days} op school {school} ({name}), voor hoogstens {n} studenten",
    suggest_travel: "reistijdgrens {to} minuten in plaats van {from}",
    suggest_days: "laat {track} {add} gebruiken in plaats van {drop}",
    suggest_split_group: "laat groep '{group}' over meer dan één school verdelen",
    header: "Student {id} ({name}): {subject}, traject {track} ({days}).",
    placed: "Geplaatst op school {school} bij WPB {wpb}.",
    why_here: "Waarom hier: de optimalisatie koos het plan met de laagste totale kosten voor alle studenten samen; deze plaats kost {cost} ({terms}).",
    alternatives: "Volgende beste toegestane plaatsen (verschil in kosten met deze plaats, per doelterm):",
    alternative: "  {rank}. school {school} bij WPB {wpb}: {diff} ({terms}); {room}",
    no_alternative: "  Er is geen andere toegestane plaats.",
    has_room: "heeft in dit plan nog ruimte",
    full: "in dit plan vol: {why}",
    other_schools: "Alle andere scholen:",
    all_schools: "Alle scholen:",
    school_rule: "  {school}: uitgesloten door regel {rule} ({why}){detail}",
    school_allowed_full: "  {school}: toegestaan, maar in dit plan vol: {why}",
    school_no_subject: "  {school}: uitgesloten door regel 1: geen WPB daar geeft {subject}",
    school_no_days: "  {school}: uitgesloten door regel 2: geen WPB voor {subject} is daar op {days}",
    not_placed: "Niet geplaatst. Reden {code}: {reason}.",
    what_to_do: "Wat te doen: {action}",
    term_travel: "reistijd {minutes} min",
    term_same_type: "zelfde schooltype als de vorige stage",
    term_rank: "voorkeur nummer {rank}",
    term_unlisted: "niet bij de voorkeuren",
    term_uncertified: "WPB niet gecertificeerd",
    no_cost: "geen kosten",
    more: "en nog {n}",
    same_cost: "dezelfde kosten",
    helps: "Wat deze student een plaats geeft (elke wijziging gecontroleerd door opnieuw te plannen):",
    help: "  - {change}: plaatst {gain} student(en) meer, deze inbegrepen; doelwaarde {delta}",
    no_help: "  Geen van de {n} beste losse wijzigingen die zijn geprobeerd plaatst deze student.",
    help_other: "  - {change}: plaatst {gain} student(en) meer, maar niet deze ({ids}); doelwaarde {delta}",
    school_allowed_room: "  {school}: toegestaan en heeft ruimte; de beste plaats daar kost {diff} meer ({terms})",
    school_allowed_open: "  {school}: toegestaan en heeft ruimte; de beste plaats daar kost {diff} ({terms})",
    pinned: "De student is met de hand aan deze WPB gekoppeld (regel 8).",
    travel_detail: ": {minutes} minuten",
};
