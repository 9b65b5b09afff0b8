//! `stageplan travel` in Dutch and English: problems of a GTFS feed and a postcode table,
//! what the command prints, and the words of a journey as explain and report.html show it.

use super::{w, Lang, Word};

words! {
    // The feed (E060-E068, W060).
    pub FEED_UNREADABLE =
        "de dienstregeling kan niet geopend worden als GTFS-zip of -map: {error}",
        "the timetable cannot be opened as a GTFS zip or folder: {error}";
    pub FEED_UNREADABLE_DO =
        "Geef met --gtfs het .zip-bestand van een GTFS-dienstregeling (zoals gtfs-nl.zip), of een map met de uitgepakte .txt-bestanden.",
        "Give --gtfs the .zip file of a GTFS timetable (such as gtfs-nl.zip), or a folder with its unzipped .txt files.";
    pub FEED_FILE_MISSING =
        "het verplichte bestand {file} ontbreekt in de dienstregeling",
        "the required file {file} is missing from the timetable";
    pub FEED_FILE_MISSING_DO =
        "Gebruik een volledige GTFS-dienstregeling: stops.txt, routes.txt, trips.txt, stop_times.txt en calendar.txt of calendar_dates.txt.",
        "Use a complete GTFS timetable: stops.txt, routes.txt, trips.txt, stop_times.txt and calendar.txt or calendar_dates.txt.";
    pub FEED_BAD_CSV =
        "het bestand is hier geen leesbare CSV ({error})",
        "the file is not readable CSV here ({error})";
    pub FEED_BAD_CSV_DO =
        "Download de dienstregeling opnieuw: het bestand is beschadigd of geen GTFS.",
        "Download the timetable again: the file is damaged or not GTFS.";
    pub FEED_COLUMN_MISSING =
        "de kolom {column} ontbreekt",
        "the column {column} is missing";
    pub FEED_COLUMN_MISSING_DO =
        "Gebruik een dienstregeling volgens de GTFS-standaard; deze kolom is daar verplicht.",
        "Use a timetable that follows the GTFS standard, which requires this column.";
    pub FEED_TOO_MANY =
        "na {count} problemen in dit bestand is de rest niet meer gelezen",
        "after {count} problems in this file the rest was not read";
    pub FEED_TOO_MANY_DO =
        "Verbeter de problemen hierboven (of download de dienstregeling opnieuw) en probeer het nog eens.",
        "Correct the problems above (or download the timetable again) and run again.";
    pub FEED_EMPTY =
        "de cel {column} is leeg",
        "the cell {column} is empty";
    pub FEED_VALUE_DO =
        "Verbeter deze cel volgens de GTFS-standaard, of download de dienstregeling opnieuw.",
        "Correct this cell as the GTFS standard describes it, or download the timetable again.";
    pub FEED_NOT_NUMBER =
        "{column} is geen getal",
        "{column} is not a number";
    pub FEED_NOT_WHOLE =
        "{column} is geen geheel getal van 0 of meer",
        "{column} is not a whole number of 0 or more";
    pub FEED_NOT_DATE =
        "{column} is geen datum als JJJJMMDD",
        "{column} is not a date as YYYYMMDD";
    pub FEED_NOT_FLAG =
        "{column} moet 0 of 1 zijn",
        "{column} must be 0 or 1";
    pub FEED_NOT_EXCEPTION =
        "exception_type moet 1 (rijdt extra) of 2 (rijdt niet) zijn",
        "exception_type must be 1 (runs in addition) or 2 (does not run)";
    pub FEED_NOT_TIME =
        "{column} is geen tijd als UU:MM:SS",
        "{column} is not a time as HH:MM:SS";
    pub FEED_BAD_PLACE =
        "de halte ligt niet op aarde: stop_lat en stop_lon moeten graden zijn (en niet allebei 0)",
        "the stop is not on earth: stop_lat and stop_lon must be degrees (and not both 0)";
    pub FEED_ID_TWICE =
        "deze id staat al eerder in het bestand",
        "this id is already used earlier in the file";
    pub FEED_UNKNOWN_ID =
        "deze {column} staat niet in {file}",
        "this {column} is not in {file}";
    pub FEED_UNKNOWN_ID_DO =
        "Gebruik een volledige dienstregeling: elk id dat een bestand noemt, moet in het bijbehorende bestand staan.",
        "Use a complete timetable: every id a file names must be in the file it refers to.";
    pub FEED_STOP_NOWHERE =
        "deze halte heeft geen coördinaten, maar een rit stopt er",
        "this stop has no coordinates, but a trip stops there";
    pub FEED_SEQUENCE_TWICE =
        "deze stop_sequence staat al eerder in dezelfde rit",
        "this stop_sequence is already used earlier in the same trip";
    pub FEED_END_WITHOUT_TIME =
        "de eerste en de laatste halte van een rit moeten een tijd hebben",
        "the first and the last stop of a trip must have a time";
    pub FEED_TIME_BACK =
        "de tijd gaat hier terug ten opzichte van de vorige halte van de rit",
        "the time goes back here from the previous stop of the trip";
    pub FEED_TRIP_ORDER_DO =
        "Verbeter de tijden of stop_sequence van deze rit, of download de dienstregeling opnieuw.",
        "Correct the times or stop_sequence of this trip, or download the timetable again.";
    pub FEED_NOTHING_RUNS =
        "op {date} rijdt geen enkele rit van de dienstregeling (de kalender loopt van {first} tot {last})",
        "no trip of the timetable runs on {date} (its calendar runs from {first} to {last})";
    pub FEED_NOTHING_RUNS_DO =
        "Kies met --date een schooldag binnen de kalender, of download een actuele dienstregeling.",
        "Choose a school day within the calendar with --date, or download a current timetable.";
    pub FEED_FREQUENCIES =
        "frequencies.txt wordt niet gelezen: de ritten daarin rijden alleen op de tijden van stop_times.txt",
        "frequencies.txt is not read: its trips run only at the times of stop_times.txt";
    pub FEED_FREQUENCIES_DO =
        "Niets, als de dienstregeling ook zonder frequencies.txt klopt; anders: vraag de uitgever om elke rit in stop_times.txt.",
        "Nothing, if the timetable is right without frequencies.txt; otherwise ask its publisher for every trip in stop_times.txt.";

    // Postcodes and places (W061, W062).
    pub POSTCODE_UNKNOWN =
        "postcode {postcode} staat niet in de postcodetabel {file}",
        "postcode {postcode} is not in the postcode table {file}";
    pub POSTCODE_UNKNOWN_DO =
        "Verbeter de postcode, vul lat en lon in, of gebruik een vollediger postcodetabel.",
        "Correct the postcode, fill in lat and lon, or use a more complete postcode table.";
    pub NO_LOCATION =
        "{id} heeft geen coördinaten (ook niet via een postcode), dus travel.csv krijgt geen regels voor {id}",
        "{id} has no coordinates (nor through a postcode), so travel.csv gets no rows for {id}";
    pub NO_LOCATION_DO =
        "Vul lat en lon of een postcode in en geef --postcodes; zonder regel in travel.csv schat solve de reistijd uit coördinaten of meldt E025.",
        "Fill in lat and lon or a postcode and give --postcodes; without a travel.csv row, solve estimates from coordinates or reports E025.";

    // What the command prints.
    pub BAD_DATE =
        "fout: --date moet een datum als JJJJ-MM-DD zijn, niet '{value}'",
        "error: --date must be a date as YYYY-MM-DD, not '{value}'";
    pub BAD_ARRIVE_BY =
        "fout: --arrive-by moet een tijd als UU:MM zijn, niet '{value}'",
        "error: --arrive-by must be a time as HH:MM, not '{value}'";
    pub BAD_WALK =
        "fout: --walk-kmh moet een getal boven 0 en tot 30 zijn, en --max-walk-m boven 0 en tot 10000",
        "error: --walk-kmh must be a number above 0 and up to 30, and --max-walk-m above 0 and up to 10000";
    pub NOTHING_WRITTEN =
        "Er is niets geschreven: verbeter de fouten hierboven en probeer het opnieuw.",
        "Nothing was written: correct the errors above and run again.";
    pub READ_FEED =
        "dienstregeling van {date}: {stops} haltes, {trips} ritten, {rides} ritdelen ({seconds} s)",
        "timetable of {date}: {stops} stops, {trips} trips, {rides} rides ({seconds} s)";
    pub DONE =
        "{pairs} paren geschreven naar {file}: {reached} met een reis, {none} zonder reis ({seconds} s)",
        "{pairs} pairs written to {file}: {reached} with a journey, {none} without ({seconds} s)";

    // A journey as explain and report.html show it.
    pub JOURNEY =
        "Reis: {minutes} min: {legs}",
        "Journey: {minutes} min: {legs}";
    pub JOURNEY_DETAILS =
        " (eerste vertrek {departure}; {lines})",
        " (first departure {departure}; {lines})";
    pub JOURNEYS_HEADING =
        "Langste reizen",
        "Longest journeys";
    pub STUDENT =
        "student",
        "student";
    pub JOURNEY_COLUMN =
        "reis",
        "journey";
    pub JOURNEYS_NOTE =
        "De geplaatste studenten met de langste reis volgens travel.csv, met hoe die reis gaat.",
        "The placed students with the longest journey in travel.csv, and how that journey goes.";
}

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
