//! The ids of one table, for the tables that refer to them. Two things beyond a map: an
//! id typed in Excel as a number has lost its leading zeros (`938427` for `0938427`), and
//! is matched when exactly one id has those digits; and a table that could not be read
//! (a required column missing) makes every reference to it a consequence of that one
//! error, not a problem of its own.

use std::collections::HashMap;

/// The ids of a table, by their index.
#[derive(Debug, Clone, Default)]
pub struct Ids {
    map: HashMap<String, usize>,
    /// The digits of each all-digit id with leading zeros, without them: `None` when two
    /// such ids share their digits, so that no match is guessed.
    zeros: HashMap<String, Option<(usize, String)>>,
    /// The file of the table when it could not be read; then lookups say nothing.
    unusable: Option<String>,
}

/// What a lookup found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<'a> {
    /// The id as written.
    Exact(usize),
    /// The id once its leading zeros are restored: the index and the id.
    Zeros(usize, &'a str),
    /// No such id.
    Unknown,
    /// No such id, but the table could not be read: a consequence, not a problem.
    Unread,
}

impl Ids {
    /// The ids of a table that was read.
    pub fn new(map: HashMap<String, usize>) -> Ids {
        let mut zeros: HashMap<String, Option<(usize, String)>> = HashMap::new();
        for (id, &i) in &map {
            if id.len() > 1 && id.starts_with('0') && id.bytes().all(|b| b.is_ascii_digit()) {
                let bare = id.trim_start_matches('0').to_string();
                zeros
                    .entry(bare)
                    .and_modify(|e| *e = None)
                    .or_insert(Some((i, id.clone())));
            }
        }
        Ids {
            map,
            zeros,
            unusable: None,
        }
    }

    /// No ids, since `file` could not be read.
    pub fn unread(file: &str) -> Ids {
        Ids {
            unusable: Some(file.to_string()),
            ..Ids::default()
        }
    }

    /// The file that could not be read, if so.
    pub fn unread_file(&self) -> Option<&str> {
        self.unusable.as_deref()
    }

    /// Finds `id`: as written, or as a number without its leading zeros (`938427` for
    /// the only id `0938427`; never `0938427` for `938427`, which no spreadsheet makes).
    pub fn find(&self, id: &str) -> Found<'_> {
        if let Some(&i) = self.map.get(id) {
            return Found::Exact(i);
        }
        if self.unusable.is_some() {
            return Found::Unread;
        }
        let number =
            !id.is_empty() && !id.starts_with('0') && id.bytes().all(|b| b.is_ascii_digit());
        match self.zeros.get(id) {
            Some(Some((i, full))) if number => Found::Zeros(*i, full),
            _ => Found::Unknown,
        }
    }

    /// The index of `id` as written.
    pub fn get(&self, id: &str) -> Option<usize> {
        self.map.get(id).copied()
    }

    /// Every id, in no order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }

    /// The index of every id, in no order.
    pub fn values(&self) -> impl Iterator<Item = &usize> {
        self.map.values()
    }

    /// The number of ids.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when there are no ids.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Ids {
        Ids::new(
            list.iter()
                .enumerate()
                .map(|(i, s)| (s.to_string(), i))
                .collect(),
        )
    }

    #[test]
    fn a_number_finds_the_one_id_with_its_leading_zeros() {
        let ids = ids(&["0938427", "S1", "12"]);
        assert_eq!(ids.find("0938427"), Found::Exact(0));
        assert_eq!(ids.find("938427"), Found::Zeros(0, "0938427"));
        assert_eq!(ids.find("12"), Found::Exact(2));
        assert_eq!(
            ids.find("0012"),
            Found::Unknown,
            "zeros are restored, never removed"
        );
        assert_eq!(ids.find("S2"), Found::Unknown);
    }

    #[test]
    fn two_ids_with_the_same_digits_match_neither() {
        let ids = ids(&["07", "007"]);
        assert_eq!(ids.find("7"), Found::Unknown);
    }

    #[test]
    fn an_unread_table_makes_a_lookup_a_consequence() {
        assert_eq!(Ids::unread("students.csv").find("S1"), Found::Unread);
    }
}
