//! The words of the reading budgets and of what is not a file (issue 17): floods of one
//! problem, files that are folders or pipes, workbooks beyond a cap, columns or sheets
//! given twice, invisible characters, and values the solver cannot take.

words! {
    // Floods (all codes).
    pub AND_MORE =
        "… en nog {n} keer {code}",
        "… and {n} more {code}";
    pub AND_MORE_DO =
        "Los eerst de getoonde op: vaak is het steeds dezelfde fout.",
        "Fix the ones listed first: often it is the same mistake every time.";
    pub GAVE_UP =
        "na {n} fouten is de rest van dit bestand niet meer gelezen",
        "after {n} errors the rest of this file was not read";
    pub GAVE_UP_DO =
        "Controleer of dit het goede bestand is met de goede kolommen; los de getoonde fouten op (de eerste {n} zijn geteld) en probeer opnieuw.",
        "Check that this is the right file with the right columns; fix the errors shown (the first {n} were counted) and try again.";

    // What is there but is not a file (E009).
    pub IS_FOLDER =
        "{name} is een map, geen bestand",
        "{name} is a folder, not a file";
    pub IS_DANGLING_LINK =
        "{name} is een symbolische link naar {target}, dat niet bestaat",
        "{name} is a symbolic link to {target}, which does not exist";
    pub IS_FIFO =
        "{name} is een named pipe (FIFO), geen bestand: lezen zou wachten op een ander programma",
        "{name} is a named pipe (FIFO), not a file: reading it would wait for another program";
    pub IS_DEVICE =
        "{name} is een apparaat ({target}), geen bestand: het levert eindeloos bytes",
        "{name} is a device ({target}), not a file: it gives bytes without end";
    pub IS_SOCKET =
        "{name} is een socket, geen bestand",
        "{name} is a socket, not a file";
    pub NOT_A_FILE_DO =
        "Zet hier het bestand {name} zelf neer (geen map, link of pipe).",
        "Put the file {name} itself here (not a folder, a link or a pipe).";
    pub NOT_A_FILE_OPTIONAL_DO =
        "Zet hier het bestand {name} zelf neer, of haal {name} weg om zonder te werken.",
        "Put the file {name} itself here, or remove {name} to go without it.";

    // Sizes (E008).
    pub TEXT_FILE_TOO_LARGE =
        "het bestand is {size}; stageplan leest bestanden tot {max} (MAX_TEXT_FILE_BYTES)",
        "the file is {size}; stageplan reads files of up to {max} (MAX_TEXT_FILE_BYTES)";
    pub TEXT_FILE_TOO_LARGE_DO =
        "Controleer of dit het goede bestand is: de reistijden van een landelijke instantie zijn enkele tientallen MB.",
        "Check that this is the right file: the travel times of a national instance take some tens of MB.";
    pub WORKBOOK_TOO_LARGE =
        "de werkmap is {found} groot; stageplan leest werkmappen tot {max} (MAX_WORKBOOK_BYTES)",
        "the workbook is {found}; stageplan reads workbooks of up to {max} (MAX_WORKBOOK_BYTES)";
    pub TOO_MANY_ZIP_ENTRIES =
        "de werkmap zegt {found} onderdelen te bevatten, meer dan {max} (MAX_ZIP_ENTRIES); een Excel-werkmap heeft er enkele tientallen",
        "the workbook claims {found} parts, more than {max} (MAX_ZIP_ENTRIES); an Excel workbook has a few dozen";
    pub PART_TOO_LARGE =
        "het onderdeel {part} pakt uit tot meer dan {max} (MAX_PART_BYTES)",
        "the part {part} unpacks to more than {max} (MAX_PART_BYTES)";
    pub TOTAL_TOO_LARGE =
        "de gelezen onderdelen pakken samen uit tot meer dan {max} (MAX_TOTAL_BYTES); bereikt in {part}",
        "the parts read unpack to more than {max} together (MAX_TOTAL_BYTES); reached in {part}";
    pub RUN_TOO_LONG =
        "het onderdeel {part} heeft een tekst of label van meer dan {max} zonder onderbreking (MAX_XML_RUN_BYTES)",
        "the part {part} has a text or tag of more than {max} without a break (MAX_XML_RUN_BYTES)";
    pub TOO_MANY_ROWS =
        "het blad heeft een rij voorbij rij {max} (MAX_ROWS), de laatste die Excel kent ({part})",
        "the sheet has a row beyond row {max} (MAX_ROWS), the last Excel knows ({part})";
    pub TOO_MANY_COLUMNS =
        "het blad heeft een cel voorbij kolom {max} (MAX_COLUMNS), de laatste die Excel kent ({part})",
        "the sheet has a cell beyond column {max} (MAX_COLUMNS), the last Excel knows ({part})";
    pub CELL_TOO_LONG =
        "de cel bevat meer dan {max} tekens (MAX_CELL_CHARS), het meeste dat Excel in een cel toestaat ({part})",
        "the cell holds more than {max} characters (MAX_CELL_CHARS), the most Excel allows in a cell ({part})";
    pub TOO_MANY_STRINGS =
        "het onderdeel {part} bevat meer dan {max} verschillende teksten (MAX_SHARED_STRINGS)",
        "the part {part} holds more than {max} different texts (MAX_SHARED_STRINGS)";
    pub TOO_MANY_FORMATS =
        "het onderdeel {part} bevat meer dan {max} celopmaken (MAX_CELL_FORMATS); Excel staat er 64.000 toe",
        "the part {part} holds more than {max} cell formats (MAX_CELL_FORMATS); Excel allows 64,000";
    pub TOO_MANY_SHEETS =
        "de werkmap heeft meer dan {max} bladen (MAX_SHEETS) ({part})",
        "the workbook has more than {max} sheets (MAX_SHEETS) ({part})";
    pub TOO_MUCH_TEXT =
        "de cellen bevatten samen meer dan {max} tekst (MAX_TEXT_BYTES); bereikt in {part}",
        "the cells hold more than {max} of text together (MAX_TEXT_BYTES); reached in {part}";
    pub LIMIT_DO =
        "Haal in Excel weg wat er niet hoort (een verre cel, een geplakt blok, een enorme tekst) en sla de werkmap opnieuw op, of sla de bladen op als CSV-bestanden.",
        "Remove in Excel what does not belong (a far-away cell, a pasted block, a huge text) and save the workbook again, or save the sheets as CSV files.";

    // Workbooks: damaged parts, formulas, dates, sheets and columns twice.
    pub BROKEN_PART =
        "het onderdeel {part} van de werkmap is beschadigd: {detail}",
        "the part {part} of the workbook is damaged: {detail}";
    pub BROKEN_PART_DO =
        "Open de werkmap in Excel en sla hem opnieuw op als 'Excel-werkmap (*.xlsx)'.",
        "Open the workbook in Excel and save it again as 'Excel-werkmap (*.xlsx)'.";
    pub FORMULA_WITHOUT_VALUE =
        "de cel bevat een formule waarvan de uitkomst niet is opgeslagen, dus er is geen waarde om te lezen",
        "the cell holds a formula whose result was not saved, so there is no value to read";
    pub FORMULA_WITHOUT_VALUE_DO =
        "Open de werkmap in Excel en sla hem opnieuw op (Excel bewaart dan de uitkomsten), of typ de waarde in plaats van de formule.",
        "Open the workbook in Excel and save it again (Excel then keeps the results), or type the value instead of the formula.";
    pub NUMBER_DATE =
        "is een datum of tijd, geen getal",
        "is a date or a time, not a number";
    pub SHEET_TWICE =
        "de werkmap heeft twee bladen voor {file}: '{first}' en '{second}'",
        "the workbook has two sheets for {file}: '{first}' and '{second}'";
    pub SHEET_TWICE_DO =
        "Verwijder of hernoem een van de twee bladen: niet te raden is welke geldt.",
        "Delete or rename one of the two sheets: which one counts cannot be guessed.";
    pub COLUMN_TWICE =
        "de kolom '{column}' staat twee keer in de kopregel: ook in kolom {first} ('{first_name}')",
        "the column '{column}' is in the header twice: also in column {first} ('{first_name}')";
    pub COLUMN_TWICE_DO =
        "Verwijder of hernoem een van de twee kolommen '{column}': niet te raden is welke geldt.",
        "Delete or rename one of the two '{column}' columns: which one counts cannot be guessed.";
    pub INVISIBLE =
        "de cel bevat onzichtbare tekens of een vaste spatie; die zijn weggehaald en de waarde is gelezen als '{clean}'",
        "the cell holds invisible characters or a non-breaking space; they were removed and the value is read as '{clean}'";
    pub INVISIBLE_DO =
        "Niets nodig; wilt u het zeker weten, typ de cel dan opnieuw.",
        "Nothing needed; to be sure, type the cell again.";

    // What the solver can take (E044, E011).
    pub OUT_OF_RANGE =
        "'{key}' is {value}, buiten het bereik {range} dat de optimalisatie exact rekent",
        "'{key}' is {value}, outside the range {range} the optimiser computes exactly";
    pub OUT_OF_RANGE_DO =
        "Kies een waarde in het bereik {range} (de README, Betrouwbaarheid, legt uit waarom).",
        "Choose a value in the range {range} (the README, Reliability, says why).";
    pub ABOVE_MAX =
        "is groter dan {max}",
        "is larger than {max}";
}
