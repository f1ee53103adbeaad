//! Sorting, and building ordered maps and sets, with one compiled sort for the whole program.
//!
//! Each `sort_by` on another element type or closure, and each `collect()` into a `BTreeMap` or
//! `BTreeSet` (which sorts its items first), compiles its own copy of the standard library's
//! sort: about 4 KB of WebAssembly a copy, and the page had 25 of them (measured with
//! `twiggy monos`). Here the items are put in order through their positions, compared by a
//! `&dyn` function, so a single copy serves every call; maps and sets are built by inserting,
//! which needs no sort and gives the same result (the last value of a repeated key wins, as
//! with `collect()`).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Sorts `items` by `compare`, keeping equal items in their order (a stable sort).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` by the key `key` gives each, keeping equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The one compiled sort: positions, compared through a `&dyn` function.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// `collect()` into a map, without the sort: the last value of a repeated key wins.
pub fn map_of<K: Ord, V>(items: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(items);
    map
}

/// `collect()` into a set, without the sort.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sort_is_stable_and_matches_the_standard_one() {
        let words = [
            "poste", "site", "agent", "zone", "équipe", "service", "a", "zz", "pôle",
        ];
        let mut ours: Vec<&str> = words.to_vec();
        let mut std_sorted = ours.clone();
        sort_by_key(&mut ours, |w| w.chars().count());
        std_sorted.sort_by_key(|w| w.chars().count());
        assert_eq!(ours, std_sorted);
        let mut numbers = vec![5, 3, 9, 1, 3, 0, 7];
        sort(&mut numbers);
        assert_eq!(numbers, [0, 1, 3, 3, 5, 7, 9]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn maps_and_sets_equal_what_collect_builds() {
        let pairs = [("b", 1), ("a", 2), ("b", 3), ("c", 4)];
        assert_eq!(map_of(pairs), pairs.into_iter().collect::<BTreeMap<_, _>>());
        assert_eq!(map_of(pairs)["b"], 3, "the last value wins");
        let items = [4, 1, 4, 2];
        assert_eq!(set_of(items), items.into_iter().collect::<BTreeSet<_>>());
    }
}
