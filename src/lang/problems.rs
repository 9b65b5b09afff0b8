//! Every input problem in Dutch and English: what is wrong, and what to do about it.
//! A sentence table, long on purpose: one pair of sentences per problem, grouped by code.
//! The codes themselves (E011, W001, ...) and their meanings are in `input/codes.rs`.

words! {
    // How a problem is printed.
    pub ERROR =
        "fout",
        "error";
    pub WARNING =
        "waarschuwing",
        "warning";
    pub VALUE =
        "waarde",
        "value";
    pub WHAT_TO_DO =
        "wat te doen",
        "what to do";

    // Files and folders (E001-E007).
    pub NO_INSTANCE =
        "de map (of Excel-werkmap) van de invoer bestaat niet",
        "the instance folder (or Excel workbook) does not exist";
    pub NO_INSTANCE_DO =
        "Geef de map met schools.csv, supervisors.csv en students.csv, of een .xlsx-werkmap met die bladen.",
        "Give the folder that holds schools.csv, supervisors.csv and students.csv, or an .xlsx workbook with those sheets.";
    pub FILE_MISSING =
        "het verplichte bestand {name} ontbreekt in {dir}",
        "the required file {name} is missing from {dir}";
    pub FILE_MISSING_DO =
        "Zet het bestand in de map van de invoer (de README noemt de kolommen).",
        "Put the file in the instance folder (see the README for its columns).";
    /// Why the bytes are not text, as the end of "the file ...".
    pub UTF16 =
        "is opgeslagen als UTF-16 (Unicode-tekst)",
        "is saved as UTF-16 (Unicode text)";
    pub BINARY =
        "bevat binaire gegevens, geen tekst",
        "contains binary data, not text";
    pub NOT_TEXT =
        "het bestand {why}",
        "the file {why}";
    pub SAVE_AS_CSV =
        "Sla het blad in Excel op als 'CSV UTF-8 (door komma's gescheiden)' of 'CSV (gescheiden door lijstscheidingsteken)'.",
        "Save the sheet from Excel as 'CSV UTF-8 (door komma's gescheiden)' or 'CSV (gescheiden door lijstscheidingsteken)'.";
    pub CANNOT_READ =
        "het bestand kan niet gelezen worden: {error}",
        "the file cannot be read: {error}";
    pub CANNOT_READ_DO =
        "Controleer of het bestand bestaat en niet in een ander programma openstaat.",
        "Check that the file exists and is not open in another program.";
    pub QUOTE_OPEN =
        "hier opent een aanhalingsteken (\") een cel die nergens sluit, dus de rest van het bestand is onleesbaar",
        "a quote (\") opens a cell here that is never closed, so the rest of the file cannot be read";
    pub QUOTE_OPEN_DO =
        "Sluit het aanhalingsteken of haal het weg (een aanhalingsteken in een cel schrijft u dubbel: \"\") en sla het bestand opnieuw op.",
        "Close the quote or remove it (a quote inside a cell is written twice: \"\"), then save the file again.";
    pub BAD_CSV =
        "het bestand is hier geen leesbare CSV ({error})",
        "the file cannot be read as CSV here ({error})";
    pub BAD_CSV_DO =
        "Zoek een aanhalingsteken (\") dat opent maar niet sluit, of een afgebroken bestand; sla het opnieuw op vanuit Excel.",
        "Look for a quote (\") that is opened but never closed, or a file that was cut off; save it again from Excel.";
    pub EMPTY_FILE =
        "het bestand is leeg: er is geen regel met kolomnamen",
        "the file is empty: it has no header line";
    pub EMPTY_FILE_DO =
        "Zet de kolomnamen op de eerste regel, zoals de README beschrijft.",
        "Put the column names on the first line, as described in the README.";
    pub MISSING_COLUMN =
        "de verplichte kolom '{name}' staat niet in de kopregel",
        "the required column '{name}' is missing from the header line";
    pub MISSING_COLUMN_DO =
        "Voeg een kolom toe met precies de naam '{name}' (hoofd- of kleine letters maakt niet uit), of geef de kolom die deze gegevens houdt die naam.",
        "Add a column named exactly '{name}' (upper or lower case does not matter), or give that name to the column that holds this data.";
    pub TOO_MANY_CELLS =
        "deze regel heeft {cells} cellen, meer dan de {columns} kolommen van de kopregel",
        "this row has {cells} cells, more than the {columns} columns of the header line";
    pub TOO_MANY_CELLS_DO =
        "Zoek een komma in een waarde (een decimale komma in een bestand met komma's als scheiding), of zet aanhalingstekens om die waarde.",
        "Look for a comma inside a value (a decimal comma in a file that uses commas), or put quotes around that value.";
    pub CELL_WITHOUT_COLUMN =
        "deze cel staat rechts van de laatste kolom met een naam in de eerste rij",
        "this cell is right of the last column with a name in the first row";
    pub CELL_WITHOUT_COLUMN_DO =
        "Geef de kolom een naam in de eerste rij, of maak de cel leeg.",
        "Give the column a name in the first row, or empty the cell.";
    pub NO_ROWS =
        "het bestand heeft een kopregel maar geen rijen: er is niets om mee te plannen",
        "the file has a header line but no rows: there is nothing to plan with";
    pub NO_ROWS_DO =
        "Vul de rijen onder de kopregel in, of controleer of het goede blad is opgeslagen.",
        "Fill in the rows below the header, or check that the right sheet was saved.";

    // Workbooks.
    /// A sheet where a CSV file would be named: "is not in the sheet 'scholen'".
    pub SHEET_NAMED =
        "het blad '{sheet}'",
        "the sheet '{sheet}'";
    pub NOT_A_WORKBOOK =
        "het bestand is geen leesbare Excel-werkmap: {error}",
        "the file cannot be read as an Excel workbook: {error}";
    pub NOT_A_WORKBOOK_DO =
        "Sla de werkmap in Excel op als 'Excel-werkmap (*.xlsx)', of geef de map met CSV-bestanden.",
        "Save the workbook from Excel as 'Excel-werkmap (*.xlsx)', or give the instance folder of CSV files.";
    pub NOT_A_PLAN_DO =
        "Geef de plan.xlsx die stageplan schreef, in Excel opgeslagen als 'Excel-werkmap (*.xlsx)'.",
        "Give the plan.xlsx that stageplan wrote, saved from Excel as 'Excel-werkmap (*.xlsx)'.";
    pub BAD_SHEET =
        "het blad kan niet gelezen worden: {error}",
        "the sheet cannot be read: {error}";
    pub BAD_SHEET_DO =
        "Open de werkmap in Excel, controleer het blad en sla de werkmap opnieuw op.",
        "Open the workbook in Excel, check the sheet and save it again.";
    pub NO_PLAN_SHEET =
        "de werkmap heeft geen blad '{sheet}'",
        "the workbook has no sheet '{sheet}'";
    pub NO_PLAN_SHEET_DO =
        "Geef de plan.xlsx die stageplan schreef, met het blad met plaatsingen.",
        "Give the plan.xlsx that stageplan wrote, with its sheet of placements.";
    pub NO_SHEET =
        "de werkmap heeft geen blad '{nl}' (of '{en}')",
        "the workbook has no sheet '{nl}' (or '{en}')";
    pub NO_SHEET_DO =
        "Voeg het blad '{nl}' toe met de kolommen van {file} (zie de README), of geef het blad met die kolommen deze naam; `stageplan init BESTAND.xlsx` schrijft een sjabloon.",
        "Add the sheet '{nl}' with the columns of {file} (see the README), or rename the sheet that holds them; `stageplan init FILE.xlsx` writes a template.";
    pub EMPTY_SHEET =
        "het blad is leeg: er is geen rij met kolomnamen",
        "the sheet is empty: it has no row of column names";
    pub EMPTY_SHEET_DO =
        "Zet de kolomnamen in de eerste rij, zoals de README beschrijft.",
        "Put the column names in the first row, as described in the README.";

    // Cells (E010-E013).
    pub EMPTY_VALUE =
        "de verplichte waarde '{column}' is leeg",
        "the required value '{column}' is empty";
    pub EMPTY_VALUE_DO =
        "Vul deze cel in.",
        "Fill in this cell.";
    pub EMPTY_LIST =
        "de verplichte lijst '{column}' heeft geen waarden, alleen scheidingstekens",
        "the required list '{column}' has no items, only separators";
    pub EMPTY_LIST_DO =
        "Vul minstens één waarde in, bijvoorbeeld biologie of biologie|scheikunde.",
        "Fill in at least one value, e.g. biologie or biologie|scheikunde.";
    pub BAD_NUMBER =
        "'{column}' {why}",
        "'{column}' {why}";
    pub NUMBER_FORMULA =
        "is een formule, geen waarde",
        "is a formula, not a value";
    pub NUMBER_SEPARATORS =
        "mengt '.' en ',' (scheidingstekens voor duizendtallen mogen niet)",
        "mixes '.' and ',' (thousands separators are not allowed)";
    pub NUMBER_NOT =
        "is geen getal",
        "is not a number";
    pub NUMBER_TOO_LARGE =
        "is te groot",
        "is too large";
    pub NUMBER_NEGATIVE =
        "is negatief",
        "is negative";
    pub NUMBER_NOT_WHOLE =
        "is geen heel getal",
        "is not a whole number";
    pub OUTSIDE_DEGREES =
        "ligt buiten -{limit}..{limit} graden",
        "is outside -{limit}..{limit} degrees";
    pub COUNT_DO =
        "Schrijf een heel getal zoals 2, of laat de cel leeg.",
        "Write a whole number such as 2, or leave the cell empty.";
    pub HOURS_DO =
        "Schrijf een gewoon getal zoals 36 of 0,3 (geen scheidingstekens voor duizendtallen, geen formule), of laat de cel leeg.",
        "Write a plain number such as 36 or 0,3 (no thousands separators, no formula), or leave the cell empty.";
    pub COORDINATE_DO =
        "Schrijf de coördinaat in decimale graden, bijvoorbeeld 52.07 (lat) of 4.30 (lon).",
        "Write the coordinate in decimal degrees, e.g. 52.07 (lat) or 4.30 (lon).";
    pub NOT_YES_NO =
        "'{column}' is geen ja of nee",
        "'{column}' is not yes or no";
    pub NOT_YES_NO_DO =
        "Schrijf ja of nee (yes/no, true/false, 1/0 mag ook).",
        "Write ja or nee (yes/no, true/false, 1/0 also work).";
    pub PIN_NOT_YES_NO =
        "de cel vastzetten is geen ja of nee",
        "the pin cell is not yes or no";
    pub PIN_NOT_YES_NO_DO =
        "Schrijf ja (deze plaatsing vastzetten) of nee, of laat de cel leeg.",
        "Write ja (pin this placement) or nee, or leave the cell empty.";
    pub NO_WEEKDAY =
        "'{column}' noemt geen weekdag",
        "'{column}' names no weekday";
    pub NOT_A_WEEKDAY =
        "'{item}' in '{column}' is geen weekdag",
        "'{item}' in '{column}' is not a weekday";
    pub WEEKDAYS_DO =
        "Schrijf weekdagen als ma|di|wo|do|vr (of mon|tue|wed|thu|fri), gescheiden door |.",
        "Write weekdays as ma|di|wo|do|vr (or mon|tue|wed|thu|fri), separated by |.";

    // Ids (E020-E026, W003, W004).
    pub ID_TWICE =
        "{column} '{id}' komt twee keer voor (eerst op regel {first})",
        "{column} '{id}' is used twice (first on line {first})";
    pub ID_TWICE_DO =
        "Geef elke rij een eigen nummer, of verwijder de dubbele rij.",
        "Give every row its own id, or remove the duplicate row.";
    pub UNKNOWN_SCHOOL =
        "school '{id}' staat niet in {file}",
        "school '{id}' is not in {file}";
    pub DID_YOU_MEAN =
        "(bedoelt u '{id}'?)",
        "(did you mean '{id}'?)";
    pub UNKNOWN_SCHOOL_DO =
        "Gebruik een {column} uit {file}, of voeg de school daar toe.",
        "Use a {column} from {file}, or add the school there.";
    pub OUTSIDE_SCHOOL =
        "school '{id}' in '{column}' staat niet in {file}; hij blijft staan zoals geschreven, maar kan geen stageplaats zijn",
        "school '{id}' in '{column}' is not in {file}; it is kept as written but cannot be a placement";
    pub OUTSIDE_SCHOOL_DO =
        "Controleer het nummer; een school buiten het samenwerkingsverband mag blijven staan.",
        "Check the id; a school outside the partnership can stay.";
    pub UNKNOWN_TRACK =
        "opleiding '{id}' staat niet in het model",
        "track '{id}' is not in the model";
    pub UNKNOWN_TRACK_DO =
        "Gebruik een opleiding uit het modelbestand (zie de README), of voeg de opleiding toe aan het model.",
        "Use a track id of the model file (see the README), or add the track to the model.";
    pub UNKNOWN_ID =
        "{what} '{id}' in '{column}' staat niet in {file}",
        "{what} '{id}' in '{column}' is not in {file}";
    pub UNKNOWN_ID_DO =
        "Gebruik een nummer uit {file}, of laat de cel leeg.",
        "Use an id from {file}, or leave the cell empty.";
    pub TRAVEL_ID_IGNORED =
        "'{id}' in {file} hoort niet bij deze invoer; de rij wordt overgeslagen",
        "'{id}' in {file} is not in this instance; the row is ignored";
    pub TRAVEL_ID_IGNORED_DO =
        "Niets, als de export meer mensen bevat; anders het nummer verbeteren.",
        "Nothing, if the export covers more people; otherwise correct the id.";
    pub TRAVEL_NOT_THIS_INSTANCE =
        "{unknown} van de {rows} rijen van {file} noemen een {what} die niet in de invoer staat (bijvoorbeeld '{example}' op regel {line}), en {uncovered} van de {all} {what_plural} van de invoer {uncovered|heeft|hebben} er geen rij: dit bestand hoort niet bij deze invoer, of de nummers zijn verminkt",
        "{unknown} of the {rows} rows of {file} name a {what} that is not in the instance (e.g. '{example}' on line {line}), and {uncovered} of the instance's {all} {what_plural} have no row there: the file does not belong to this instance, or its ids were mangled";
    pub TRAVEL_NOT_THIS_INSTANCE_DO =
        "Geef de reistijden van deze invoer. Kwamen de nummers uit Excel, zet dan de kolom als tekst, zodat voorloopnullen blijven staan (0938427, niet 938427).",
        "Give the travel times of this instance. If the ids came from Excel, format the column as text so that leading zeros stay (0938427, not 938427).";
    pub WHAT_STUDENT =
        "student",
        "student";
    pub WHAT_STUDENTS =
        "studenten",
        "students";
    pub WHAT_SCHOOLS =
        "scholen",
        "schools";
    pub SUPPRESSED =
        "; {n} {n|melding|meldingen} over {files} die hieruit {n|volgt|volgen}, {n|staat|staan} niet in de lijst",
        "; {n} {n|message|messages} about {files} that follow from it {n|is|are} not listed";
    pub ZEROS_RESTORED =
        "{n} {n|nummer|nummers} in '{column}' {n|stond|stonden} er als getal, zonder de voorloopnullen die Excel weglaat; {n|het is|ze zijn} gekoppeld aan het nummer met nullen (bijvoorbeeld {typed} als {id})",
        "{n} {n|id|ids} in '{column}' {n|was|were} typed as a number, without the leading zeros Excel drops; {n|it was|they were} matched to the id with zeros (e.g. {typed} as {id})";
    pub ZEROS_RESTORED_DO =
        "Niets, als dat klopt; zet anders de kolom in Excel op tekst en typ de nummers opnieuw met hun nullen.",
        "Nothing, if that is right; otherwise format the column as text in Excel and type the ids again with their zeros.";
    pub TRAVEL_TWICE =
        "deze student en school staan twee keer in de lijst (eerst op regel {first})",
        "this student and school are listed twice (first on line {first})";
    pub TRAVEL_TWICE_DO =
        "Houd één reistijd per student en school.",
        "Keep one travel time per student and school.";
    pub NO_TRAVEL_TIME =
        "geen reistijd voor student '{id}' naar school {schools}{more}, en geen coördinaten om die te schatten",
        "no travel time for student '{id}' to school {schools}{more}, and no coordinates to estimate it";
    pub NO_TRAVEL_TIME_DO =
        "Voeg deze rijen toe aan {travel}, of geef {lat} en {lon} voor de student en de scholen.",
        "Add these rows to {travel}, or give {lat} and {lon} for the student and the schools.";
    pub PLAN_STUDENT_UNKNOWN =
        "deze student uit het plan staat niet in de invoer",
        "this student of the plan is not in the instance";
    pub PLAN_STUDENT_UNKNOWN_DO =
        "Haal het vastzetten weg (nee), of plan de invoer waarvoor het plan gemaakt is.",
        "Remove the pin (nee), or solve the instance the plan was made for.";
    pub PLAN_WPB_UNKNOWN =
        "deze WPB uit het plan staat niet in de invoer",
        "this WPB of the plan is not in the instance";
    pub PLAN_WPB_UNKNOWN_DO =
        "Haal het vastzetten weg (nee), of voeg de WPB toe aan de werkplekbegeleiders.",
        "Remove the pin (nee), or add the WPB to the supervisors.";

    // What an id names, in "{what} '{id}' ... is not in {file}".
    pub WHAT_SCHOOL =
        "school",
        "school";
    pub WHAT_WPB =
        "WPB",
        "WPB";
    pub WHAT_TRACK =
        "opleiding",
        "track";
    pub THE_MODEL =
        "het model",
        "the model";

    // Pins, groups and paid appointments (E030, E031, W001, W002, W005).
    pub PAID_NOT_COUNTED =
        "de aanstelling van '{id}' ({fte}) telt niet als stageplaats voor opleiding {track} (die telt een aanstelling van {min} tot en met {max} fte); de student wordt gewoon ingepland",
        "the paid appointment of '{id}' ({fte}) does not count as the placement for track {track} (which counts one of {min} to {max} fte); the student is planned as usual";
    pub PAID_NEVER_COUNTS =
        "de aanstelling van '{id}' ({fte}) telt niet als stageplaats: opleiding {track} telt geen aanstelling als stageplaats; de student wordt gewoon ingepland",
        "the paid appointment of '{id}' ({fte}) does not count as the placement: track {track} never counts a paid appointment as the placement; the student is planned as usual";
    pub NO_PAID_FTE =
        "geen {column}",
        "no {column}";
    pub PAID_NOT_COUNTED_DO =
        "Niets, als dat klopt; verbeter anders {column}.",
        "Nothing, if that is right; otherwise correct {column}.";
    pub PIN_BREAKS_RULE =
        "het vastzetten van '{student}' bij WPB '{wpb}' breekt regel {rule} ({why}); het vastzetten gaat voor",
        "the pin of '{student}' to WPB '{wpb}' breaks rule {rule} ({why}); the pin is honoured";
    pub PIN_BREAKS_RULE_DO =
        "Controleer het vastzetten; haal het weg als de regel moet gelden.",
        "Check the pin; remove it if the rule should hold.";
    pub GROUP_TWO_SCHOOLS =
        "groep '{group}' is vastgezet op twee scholen: '{first}' op {school} en '{student}' op {other}",
        "group '{group}' is pinned to two schools: '{first}' at {school} and '{student}' at {other}";
    pub GROUP_TWO_SCHOOLS_DO =
        "Zet de leden van een groep vast bij WPB's van één school.",
        "Pin the members of a group to WPBs of one school.";
    pub PINS_OVER_WPB =
        "alleen al de vastgezette studenten geven WPB '{wpb}' {count} studenten en {hours} uur, meer dan de capaciteit ({max} studenten, {max_hours} uur)",
        "the pins alone give WPB '{wpb}' {count} students and {hours} hours, more than its capacity ({max} students, {max_hours} hours)";
    pub PINS_OVER_WPB_DO =
        "Haal een vastzetting weg of verhoog {max_students} / {max_hours} van deze WPB in {file}.",
        "Remove a pin or raise {max_students} / {max_hours} of this WPB in {file}.";
    pub UNLIMITED =
        "onbeperkt",
        "unlimited";
    pub PINS_OVER_SCHOOL =
        "alleen al de vastgezette studenten geven school '{school}' {count} studenten en {hours} SO-uren, meer dan de capaciteit",
        "the pins alone give school '{school}' {count} students and {hours} SO hours, more than its capacity";
    pub PINS_OVER_SCHOOL_DO =
        "Haal een vastzetting weg of verhoog {max_students} / {so_hours} van deze school in {file}.",
        "Remove a pin or raise {max_students} / {so_hours} of this school in {file}.";
    pub GROUP_MIXES_TRACKS =
        "groep '{group}' mengt opleidingen: '{first}' zit in {a} en '{student}' in {b}{meet}",
        "group '{group}' mixes tracks: '{first}' is in {a} and '{student}' in {b}{meet}";
    pub GROUP_NO_COMMON_DAYS =
        ", met stagedagen die elkaar nooit raken ({a_days} en {b_days})",
        ", whose stage days never meet ({a_days} and {b_days})";
    pub AND_MORE =
        " en nog {n}",
        " and {n} more";
    pub GROUP_MIXES_TRACKS_DO =
        "Controleer de kolom {column}: de groep wordt hoe dan ook op één school geplaatst.",
        "Check the {column} column: the group is placed at one school all the same.";
    pub GROUP_MIXES_SUBJECTS =
        "groep '{group}' mengt vakken: '{first}' heeft {a} en '{student}' {b}; de groep heeft op één school WPB's van beide vakken nodig",
        "group '{group}' mixes subjects: '{first}' is trained in {a} and '{student}' in {b}; the group needs WPBs of both subjects at one school";
    pub GROUP_MIXES_SUBJECTS_DO =
        "Controleer de kolommen {group} en {subject}; klopt het, dan wordt de groep toch op één school geplaatst.",
        "Check the {group} and {subject} columns; if they are right, the group is placed at one school all the same.";
    pub GROUP_FITS_NOWHERE =
        "groep '{group}' ({n} studenten: {students}) past op geen enkele school in zijn geheel, dus blijven alle leden ongeplaatst (regel 9): {why}",
        "group '{group}' ({n} students: {students}) fits at no school whole, so all its members stay unplaced (rule 9): {why}";
    pub GROUP_MEMBER_NOWHERE =
        "'{student}' kan op geen enkele school terecht (zie de waarschuwing over het vak of de scholen van die student)",
        "'{student}' may go to no school at all (see the warning about that student's subject or schools)";
    pub GROUP_NO_COMMON_SCHOOL =
        "geen school staat open voor alle leden",
        "no school is open to all of its members";
    pub GROUP_NO_ROOM =
        "de scholen die voor alle leden openstaan ({schools}) hebben te weinig plaatsen, uren of WPB's voor de hele groep",
        "the schools open to all of its members ({schools}) have too few places, hours or WPBs for the whole group";
    pub GROUP_FITS_NOWHERE_DO =
        "Splits de groep (kolom {column}), of geef een school die voor alle leden openstaat meer ruimte: WPB's voor hun vakken op hun stagedagen, {max_students}, {so_hours}.",
        "Split the group (column {column}), or give a school open to all its members more room: WPBs for their subjects on their stage days, {max_students}, {so_hours}.";

    // Who can be placed at all (W007, W010).
    pub SUBJECT_NOT_TAUGHT =
        "geen WPB geeft {subject} op alle stagedagen van opleiding {track} ({days}), dus {n} {n|student blijft|studenten blijven} ongeplaatst ({students}): {why}",
        "no WPB teaches {subject} on every stage day of track {track} ({days}), so {n} {n|student stays|students stay} unplaced ({students}): {why}";
    pub SUBJECT_TAUGHT_BY_NOBODY =
        "geen enkele WPB geeft {subject}",
        "no WPB teaches {subject} at all";
    pub SUBJECT_TAUGHT_OTHER_DAYS =
        "de WPB's die {subject} geven zijn er op andere dagen: {wpbs}",
        "the WPBs who teach {subject} are there on other days: {wpbs}";
    pub SUBJECT_NOT_TAUGHT_DO =
        "Voeg in {wpbs} een WPB toe die {subject} geeft en op {days} op school is, of verbeter de kolom {column} (de spelling telt, hoofdletters niet).",
        "Add a WPB to {wpbs} who teaches {subject} and is at school on {days}, or correct the {column} column (spelling counts, case does not).";
    pub NO_SCHOOL_LEFT =
        "student '{id}' kan op geen enkele school terecht: van de {n} {n|school|scholen} met een WPB voor {subject} op de stagedagen sluit regel {rule} de laatste ({why}); de student blijft ongeplaatst",
        "student '{id}' may go to no school at all: of the {n} {n|school|schools} with a WPB for {subject} on the stage days, rule {rule} closes the last ({why}); the student stays unplaced";

    // The model file (E040-E044).
    pub MODEL_NOT_TEXT =
        "het modelbestand {why}",
        "the model file {why}";
    pub MODEL_NOT_TEXT_DO =
        "Sla het model op als platte tekst (TOML).",
        "Save the model as a plain text (TOML) file.";
    pub MODEL_UNREADABLE =
        "het modelbestand kan niet gelezen worden: {error}",
        "the model file cannot be read: {error}";
    pub MODEL_UNREADABLE_DO =
        "Controleer het pad bij --model.",
        "Check the path given with --model.";
    pub MODEL_INVALID =
        "het modelbestand klopt niet: {error}",
        "the model file is not valid: {error}";
    pub MODEL_UNKNOWN_KEY =
        "'{key}' is geen sleutel van deze tabel van het modelbestand (bekend zijn: {keys})",
        "'{key}' is not a key of this table of the model file (known: {keys})";
    pub MODEL_MISSING_KEY =
        "in deze tabel van het modelbestand ontbreekt de sleutel '{key}'",
        "this table of the model file misses the key '{key}'";
    pub MODEL_KEY_MISSING_DO =
        "Voeg de ontbrekende sleutel toe aan deze tabel; de README noemt elke sleutel van het modelbestand.",
        "Add the missing key to this table; the README lists every key of the model file.";
    pub MODEL_KEY_BAD_DO =
        "Verbeter de sleutel of de waarde; de README noemt elke sleutel van het modelbestand.",
        "Correct the key or value; the README lists every key of the model file.";
    pub TRACK_TWICE =
        "opleiding '{track}' staat twee keer in het model",
        "track '{track}' is defined twice";
    pub TRACK_TWICE_DO =
        "Geef elke opleiding een eigen id.",
        "Give every track a unique id.";
    pub TRACK_INSTITUTE =
        "opleiding '{track}' noemt instituut '{institute}', dat niet in [[institutes]] staat",
        "track '{track}' names institute '{institute}', which is not in [[institutes]]";
    pub TRACK_INSTITUTE_DO =
        "Voeg het instituut toe of verbeter het instituut van de opleiding.",
        "Add the institute or correct the institute id of the track.";
    pub TRACK_BAD_DAY =
        "'{day}' in de dagen van opleiding '{track}' is geen weekdag",
        "'{day}' in the days of track '{track}' is not a weekday";
    pub TRACK_BAD_DAY_DO =
        "Schrijf weekdagen als \"ma\", \"di\", \"wo\", \"do\", \"vr\".",
        "Write weekdays as \"ma\", \"di\", \"wo\", \"do\", \"vr\".";
    pub TRACK_NO_DAYS =
        "opleiding '{track}' heeft geen stagedagen",
        "track '{track}' has no stage days";
    pub TRACK_NO_DAYS_DO =
        "Noem de stagedagen, bijvoorbeeld days = [\"ma\", \"wo\"].",
        "List the stage days, e.g. days = [\"ma\", \"wo\"].";
    pub TRACK_NUMBER =
        "'{key}' van opleiding '{track}' moet een getal van minstens 0 zijn",
        "'{key}' of track '{track}' must be a number of at least 0";
    pub WEIGHT_NUMBER =
        "gewicht '{key}' moet een getal van minstens 0 zijn",
        "weight '{key}' must be a number of at least 0";
    pub AT_LEAST_ZERO_DO =
        "Schrijf een getal van minstens 0.",
        "Write a number of at least 0.";
    pub TRAVEL_LIMIT_NUMBER =
        "'travel_limit_minutes' moet een getal van minstens 0 zijn",
        "'travel_limit_minutes' must be a number of at least 0";
    pub TRAVEL_LIMIT_NUMBER_DO =
        "Schrijf de grens in minuten, bijvoorbeeld 90, of haal de regel weg voor geen grens.",
        "Write the limit in minutes, e.g. 90, or remove the line for no limit.";
    pub NO_TRACKS =
        "het model heeft geen opleidingen",
        "the model has no tracks";
    pub NO_TRACKS_DO =
        "Voeg minstens één [[tracks]]-tabel toe.",
        "Add at least one [[tracks]] table.";

    // Scenario files (E050-E053, W050).
    pub SCENARIO_UNREADABLE_DO =
        "Controleer het pad bij --scenarios; het bestand is platte tekst (TOML).",
        "Check the path given with --scenarios; the file is plain text (TOML).";
    pub SCENARIO_UNREADABLE =
        "het scenariobestand kan niet gelezen worden: {error}",
        "the scenario file cannot be read: {error}";
    pub SCENARIO_NOT_TEXT =
        "het scenariobestand {why}",
        "the scenario file {why}";
    pub SCENARIO_INVALID =
        "het scenariobestand klopt niet: {error}",
        "the scenario file is not valid: {error}";
    pub SCENARIO_INVALID_DO =
        "Verbeter de getoonde regel; de README noemt de sleutels van een scenario.",
        "Correct the line shown; scenario keys are listed in the README.";
    pub SCENARIO_NONE =
        "het bestand heeft geen [[scenario]]- of [[grid]]-tabel",
        "the file has no [[scenario]] or [[grid]] table";
    pub SCENARIO_NONE_DO =
        "Voeg minstens één [[scenario]] met een name toe.",
        "Add at least one [[scenario]] with a name.";
    pub NOT_A_WEIGHT =
        "'{name}' is geen gewicht",
        "'{name}' is not a weight";
    pub NOT_A_WEIGHT_DO =
        "Gebruik een van: {names}.",
        "Use one of: {names}.";
    pub SCENARIO_AMOUNT =
        "'{key}' moet een getal {least} zijn",
        "'{key}' must be a number {least}";
    pub ABOVE_ZERO =
        "boven 0",
        "above 0";
    pub AT_LEAST_ZERO =
        "van minstens 0",
        "at least 0";
    pub SCENARIO_AMOUNT_DO =
        "Schrijf een gewoon getal, bijvoorbeeld 1.2 voor een schaal of 36 voor uren.",
        "Write a plain number, e.g. 1.2 for a scale or 36 for hours.";
    pub SCENARIO_WHOLE =
        "'{key}' moet een heel getal zijn",
        "'{key}' must be a whole number";
    pub SCENARIO_WHOLE_DO =
        "Schrijf een heel aantal studenten, bijvoorbeeld 2.",
        "Write a whole number of students, e.g. 2.";
    pub SCENARIO_NO_DAYS =
        "een opleiding heeft minstens één stagedag nodig",
        "a track needs at least one stage day";
    pub SCENARIO_NO_DAYS_DO =
        "Noem de dagen, bijvoorbeeld [\"ma\", \"wo\"].",
        "List the days, e.g. [\"ma\", \"wo\"].";
    pub SCENARIO_BAD_DAY =
        "'{item}' is geen weekdag",
        "'{item}' is not a weekday";
    pub SCENARIO_BAD_DAY_DO =
        "Schrijf weekdagen als ma, di, wo, do, vr (of mon, tue, wed, thu, fri).",
        "Write weekdays as ma, di, wo, do, vr (or mon, tue, wed, thu, fri).";
    pub GRID_RANGE =
        "het bereik van '{key}' moet from <= to hebben en een step boven 0",
        "the range of '{key}' must have from <= to and a step above 0";
    pub GRID_RANGE_DO =
        "Schrijf bijvoorbeeld { from = 60, to = 120, step = 15 }.",
        "Write e.g. { from = 60, to = 120, step = 15 }.";
    pub GRID_VALUES =
        "elke waarde van '{key}' moet een getal boven 0 zijn",
        "every value of '{key}' must be a number above 0";
    pub GRID_VALUES_DO =
        "Haal de negatieve waarden en nullen weg.",
        "Remove the negative or zero values.";
    pub GRID_TOO_BIG =
        "het raster maakt {n} scenario's, meer dan {limit}",
        "the grid makes {n} scenarios, more than {limit}";
    pub GRID_TOO_BIG_DO =
        "Gebruik minder waarden of een grotere step.",
        "Use fewer values or a larger step.";
    pub SCENARIO_NAME =
        "een scenario heeft een eigen naam nodig, niet leeg en niet 'baseline'",
        "a scenario needs its own name, not empty and not 'baseline'";
    pub SCENARIO_NAME_DO =
        "Geef het scenario een korte naam die zegt wat er verandert.",
        "Give the scenario a short name that says what changes.";
    pub SCENARIO_NAME_TWICE =
        "de scenarionaam '{name}' komt twee keer voor",
        "the scenario name '{name}' is used twice";
    pub SCENARIO_NAME_TWICE_DO =
        "Geef elk scenario een eigen naam (een rasternaam kan {travel_limit_minutes} en dergelijke gebruiken).",
        "Give every scenario its own name (a grid name can use {travel_limit_minutes} and the like).";
    pub SCENARIO_UNKNOWN_ID =
        "{what} '{id}' staat niet in {file}",
        "{what} '{id}' is not in {file}";
    pub SCENARIO_UNKNOWN_ID_DO =
        "Gebruik een nummer uit {file}, of haal het uit het scenario.",
        "Use an id from {file}, or remove it from the scenario.";
    pub ADDED_FILE_MISSING =
        "het bestand om toe te voegen bestaat niet",
        "the file to add does not exist";
    pub ADDED_FILE_MISSING_DO =
        "Geef de naam van het bestand vanaf de map van het scenariobestand.",
        "Give the file's name relative to the scenario file's folder.";
    pub PIN_DROPPED =
        "scenario '{scenario}' haalt WPB '{wpb}' weg, dus het vastzetten bij deze WPB vervalt",
        "scenario '{scenario}' removes WPB '{wpb}', so the pin to it is dropped";
    pub PIN_DROPPED_DO =
        "De student wordt in dit scenario gepland zoals ieder ander.",
        "The student is planned like any other in this scenario.";
}
