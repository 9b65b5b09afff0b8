//! `stageplan travel` in Dutch and English: problems of a GTFS feed and a postcode table,
//! what the command prints, and the words of a journey as explain and report.html show it.

use super::{w, Lang, Word};

// The feed (E060-E068, W060).
pub const FEED_UNREADABLE: Word = w(
    "de dienstregeling kan niet geopend worden als GTFS-zip of -map: {error}",
    "the timetable cannot be opened as a GTFS zip or folder: {error}",
);
pub const FEED_UNREADABLE_DO: Word = w(
    "Geef met --gtfs het .zip-bestand van een GTFS-dienstregeling (zoals gtfs-nl.zip), of een map met de uitgepakte .txt-bestanden.",
    "Give --gtfs the .zip file of a GTFS timetable (such as gtfs-nl.zip), or a folder with its unzipped .txt files.",
);
pub const FEED_FILE_MISSING: Word = w(
    "het verplichte bestand {file} ontbreekt in de dienstregeling",
    "the required file {file} is missing from the timetable",
);
pub const FEED_FILE_MISSING_DO: Word = w(
    "Gebruik een volledige GTFS-dienstregeling: stops.txt, routes.txt, trips.txt, stop_times.txt en calendar.txt of calendar_dates.txt.",
    "Use a complete GTFS timetable: stops.txt, routes.txt, trips.txt, stop_times.txt and calendar.txt or calendar_dates.txt.",
);
pub const FEED_BAD_CSV: Word = w(
    "het bestand is hier geen leesbare CSV ({error})",
    "the file is not readable CSV here ({error})",
);
pub const FEED_BAD_CSV_DO: Word = w(
    "Download de dienstregeling opnieuw: het bestand is beschadigd of geen GTFS.",
    "Download the timetable again: the file is damaged or not GTFS.",
);
pub const FEED_COLUMN_MISSING: Word = w(
    "de kolom {column} ontbreekt",
    "the column {column} is missing",
);
pub const FEED_COLUMN_MISSING_DO: Word = w(
    "Gebruik een dienstregeling volgens de GTFS-standaard; deze kolom is daar verplicht.",
    "Use a timetable that follows the GTFS standard, which requires this column.",
);
pub const FEED_TOO_MANY: Word = w(
    "na {count} problemen in dit bestand is de rest niet meer gelezen",
    "after {count} problems in this file the rest was not read",
);
pub const FEED_TOO_MANY_DO: Word = w(
    "Verbeter de problemen hierboven (of download de dienstregeling opnieuw) en probeer het nog eens.",
    "Correct the problems above (or download the timetable again) and run again.",
);
pub const FEED_EMPTY: Word = w("de cel {column} is leeg", "the cell {column} is empty");
pub const FEED_VALUE_DO: Word = w(
    "Verbeter deze cel volgens de GTFS-standaard, of download de dienstregeling opnieuw.",
    "Correct this cell as the GTFS standard describes it, or download the timetable again.",
);
pub const FEED_NOT_NUMBER: Word = w("{column} is geen getal", "{column} is not a number");
pub const FEED_NOT_WHOLE: Word = w(
    "{column} is geen geheel getal van 0 of meer",
    "{column} is not a whole number of 0 or more",
);
pub const FEED_NOT_DATE: Word = w(
    "{column} is geen datum als JJJJMMDD",
    "{column} is not a date as YYYYMMDD",
);
pub const FEED_NOT_FLAG: Word = w("{column} moet 0 of 1 zijn", "{column} must be 0 or 1");
pub const FEED_NOT_EXCEPTION: Word = w(
    "exception_type moet 1 (rijdt extra) of 2 (rijdt niet) zijn",
    "exception_type must be 1 (runs in addition) or 2 (does not run)",
);
pub const FEED_NOT_TIME: Word = w(
    "{column} is geen tijd als UU:MM:SS",
    "{column} is not a time as HH:MM:SS",
);
pub const FEED_BAD_PLACE: Word = w(
    "de halte ligt niet op aarde: stop_lat en stop_lon moeten graden zijn (en niet allebei 0)",
    "the stop is not on earth: stop_lat and stop_lon must be degrees (and not both 0)",
);
pub const FEED_ID_TWICE: Word = w(
    "deze id staat al eerder in het bestand",
    "this id is already used earlier in the file",
);
pub const FEED_UNKNOWN_ID: Word = w(
    "deze {column} staat niet in {file}",
    "this {column} is not in {file}",
);
pub const FEED_UNKNOWN_ID_DO: Word = w(
    "Gebruik een volledige dienstregeling: elk id dat een bestand noemt, moet in het bijbehorende bestand staan.",
    "Use a complete timetable: every id a file names must be in the file it refers to.",
);
pub const FEED_STOP_NOWHERE: Word = w(
    "deze halte heeft geen coördinaten, maar een rit stopt er",
    "this stop has no coordinates, but a trip stops there",
);
pub const FEED_SEQUENCE_TWICE: Word = w(
    "deze stop_sequence staat al eerder in dezelfde rit",
    "this stop_sequence is already used earlier in the same trip",
);
pub const FEED_END_WITHOUT_TIME: Word = w(
    "de eerste en de laatste halte van een rit moeten een tijd hebben",
    "the first and the last stop of a trip must have a time",
);
pub const FEED_TIME_BACK: Word = w(
    "de tijd gaat hier terug ten opzichte van de vorige halte van de rit",
    "the time goes back here from the previous stop of the trip",
);
pub const FEED_TRIP_ORDER_DO: Word = w(
    "Verbeter de tijden of stop_sequence van deze rit, of download de dienstregeling opnieuw.",
    "Correct the times or stop_sequence of this trip, or download the timetable again.",
);
pub const FEED_NOTHING_RUNS: Word = w(
    "op {date} rijdt geen enkele rit van de dienstregeling (de kalender loopt van {first} tot {last})",
    "no trip of the timetable runs on {date} (its calendar runs from {first} to {last})",
);
pub const FEED_NOTHING_RUNS_DO: Word = w(
    "Kies met --date een schooldag binnen de kalender, of download een actuele dienstregeling.",
    "Choose a school day within the calendar with --date, or download a current timetable.",
);
pub const FEED_FREQUENCIES: Word = w(
    "frequencies.txt wordt niet gelezen: de ritten daarin rijden alleen op de tijden van stop_times.txt",
    "frequencies.txt is not read: its trips run only at the times of stop_times.txt",
);
pub const FEED_FREQUENCIES_DO: Word = w(
    "Niets, als de dienstregeling ook zonder frequencies.txt klopt; anders: vraag de uitgever om elke rit in stop_times.txt.",
    "Nothing, if the timetable is right without frequencies.txt; otherwise ask its publisher for every trip in stop_times.txt.",
);

// Postcodes and places (W061, W062).
pub const POSTCODE_UNKNOWN: Word = w(
    "postcode {postcode} staat niet in de postcodetabel {file}",
    "postcode {postcode} is not in the postcode table {file}",
);
pub const POSTCODE_UNKNOWN_DO: Word = w(
    "Verbeter de postcode, vul lat en lon in, of gebruik een vollediger postcodetabel.",
    "Correct the postcode, fill in lat and lon, or use a more complete postcode table.",
);
pub const NO_LOCATION: Word = w(
    "{id} heeft geen coördinaten (ook niet via een postcode), dus travel.csv krijgt geen regels voor {id}",
    "{id} has no coordinates (nor through a postcode), so travel.csv gets no rows for {id}",
);
pub const NO_LOCATION_DO: Word = w(
    "Vul lat en lon of een postcode in en geef --postcodes; zonder regel in travel.csv schat solve de reistijd uit coördinaten of meldt E025.",
    "Fill in lat and lon or a postcode and give --postcodes; without a travel.csv row, solve estimates from coordinates or reports E025.",
);

// What the command prints.
pub const BAD_DATE: Word = w(
    "fout: --date moet een datum als JJJJ-MM-DD zijn, niet '{value}'",
    "error: --date must be a date as YYYY-MM-DD, not '{value}'",
);
pub const BAD_ARRIVE_BY: Word = w(
    "fout: --arrive-by moet een tijd als UU:MM zijn, niet '{value}'",
    "error: --arrive-by must be a time as HH:MM, not '{value}'",
);
pub const BAD_WALK: Word = w(
    "fout: --walk-kmh moet een getal boven 0 en tot 30 zijn, en --max-walk-m boven 0 en tot 10000",
    "error: --walk-kmh must be a number above 0 and up to 30, and --max-walk-m above 0 and up to 10000",
);
pub const NOTHING_WRITTEN: Word = w(
    "Er is niets geschreven: verbeter de fouten hierboven en probeer het opnieuw.",
    "Nothing was written: correct the errors above and run again.",
);
pub const READ_FEED: Word = w(
    "dienstregeling van {date}: {stops} haltes, {trips} ritten, {rides} ritdelen ({seconds} s)",
    "timetable of {date}: {stops} stops, {trips} trips, {rides} rides ({seconds} s)",
);
pub const DONE: Word = w(
    "{pairs} paren geschreven naar {file}: {reached} met een reis, {none} zonder reis ({seconds} s)",
    "{pairs} pairs written to {file}: {reached} with a journey, {none} without ({seconds} s)",
);

// A journey as explain and report.html show it.
pub const JOURNEY: Word = w(
    "Reis: {minutes} min: {legs}",
    "Journey: {minutes} min: {legs}",
);
pub const JOURNEY_DETAILS: Word = w(
    " (eerste vertrek {departure}; {lines})",
    " (first departure {departure}; {lines})",
);
pub const JOURNEYS_HEADING: Word = w("Langste reizen", "Longest journeys");
pub const STUDENT: Word = w("student", "student");
pub const JOURNEY_COLUMN: Word = w("reis", "journey");
pub const JOURNEYS_NOTE: Word = w(
    "De geplaatste studenten met de langste reis volgens travel.csv, met hoe die reis gaat.",
    "The placed students with the longest journey in travel.csv, and how that journey goes.",
);

/// A leg's word of travel.csv (`walk`, `bus`, ...) in `lang`; unknown words stay as written.
pub fn leg_word(word: &str, lang: Lang) -> &str {
    let known: &[(&str, Word)] = &[
        ("walk", w("lopen", "walk")),
        ("wait", w("wachten", "wait")),
        ("bike", w("fiets", "bike")),
        ("bus", w("bus", "bus")),
        ("tram", w("tram", "tram")),
        ("metro", w("metro", "metro")),
        ("train", w("trein", "train")),
        ("ferry", w("veerboot", "ferry")),
        ("other", w("ander vervoer", "other transport")),
    ];
    known
        .iter()
        .find(|(k, _)| *k == word)
        .map_or(word, |(_, t)| t.of(lang))
}

/// Every sentence above, for the test that both languages name the same placeholders.
pub const ALL: &[&Word] = &[
    &FEED_UNREADABLE,
    &FEED_UNREADABLE_DO,
    &FEED_FILE_MISSING,
    &FEED_FILE_MISSING_DO,
    &FEED_BAD_CSV,
    &FEED_BAD_CSV_DO,
    &FEED_COLUMN_MISSING,
    &FEED_COLUMN_MISSING_DO,
    &FEED_TOO_MANY,
    &FEED_TOO_MANY_DO,
    &FEED_EMPTY,
    &FEED_VALUE_DO,
    &FEED_NOT_NUMBER,
    &FEED_NOT_WHOLE,
    &FEED_NOT_DATE,
    &FEED_NOT_FLAG,
    &FEED_NOT_EXCEPTION,
    &FEED_NOT_TIME,
    &FEED_BAD_PLACE,
    &FEED_ID_TWICE,
    &FEED_UNKNOWN_ID,
    &FEED_UNKNOWN_ID_DO,
    &FEED_STOP_NOWHERE,
    &FEED_SEQUENCE_TWICE,
    &FEED_END_WITHOUT_TIME,
    &FEED_TIME_BACK,
    &FEED_TRIP_ORDER_DO,
    &FEED_NOTHING_RUNS,
    &FEED_NOTHING_RUNS_DO,
    &FEED_FREQUENCIES,
    &FEED_FREQUENCIES_DO,
    &POSTCODE_UNKNOWN,
    &POSTCODE_UNKNOWN_DO,
    &NO_LOCATION,
    &NO_LOCATION_DO,
    &BAD_DATE,
    &BAD_ARRIVE_BY,
    &BAD_WALK,
    &NOTHING_WRITTEN,
    &READ_FEED,
    &DONE,
    &JOURNEY,
    &JOURNEY_DETAILS,
    &JOURNEYS_HEADING,
    &JOURNEYS_NOTE,
    &STUDENT,
    &JOURNEY_COLUMN,
];
