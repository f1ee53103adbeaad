//! Finding a site by what a user types: words of its name or of its commune, in any case and with
//! or without accents (« maison lyon 8 », « venissieux »).

/// A site as the search sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub name: String,
    pub commune: String,
}

pub use crate::engine::names::fold;

/// The entries where every word typed starts a word of the name or of the commune; the names that
/// start with what was typed first, then the other names matched, then the sites matched by their
/// commune only; at most `limit`.
pub fn find(entries: &[Entry], query: &str, limit: usize) -> Vec<usize> {
    let query = fold(query);
    let words: Vec<&str> = query.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let typed = words.join(" ");
    let mut ranked: Vec<(u8, usize)> = entries
        .iter()
        .enumerate()
        .filter_map(|(index, entry)| {
            let name = fold(&entry.name);
            let commune = fold(&entry.commune);
            let starts =
                |text: &str, word: &str| text.split_whitespace().any(|w| w.starts_with(word));
            let by_name = words.iter().all(|w| starts(&name, w));
            let by_either = words
                .iter()
                .all(|w| starts(&name, w) || starts(&commune, w));
            let name_words: Vec<&str> = name.split_whitespace().collect();
            let rank = if name_words.join(" ").starts_with(&typed) {
                0
            } else if by_name {
                1
            } else if by_either {
                2
            } else {
                return None;
            };
            Some((rank, index))
        })
        .collect();
    crate::engine::ordered::sort_by_key(&mut ranked, |&(rank, index)| (rank, index));
    ranked
        .into_iter()
        .take(limit)
        .map(|(_, index)| index)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries() -> Vec<Entry> {
        [
            (
                "Maison de la Métropole de Lyon n° 18 (illustrative)",
                "Lyon",
            ),
            ("Maison de la Métropole de Lyon n° 8 (illustrative)", "Lyon"),
            ("Dépôt de collecte de Lyon n° 2 (illustratif)", "Lyon"),
            ("Collège de Vénissieux n° 1 (illustratif)", "Vénissieux"),
            ("Centre voirie-propreté n° 3", "Vénissieux"),
        ]
        .into_iter()
        .map(|(name, commune)| Entry {
            name: name.into(),
            commune: commune.into(),
        })
        .collect()
    }

    #[test]
    fn words_start_words_of_the_name_in_any_case_and_without_accents() {
        assert_eq!(fold("Métropole n° 8, Œuvre"), "metropole n  8  oeuvre");
        assert_eq!(find(&entries(), "maison lyon 8", 10), vec![1]);
        assert_eq!(find(&entries(), "MAISON de la metropole", 10), vec![0, 1]);
        assert_eq!(find(&entries(), "depot", 10), vec![2]);
        assert!(find(&entries(), "  ", 10).is_empty());
        assert!(find(&entries(), "mairie", 10).is_empty());
    }

    #[test]
    fn a_commune_finds_its_sites_after_the_names_that_match() {
        // « Vénissieux » is in the first name and is the commune of the second.
        assert_eq!(find(&entries(), "venissieux", 10), vec![3, 4]);
        assert_eq!(find(&entries(), "voirie venissieux", 10), vec![4]);
        assert_eq!(find(&entries(), "col", 10), vec![3, 2]);
        assert_eq!(find(&entries(), "lyon", 2).len(), 2);
    }
}
