//! What the command line says on the terminal, in Dutch and English. `bench` speaks
//! English only: it is a developer's tool.

use super::{w, Word};

pub const COUNTS: Word = w(
    "{errors} {errors|fout|fouten}, {warnings} {warnings|waarschuwing|waarschuwingen}.",
    "{errors} error(s), {warnings} warning(s).",
);
pub const NOTHING_PLANNED: Word = w(
    "Er is niets gepland: verbeter de fouten hierboven en probeer het opnieuw.",
    "Nothing was planned: correct the errors above and run again.",
);
pub const NOTHING_PLANNED_BASELINE: Word = w(
    "Er is niets gepland: verbeter het gepubliceerde plan en probeer het opnieuw.",
    "Nothing was planned: correct the baseline plan and run again.",
);
pub const ERROR: Word = w("fout: {message}", "error: {message}");
pub const BAD_TIME_LIMIT: Word = w(
    "fout: --time-limit moet een positief aantal seconden zijn, niet {value}",
    "error: --time-limit must be a positive number of seconds, not {value}",
);
pub const BAD_GROUP_SHARE: Word = w(
    "fout: --group-share is een aandeel van 0 tot 1, zoals 0.08, niet {value}",
    "error: --group-share is a share from 0 to 1, such as 0.08, not {value}",
);
pub const BAD_WITHOUT: Word = w(
    "fout: --without kent {known}, niet '{name}'",
    "error: --without knows {known}, not '{name}'",
);
pub const NO_PLAN_PINS: Word = w(
    "Voor deze invoer bestaat geen plan: verander het vastzetten of de groepen hierboven.",
    "No plan exists for this input: change the pins or groups above.",
);
pub const CHECK_OK: Word = w(
    "OK: {schools} {schools|school|scholen}, {wpbs} {wpbs|WPB|WPB's}, {students} {students|student|studenten}; model '{model}' ({source}).",
    "OK: {schools} schools, {wpbs} WPBs, {students} students; model '{model}' ({source}).",
);
pub const CANNOT_WRITE_OUT: Word = w(
    "fout: de uitvoer kan niet naar {dir} geschreven worden: {error}. Kies een andere --out-map; daar is niets veranderd.",
    "error: cannot write the outputs to {dir}: {error}. Choose another --out folder; nothing was changed there.",
);
pub const SOLVE_STUDENTS: Word = w(
    "{model}: {n} {n|student|studenten}",
    "{model}: {n} {n|student|students}",
);
pub const SOLVE_PLACED: Word = w(
    "geplaatst {placed}, niet geplaatst {unplaced} (redenen in {file})",
    "placed {placed}, unplaced {unplaced} (reasons in {file})",
);
pub const SOLVE_OBJECTIVE: Word = w(
    "doelwaarde {objective}  ondergrens {bound}  gap {gap}%  {status} in {seconds} s",
    "objective {objective}  bound {bound}  gap {gap}%  {status} in {seconds} s",
);
pub const SOLVE_REPAIR: Word = w(
    "herstel van het gepubliceerde plan: {kept} van {before} gebleven, {moved} verplaatst ({reasons}), {new} nieuw geplaatst; gewicht moved_student {weight} (details in {file})",
    "repair of the published plan: {kept} of {before} kept, {moved} moved ({reasons}), {new} newly placed; moved_student weight {weight} (details in {file})",
);
pub const SOLVE_PINS_KEPT: Word = w(
    "het plan van --pins is gehouden, met de vastgezette correcties: {kept} van {before} gebleven, {moved} verplaatst ({reasons}), {new} nieuw geplaatst; een verplaatsing kost moved_student {weight} (wie en waarom in {file}; --pins-from-scratch plant alle anderen opnieuw)",
    "the plan of --pins is kept, with the pinned corrections: {kept} of {before} kept, {moved} moved ({reasons}), {new} newly placed; a move costs moved_student {weight} (who and why in {file}; --pins-from-scratch plans everyone else anew)",
);
pub const NONE: Word = w("geen", "none");
pub const SOLVE_VERIFIED: Word = w(
    "plan nagekeken door de onafhankelijke controle; geschreven naar {dir}",
    "plan verified by the independent checker; written to {dir}",
);
pub const SOLVE_DIAGNOSIS: Word = w(
    "diagnose: {bottlenecks} {bottlenecks|knelpunt|knelpunten}, {suggestions} {suggestions|nagerekend voorstel|nagerekende voorstellen} in {file} ({seconds} s)",
    "diagnosis: {bottlenecks} {bottlenecks|bottleneck|bottlenecks}, {suggestions} verified {suggestions|suggestion|suggestions} in {file} ({seconds} s)",
);
pub const SOLVE_FAILED: Word = w(
    "fout: {message}. Er is niets geschreven.",
    "error: {message}. Nothing was written.",
);
pub const NO_PLAN_EXISTS: Word = w(
    "voor deze invoer bestaat geen plan (status infeasible_input): {why}; verander het vastzetten of de groepen",
    "no plan exists for this input (status infeasible_input): {why}; change the pins or groups",
);
pub const NO_PLAN_IN_TIME: Word = w(
    "binnen de tijdslimiet is geen plan gevonden; probeer het opnieuw met een langere --time-limit",
    "no plan was found within the time limit; run again with a longer --time-limit",
);
pub const INTERNAL: Word = w("interne fout: {message}", "internal error: {message}");
pub const PLAN_BREAKS_RULE: Word = w(
    "het plan van de optimalisatie breekt regel {rule} ({name}) voor '{student}': {message}; dit is een fout in stageplan, meld die met de invoer",
    "the optimiser's plan breaks rule {rule} ({name}) for '{student}': {message}; this is a bug in stageplan, please report it with the input",
);
pub const OBJECTIVES_DIFFER: Word = w(
    "de doelwaarde van de solver {solver} wijkt af van die van de controle {checker}; dit is een fout in stageplan, meld die met de invoer",
    "the solver's objective {solver} differs from the checker's {checker}; this is a bug in stageplan, please report it with the input",
);
pub const XLSX_FAILED: Word = w(
    "waarschuwing: plan.xlsx kon niet gemaakt worden ({error}); de CSV-bestanden zijn compleet",
    "warning: plan.xlsx could not be made ({error}); the CSV files are complete",
);
pub const GENERATE_SIZES: Word = w(
    "fout: --students en --schools moeten minstens 1 zijn",
    "error: --students and --schools must be at least 1",
);
pub const CANNOT_WRITE: Word = w(
    "fout: {path} kan niet geschreven worden: {error}",
    "error: cannot write to {path}: {error}",
);
pub const GENERATED: Word = w(
    "{students} {students|student|studenten} en {schools} {schools|school|scholen} geschreven naar {dir}",
    "wrote {students} students and {schools} schools to {dir}",
);
pub const INIT_EXISTS: Word = w(
    "fout: {path} bestaat al; stageplan init overschrijft nooit. Kies een nieuwe naam.",
    "error: {path} already exists; stageplan init never overwrites. Choose a new name.",
);
pub const INIT_WRITTEN: Word = w(
    "{path} geschreven: vul het in en start dan: stageplan solve {path} --out uitvoer",
    "{path} written: fill it in, then run: stageplan solve {path} --out output",
);
pub const SWEEP_BAD_FILE: Word = w(
    "Er is niets doorgerekend: verbeter het scenariobestand en probeer het opnieuw.",
    "Nothing was solved: correct the scenario file and run again.",
);
pub const SWEEP_BAD_INPUT: Word = w(
    "Er is niets doorgerekend: verbeter de fouten hierboven en probeer het opnieuw.",
    "Nothing was solved: correct the errors above and run again.",
);
pub const SWEEP_NO_BASELINE: Word = w(
    "fout: de basis heeft geen plan: {message}. Er is niets geschreven.",
    "error: the baseline has no plan: {message}. Nothing was written.",
);
pub const SWEEP_NO_PLAN: Word = w(
    "scenario '{scenario}' heeft geen plan ({status}): {message}",
    "scenario '{scenario}' has no plan ({status}): {message}",
);
pub const SWEEP_DONE: Word = w(
    "{n} scenario's ({failed} zonder plan); vergelijking in {csv} en {md}",
    "{n} scenarios ({failed} without a plan); comparison in {csv} and {md}",
);
pub const UNKNOWN_STUDENT: Word = w(
    "fout: student '{student}' staat niet in students.csv van {instance}; geef een student_id uit dat bestand",
    "error: student '{student}' is not in students.csv of {instance}; give a student_id from that file",
);
pub const PLAN_BREAKS_RULES: Word = w(
    "fout: het plan breekt {n} harde {n|regel|regels}; `stageplan verify` laat ze zien; verklaar een geldig plan",
    "error: the plan breaks {n} hard {n|rule|rules}; run `stageplan verify` to see them, and explain a valid plan",
);

// sweep.md and the sweep's table on the terminal.
pub const SWEEP_HEADER: [Word; 10] = [
    w("scenario", "scenario"),
    w("status", "status"),
    w("geplaatst", "placed"),
    w("niet geplaatst", "unplaced"),
    w("doelwaarde", "objective"),
    w("t.o.v. basis", "vs baseline"),
    w("reistijd t.o.v. basis", "travel vs baseline"),
    w("reistijd gem.", "travel mean"),
    w("reistijd max", "travel max"),
    w("anders", "changed"),
];
pub const SWEEP_WITHOUT_PLAN: Word = w("Scenario's zonder plan:", "Scenarios without a plan:");
pub const SWEEP_INPUT_ERRORS: Word = w(
    "{n} {n|invoerfout|invoerfouten}, de eerste: {place}: {message} (zie {file})",
    "{n} input error(s), first: {place}: {message} (see {file})",
);
pub const SWEEP_SAME: Word = w(
    "dezelfde invoer en hetzelfde model als de basis: het plan van de basis blijft",
    "the same instance and model as the baseline: its plan is kept",
);

// verify, score and greedy.
pub const RULE_BROKEN: Word = w(
    "{at}{who}regel {rule} ({name}) gebroken: {message}",
    "{at}{who}rule {rule} ({name}) broken: {message}",
);
pub const STUDENT_PREFIX: Word = w("student '{id}': ", "student '{id}': ");
pub const NOTE: Word = w("let op: {note}", "note: {note}");
pub const VERIFY_FIGURES: Word = w(
    "geplaatst {placed}, niet geplaatst {unplaced}; doelwaarde {objective} (reistijd {travel} min, zelfde schoolsoort {same}, voorkeursplaats {rank}, niet in voorkeuren {unlisted}, niet gecertificeerd {uncertified})",
    "placed {placed}, unplaced {unplaced}; objective {objective} (travel {travel} min, same type {same}, preference rank {rank}, unlisted {unlisted}, uncertified {uncertified})",
);
pub const ALL_RULES_HOLD: Word = w("alle harde regels kloppen", "all hard rules hold");
pub const VIOLATIONS: Word = w(
    "{n} harde {n|regel|regels} gebroken",
    "{n} hard rule violation(s)",
);

pub const SCORE_PLACED: Word = w(
    "{placed} van {students} studenten geplaatst ({share}); {rules}",
    "{placed} of {students} students placed ({share}); {rules}",
);
pub const SCORE_OBJECTIVE: Word = w(
    "doelwaarde {objective} (niet geplaatst {unplaced}, reistijd {travel}, zelfde schoolsoort {same}, voorkeursplaats {rank}, niet in voorkeuren {unlisted}, niet gecertificeerd {uncertified})",
    "objective {objective} (unplaced {unplaced}, travel {travel}, same type {same}, preference rank {rank}, unlisted {unlisted}, uncertified {uncertified})",
);
pub const SCORE_BOUND: Word = w(
    "LP-ondergrens {bound}: hoogstens {gap} van het optimum (het optimum ligt ertussen; `solve` bewijst het)",
    "LP bound {bound}: gap at most {gap} (the optimum lies between; `solve` proves it)",
);
pub const SCORE_TRAVEL: Word = w(
    "reistijd: gemiddeld {mean} min, 90e percentiel {p90} min, hoogstens {max} min",
    "travel: mean {mean} min, 90th percentile {p90} min, max {max} min",
);
pub const SCORE_PREFERENCES: Word = w(
    "voorkeuren (van de geplaatsten die er opgaven): {first} eerste keus, {top3} in de top 3",
    "preferences (of the placed who listed any): {first} first choice, {top3} in the top 3",
);
pub const SCORE_TYPES: Word = w(
    "{different} op een andere schoolsoort dan vorige keer; {certified} bij een gecertificeerde WPB",
    "{different} at another school type than last time; {certified} with a certified WPB",
);
pub const SCORE_LOAD: Word = w(
    "bezetting: WPB's gemiddeld {wm} (sd {wsd}, max {wmax}); scholen gemiddeld {sm} (sd {ssd}, max {smax})",
    "load: WPBs mean {wm} (sd {wsd}, max {wmax}); schools mean {sm} (sd {ssd}, max {smax})",
);
pub const GREEDY_DONE: Word = w(
    "gretig plan: {placed} van {students} studenten geplaatst, doelwaarde {objective}; geschreven naar {file} (beoordeel het met `stageplan score`)",
    "greedy plan: {placed} of {students} students placed, objective {objective}; written to {file} (score it with `stageplan score`)",
);
pub const GREEDY_BREAKS: Word = w(
    "waarschuwing: het gretige plan breekt regel {rule} ({name}) voor '{student}': {message}",
    "warning: the greedy plan breaks rule {rule} ({name}) for '{student}': {message}",
);

/// Every sentence above, for the test that both languages name the same placeholders.
pub const ALL: &[&Word] = &[
    &COUNTS,
    &NOTHING_PLANNED,
    &NOTHING_PLANNED_BASELINE,
    &ERROR,
    &BAD_TIME_LIMIT,
    &BAD_GROUP_SHARE,
    &BAD_WITHOUT,
    &NO_PLAN_PINS,
    &CHECK_OK,
    &CANNOT_WRITE_OUT,
    &SOLVE_STUDENTS,
    &SOLVE_PLACED,
    &SOLVE_OBJECTIVE,
    &SOLVE_REPAIR,
    &SOLVE_PINS_KEPT,
    &NONE,
    &SOLVE_VERIFIED,
    &SOLVE_DIAGNOSIS,
    &SOLVE_FAILED,
    &NO_PLAN_EXISTS,
    &NO_PLAN_IN_TIME,
    &INTERNAL,
    &PLAN_BREAKS_RULE,
    &OBJECTIVES_DIFFER,
    &XLSX_FAILED,
    &GENERATE_SIZES,
    &CANNOT_WRITE,
    &GENERATED,
    &INIT_EXISTS,
    &INIT_WRITTEN,
    &SWEEP_BAD_FILE,
    &SWEEP_BAD_INPUT,
    &SWEEP_NO_BASELINE,
    &SWEEP_NO_PLAN,
    &SWEEP_DONE,
    &UNKNOWN_STUDENT,
    &PLAN_BREAKS_RULES,
    &SWEEP_WITHOUT_PLAN,
    &SWEEP_INPUT_ERRORS,
    &SWEEP_SAME,
    &RULE_BROKEN,
    &STUDENT_PREFIX,
    &NOTE,
    &VERIFY_FIGURES,
    &ALL_RULES_HOLD,
    &VIOLATIONS,
    &SCORE_PLACED,
    &SCORE_OBJECTIVE,
    &SCORE_BOUND,
    &SCORE_TRAVEL,
    &SCORE_PREFERENCES,
    &SCORE_TYPES,
    &SCORE_LOAD,
    &GREEDY_DONE,
    &GREEDY_BREAKS,
];
