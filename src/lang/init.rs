//! The words of `init`'s template: the `uitleg` sheet that explains every column, and the
//! choices of its dropdowns. A table (the column explanations), hence its length.

use super::w;
pub use super::Word;

words! {
    /// The sheet that holds the dropdowns' choices; the user may extend its lists.
    pub SHEET_CHOICES =
        "keuzelijsten",
        "choices";
    pub CHOICES_SUBJECTS =
        "vakken",
        "subjects";
    pub CHOICES_TYPES =
        "soorten",
        "types";

    pub TITLE =
        "Zo vult u deze werkmap in",
        "How to fill in this workbook";
    /// The steps, one line each.
    pub STEPS =
        "1. Vul de bladen scholen, werkplekbegeleiders en studenten in; reistijden mag leeg blijven als scholen en studenten coördinaten (breedtegraad, lengtegraad) hebben.\n2. Eén rij per school, WPB, student of reistijd; de eerste rij houdt de kolomnamen, laat die staan. De voorbeeldrij mag u overschrijven of verwijderen.\n3. Kolommen met een keuzelijst (pijltje in de cel) tonen de bekende waarden: schoolnummers uit het blad scholen, vakken en soorten uit het blad keuzelijsten (vul dat gerust aan), opleidingen en dagen uit het model.\n4. Controleer de werkmap: stageplan check DEZE-WERKMAP.xlsx (elke melding noemt blad, cel en wat te doen).\n5. Maak de indeling: stageplan solve DEZE-WERKMAP.xlsx --out uitvoer",
        "1. Fill in the sheets schools, supervisors and students; travel may stay empty when schools and students have coordinates (lat, lon).\n2. One row per school, WPB, student or travel time; the first row holds the column names, leave it. Overwrite or delete the example row.\n3. Columns with a dropdown (an arrow in the cell) show the known values: school ids from the schools sheet, subjects and types from the choices sheet (extend it freely), tracks and days from the model.\n4. Check the workbook: stageplan check THIS-WORKBOOK.xlsx (every message names the sheet, the cell and what to do).\n5. Make the plan: stageplan solve THIS-WORKBOOK.xlsx --out output";
    /// How cells are written, one line each.
    pub RULES =
        "Nummers (schoolnummer, wpb_nummer, studentnummer) zijn tekst: 007 blijft 007.\nLijsten in één cel scheidt u met |, bijvoorbeeld ma|wo of havo|vwo.\nDagen: ma di wo do vr.\nJa/nee-kolommen: ja of nee.\nGetallen typt u als getal: 0,3 of 0.3 zoals uw Excel dat kent; een lege cel betekent 'geen grens' of 'niet opgegeven'.\nCoördinaten in graden (WGS84), bijvoorbeeld breedtegraad 52,0800 en lengtegraad 4,3100.",
        "Ids (school_id, wpb_id, student_id) are text: 007 stays 007.\nSeparate lists in one cell with |, for example mon|wed or havo|vwo.\nDays: mon tue wed thu fri (or ma di wo do vr).\nYes/no columns: yes or no.\nType numbers as numbers (0.3); an empty cell means 'no limit' or 'not given'.\nCoordinates in degrees (WGS84), for example lat 52.0800 and lon 4.3100.";
    pub COLUMNS_TITLE =
        "De kolommen",
        "The columns";
    pub H_SHEET =
        "blad",
        "sheet";
    pub H_COLUMN =
        "kolom",
        "column";
    pub H_REQUIRED =
        "verplicht",
        "required";
    pub H_MEANING =
        "betekenis",
        "meaning";
    pub H_EXAMPLE =
        "voorbeeld",
        "example";
    pub TRACKS_TITLE =
        "Opleidingen van het model (kolom opleiding) en hun stagedagen",
        "Tracks of the model (column track) and their stage days";
    pub H_TRACK =
        "opleiding",
        "track";
    pub H_NAME =
        "naam",
        "name";
    pub H_DAYS =
        "stagedagen",
        "stage days";
    pub H_INSTITUTE =
        "instituut",
        "institute";

    /// Excel's messages for a cell whose value is refused or questioned.
    pub NOT_IN_LIST =
        "Kies een waarde uit de lijst (het pijltje in de cel).",
        "Choose a value from the list (the arrow in the cell).";
    pub NOT_IN_LIST_SOFT =
        "Deze waarde staat niet in de lijst. Een lijst met | is goed; klopt de waarde, klik dan OK.",
        "This value is not in the list. A list with | is fine; if the value is right, click OK.";
    pub NOT_A_NUMBER =
        "Typ hier een getal, bijvoorbeeld 0,3 (geen tekst, geen eenheid).",
        "Type a number here, for example 0.3 (no text, no unit).";
    pub NOT_A_COUNT =
        "Typ hier een heel getal van 0 of meer.",
        "Type a whole number of 0 or more here.";
}

/// Subjects offered in the subject dropdowns (data values, written as Dutch schools do).
pub const SUBJECTS: [&str; 24] = [
    "aardrijkskunde",
    "bewegingsonderwijs",
    "biologie",
    "duits",
    "economie",
    "engels",
    "filosofie",
    "frans",
    "fries",
    "geschiedenis",
    "godsdienst",
    "informatica",
    "klassieke talen",
    "kunst",
    "lichamelijke opvoeding",
    "maatschappijleer",
    "muziek",
    "natuurkunde",
    "nederlands",
    "scheikunde",
    "spaans",
    "techniek",
    "tekenen",
    "wiskunde",
];

/// School types offered in the types dropdown.
pub const SCHOOL_TYPES: [&str; 10] = [
    "gymnasium",
    "havo",
    "isk",
    "lwoo",
    "mavo",
    "praktijkonderwijs",
    "tto",
    "vmbo",
    "vmbo-t",
    "vwo",
];

/// What each input column holds: (CSV file, FORMAT.md column, required, meaning).
pub const COLUMNS: [(&str, &str, bool, Word); 33] = [
    ("schools.csv", "school_id", true, w("uniek nummer of code van de school", "unique id of the school")),
    ("schools.csv", "name", true, w("naam van de school", "name of the school")),
    ("schools.csv", "types", true, w("schoolsoorten die de school biedt, met | ertussen", "school types the school offers, separated by |")),
    ("schools.csv", "postcode", false, w("postcode van de school", "postcode of the school")),
    ("schools.csv", "lat", false, w("breedtegraad van de school (voor geschatte reistijden en de kaart)", "latitude of the school (for estimated travel times and the map)")),
    ("schools.csv", "lon", false, w("lengtegraad van de school", "longitude of the school")),
    ("schools.csv", "max_students", false, w("hoogstens zoveel studenten op deze school; leeg = geen grens", "most students at this school; empty = no limit")),
    ("schools.csv", "so_hours", false, w("uren van de schoolopleider voor deze periode; leeg = geen grens", "hours of the school's schoolopleider for the period; empty = no limit")),
    ("supervisors.csv", "wpb_id", true, w("uniek nummer van de werkplekbegeleider", "unique id of the supervisor")),
    ("supervisors.csv", "name", true, w("naam van de werkplekbegeleider", "name of the supervisor")),
    ("supervisors.csv", "school_id", true, w("school waar de WPB werkt (een schoolnummer uit het blad scholen)", "school where the WPB works (a school id of the schools sheet)")),
    ("supervisors.csv", "subjects", true, w("vakken die de WPB geeft, met | ertussen", "subjects the WPB teaches, separated by |")),
    ("supervisors.csv", "days", true, w("dagen dat de WPB op school is, bijvoorbeeld ma|wo|do", "days the WPB is at school, for example mon|wed|thu")),
    ("supervisors.csv", "max_students", false, w("hoogstens zoveel studenten; leeg = 1", "most students; empty = 1")),
    ("supervisors.csv", "max_hours", false, w("hoogstens zoveel begeleidingsuren; leeg = geen grens", "most supervision hours; empty = no limit")),
    ("supervisors.csv", "certified", false, w("heeft de WPB-training gedaan (ja/nee); leeg = ja", "has done the WPB training (yes/no); empty = yes")),
    ("students.csv", "student_id", true, w("uniek studentnummer", "unique student id")),
    ("students.csv", "name", true, w("naam van de student", "name of the student")),
    ("students.csv", "track", true, w("opleiding (instituut, traject, leerjaar): een van de opleidingen hieronder", "track (institute, programme, year): one of the tracks below")),
    ("students.csv", "subject", true, w("vak van de student; er moet een WPB zijn die dit vak geeft", "subject of the student; some WPB must teach it")),
    ("students.csv", "postcode", false, w("postcode van het woonadres", "postcode of the home address")),
    ("students.csv", "lat", false, w("breedtegraad van het woonadres", "latitude of the home address")),
    ("students.csv", "lon", false, w("lengtegraad van het woonadres", "longitude of the home address")),
    ("students.csv", "previous_schools", false, w("scholen van eerdere stages, oudste eerst, met | ertussen; de laatste is de vorige stage", "schools of earlier placements, oldest first, separated by |; the last one is the previous placement")),
    ("students.csv", "preferences", false, w("gewenste scholen, liefste eerst, met | ertussen", "wanted schools, most wanted first, separated by |")),
    ("students.csv", "excluded_schools", false, w("scholen waar de student niet heen mag (belangenverstrengeling)", "schools the student may not go to (conflict of interest)")),
    ("students.csv", "paid_school", false, w("school waar de student een betaalde aanstelling heeft", "school where the student has a paid appointment")),
    ("students.csv", "paid_fte", false, w("omvang van die aanstelling in fte, bijvoorbeeld 0,3", "size of that appointment in fte, for example 0.3")),
    ("students.csv", "pinned_wpb", false, w("een WPB die u met de hand kiest: de student gaat naar deze WPB", "a WPB chosen by hand: the student goes to this WPB")),
    ("students.csv", "group", false, w("studenten met dezelfde groep gaan samen naar één school, of blijven samen ongeplaatst", "students with the same group go to one school together, or stay unplaced together")),
    ("travel.csv", "student_id", true, w("studentnummer uit het blad studenten", "student id of the students sheet")),
    ("travel.csv", "school_id", true, w("schoolnummer uit het blad scholen", "school id of the schools sheet")),
    ("travel.csv", "minutes", true, w("reistijd enkele reis met het openbaar vervoer in minuten; leeg = geen verbinding", "one-way public-transport travel time in minutes; empty = no journey")),
];
