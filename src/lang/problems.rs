//! Every input problem in Dutch and English: what is wrong, and what to do about it.
//! A sentence table, long on purpose: one pair of sentences per problem, grouped by code.
//! The codes themselves (E011, W001, ...) and their meanings are in `input/codes.rs`.

use super::{w, Word};

// How a problem is printed.
pub const ERROR: Word = w("fout", "error");
pub const WARNING: Word = w("waarschuwing", "warning");
pub const VALUE: Word = w("waarde", "value");
pub const WHAT_TO_DO: Word = w("wat te doen", "what to do");

// Files and folders (E001-E007).
pub const NO_INSTANCE: Word = w(
    "de map (of Excel-werkmap) van de invoer bestaat niet",
    "the instance folder (or Excel workbook) does not exist",
);
pub const NO_INSTANCE_DO: Word = w(
    "Geef de map met schools.csv, supervisors.csv en students.csv, of een .xlsx-werkmap met die bladen.",
    "Give the folder that holds schools.csv, supervisors.csv and students.csv, or an .xlsx workbook with those sheets.",
);
pub const FILE_MISSING: Word = w(
    "het verplichte bestand {name} ontbreekt in {dir}",
    "the required file {name} is missing from {dir}",
);
pub const FILE_MISSING_DO: Word = w(
    "Zet het bestand in de map van de invoer (de README noemt de kolommen).",
    "Put the file in the instance folder (see the README for its columns).",
);
/// Why the bytes are not text, as the end of "the file ...".
pub const UTF16: Word = w(
    "is opgeslagen als UTF-16 (Unicode-tekst)",
    "is saved as UTF-16 (Unicode text)",
);
pub const BINARY: Word = w(
    "bevat binaire gegevens, geen tekst",
    "contains binary data, not text",
);
pub const NOT_TEXT: Word = w("het bestand {why}", "the file {why}");
pub const SAVE_AS_CSV: Word = w(
    "Sla het blad in Excel op als 'CSV UTF-8 (door komma's gescheiden)' of 'CSV (gescheiden door lijstscheidingsteken)'.",
    "Save the sheet from Excel as 'CSV UTF-8 (door komma's gescheiden)' or 'CSV (gescheiden door lijstscheidingsteken)'.",
);
pub const CANNOT_READ: Word = w(
    "het bestand kan niet gelezen worden: {error}",
    "the file cannot be read: {error}",
);
pub const CANNOT_READ_DO: Word = w(
    "Controleer of het bestand bestaat en niet in een ander programma openstaat.",
    "Check that the file exists and is not open in another program.",
);
pub const QUOTE_OPEN: Word = w(
    "hier opent een aanhalingsteken (\") een cel die nergens sluit, dus de rest van het bestand is onleesbaar",
    "a quote (\") opens a cell here that is never closed, so the rest of the file cannot be read",
);
pub const QUOTE_OPEN_DO: Word = w(
    "Sluit het aanhalingsteken of haal het weg (een aanhalingsteken in een cel schrijft u dubbel: \"\") en sla het bestand opnieuw op.",
    "Close the quote or remove it (a quote inside a cell is written twice: \"\"), then save the file again.",
);
pub const BAD_CSV: Word = w(
    "het bestand is hier geen leesbare CSV ({error})",
    "the file cannot be read as CSV here ({error})",
);
pub const BAD_CSV_DO: Word = w(
    "Zoek een aanhalingsteken (\") dat opent maar niet sluit, of een afgebroken bestand; sla het opnieuw op vanuit Excel.",
    "Look for a quote (\") that is opened but never closed, or a file that was cut off; save it again from Excel.",
);
pub const EMPTY_FILE: Word = w(
    "het bestand is leeg: er is geen regel met kolomnamen",
    "the file is empty: it has no header line",
);
pub const EMPTY_FILE_DO: Word = w(
    "Zet de kolomnamen op de eerste regel, zoals de README beschrijft.",
    "Put the column names on the first line, as described in the README.",
);
pub const MISSING_COLUMN: Word = w(
    "de verplichte kolom '{name}' staat niet in de kopregel",
    "the required column '{name}' is missing from the header line",
);
pub const MISSING_COLUMN_DO: Word = w(
    "Voeg een kolom toe met precies de naam '{name}' (hoofd- of kleine letters maakt niet uit), of geef de kolom die deze gegevens houdt die naam.",
    "Add a column named exactly '{name}' (upper or lower case does not matter), or give that name to the column that holds this data.",
);
pub const TOO_MANY_CELLS: Word = w(
    "deze regel heeft {cells} cellen, meer dan de {columns} kolommen van de kopregel",
    "this row has {cells} cells, more than the {columns} columns of the header line",
);
pub const TOO_MANY_CELLS_DO: Word = w(
    "Zoek een komma in een waarde (een decimale komma in een bestand met komma's als scheiding), of zet aanhalingstekens om die waarde.",
    "Look for a comma inside a value (a decimal comma in a file that uses commas), or put quotes around that value.",
);
pub const CELL_WITHOUT_COLUMN: Word = w(
    "deze cel staat rechts van de laatste kolom met een naam in de eerste rij",
    "this cell is right of the last column with a name in the first row",
);
pub const CELL_WITHOUT_COLUMN_DO: Word = w(
    "Geef de kolom een naam in de eerste rij, of maak de cel leeg.",
    "Give the column a name in the first row, or empty the cell.",
);
pub const NO_ROWS: Word = w(
    "het bestand heeft een kopregel maar geen rijen: er is niets om mee te plannen",
    "the file has a header line but no rows: there is nothing to plan with",
);
pub const NO_ROWS_DO: Word = w(
    "Vul de rijen onder de kopregel in, of controleer of het goede blad is opgeslagen.",
    "Fill in the rows below the header, or check that the right sheet was saved.",
);

// Workbooks.
/// A sheet where a CSV file would be named: "is not in the sheet 'scholen'".
pub const SHEET_NAMED: Word = w("het blad '{sheet}'", "the sheet '{sheet}'");
pub const NOT_A_WORKBOOK: Word = w(
    "het bestand is geen leesbare Excel-werkmap: {error}",
    "the file cannot be read as an Excel workbook: {error}",
);
pub const NOT_A_WORKBOOK_DO: Word = w(
    "Sla de werkmap in Excel op als 'Excel-werkmap (*.xlsx)', of geef de map met CSV-bestanden.",
    "Save the workbook from Excel as 'Excel-werkmap (*.xlsx)', or give the instance folder of CSV files.",
);
pub const NOT_A_PLAN_DO: Word = w(
    "Geef de plan.xlsx die stageplan schreef, in Excel opgeslagen als 'Excel-werkmap (*.xlsx)'.",
    "Give the plan.xlsx that stageplan wrote, saved from Excel as 'Excel-werkmap (*.xlsx)'.",
);
pub const BAD_SHEET: Word = w(
    "het blad kan niet gelezen worden: {error}",
    "the sheet cannot be read: {error}",
);
pub const BAD_SHEET_DO: Word = w(
    "Open de werkmap in Excel, controleer het blad en sla de werkmap opnieuw op.",
    "Open the workbook in Excel, check the sheet and save it again.",
);
pub const NO_PLAN_SHEET: Word = w(
    "de werkmap heeft geen blad '{sheet}'",
    "the workbook has no sheet '{sheet}'",
);
pub const NO_PLAN_SHEET_DO: Word = w(
    "Geef de plan.xlsx die stageplan schreef, met het blad met plaatsingen.",
    "Give the plan.xlsx that stageplan wrote, with its sheet of placements.",
);
pub const NO_SHEET: Word = w(
    "de werkmap heeft geen blad '{nl}' (of '{en}')",
    "the workbook has no sheet '{nl}' (or '{en}')",
);
pub const NO_SHEET_DO: Word = w(
    "Voeg het blad '{nl}' toe met de kolommen van {file} (zie de README), of geef het blad met die kolommen deze naam; `stageplan init BESTAND.xlsx` schrijft een sjabloon.",
    "Add the sheet '{nl}' with the columns of {file} (see the README), or rename the sheet that holds them; `stageplan init FILE.xlsx` writes a template.",
);
pub const EMPTY_SHEET: Word = w(
    "het blad is leeg: er is geen rij met kolomnamen",
    "the sheet is empty: it has no row of column names",
);
pub const EMPTY_SHEET_DO: Word = w(
    "Zet de kolomnamen in de eerste rij, zoals de README beschrijft.",
    "Put the column names in the first row, as described in the README.",
);

// Cells (E010-E013).
pub const EMPTY_VALUE: Word = w(
    "de verplichte waarde '{column}' is leeg",
    "the required value '{column}' is empty",
);
pub const EMPTY_VALUE_DO: Word = w("Vul deze cel in.", "Fill in this cell.");
pub const EMPTY_LIST: Word = w(
    "de verplichte lijst '{column}' heeft geen waarden, alleen scheidingstekens",
    "the required list '{column}' has no items, only separators",
);
pub const EMPTY_LIST_DO: Word = w(
    "Vul minstens één waarde in, bijvoorbeeld biologie of biologie|scheikunde.",
    "Fill in at least one value, e.g. biologie or biologie|scheikunde.",
);
pub const BAD_NUMBER: Word = w("'{column}' {why}", "'{column}' {why}");
pub const NUMBER_FORMULA: Word = w("is een formule, geen waarde", "is a formula, not a value");
pub const NUMBER_SEPARATORS: Word = w(
    "mengt '.' en ',' (scheidingstekens voor duizendtallen mogen niet)",
    "mixes '.' and ',' (thousands separators are not allowed)",
);
pub const NUMBER_NOT: Word = w("is geen getal", "is not a number");
pub const NUMBER_TOO_LARGE: Word = w("is te groot", "is too large");
pub const NUMBER_NEGATIVE: Word = w("is negatief", "is negative");
pub const NUMBER_NOT_WHOLE: Word = w("is geen heel getal", "is not a whole number");
pub const OUTSIDE_DEGREES: Word = w(
    "ligt buiten -{limit}..{limit} graden",
    "is outside -{limit}..{limit} degrees",
);
pub const COUNT_DO: Word = w(
    "Schrijf een heel getal zoals 2, of laat de cel leeg.",
    "Write a whole number such as 2, or leave the cell empty.",
);
pub const HOURS_DO: Word = w(
    "Schrijf een gewoon getal zoals 36 of 0,3 (geen scheidingstekens voor duizendtallen, geen formule), of laat de cel leeg.",
    "Write a plain number such as 36 or 0,3 (no thousands separators, no formula), or leave the cell empty.",
);
pub const COORDINATE_DO: Word = w(
    "Schrijf de coördinaat in decimale graden, bijvoorbeeld 52.07 (lat) of 4.30 (lon).",
    "Write the coordinate in decimal degrees, e.g. 52.07 (lat) or 4.30 (lon).",
);
pub const NOT_YES_NO: Word = w(
    "'{column}' is geen ja of nee",
    "'{column}' is not yes or no",
);
pub const NOT_YES_NO_DO: Word = w(
    "Schrijf ja of nee (yes/no, true/false, 1/0 mag ook).",
    "Write ja or nee (yes/no, true/false, 1/0 also work).",
);
pub const PIN_NOT_YES_NO: Word = w(
    "de cel vastzetten is geen ja of nee",
    "the pin cell is not yes or no",
);
pub const PIN_NOT_YES_NO_DO: Word = w(
    "Schrijf ja (deze plaatsing vastzetten) of nee, of laat de cel leeg.",
    "Write ja (pin this placement) or nee, or leave the cell empty.",
);
pub const NO_WEEKDAY: Word = w(
    "'{column}' noemt geen weekdag",
    "'{column}' names no weekday",
);
pub const NOT_A_WEEKDAY: Word = w(
    "'{item}' in '{column}' is geen weekdag",
    "'{item}' in '{column}' is not a weekday",
);
pub const WEEKDAYS_DO: Word = w(
    "Schrijf weekdagen als ma|di|wo|do|vr (of mon|tue|wed|thu|fri), gescheiden door |.",
    "Write weekdays as ma|di|wo|do|vr (or mon|tue|wed|thu|fri), separated by |.",
);

// Ids (E020-E026, W003, W004).
pub const ID_TWICE: Word = w(
    "{column} '{id}' komt twee keer voor (eerst op regel {first})",
    "{column} '{id}' is used twice (first on line {first})",
);
pub const ID_TWICE_DO: Word = w(
    "Geef elke rij een eigen nummer, of verwijder de dubbele rij.",
    "Give every row its own id, or remove the duplicate row.",
);
pub const UNKNOWN_SCHOOL: Word = w(
    "school '{id}' staat niet in {file}",
    "school '{id}' is not in {file}",
);
pub const DID_YOU_MEAN: Word = w("(bedoelt u '{id}'?)", "(did you mean '{id}'?)");
pub const UNKNOWN_SCHOOL_DO: Word = w(
    "Gebruik een {column} uit {file}, of voeg de school daar toe.",
    "Use a {column} from {file}, or add the school there.",
);
pub const OUTSIDE_SCHOOL: Word = w(
    "school '{id}' in '{column}' staat niet in {file}; hij blijft staan zoals geschreven, maar kan geen stageplaats zijn",
    "school '{id}' in '{column}' is not in {file}; it is kept as written but cannot be a placement",
);
pub const OUTSIDE_SCHOOL_DO: Word = w(
    "Controleer het nummer; een school buiten het samenwerkingsverband mag blijven staan.",
    "Check the id; a school outside the partnership can stay.",
);
pub const UNKNOWN_TRACK: Word = w(
    "opleiding '{id}' staat niet in het model",
    "track '{id}' is not in the model",
);
pub const UNKNOWN_TRACK_DO: Word = w(
    "Gebruik een opleiding uit het modelbestand (zie de README), of voeg de opleiding toe aan het model.",
    "Use a track id of the model file (see the README), or add the track to the model.",
);
pub const UNKNOWN_ID: Word = w(
    "{what} '{id}' in '{column}' staat niet in {file}",
    "{what} '{id}' in '{column}' is not in {file}",
);
pub const UNKNOWN_ID_DO: Word = w(
    "Gebruik een nummer uit {file}, of laat de cel leeg.",
    "Use an id from {file}, or leave the cell empty.",
);
pub const TRAVEL_ID_IGNORED: Word = w(
    "'{id}' in {file} hoort niet bij deze invoer; de rij wordt overgeslagen",
    "'{id}' in {file} is not in this instance; the row is ignored",
);
pub const TRAVEL_ID_IGNORED_DO: Word = w(
    "Niets, als de export meer mensen bevat; anders het nummer verbeteren.",
    "Nothing, if the export covers more people; otherwise correct the id.",
);
pub const TRAVEL_NOT_THIS_INSTANCE: Word = w(
    "{unknown} van de {rows} rijen van {file} noemen een {what} die niet in de invoer staat (bijvoorbeeld '{example}' op regel {line}), en {uncovered} van de {all} {what_plural} van de invoer {uncovered|heeft|hebben} er geen rij: dit bestand hoort niet bij deze invoer, of de nummers zijn verminkt",
    "{unknown} of the {rows} rows of {file} name a {what} that is not in the instance (e.g. '{example}' on line {line}), and {uncovered} of the instance's {all} {what_plural} have no row there: the file does not belong to this instance, or its ids were mangled",
);
pub const TRAVEL_NOT_THIS_INSTANCE_DO: Word = w(
    "Geef de reistijden van deze invoer. Kwamen de nummers uit Excel, zet dan de kolom als tekst, zodat voorloopnullen blijven staan (0938427, niet 938427).",
    "Give the travel times of this instance. If the ids came from Excel, format the column as text so that leading zeros stay (0938427, not 938427).",
);
pub const WHAT_STUDENT: Word = w("student", "student");
pub const WHAT_STUDENTS: Word = w("studenten", "students");
pub const WHAT_SCHOOLS: Word = w("scholen", "schools");
pub const SUPPRESSED: Word = w(
    "; {n} {n|melding|meldingen} over {files} die hieruit {n|volgt|volgen}, {n|staat|staan} niet in de lijst",
    "; {n} {n|message|messages} about {files} that follow from it {n|is|are} not listed",
);
pub const ZEROS_RESTORED: Word = w(
    "{n} {n|nummer|nummers} in '{column}' {n|stond|stonden} er als getal, zonder de voorloopnullen die Excel weglaat; {n|het is|ze zijn} gekoppeld aan het nummer met nullen (bijvoorbeeld {typed} als {id})",
    "{n} {n|id|ids} in '{column}' {n|was|were} typed as a number, without the leading zeros Excel drops; {n|it was|they were} matched to the id with zeros (e.g. {typed} as {id})",
);
pub const ZEROS_RESTORED_DO: Word = w(
    "Niets, als dat klopt; zet anders de kolom in Excel op tekst en typ de nummers opnieuw met hun nullen.",
    "Nothing, if that is right; otherwise format the column as text in Excel and type the ids again with their zeros.",
);
pub const TRAVEL_TWICE: Word = w(
    "deze student en school staan twee keer in de lijst (eerst op regel {first})",
    "this student and school are listed twice (first on line {first})",
);
pub const TRAVEL_TWICE_DO: Word = w(
    "Houd één reistijd per student en school.",
    "Keep one travel time per student and school.",
);
pub const NO_TRAVEL_TIME: Word = w(
    "geen reistijd voor student '{id}' naar school {schools}{more}, en geen coördinaten om die te schatten",
    "no travel time for student '{id}' to school {schools}{more}, and no coordinates to estimate it",
);
pub const NO_TRAVEL_TIME_DO: Word = w(
    "Voeg deze rijen toe aan {travel}, of geef {lat} en {lon} voor de student en de scholen.",
    "Add these rows to {travel}, or give {lat} and {lon} for the student and the schools.",
);
pub const PLAN_STUDENT_UNKNOWN: Word = w(
    "deze student uit het plan staat niet in de invoer",
    "this student of the plan is not in the instance",
);
pub const PLAN_STUDENT_UNKNOWN_DO: Word = w(
    "Haal het vastzetten weg (nee), of plan de invoer waarvoor het plan gemaakt is.",
    "Remove the pin (nee), or solve the instance the plan was made for.",
);
pub const PLAN_WPB_UNKNOWN: Word = w(
    "deze WPB uit het plan staat niet in de invoer",
    "this WPB of the plan is not in the instance",
);
pub const PLAN_WPB_UNKNOWN_DO: Word = w(
    "Haal het vastzetten weg (nee), of voeg de WPB toe aan de werkplekbegeleiders.",
    "Remove the pin (nee), or add the WPB to the supervisors.",
);

// What an id names, in "{what} '{id}' ... is not in {file}".
pub const WHAT_SCHOOL: Word = w("school", "school");
pub const WHAT_WPB: Word = w("WPB", "WPB");
pub const WHAT_TRACK: Word = w("opleiding", "track");
pub const THE_MODEL: Word = w("het model", "the model");

// Pins, groups and paid appointments (E030, E031, W001, W002, W005).
pub const PAID_NOT_COUNTED: Word = w(
    "de aanstelling van '{id}' ({fte}) telt niet als stageplaats voor opleiding {track} (die telt een aanstelling van {min} tot en met {max} fte); de student wordt gewoon ingepland",
    "the paid appointment of '{id}' ({fte}) does not count as the placement for track {track} (which counts one of {min} to {max} fte); the student is planned as usual",
);
pub const PAID_NEVER_COUNTS: Word = w(
    "de aanstelling van '{id}' ({fte}) telt niet als stageplaats: opleiding {track} telt geen aanstelling als stageplaats; de student wordt gewoon ingepland",
    "the paid appointment of '{id}' ({fte}) does not count as the placement: track {track} never counts a paid appointment as the placement; the student is planned as usual",
);
pub const NO_PAID_FTE: Word = w("geen {column}", "no {column}");
pub const PAID_NOT_COUNTED_DO: Word = w(
    "Niets, als dat klopt; verbeter anders {column}.",
    "Nothing, if that is right; otherwise correct {column}.",
);
pub const PIN_BREAKS_RULE: Word = w(
    "het vastzetten van '{student}' bij WPB '{wpb}' breekt regel {rule} ({why}); het vastzetten gaat voor",
    "the pin of '{student}' to WPB '{wpb}' breaks rule {rule} ({why}); the pin is honoured",
);
pub const PIN_BREAKS_RULE_DO: Word = w(
    "Controleer het vastzetten; haal het weg als de regel moet gelden.",
    "Check the pin; remove it if the rule should hold.",
);
pub const GROUP_TWO_SCHOOLS: Word = w(
    "groep '{group}' is vastgezet op twee scholen: '{first}' op {school} en '{student}' op {other}",
    "group '{group}' is pinned to two schools: '{first}' at {school} and '{student}' at {other}",
);
pub const GROUP_TWO_SCHOOLS_DO: Word = w(
    "Zet de leden van een groep vast bij WPB's van één school.",
    "Pin the members of a group to WPBs of one school.",
);
pub const PINS_OVER_WPB: Word = w(
    "alleen al de vastgezette studenten geven WPB '{wpb}' {count} studenten en {hours} uur, meer dan de capaciteit ({max} studenten, {max_hours} uur)",
    "the pins alone give WPB '{wpb}' {count} students and {hours} hours, more than its capacity ({max} students, {max_hours} hours)",
);
pub const PINS_OVER_WPB_DO: Word = w(
    "Haal een vastzetting weg of verhoog {max_students} / {max_hours} van deze WPB in {file}.",
    "Remove a pin or raise {max_students} / {max_hours} of this WPB in {file}.",
);
pub const UNLIMITED: Word = w("onbeperkt", "unlimited");
pub const PINS_OVER_SCHOOL: Word = w(
    "alleen al de vastgezette studenten geven school '{school}' {count} studenten en {hours} SO-uren, meer dan de capaciteit",
    "the pins alone give school '{school}' {count} students and {hours} SO hours, more than its capacity",
);
pub const PINS_OVER_SCHOOL_DO: Word = w(
    "Haal een vastzetting weg of verhoog {max_students} / {so_hours} van deze school in {file}.",
    "Remove a pin or raise {max_students} / {so_hours} of this school in {file}.",
);
pub const GROUP_MIXES_TRACKS: Word = w(
    "groep '{group}' mengt opleidingen: '{first}' zit in {a} en '{student}' in {b}{meet}",
    "group '{group}' mixes tracks: '{first}' is in {a} and '{student}' in {b}{meet}",
);
pub const GROUP_NO_COMMON_DAYS: Word = w(
    ", met stagedagen die elkaar nooit raken ({a_days} en {b_days})",
    ", whose stage days never meet ({a_days} and {b_days})",
);
pub const AND_MORE: Word = w(" en nog {n}", " and {n} more");
pub const GROUP_MIXES_TRACKS_DO: Word = w(
    "Controleer de kolom {column}: de groep wordt hoe dan ook op één school geplaatst.",
    "Check the {column} column: the group is placed at one school all the same.",
);
pub const GROUP_MIXES_SUBJECTS: Word = w(
    "groep '{group}' mengt vakken: '{first}' heeft {a} en '{student}' {b}; de groep heeft op één school WPB's van beide vakken nodig",
    "group '{group}' mixes subjects: '{first}' is trained in {a} and '{student}' in {b}; the group needs WPBs of both subjects at one school",
);
pub const GROUP_MIXES_SUBJECTS_DO: Word = w(
    "Controleer de kolommen {group} en {subject}; klopt het, dan wordt de groep toch op één school geplaatst.",
    "Check the {group} and {subject} columns; if they are right, the group is placed at one school all the same.",
);
pub const GROUP_FITS_NOWHERE: Word = w(
    "groep '{group}' ({n} studenten: {students}) past op geen enkele school in zijn geheel, dus blijven alle leden ongeplaatst (regel 9): {why}",
    "group '{group}' ({n} students: {students}) fits at no school whole, so all its members stay unplaced (rule 9): {why}",
);
pub const GROUP_MEMBER_NOWHERE: Word = w(
    "'{student}' kan op geen enkele school terecht (zie de waarschuwing over het vak of de scholen van die student)",
    "'{student}' may go to no school at all (see the warning about that student's subject or schools)",
);
pub const GROUP_NO_COMMON_SCHOOL: Word = w(
    "geen school staat open voor alle leden",
    "no school is open to all of its members",
);
pub const GROUP_NO_ROOM: Word = w(
    "de scholen die voor alle leden openstaan ({schools}) hebben te weinig plaatsen, uren of WPB's voor de hele groep",
    "the schools open to all of its members ({schools}) have too few places, hours or WPBs for the whole group",
);
pub const GROUP_FITS_NOWHERE_DO: Word = w(
    "Splits de groep (kolom {column}), of geef een school die voor alle leden openstaat meer ruimte: WPB's voor hun vakken op hun stagedagen, {max_students}, {so_hours}.",
    "Split the group (column {column}), or give a school open to all its members more room: WPBs for their subjects on their stage days, {max_students}, {so_hours}.",
);

// Who can be placed at all (W007, W010).
pub const SUBJECT_NOT_TAUGHT: Word = w(
    "geen WPB geeft {subject} op alle stagedagen van opleiding {track} ({days}), dus {n} {n|student blijft|studenten blijven} ongeplaatst ({students}): {why}",
    "no WPB teaches {subject} on every stage day of track {track} ({days}), so {n} {n|student stays|students stay} unplaced ({students}): {why}",
);
pub const SUBJECT_TAUGHT_BY_NOBODY: Word = w(
    "geen enkele WPB geeft {subject}",
    "no WPB teaches {subject} at all",
);
pub const SUBJECT_TAUGHT_OTHER_DAYS: Word = w(
    "de WPB's die {subject} geven zijn er op andere dagen: {wpbs}",
    "the WPBs who teach {subject} are there on other days: {wpbs}",
);
pub const SUBJECT_NOT_TAUGHT_DO: Word = w(
    "Voeg in {wpbs} een WPB toe die {subject} geeft en op {days} op school is, of verbeter de kolom {column} (de spelling telt, hoofdletters niet).",
    "Add a WPB to {wpbs} who teaches {subject} and is at school on {days}, or correct the {column} column (spelling counts, case does not).",
);
pub const NO_SCHOOL_LEFT: Word = w(
    "student '{id}' kan op geen enkele school terecht: van de {n} {n|school|scholen} met een WPB voor {subject} op de stagedagen sluit regel {rule} de laatste ({why}); de student blijft ongeplaatst",
    "student '{id}' may go to no school at all: of the {n} {n|school|schools} with a WPB for {subject} on the stage days, rule {rule} closes the last ({why}); the student stays unplaced",
);

// The model file (E040-E044).
pub const MODEL_NOT_TEXT: Word = w("het modelbestand {why}", "the model file {why}");
pub const MODEL_NOT_TEXT_DO: Word = w(
    "Sla het model op als platte tekst (TOML).",
    "Save the model as a plain text (TOML) file.",
);
pub const MODEL_UNREADABLE: Word = w(
    "het modelbestand kan niet gelezen worden: {error}",
    "the model file cannot be read: {error}",
);
pub const MODEL_UNREADABLE_DO: Word = w(
    "Controleer het pad bij --model.",
    "Check the path given with --model.",
);
pub const MODEL_INVALID: Word = w(
    "het modelbestand klopt niet: {error}",
    "the model file is not valid: {error}",
);
pub const MODEL_UNKNOWN_KEY: Word = w(
    "'{key}' is geen sleutel van deze tabel van het modelbestand (bekend zijn: {keys})",
    "'{key}' is not a key of this table of the model file (known: {keys})",
);
pub const MODEL_MISSING_KEY: Word = w(
    "in deze tabel van het modelbestand ontbreekt de sleutel '{key}'",
    "this table of the model file misses the key '{key}'",
);
pub const MODEL_KEY_MISSING_DO: Word = w(
    "Voeg de ontbrekende sleutel toe aan deze tabel; de README noemt elke sleutel van het modelbestand.",
    "Add the missing key to this table; the README lists every key of the model file.",
);
pub const MODEL_KEY_BAD_DO: Word = w(
    "Verbeter de sleutel of de waarde; de README noemt elke sleutel van het modelbestand.",
    "Correct the key or value; the README lists every key of the model file.",
);
pub const TRACK_TWICE: Word = w(
    "opleiding '{track}' staat twee keer in het model",
    "track '{track}' is defined twice",
);
pub const TRACK_TWICE_DO: Word = w(
    "Geef elke opleiding een eigen id.",
    "Give every track a unique id.",
);
pub const TRACK_INSTITUTE: Word = w(
    "opleiding '{track}' noemt instituut '{institute}', dat niet in [[institutes]] staat",
    "track '{track}' names institute '{institute}', which is not in [[institutes]]",
);
pub const TRACK_INSTITUTE_DO: Word = w(
    "Voeg het instituut toe of verbeter het instituut van de opleiding.",
    "Add the institute or correct the institute id of the track.",
);
pub const TRACK_BAD_DAY: Word = w(
    "'{day}' in de dagen van opleiding '{track}' is geen weekdag",
    "'{day}' in the days of track '{track}' is not a weekday",
);
pub const TRACK_BAD_DAY_DO: Word = w(
    "Schrijf weekdagen als \"ma\", \"di\", \"wo\", \"do\", \"vr\".",
    "Write weekdays as \"ma\", \"di\", \"wo\", \"do\", \"vr\".",
);
pub const TRACK_NO_DAYS: Word = w(
    "opleiding '{track}' heeft geen stagedagen",
    "track '{track}' has no stage days",
);
pub const TRACK_NO_DAYS_DO: Word = w(
    "Noem de stagedagen, bijvoorbeeld days = [\"ma\", \"wo\"].",
    "List the stage days, e.g. days = [\"ma\", \"wo\"].",
);
pub const TRACK_NUMBER: Word = w(
    "'{key}' van opleiding '{track}' moet een getal van minstens 0 zijn",
    "'{key}' of track '{track}' must be a number of at least 0",
);
pub const WEIGHT_NUMBER: Word = w(
    "gewicht '{key}' moet een getal van minstens 0 zijn",
    "weight '{key}' must be a number of at least 0",
);
pub const AT_LEAST_ZERO_DO: Word = w(
    "Schrijf een getal van minstens 0.",
    "Write a number of at least 0.",
);
pub const TRAVEL_LIMIT_NUMBER: Word = w(
    "'travel_limit_minutes' moet een getal van minstens 0 zijn",
    "'travel_limit_minutes' must be a number of at least 0",
);
pub const TRAVEL_LIMIT_NUMBER_DO: Word = w(
    "Schrijf de grens in minuten, bijvoorbeeld 90, of haal de regel weg voor geen grens.",
    "Write the limit in minutes, e.g. 90, or remove the line for no limit.",
);
pub const NO_TRACKS: Word = w(
    "het model heeft geen opleidingen",
    "the model has no tracks",
);
pub const NO_TRACKS_DO: Word = w(
    "Voeg minstens één [[tracks]]-tabel toe.",
    "Add at least one [[tracks]] table.",
);

// Scenario files (E050-E053, W050).
pub const SCENARIO_UNREADABLE_DO: Word = w(
    "Controleer het pad bij --scenarios; het bestand is platte tekst (TOML).",
    "Check the path given with --scenarios; the file is plain text (TOML).",
);
pub const SCENARIO_UNREADABLE: Word = w(
    "het scenariobestand kan niet gelezen worden: {error}",
    "the scenario file cannot be read: {error}",
);
pub const SCENARIO_NOT_TEXT: Word = w("het scenariobestand {why}", "the scenario file {why}");
pub const SCENARIO_INVALID: Word = w(
    "het scenariobestand klopt niet: {error}",
    "the scenario file is not valid: {error}",
);
pub const SCENARIO_INVALID_DO: Word = w(
    "Verbeter de getoonde regel; de README noemt de sleutels van een scenario.",
    "Correct the line shown; scenario keys are listed in the README.",
);
pub const SCENARIO_NONE: Word = w(
    "het bestand heeft geen [[scenario]]- of [[grid]]-tabel",
    "the file has no [[scenario]] or [[grid]] table",
);
pub const SCENARIO_NONE_DO: Word = w(
    "Voeg minstens één [[scenario]] met een name toe.",
    "Add at least one [[scenario]] with a name.",
);
pub const NOT_A_WEIGHT: Word = w("'{name}' is geen gewicht", "'{name}' is not a weight");
pub const NOT_A_WEIGHT_DO: Word = w("Gebruik een van: {names}.", "Use one of: {names}.");
pub const SCENARIO_AMOUNT: Word = w(
    "'{key}' moet een getal {least} zijn",
    "'{key}' must be a number {least}",
);
pub const ABOVE_ZERO: Word = w("boven 0", "above 0");
pub const AT_LEAST_ZERO: Word = w("van minstens 0", "at least 0");
pub const SCENARIO_AMOUNT_DO: Word = w(
    "Schrijf een gewoon getal, bijvoorbeeld 1.2 voor een schaal of 36 voor uren.",
    "Write a plain number, e.g. 1.2 for a scale or 36 for hours.",
);
pub const SCENARIO_WHOLE: Word = w(
    "'{key}' moet een heel getal zijn",
    "'{key}' must be a whole number",
);
pub const SCENARIO_WHOLE_DO: Word = w(
    "Schrijf een heel aantal studenten, bijvoorbeeld 2.",
    "Write a whole number of students, e.g. 2.",
);
pub const SCENARIO_NO_DAYS: Word = w(
    "een opleiding heeft minstens één stagedag nodig",
    "a track needs at least one stage day",
);
pub const SCENARIO_NO_DAYS_DO: Word = w(
    "Noem de dagen, bijvoorbeeld [\"ma\", \"wo\"].",
    "List the days, e.g. [\"ma\", \"wo\"].",
);
pub const SCENARIO_BAD_DAY: Word = w("'{item}' is geen weekdag", "'{item}' is not a weekday");
pub const SCENARIO_BAD_DAY_DO: Word = w(
    "Schrijf weekdagen als ma, di, wo, do, vr (of mon, tue, wed, thu, fri).",
    "Write weekdays as ma, di, wo, do, vr (or mon, tue, wed, thu, fri).",
);
pub const GRID_RANGE: Word = w(
    "het bereik van '{key}' moet from <= to hebben en een step boven 0",
    "the range of '{key}' must have from <= to and a step above 0",
);
pub const GRID_RANGE_DO: Word = w(
    "Schrijf bijvoorbeeld { from = 60, to = 120, step = 15 }.",
    "Write e.g. { from = 60, to = 120, step = 15 }.",
);
pub const GRID_VALUES: Word = w(
    "elke waarde van '{key}' moet een getal boven 0 zijn",
    "every value of '{key}' must be a number above 0",
);
pub const GRID_VALUES_DO: Word = w(
    "Haal de negatieve waarden en nullen weg.",
    "Remove the negative or zero values.",
);
pub const GRID_TOO_BIG: Word = w(
    "het raster maakt {n} scenario's, meer dan {limit}",
    "the grid makes {n} scenarios, more than {limit}",
);
pub const GRID_TOO_BIG_DO: Word = w(
    "Gebruik minder waarden of een grotere step.",
    "Use fewer values or a larger step.",
);
pub const SCENARIO_NAME: Word = w(
    "een scenario heeft een eigen naam nodig, niet leeg en niet 'baseline'",
    "a scenario needs its own name, not empty and not 'baseline'",
);
pub const SCENARIO_NAME_DO: Word = w(
    "Geef het scenario een korte naam die zegt wat er verandert.",
    "Give the scenario a short name that says what changes.",
);
pub const SCENARIO_NAME_TWICE: Word = w(
    "de scenarionaam '{name}' komt twee keer voor",
    "the scenario name '{name}' is used twice",
);
pub const SCENARIO_NAME_TWICE_DO: Word = w(
    "Geef elk scenario een eigen naam (een rasternaam kan {travel_limit_minutes} en dergelijke gebruiken).",
    "Give every scenario its own name (a grid name can use {travel_limit_minutes} and the like).",
);
pub const SCENARIO_UNKNOWN_ID: Word = w(
    "{what} '{id}' staat niet in {file}",
    "{what} '{id}' is not in {file}",
);
pub const SCENARIO_UNKNOWN_ID_DO: Word = w(
    "Gebruik een nummer uit {file}, of haal het uit het scenario.",
    "Use an id from {file}, or remove it from the scenario.",
);
pub const ADDED_FILE_MISSING: Word = w(
    "het bestand om toe te voegen bestaat niet",
    "the file to add does not exist",
);
pub const ADDED_FILE_MISSING_DO: Word = w(
    "Geef de naam van het bestand vanaf de map van het scenariobestand.",
    "Give the file's name relative to the scenario file's folder.",
);
pub const PIN_DROPPED: Word = w(
    "scenario '{scenario}' haalt WPB '{wpb}' weg, dus het vastzetten bij deze WPB vervalt",
    "scenario '{scenario}' removes WPB '{wpb}', so the pin to it is dropped",
);
pub const PIN_DROPPED_DO: Word = w(
    "De student wordt in dit scenario gepland zoals ieder ander.",
    "The student is planned like any other in this scenario.",
);

/// Every sentence above that takes placeholders or is said to a user, for the test that
/// both languages name the same placeholders.
pub const ALL: &[&Word] = &[
    &NO_INSTANCE,
    &NO_INSTANCE_DO,
    &FILE_MISSING,
    &FILE_MISSING_DO,
    &UTF16,
    &BINARY,
    &NOT_TEXT,
    &SAVE_AS_CSV,
    &CANNOT_READ,
    &CANNOT_READ_DO,
    &QUOTE_OPEN,
    &QUOTE_OPEN_DO,
    &BAD_CSV,
    &BAD_CSV_DO,
    &EMPTY_FILE,
    &EMPTY_FILE_DO,
    &MISSING_COLUMN,
    &MISSING_COLUMN_DO,
    &TOO_MANY_CELLS,
    &TOO_MANY_CELLS_DO,
    &CELL_WITHOUT_COLUMN,
    &CELL_WITHOUT_COLUMN_DO,
    &NO_ROWS,
    &NO_ROWS_DO,
    &NOT_A_WORKBOOK,
    &NOT_A_WORKBOOK_DO,
    &NOT_A_PLAN_DO,
    &BAD_SHEET,
    &BAD_SHEET_DO,
    &NO_PLAN_SHEET,
    &NO_PLAN_SHEET_DO,
    &NO_SHEET,
    &NO_SHEET_DO,
    &EMPTY_SHEET,
    &EMPTY_SHEET_DO,
    &EMPTY_VALUE,
    &EMPTY_VALUE_DO,
    &EMPTY_LIST,
    &EMPTY_LIST_DO,
    &BAD_NUMBER,
    &NUMBER_FORMULA,
    &NUMBER_SEPARATORS,
    &NUMBER_NOT,
    &NUMBER_TOO_LARGE,
    &NUMBER_NEGATIVE,
    &NUMBER_NOT_WHOLE,
    &OUTSIDE_DEGREES,
    &COUNT_DO,
    &HOURS_DO,
    &COORDINATE_DO,
    &NOT_YES_NO,
    &NOT_YES_NO_DO,
    &PIN_NOT_YES_NO,
    &PIN_NOT_YES_NO_DO,
    &NO_WEEKDAY,
    &NOT_A_WEEKDAY,
    &WEEKDAYS_DO,
    &ID_TWICE,
    &ID_TWICE_DO,
    &UNKNOWN_SCHOOL,
    &UNKNOWN_SCHOOL_DO,
    &DID_YOU_MEAN,
    &OUTSIDE_SCHOOL,
    &OUTSIDE_SCHOOL_DO,
    &UNKNOWN_TRACK,
    &UNKNOWN_TRACK_DO,
    &UNKNOWN_ID,
    &UNKNOWN_ID_DO,
    &TRAVEL_ID_IGNORED,
    &TRAVEL_ID_IGNORED_DO,
    &TRAVEL_TWICE,
    &TRAVEL_TWICE_DO,
    &NO_TRAVEL_TIME,
    &NO_TRAVEL_TIME_DO,
    &PLAN_STUDENT_UNKNOWN,
    &PLAN_STUDENT_UNKNOWN_DO,
    &PLAN_WPB_UNKNOWN,
    &PLAN_WPB_UNKNOWN_DO,
    &PAID_NOT_COUNTED,
    &PAID_NOT_COUNTED_DO,
    &NO_PAID_FTE,
    &PAID_NEVER_COUNTS,
    &GROUP_MIXES_SUBJECTS,
    &GROUP_MIXES_SUBJECTS_DO,
    &GROUP_FITS_NOWHERE,
    &GROUP_MEMBER_NOWHERE,
    &GROUP_NO_COMMON_SCHOOL,
    &GROUP_NO_ROOM,
    &GROUP_FITS_NOWHERE_DO,
    &SUBJECT_NOT_TAUGHT,
    &SUBJECT_TAUGHT_BY_NOBODY,
    &SUBJECT_TAUGHT_OTHER_DAYS,
    &SUBJECT_NOT_TAUGHT_DO,
    &NO_SCHOOL_LEFT,
    &TRAVEL_NOT_THIS_INSTANCE,
    &TRAVEL_NOT_THIS_INSTANCE_DO,
    &WHAT_STUDENT,
    &WHAT_STUDENTS,
    &WHAT_SCHOOLS,
    &SUPPRESSED,
    &ZEROS_RESTORED,
    &ZEROS_RESTORED_DO,
    &SHEET_NAMED,
    &PIN_BREAKS_RULE,
    &PIN_BREAKS_RULE_DO,
    &GROUP_TWO_SCHOOLS,
    &GROUP_TWO_SCHOOLS_DO,
    &PINS_OVER_WPB,
    &PINS_OVER_WPB_DO,
    &UNLIMITED,
    &PINS_OVER_SCHOOL,
    &PINS_OVER_SCHOOL_DO,
    &GROUP_MIXES_TRACKS,
    &GROUP_NO_COMMON_DAYS,
    &GROUP_MIXES_TRACKS_DO,
    &AND_MORE,
    &MODEL_NOT_TEXT,
    &MODEL_NOT_TEXT_DO,
    &MODEL_UNREADABLE,
    &MODEL_UNREADABLE_DO,
    &MODEL_INVALID,
    &MODEL_UNKNOWN_KEY,
    &MODEL_MISSING_KEY,
    &MODEL_KEY_MISSING_DO,
    &MODEL_KEY_BAD_DO,
    &TRACK_TWICE,
    &TRACK_TWICE_DO,
    &TRACK_INSTITUTE,
    &TRACK_INSTITUTE_DO,
    &TRACK_BAD_DAY,
    &TRACK_BAD_DAY_DO,
    &TRACK_NO_DAYS,
    &TRACK_NO_DAYS_DO,
    &TRACK_NUMBER,
    &WEIGHT_NUMBER,
    &AT_LEAST_ZERO_DO,
    &TRAVEL_LIMIT_NUMBER,
    &TRAVEL_LIMIT_NUMBER_DO,
    &NO_TRACKS,
    &NO_TRACKS_DO,
    &SCENARIO_UNREADABLE_DO,
    &SCENARIO_UNREADABLE,
    &SCENARIO_NOT_TEXT,
    &SCENARIO_INVALID,
    &SCENARIO_INVALID_DO,
    &SCENARIO_NONE,
    &SCENARIO_NONE_DO,
    &NOT_A_WEIGHT,
    &NOT_A_WEIGHT_DO,
    &SCENARIO_AMOUNT,
    &ABOVE_ZERO,
    &AT_LEAST_ZERO,
    &SCENARIO_AMOUNT_DO,
    &SCENARIO_UNKNOWN_ID,
    &SCENARIO_UNKNOWN_ID_DO,
    &SCENARIO_WHOLE,
    &SCENARIO_WHOLE_DO,
    &SCENARIO_NO_DAYS,
    &SCENARIO_NO_DAYS_DO,
    &SCENARIO_BAD_DAY,
    &SCENARIO_BAD_DAY_DO,
    &GRID_RANGE,
    &GRID_RANGE_DO,
    &GRID_VALUES,
    &GRID_VALUES_DO,
    &SCENARIO_NAME,
    &SCENARIO_NAME_DO,
    &SCENARIO_NAME_TWICE,
    &SCENARIO_NAME_TWICE_DO,
    &GRID_TOO_BIG,
    &GRID_TOO_BIG_DO,
    &ADDED_FILE_MISSING,
    &ADDED_FILE_MISSING_DO,
    &PIN_DROPPED,
    &PIN_DROPPED_DO,
];
