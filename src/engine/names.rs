//! How the engine names a territory's things in the sentences it writes (the journal, the
//! exercises' objectives): the name a territory gives, or the id where the name is blank or the
//! id names nothing, so that a sentence never has a hole in it.

use super::lang::Lang;
use super::model::Territory;

/// A name, or a sentence naming things, as the language reads it: the generic labels the
/// embedded data adds to names — a modelled zone's « secteur 4 (modélisé) », a site's
/// « (illustratif) » — in English where the page is in English; the proper names themselves
/// (services, places) stay as they are.
pub fn shown(lang: Lang, text: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let french = [
        "(illustratif)",
        "(illustratifs)",
        "(illustratives)",
        "(modélisé)",
    ];
    if lang == Lang::Fr || !french.iter().any(|label| text.contains(label)) {
        return Cow::Borrowed(text);
    }
    let mut english = String::with_capacity(text.len());
    let mut pieces = text.split(" (modélisé)").peekable();
    while let Some(piece) = pieces.next() {
        if pieces.peek().is_none() {
            english += piece;
            break;
        }
        // « Bron · secteur 4 (modélisé) » → "Bron · sector 4 (modelled)".
        match piece.rsplit_once("secteur ") {
            Some((place, number)) => english += &format!("{place}sector {number}"),
            None => english += piece,
        }
        english += " (modelled)";
    }
    for label in &french[..3] {
        english = english.replace(label, "(illustrative)");
    }
    Cow::Owned(english)
}

/// The names of one territory's things, looked up by text id.
pub struct Names<'a>(pub &'a Territory);

/// The name, or the id where the name is blank.
fn label(name: &str, id: &str) -> String {
    if name.is_empty() {
        id.to_string()
    } else {
        name.to_string()
    }
}

impl Names<'_> {
    pub fn team(&self, id: &str) -> String {
        self.0
            .team_ix(id)
            .map_or(id.to_string(), |ix| label(&self.0.team(ix).name, id))
    }

    pub fn site(&self, id: &str) -> String {
        self.0
            .site_ix(id)
            .map_or(id.to_string(), |ix| label(&self.0.site(ix).name, id))
    }

    pub fn post(&self, id: &str) -> String {
        self.0
            .manager_ix(id)
            .map_or(id.to_string(), |ix| label(&self.0.manager(ix).name, id))
    }

    pub fn service(&self, id: &str) -> String {
        self.0
            .service_ix(id)
            .map_or(id.to_string(), |ix| label(&self.0.service(ix).name, id))
    }

    /// The service's catchment time in minutes; 0 where the id names no service.
    pub fn catchment(&self, id: &str) -> f64 {
        self.0
            .service_ix(id)
            .map_or(0.0, |k| self.0.service(k).catchment_minutes)
    }

    /// The site a team works from; empty where the id names no team.
    pub fn team_site(&self, id: &str) -> String {
        self.0.team_ix(id).map_or_else(String::new, |ix| {
            let site = self.0.site(self.0.team(ix).site);
            label(&site.name, &site.id)
        })
    }

    /// The post that leads a team; empty where the id names no team.
    pub fn team_manager(&self, id: &str) -> String {
        self.0.team_ix(id).map_or_else(String::new, |ix| {
            let post = self.0.manager(self.0.team(ix).manager);
            label(&post.name, &post.id)
        })
    }

    /// The post a post reports to; empty for the top post or where the id names no post.
    pub fn boss(&self, id: &str) -> String {
        let boss = self
            .0
            .manager_ix(id)
            .and_then(|ix| self.0.manager(ix).reports_to);
        boss.map_or_else(String::new, |ix| {
            let post = self.0.manager(ix);
            label(&post.name, &post.id)
        })
    }

    /// Whether two teams exist and work for the same service.
    pub fn same_service(&self, a: &str, b: &str) -> bool {
        let service = |id: &str| self.0.team_ix(id).map(|ix| self.0.team(ix).service);
        service(a).is_some() && service(a) == service(b)
    }

    /// The services named as a list, in French and in English: « A, B et C », "A, B and C".
    pub fn services(&self, ids: &[String]) -> (String, String) {
        let names: Vec<String> = ids.iter().map(|id| self.service(id)).collect();
        (Lang::Fr.list(&names), Lang::En.list(&names))
    }

    /// The teams named as a list, in French and in English.
    pub fn teams(&self, ids: &[String]) -> (String, String) {
        let names: Vec<String> = ids.iter().map(|id| self.team(id)).collect();
        (Lang::Fr.list(&names), Lang::En.list(&names))
    }
}

/// The text in lower case without French accents and with every other character a space, so that
/// « Métropole n° 8 » reads « metropole n 8 ». Written out rather than through a Unicode
/// normalisation crate: the names are French, and the tables would weigh more than the page allows.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => folded.push('a'),
            'ç' => folded.push('c'),
            'é' | 'è' | 'ê' | 'ë' => folded.push('e'),
            'î' | 'ï' | 'í' | 'ì' => folded.push('i'),
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => folded.push('o'),
            'ù' | 'û' | 'ü' | 'ú' => folded.push('u'),
            'ÿ' => folded.push('y'),
            'œ' => folded.push_str("oe"),
            'æ' => folded.push_str("ae"),
            c if c.is_alphanumeric() => folded.push(c),
            _ => folded.push(' '),
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Site;

    #[test]
    fn a_blank_name_or_an_unknown_id_reads_as_the_id() {
        let t = Territory {
            sites: vec![Site {
                id: "S1".into(),
                name: String::new(),
                lat: 0.0,
                lon: 0.0,
                capacity: 1,
            }],
            ..Territory::default()
        };
        assert_eq!(Names(&t).site("S1"), "S1");
        assert_eq!(Names(&t).site("S9"), "S9");
        assert_eq!(Names(&t).team_site("T1"), "");
    }

    #[test]
    fn generic_labels_are_said_in_english_and_names_stay() {
        let zone = "Saint-Priest · secteur 4 (modélisé)";
        assert_eq!(shown(Lang::En, zone), "Saint-Priest · sector 4 (modelled)");
        assert_eq!(shown(Lang::Fr, zone), zone);
        assert_eq!(
            shown(Lang::En, "Collège de Mions (illustratif)"),
            "Collège de Mions (illustrative)"
        );
        assert_eq!(shown(Lang::En, "Voirie"), "Voirie");
        assert_eq!(
            shown(
                Lang::En,
                "Team A: Dépôt de Bron (illustratif) → Bron · secteur 2 (modélisé)"
            ),
            "Team A: Dépôt de Bron (illustrative) → Bron · sector 2 (modelled)"
        );
    }
}
