//! Unknown keys of a scenario file, found before the file is read for its values, so that
//! a typo is told in the run's language with its place, the keys that are known and the
//! nearest one, instead of serde's first "unknown field" in English.

use super::file::{SCENARIO_KEYS, SCHOOL_CAPACITY_KEYS, WPB_CAPACITY_KEYS};
use super::grid::{GRID_KEYS, RANGE_KEYS};
use super::reader::Reader;
use crate::input::closest::with_hint;
use crate::input::codes;
use crate::lang::{scenario as say, Said};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use toml::Spanned;

/// A TOML value with the place of every key, and nothing else.
enum Node {
    Table(Vec<(Spanned<String>, Node)>),
    Array(Vec<Node>),
    Leaf,
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a TOML value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_str<E>(self, _: &str) -> Result<Node, E> {
        Ok(Node::Leaf)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Node>()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<String>>()? {
            entries.push((key, map.next_value::<Node>()?));
        }
        Ok(Node::Table(entries))
    }
}

/// What a table may hold: its known keys, and what the value of each key may hold.
#[derive(Clone, Copy)]
enum Shape {
    /// Keys from a list; the named table for the message.
    Keys(&'static [&'static str], &'static str),
    /// Any keys (ids, weight names), each value of the given shape.
    Each(&'static Shape),
    /// Not looked into.
    Free,
}

const SCHOOL_CAPACITY: Shape = Shape::Keys(&SCHOOL_CAPACITY_KEYS, "school_capacity");
const WPB_CAPACITY: Shape = Shape::Keys(&WPB_CAPACITY_KEYS, "wpb_capacity");
const RANGE: Shape = Shape::Keys(&RANGE_KEYS, "{ from, to, step }");

/// The shape of the value of `key` in the table named `table`.
fn inner(table: &str, key: &str) -> Shape {
    match (table, key) {
        (_, "school_capacity") => Shape::Each(&SCHOOL_CAPACITY),
        (_, "wpb_capacity") => Shape::Each(&WPB_CAPACITY),
        ("[[grid]]", _) => RANGE,
        _ => Shape::Free,
    }
}

impl Reader<'_> {
    /// E050 for every key the file should not have; false when there was one. A file that
    /// is not TOML passes here and is told by the reader of its values.
    pub fn known_keys(&mut self) -> bool {
        let Ok(Node::Table(top)) = toml::from_str::<Node>(self.text) else {
            return true;
        };
        let before = self.problems.error_count();
        for (key, value) in &top {
            let table = match key.get_ref().as_str() {
                "scenario" => Shape::Keys(&SCENARIO_KEYS, "[[scenario]]"),
                "grid" => Shape::Keys(&GRID_KEYS, "[[grid]]"),
                _ => {
                    let top: Said = (&say::THE_TOP).into();
                    self.unknown_key(key, &["scenario", "grid"], top);
                    continue;
                }
            };
            match value {
                Node::Array(items) => items.iter().for_each(|t| self.check(t, table)),
                other => self.check(other, table),
            }
        }
        self.problems.error_count() == before
    }

    fn check(&mut self, node: &Node, shape: Shape) {
        let Node::Table(entries) = node else {
            return;
        };
        match shape {
            Shape::Keys(known, name) => {
                for (key, value) in entries {
                    if known.contains(&key.get_ref().as_str()) {
                        self.check(value, inner(name, key.get_ref()));
                    } else {
                        self.unknown_key(key, known, Said::plain(name));
                    }
                }
            }
            Shape::Each(each) => entries.iter().for_each(|(_, v)| self.check(v, *each)),
            Shape::Free => {}
        }
    }

    fn unknown_key(&mut self, key: &Spanned<String>, known: &[&str], table: Said) {
        let at = self.place(key.span().start);
        let name = key.get_ref();
        let message = say::UNKNOWN_KEY.say_in(&[("key", &Said::plain(name)), ("table", &table)]);
        let message = with_hint(message, name, known.iter().copied());
        let action = say::UNKNOWN_KEY_DO.say(&[("keys", known.join(", "))]);
        self.problems
            .record(codes::E050, &at, name, message, action);
    }
}
