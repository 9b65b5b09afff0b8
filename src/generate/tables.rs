//! A table: the names, places, subjects and shares synthetic instances are drawn from.

/// The ten HOS schools (seed 004) with their types and approximate locations.
pub(super) const HOS_SCHOOLS: [(&str, &str, &str, &str, f64, f64); 10] = [
    (
        "SORGH",
        "Christelijk Gymnasium Sorghvliet",
        "gymnasium",
        "2517 KN",
        52.0912,
        4.2905,
    ),
    (
        "CORB",
        "Corbulo College",
        "vmbo|lwoo",
        "2491 BD",
        52.0567,
        4.3710,
    ),
    (
        "DIAM",
        "Diamant College",
        "vmbo|lwoo|mavo|isk",
        "2525 EN",
        52.0560,
        4.2810,
    ),
    (
        "HELD",
        "Heldring Business School",
        "vmbo|mavo",
        "2522 TG",
        52.0690,
        4.3290,
    ),
    (
        "ROEM",
        "Roemer Visscher College",
        "vmbo|lwoo",
        "2531 BR",
        52.0520,
        4.3050,
    ),
    (
        "SEGB",
        "Segbroek College",
        "mavo|havo|vwo",
        "2551 HN",
        52.0720,
        4.2420,
    ),
    (
        "SGLV",
        "'s-Gravendreef College Leidschenveen",
        "vmbo|havo",
        "2497 AG",
        52.0640,
        4.4050,
    ),
    (
        "SGLD",
        "'s-Gravendreef College Leidschendam",
        "vmbo",
        "2262 AK",
        52.0850,
        4.3950,
    ),
    (
        "DALT",
        "Dalton Den Haag",
        "havo|vwo|gymnasium|tto",
        "2561 RD",
        52.0810,
        4.2760,
    ),
    (
        "VRIJ",
        "De Vrije School Den Haag",
        "vwo|havo|mavo|vmbo-t",
        "2555 BA",
        52.0610,
        4.2440,
    ),
];

/// Where schools beyond the ten HOS schools lie: latitude from, to; longitude from, to.
pub(crate) const SCHOOL_AREA: [f64; 4] = [51.90, 52.20, 4.20, 4.75];

pub(super) const SCHOOL_TYPES: [&str; 6] = [
    "vmbo|lwoo",
    "vmbo|mavo",
    "mavo|havo",
    "havo|vwo",
    "havo|vwo|gymnasium",
    "vmbo|havo|vwo",
];

/// Subjects with their share of demand.
pub(super) const SUBJECTS: [(&str, f64); 15] = [
    ("nederlands", 12.0),
    ("engels", 10.0),
    ("wiskunde", 10.0),
    ("geschiedenis", 7.0),
    ("biologie", 7.0),
    ("aardrijkskunde", 6.0),
    ("duits", 5.0),
    ("frans", 5.0),
    ("economie", 6.0),
    ("scheikunde", 5.0),
    ("natuurkunde", 5.0),
    ("informatica", 3.0),
    ("godsdienst", 3.0),
    ("muziek", 3.0),
    ("klassieke talen", 2.0),
];
pub(super) const SCIENCE: [&str; 4] = ["wiskunde", "natuurkunde", "scheikunde", "informatica"];
pub(super) const PE: &str = "lichamelijke opvoeding";

/// Tracks of models/hos.toml with their share of the students.
pub(super) const TRACKS: [(&str, f64); 9] = [
    ("HR-VT1", 0.12),
    ("HR-VT2", 0.20),
    ("HR-VT3", 0.15),
    ("HR-VT4", 0.10),
    ("HR-DT1", 0.08),
    ("HALO-2", 0.07),
    ("ICLON-DIO1", 0.13),
    ("ICLON-DIO2", 0.08),
    ("TUD-SEC", 0.07),
];

pub(super) const FIRST: [&str; 24] = [
    "Sanne", "Daan", "Fatima", "Luuk", "Noor", "Mohamed", "Emma", "Bram", "Yara", "Thijs", "Lotte",
    "Ayoub", "Julia", "Sem", "Iris", "Mehmet", "Fleur", "Jesse", "Amira", "Ruben", "Eva", "Kevin",
    "Zeynep", "Milan",
];
pub(super) const LAST: [&str; 24] = [
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "El Amrani",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "Yilmaz",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Kaya",
    "van Leeuwen",
    "Verhoeven",
    "Koster",
    "Prins",
];

/// Home towns students commute from, with a weight; far ones make the travel limit bite.
pub(crate) const HOMES: [(&str, f64, f64, f64); 8] = [
    ("Den Haag", 52.070, 4.300, 55.0),
    ("Delft", 52.012, 4.357, 10.0),
    ("Rijswijk", 52.036, 4.325, 8.0),
    ("Leiden", 52.160, 4.490, 10.0),
    ("Rotterdam", 51.922, 4.479, 10.0),
    ("Zoetermeer", 52.057, 4.493, 4.0),
    ("Gouda", 52.012, 4.711, 2.0),
    ("Utrecht", 52.090, 5.121, 1.0),
];
