//! The suggestion on the map's markers: the sites chosen ringed and checked, with the agents each
//! would need (and the places it lacks), today's sites of the service kept as they are, and the
//! locked sites with a padlock; each said in the marker's name too.

use yew::AttrValue;

use crate::engine::lang::Lang;
use crate::engine::model::SiteIx;
use crate::ui::i18n::{format_decimal, format_int, t};
use crate::ui::map::overlay::Marker;
use crate::ui::map::texts::{agents, fill};

use super::state::Answer;
use super::texts::SuggestText;

/// Marks `markers` (one per site of the answer's territory, in its order) with the answer drawn on
/// the map, if any, and the sites locked.
pub fn mark(markers: &mut [Marker], lang: Lang, answer: Option<&Answer>, locked: &[String]) {
    for (s, marker) in markers.iter_mut().enumerate() {
        if locked.contains(&marker.id) {
            marker.locked = true;
            append(lang, marker, t(lang, SuggestText::NameLocked));
        }
        let Some(answer) = answer else {
            continue;
        };
        let suggestion = &answer.suggestion;
        let load = suggestion
            .capacity
            .iter()
            .find(|load| load.site == SiteIx::from_index(s));
        // The map shows the answer: the warnings of today's layout give way to its own.
        marker.over = None;
        match load {
            Some(load) => {
                let needed = agents(lang, load.agents_needed.into());
                marker.chosen = true;
                marker.label = Some(AttrValue::from(fill(
                    t(lang, SuggestText::MarkerChosen),
                    &[("agents", &format_int(lang, load.agents_needed.into()))],
                )));
                if load.over_capacity {
                    marker.over =
                        Some(short(lang, i64::from(load.agents_needed) - load.room).into());
                }
                let said = fill(
                    t(lang, SuggestText::NameChosen),
                    &[
                        ("residents", &format_decimal(lang, load.residents, 0)),
                        ("agents", &needed),
                    ],
                );
                append(lang, marker, &said);
                if let Some(over) = marker.over.clone() {
                    append(lang, marker, &over);
                }
            }
            None if marker.hosting => append(lang, marker, t(lang, SuggestText::NameLeft)),
            None => {}
        }
    }
}

/// « il manque 8 places ».
pub fn short(lang: Lang, places: i64) -> String {
    if places == 1 {
        t(lang, SuggestText::ShortOne).to_owned()
    } else {
        fill(
            t(lang, SuggestText::Short),
            &[("n", &format_int(lang, places))],
        )
    }
}

fn append(lang: Lang, marker: &mut Marker, words: &str) {
    marker.name = format!("{}{}{words}", marker.name, lang.pick("\u{a0}; ", "; ")).into();
}
