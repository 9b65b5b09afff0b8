//! What the command line says on the terminal, in Dutch and English. `bench` speaks
//! English only: it is a developer's tool.

use super::{w, Word};

words! {
    pub COUNTS =
        "{errors} {errors|fout|fouten}, {warnings} {warnings|waarschuwing|waarschuwingen}.",
        "{errors} error(s), {warnings} warning(s).";
    pub NOTHING_PLANNED =
        "Er is niets gepland: verbeter de fouten hierboven en probeer het opnieuw.",
        "Nothing was planned: correct the errors above and run again.";
    pub NOTHING_PLANNED_BASELINE =
        "Er is niets gepland: verbeter het gepubliceerde plan en probeer het opnieuw.",
        "Nothing was planned: correct the baseline plan and run again.";
    pub ERROR =
        "fout: {message}",
        "error: {message}";
    pub BAD_TIME_LIMIT =
        "fout: --time-limit moet een positief aantal seconden zijn, niet {value}",
        "error: --time-limit must be a positive number of seconds, not {value}";
    pub BAD_GROUP_SHARE =
        "fout: --group-share is een aandeel van 0 tot 1, zoals 0.08, niet {value}",
        "error: --group-share is a share from 0 to 1, such as 0.08, not {value}";
    pub BAD_WITHOUT =
        "fout: --without kent {known}, niet '{name}'",
        "error: --without knows {known}, not '{name}'";
    pub NO_PLAN_PINS =
        "Voor deze invoer bestaat geen plan: verander het vastzetten of de groepen hierboven.",
        "No plan exists for this input: change the pins or groups above.";
    pub CHECK_OK =
        "OK: {schools} {schools|school|scholen}, {wpbs} {wpbs|WPB|WPB's}, {students} {students|student|studenten}; model '{model}' ({source}).",
        "OK: {schools} schools, {wpbs} WPBs, {students} students; model '{model}' ({source}).";
    pub CANNOT_WRITE_OUT =
        "fout: de uitvoer kan niet naar {dir} geschreven worden: {error}. Kies een andere --out-map; daar is niets veranderd.",
        "error: cannot write the outputs to {dir}: {error}. Choose another --out folder; nothing was changed there.";
    pub SOLVE_STUDENTS =
        "{model}: {n} {n|student|studenten}",
        "{model}: {n} {n|student|students}";
    pub SOLVE_PLACED =
        "geplaatst {placed}, niet geplaatst {unplaced} (redenen in {file})",
        "placed {placed}, unplaced {unplaced} (reasons in {file})";
    pub SOLVE_OBJECTIVE =
        "doelwaarde {objective}  ondergrens {bound}  gap {gap}%  {status} in {seconds} s",
        "objective {objective}  bound {bound}  gap {gap}%  {status} in {seconds} s";
    pub SOLVE_REPAIR =
        "herstel van het gepubliceerde plan: {kept} van {before} gebleven, {moved} verplaatst ({reasons}), {new} nieuw geplaatst; gewicht moved_student {weight} (details in {file})",
        "repair of the published plan: {kept} of {before} kept, {moved} moved ({reasons}), {new} newly placed; moved_student weight {weight} (details in {file})";
    pub SOLVE_PINS_KEPT =
        "het plan van --pins is gehouden, met de vastgezette correcties: {kept} van {before} gebleven, {moved} verplaatst ({reasons}), {new} nieuw geplaatst; een verplaatsing kost moved_student {weight} (wie en waarom in {file}; --pins-from-scratch plant alle anderen opnieuw)",
        "the plan of --pins is kept, with the pinned corrections: {kept} of {before} kept, {moved} moved ({reasons}), {new} newly placed; a move costs moved_student {weight} (who and why in {file}; --pins-from-scratch plans everyone else anew)";
    pub NONE =
        "geen",
        "none";
    pub SOLVE_VERIFIED =
        "plan nagekeken door de onafhankelijke controle; geschreven naar {dir}",
        "plan verified by the independent checker; written to {dir}";
    pub SOLVE_DIAGNOSIS =
        "diagnose: {bottlenecks} {bottlenecks|knelpunt|knelpunten}, {suggestions} {suggestions|nagerekend voorstel|nagerekende voorstellen} in {file} ({seconds} s)",
        "diagnosis: {bottlenecks} {bottlenecks|bottleneck|bottlenecks}, {suggestions} verified {suggestions|suggestion|suggestions} in {file} ({seconds} s)";
    pub SOLVE_FAILED =
        "fout: {message}. Er is niets geschreven.",
        "error: {message}. Nothing was written.";
    pub NO_PLAN_EXISTS =
        "voor deze invoer bestaat geen plan (status infeasible_input): {why}; verander het vastzetten of de groepen",
        "no plan exists for this input (status infeasible_input): {why}; change the pins or groups";
    pub NO_PLAN_IN_TIME =
        "binnen de tijdslimiet is geen plan gevonden; probeer het opnieuw met een langere --time-limit",
        "no plan was found within the time limit; run again with a longer --time-limit";
    pub INTERNAL =
        "interne fout: {message}",
        "internal error: {message}";
    pub PLAN_BREAKS_RULE =
        "het plan van de optimalisatie breekt regel {rule} ({name}) voor '{student}': {message}; dit is een fout in stageplan, meld die met de invoer",
        "the optimiser's plan breaks rule {rule} ({name}) for '{student}': {message}; this is a bug in stageplan, please report it with the input";
    pub OBJECTIVES_DIFFER =
        "de doelwaarde van de solver {solver} wijkt af van die van de controle {checker}; dit is een fout in stageplan, meld die met de invoer",
        "the solver's objective {solver} differs from the checker's {checker}; this is a bug in stageplan, please report it with the input";
    pub XLSX_FAILED =
        "waarschuwing: plan.xlsx kon niet gemaakt worden ({error}); de CSV-bestanden zijn compleet",
        "warning: plan.xlsx could not be made ({error}); the CSV files are complete";
    pub GENERATE_SIZES =
        "fout: --students en --schools moeten minstens 1 zijn",
        "error: --students and --schools must be at least 1";
    pub CANNOT_WRITE =
        "fout: {path} kan niet geschreven worden: {error}",
        "error: cannot write to {path}: {error}";
    pub GENERATED =
        "{students} {students|student|studenten} en {schools} {schools|school|scholen} geschreven naar {dir}",
        "wrote {students} students and {schools} schools to {dir}";
    pub INIT_EXISTS =
        "fout: {path} bestaat al; stageplan init overschrijft nooit. Kies een nieuwe naam.",
        "error: {path} already exists; stageplan init never overwrites. Choose a new name.";
    pub INIT_WRITTEN =
        "{path} geschreven: vul het in en start dan: stageplan solve {path} --out uitvoer",
        "{path} written: fill it in, then run: stageplan solve {path} --out output";
    pub SWEEP_BAD_FILE =
        "Er is niets doorgerekend: verbeter het scenariobestand en probeer het opnieuw.",
        "Nothing was solved: correct the scenario file and run again.";
    pub SWEEP_BAD_INPUT =
        "Er is niets doorgerekend: verbeter de fouten hierboven en probeer het opnieuw.",
        "Nothing was solved: correct the errors above and run again.";
    pub SWEEP_NO_BASELINE =
        "fout: de basis heeft geen plan: {message}. Er is niets geschreven.",
        "error: the baseline has no plan: {message}. Nothing was written.";
    pub SWEEP_NO_PLAN =
        "scenario '{scenario}' heeft geen plan ({status}): {message}",
        "scenario '{scenario}' has no plan ({status}): {message}";
    pub SWEEP_DONE =
        "{n} scenario's ({failed} zonder plan); vergelijking in {csv} en {md}",
        "{n} scenarios ({failed} without a plan); comparison in {csv} and {md}";
    pub UNKNOWN_STUDENT =
        "fout: student '{student}' staat niet in students.csv van {instance}; geef een student_id uit dat bestand",
        "error: student '{student}' is not in students.csv of {instance}; give a student_id from that file";
    pub PLAN_BREAKS_RULES =
        "fout: het plan breekt {n} harde {n|regel|regels}; `stageplan verify` laat ze zien; verklaar een geldig plan",
        "error: the plan breaks {n} hard {n|rule|rules}; run `stageplan verify` to see them, and explain a valid plan";
    pub SWEEP_WITHOUT_PLAN =
        "Scenario's zonder plan:",
        "Scenarios without a plan:";
    pub SWEEP_INPUT_ERRORS =
        "{n} {n|invoerfout|invoerfouten}, de eerste: {place}: {message} (zie {file})",
        "{n} input error(s), first: {place}: {message} (see {file})";
    pub SWEEP_SAME =
        "dezelfde invoer en hetzelfde model als de basis: het plan van de basis blijft",
        "the same instance and model as the baseline: its plan is kept";
    pub SWEEP_SAME_AS =
        "dezelfde invoer en hetzelfde model als scenario '{name}': het plan daarvan geldt ook hier",
        "the same instance and model as scenario '{name}': its plan holds here too";

    // verify, score and greedy.
    pub RULE_BROKEN =
        "{at}{who}regel {rule} ({name}) gebroken: {message}",
        "{at}{who}rule {rule} ({name}) broken: {message}";
    pub STUDENT_PREFIX =
        "student '{id}': ",
        "student '{id}': ";
    pub NOTE =
        "let op: {note}",
        "note: {note}";
    pub VERIFY_FIGURES =
        "geplaatst {placed}, niet geplaatst {unplaced}; doelwaarde {objective} (reistijd {travel} min, zelfde schoolsoort {same}, voorkeursplaats {rank}, niet in voorkeuren {unlisted}, niet gecertificeerd {uncertified})",
        "placed {placed}, unplaced {unplaced}; objective {objective} (travel {travel} min, same type {same}, preference rank {rank}, unlisted {unlisted}, uncertified {uncertified})";
    pub ALL_RULES_HOLD =
        "alle harde regels kloppen",
        "all hard rules hold";
    pub VIOLATIONS =
        "{n} harde {n|regel|regels} gebroken",
        "{n} hard rule violation(s)";

    pub SCORE_PLACED =
        "{placed} van {students} studenten geplaatst ({share}); {rules}",
        "{placed} of {students} students placed ({share}); {rules}";
    pub SCORE_OBJECTIVE =
        "doelwaarde {objective} (niet geplaatst {unplaced}, reistijd {travel}, zelfde schoolsoort {same}, voorkeursplaats {rank}, niet in voorkeuren {unlisted}, niet gecertificeerd {uncertified})",
        "objective {objective} (unplaced {unplaced}, travel {travel}, same type {same}, preference rank {rank}, unlisted {unlisted}, uncertified {uncertified})";
    pub SCORE_BOUND =
        "LP-ondergrens {bound}: hoogstens {gap} van het optimum (het optimum ligt ertussen; `solve` bewijst het)",
        "LP bound {bound}: gap at most {gap} (the optimum lies between; `solve` proves it)";
    pub SCORE_TRAVEL =
        "reistijd: gemiddeld {mean} min, 90e percentiel {p90} min, hoogstens {max} min",
        "travel: mean {mean} min, 90th percentile {p90} min, max {max} min";
    pub SCORE_PREFERENCES =
        "voorkeuren (van de geplaatsten die er opgaven): {first} eerste keus, {top3} in de top 3",
        "preferences (of the placed who listed any): {first} first choice, {top3} in the top 3";
    pub SCORE_TYPES =
        "{different} op een andere schoolsoort dan vorige keer; {certified} bij een gecertificeerde WPB",
        "{different} at another school type than last time; {certified} with a certified WPB";
    pub SCORE_LOAD =
        "bezetting: WPB's gemiddeld {wm} (sd {wsd}, max {wmax}); scholen gemiddeld {sm} (sd {ssd}, max {smax})",
        "load: WPBs mean {wm} (sd {wsd}, max {wmax}); schools mean {sm} (sd {ssd}, max {smax})";
    pub GREEDY_DONE =
        "gretig plan: {placed} van {students} studenten geplaatst, doelwaarde {objective}; geschreven naar {file} (beoordeel het met `stageplan score`)",
        "greedy plan: {placed} of {students} students placed, objective {objective}; written to {file} (score it with `stageplan score`)";
    pub GREEDY_BREAKS =
        "waarschuwing: het gretige plan breekt regel {rule} ({name}) voor '{student}': {message}",
        "warning: the greedy plan breaks rule {rule} ({name}) for '{student}': {message}";
}

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
