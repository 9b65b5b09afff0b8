//! The words of the reading budgets and of what is not a file (issue 17): floods of one
//! problem, files that are folders or pipes, workbooks beyond a cap, columns or sheets
//! given twice, invisible characters, and values the solver cannot take.

use super::{w, Word};

// Floods (all codes).
pub const AND_MORE: Word = w("… en nog {n} keer {code}", "… and {n} more {code}");
pub const AND_MORE_DO: Word = w(
    "Los eerst de getoonde op: vaak is het steeds dezelfde fout.",
    "Fix the ones listed first: often it is the same mistake every time.",
);
pub const GAVE_UP: Word = w(
    "na {n} fouten is de rest van dit bestand niet meer gelezen",
    "after {n} errors the rest of this file was not read",
);
pub const GAVE_UP_DO: Word = w(
    "Controleer of dit het goede bestand is met de goede kolommen; los de getoonde fouten op (de eerste {n} zijn geteld) en probeer opnieuw.",
    "Check that this is the right file with the right columns; fix the errors shown (the first {n} were counted) and try again.",
);

// What is there but is not a file (E009).
pub const IS_FOLDER: Word = w(
    "{name} is een map, geen bestand",
    "{name} is a folder, not a file",
);
pub const IS_DANGLING_LINK: Word = w(
    "{name} is een symbolische link naar {target}, dat niet bestaat",
    "{name} is a symbolic link to {target}, which does not exist",
);
pub const IS_FIFO: Word = w(
    "{name} is een named pipe (FIFO), geen bestand: lezen zou wachten op een ander programma",
    "{name} is a named pipe (FIFO), not a file: reading it would wait for another program",
);
pub const IS_DEVICE: Word = w(
    "{name} is een apparaat ({target}), geen bestand: het levert eindeloos bytes",
    "{name} is a device ({target}), not a file: it gives bytes without end",
);
pub const IS_SOCKET: Word = w(
    "{name} is een socket, geen bestand",
    "{name} is a socket, not a file",
);
pub const NOT_A_FILE_DO: Word = w(
    "Zet hier het bestand {name} zelf neer (geen map, link of pipe).",
    "Put the file {name} itself here (not a folder, a link or a pipe).",
);
pub const NOT_A_FILE_OPTIONAL_DO: Word = w(
    "Zet hier het bestand {name} zelf neer, of haal {name} weg om zonder te werken.",
    "Put the file {name} itself here, or remove {name} to go without it.",
);

// Sizes (E008).
pub const TEXT_FILE_TOO_LARGE: Word = w(
    "het bestand is {size}; stageplan leest bestanden tot {max} (MAX_TEXT_FILE_BYTES)",
    "the file is {size}; stageplan reads files of up to {max} (MAX_TEXT_FILE_BYTES)",
);
pub const TEXT_FILE_TOO_LARGE_DO: Word = w(
    "Controleer of dit het goede bestand is: de reistijden van een landelijke instantie zijn enkele tientallen MB.",
    "Check that this is the right file: the travel times of a national instance take some tens of MB.",
);
pub const WORKBOOK_TOO_LARGE: Word = w(
    "de werkmap is {found} groot; stageplan leest werkmappen tot {max} (MAX_WORKBOOK_BYTES)",
    "the workbook is {found}; stageplan reads workbooks of up to {max} (MAX_WORKBOOK_BYTES)",
);
pub const TOO_MANY_ZIP_ENTRIES: Word = w(
    "de werkmap zegt {found} onderdelen te bevatten, meer dan {max} (MAX_ZIP_ENTRIES); een Excel-werkmap heeft er enkele tientallen",
    "the workbook claims {found} parts, more than {max} (MAX_ZIP_ENTRIES); an Excel workbook has a few dozen",
);
pub const PART_TOO_LARGE: Word = w(
    "het onderdeel {part} pakt uit tot meer dan {max} (MAX_PART_BYTES)",
    "the part {part} unpacks to more than {max} (MAX_PART_BYTES)",
);
pub const TOTAL_TOO_LARGE: Word = w(
    "de gelezen onderdelen pakken samen uit tot meer dan {max} (MAX_TOTAL_BYTES); bereikt in {part}",
    "the parts read unpack to more than {max} together (MAX_TOTAL_BYTES); reached in {part}",
);
pub const RUN_TOO_LONG: Word = w(
    "het onderdeel {part} heeft een tekst of label van meer dan {max} zonder onderbreking (MAX_XML_RUN_BYTES)",
    "the part {part} has a text or tag of more than {max} without a break (MAX_XML_RUN_BYTES)",
);
pub const TOO_MANY_ROWS: Word = w(
    "het blad heeft een rij voorbij rij {max} (MAX_ROWS), de laatste die Excel kent ({part})",
    "the sheet has a row beyond row {max} (MAX_ROWS), the last Excel knows ({part})",
);
pub const TOO_MANY_COLUMNS: Word = w(
    "het blad heeft een cel voorbij kolom {max} (MAX_COLUMNS), de laatste die Excel kent ({part})",
    "the sheet has a cell beyond column {max} (MAX_COLUMNS), the last Excel knows ({part})",
);
pub const CELL_TOO_LONG: Word = w(
    "de cel bevat meer dan {max} tekens (MAX_CELL_CHARS), het meeste dat Excel in een cel toestaat ({part})",
    "the cell holds more than {max} characters (MAX_CELL_CHARS), the most Excel allows in a cell ({part})",
);
pub const TOO_MANY_STRINGS: Word = w(
    "het onderdeel {part} bevat meer dan {max} verschillende teksten (MAX_SHARED_STRINGS)",
    "the part {part} holds more than {max} different texts (MAX_SHARED_STRINGS)",
);
pub const TOO_MANY_FORMATS: Word = w(
    "het onderdeel {part} bevat meer dan {max} celopmaken (MAX_CELL_FORMATS); Excel staat er 64.000 toe",
    "the part {part} holds more than {max} cell formats (MAX_CELL_FORMATS); Excel allows 64,000",
);
pub const TOO_MANY_SHEETS: Word = w(
    "de werkmap heeft meer dan {max} bladen (MAX_SHEETS) ({part})",
    "the workbook has more than {max} sheets (MAX_SHEETS) ({part})",
);
pub const TOO_MUCH_TEXT: Word = w(
    "de cellen bevatten samen meer dan {max} tekst (MAX_TEXT_BYTES); bereikt in {part}",
    "the cells hold more than {max} of text together (MAX_TEXT_BYTES); reached in {part}",
);
pub const LIMIT_DO: Word = w(
    "Haal in Excel weg wat er niet hoort (een verre cel, een geplakt blok, een enorme tekst) en sla de werkmap opnieuw op, of sla de bladen op als CSV-bestanden.",
    "Remove in Excel what does not belong (a far-away cell, a pasted block, a huge text) and save the workbook again, or save the sheets as CSV files.",
);

// Workbooks: damaged parts, formulas, dates, sheets and columns twice.
pub const BROKEN_PART: Word = w(
    "het onderdeel {part} van de werkmap is beschadigd: {detail}",
    "the part {part} of the workbook is damaged: {detail}",
);
pub const BROKEN_PART_DO: Word = w(
    "Open de werkmap in Excel en sla hem opnieuw op als 'Excel-werkmap (*.xlsx)'.",
    "Open the workbook in Excel and save it again as 'Excel-werkmap (*.xlsx)'.",
);
pub const FORMULA_WITHOUT_VALUE: Word = w(
    "de cel bevat een formule waarvan de uitkomst niet is opgeslagen, dus er is geen waarde om te lezen",
    "the cell holds a formula whose result was not saved, so there is no value to read",
);
pub const FORMULA_WITHOUT_VALUE_DO: Word = w(
    "Open de werkmap in Excel en sla hem opnieuw op (Excel bewaart dan de uitkomsten), of typ de waarde in plaats van de formule.",
    "Open the workbook in Excel and save it again (Excel then keeps the results), or type the value instead of the formula.",
);
pub const NUMBER_DATE: Word = w(
    "is een datum of tijd, geen getal",
    "is a date or a time, not a number",
);
pub const SHEET_TWICE: Word = w(
    "de werkmap heeft twee bladen voor {file}: '{first}' en '{second}'",
    "the workbook has two sheets for {file}: '{first}' and '{second}'",
);
pub const SHEET_TWICE_DO: Word = w(
    "Verwijder of hernoem een van de twee bladen: niet te raden is welke geldt.",
    "Delete or rename one of the two sheets: which one counts cannot be guessed.",
);
pub const COLUMN_TWICE: Word = w(
    "de kolom '{column}' staat twee keer in de kopregel: ook in kolom {first} ('{first_name}')",
    "the column '{column}' is in the header twice: also in column {first} ('{first_name}')",
);
pub const COLUMN_TWICE_DO: Word = w(
    "Verwijder of hernoem een van de twee kolommen '{column}': niet te raden is welke geldt.",
    "Delete or rename one of the two '{column}' columns: which one counts cannot be guessed.",
);
pub const INVISIBLE: Word = w(
    "de cel bevat onzichtbare tekens of een vaste spatie; die zijn weggehaald en de waarde is gelezen als '{clean}'",
    "the cell holds invisible characters or a non-breaking space; they were removed and the value is read as '{clean}'",
);
pub const INVISIBLE_DO: Word = w(
    "Niets nodig; wilt u het zeker weten, typ de cel dan opnieuw.",
    "Nothing needed; to be sure, type the cell again.",
);

// What the solver can take (E044, E011).
pub const OUT_OF_RANGE: Word = w(
    "'{key}' is {value}, buiten het bereik {range} dat de optimalisatie exact rekent",
    "'{key}' is {value}, outside the range {range} the optimiser computes exactly",
);
pub const OUT_OF_RANGE_DO: Word = w(
    "Kies een waarde in het bereik {range} (de README, Betrouwbaarheid, legt uit waarom).",
    "Choose a value in the range {range} (the README, Reliability, says why).",
);
pub const ABOVE_MAX: Word = w("is groter dan {max}", "is larger than {max}");

/// Every sentence of this table, for the test that both languages name the same
/// placeholders.
pub const ALL: &[&Word] = &[
    &AND_MORE,
    &AND_MORE_DO,
    &GAVE_UP,
    &GAVE_UP_DO,
    &IS_FOLDER,
    &IS_DANGLING_LINK,
    &IS_FIFO,
    &IS_DEVICE,
    &IS_SOCKET,
    &NOT_A_FILE_DO,
    &NOT_A_FILE_OPTIONAL_DO,
    &TEXT_FILE_TOO_LARGE,
    &TEXT_FILE_TOO_LARGE_DO,
    &WORKBOOK_TOO_LARGE,
    &TOO_MANY_ZIP_ENTRIES,
    &PART_TOO_LARGE,
    &TOTAL_TOO_LARGE,
    &RUN_TOO_LONG,
    &TOO_MANY_ROWS,
    &TOO_MANY_COLUMNS,
    &CELL_TOO_LONG,
    &TOO_MANY_STRINGS,
    &TOO_MANY_FORMATS,
    &TOO_MANY_SHEETS,
    &TOO_MUCH_TEXT,
    &LIMIT_DO,
    &BROKEN_PART,
    &BROKEN_PART_DO,
    &FORMULA_WITHOUT_VALUE,
    &FORMULA_WITHOUT_VALUE_DO,
    &NUMBER_DATE,
    &SHEET_TWICE,
    &SHEET_TWICE_DO,
    &COLUMN_TWICE,
    &COLUMN_TWICE_DO,
    &INVISIBLE,
    &INVISIBLE_DO,
    &OUT_OF_RANGE,
    &OUT_OF_RANGE_DO,
    &ABOVE_MAX,
];
