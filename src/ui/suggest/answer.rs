//! The answer beside the map: how good it is, before → after (mean time, share within reach, the
//! furthest zone), the one action that applies it, what the map shows, each chosen site with the
//! residents it serves and the agents it needs (capacity problems first, named), the sites left,
//! and who gains and who loses, by commune. Every figure is the engine's.

use yew::prelude::*;

use crate::engine::lang::{format_percent, Lang};
use crate::engine::model::SiteIx;
use crate::engine::ordered;
use crate::engine::suggest::{CommuneChange, Layout, SiteLoad};
use crate::ui::form::{note_html, Note};
use crate::ui::i18n::{format_decimal, format_int, t};
use crate::ui::map::texts::{agents, fill};

use super::marks::short;
use super::state::{Answer, Standing};
use super::texts::SuggestText;

/// Lines shown before the rest is folded away (the whole Métropole has 58 communes and services
/// on up to 76 sites).
const SHOWN: usize = 8;

/// What the answer's view needs besides the answer.
pub struct AnswerView<'a> {
    pub lang: Lang,
    pub answer: &'a Answer,
    pub standing: Standing,
    pub service_name: &'a str,
    pub scenario_name: &'a str,
    /// Agents changing site since the start (the change impact), once applied.
    pub moved: u64,
    pub show_today: bool,
    /// The refusal beside "Apply", if any.
    pub refusal: Option<String>,
    pub heading: NodeRef,
    pub onapply: Callback<MouseEvent>,
    pub onrecompute: Callback<MouseEvent>,
    pub onshow_today: Callback<bool>,
}

impl AnswerView<'_> {
    pub fn view(&self) -> Html {
        let lang = self.lang;
        let suggestion = &self.answer.suggestion;
        let sites = count_sites(lang, suggestion.sites().len());
        let title = fill(
            t(lang, SuggestText::AnswerTitle),
            &[("sites", &sites), ("service", self.service_name)],
        );
        let quality = if suggestion.proven_best {
            t(lang, SuggestText::ProvenBest).to_owned()
        } else {
            let gap = suggestion.gap * 100.0;
            let gap = if gap < 0.005 {
                t(lang, SuggestText::UnderHundredth).to_owned()
            } else {
                format_percent(lang, gap, 2)
            };
            fill(t(lang, SuggestText::AtMost), &[("gap", &gap)])
        };
        let standing = match self.standing {
            Standing::Fresh => self.apply(),
            Standing::Applied => html! {
                <p class="suggest-applied">{ fill(t(lang, SuggestText::Applied), &[
                    ("scenario", self.scenario_name),
                    ("moved", &agents(lang, self.moved)),
                ]) }</p>
            },
            Standing::Stale => html! {
                <div class="suggest-stale">
                    <p class="warning">{ t(lang, SuggestText::Stale) }</p>
                    <button type="button" onclick={self.onrecompute.clone()}>{ t(lang, SuggestText::Recompute) }</button>
                </div>
            },
        };
        html! {
            <section class="suggest-answer" aria-labelledby="suggest-answer-title">
                <h4 id="suggest-answer-title" tabindex="-1" ref={self.heading.clone()}>{ title }</h4>
                <p class="suggest-quality">{ quality }</p>
                { self.before_after() }
                { standing }
                if self.standing == Standing::Fresh {
                    { self.map_shows() }
                }
                { self.sites() }
                { self.changes() }
            </section>
        }
    }

    fn apply(&self) -> Html {
        let lang = self.lang;
        let help = fill(
            t(lang, SuggestText::ApplyHelp),
            &[("scenario", self.scenario_name)],
        );
        let note = "suggest-apply-refusal";
        html! {
            <div class="suggest-apply">
                <button type="button" class="apply" onclick={self.onapply.clone()}
                    aria-describedby={if self.refusal.is_some() { note } else { "suggest-apply-help" }}>
                    { t(lang, SuggestText::Apply) }
                </button>
                { refusal_note(note, self.refusal.clone()) }
                <p id="suggest-apply-help" class="hint">{ help }</p>
            </div>
        }
    }

    /// Mean time, share within the catchment and the furthest zone, today and suggested.
    fn before_after(&self) -> Html {
        let lang = self.lang;
        let suggestion = &self.answer.suggestion;
        let territory = &self.answer.on;
        let catchment = territory
            .services
            .get(suggestion.service.index())
            .map_or(0.0, |k| k.catchment_minutes);
        let minutes = |m: Option<f64>| {
            m.map_or_else(
                || "—".to_owned(),
                |m| format!("{}\u{a0}min", format_decimal(lang, m, 1)),
            )
        };
        let share = |l: &Layout| {
            l.share_within
                .map_or_else(|| "—".to_owned(), |s| format_percent(lang, s * 100.0, 1))
        };
        let worst = |l: &Layout| match l.worst {
            Some((zone, m)) => html! {
                <>
                    { minutes(Some(m)) }
                    <span class="zone-name">{ territory.zones.get(zone.index()).map_or("", |z| z.name.as_str()) }</span>
                </>
            },
            None => html! { "—" },
        };
        let (before, after) = (&suggestion.current, &suggestion.layout);
        let within = fill(
            t(lang, SuggestText::WithinReach),
            &[("minutes", &format_decimal(lang, catchment, 0))],
        );
        html! {
            <table class="before-after">
                <thead>
                    <tr>
                        <th scope="col"><span class="map-sr-only">{ t(lang, SuggestText::Figure) }</span></th>
                        <th scope="col" class="number">{ t(lang, SuggestText::Today) }</th>
                        <th scope="col" class="number">{ t(lang, SuggestText::Proposed) }</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{ t(lang, SuggestText::MeanTime) }</th>
                        <td class="number">{ minutes(before.mean_minutes) }</td>
                        <td class="number">{ minutes(after.mean_minutes) }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ within }</th>
                        <td class="number">{ share(before) }</td>
                        <td class="number">{ share(after) }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ t(lang, SuggestText::WorstZone) }</th>
                        <td class="number">{ worst(before) }</td>
                        <td class="number">{ worst(after) }</td>
                    </tr>
                </tbody>
            </table>
        }
    }

    /// Whether the map shows the suggestion's times or today's.
    fn map_shows(&self) -> Html {
        let lang = self.lang;
        let choice = |today: bool, label: SuggestText| {
            let onchange = self.onshow_today.reform(move |_: Event| today);
            let id = if today {
                "suggest-map-today"
            } else {
                "suggest-map-proposed"
            };
            html! {
                <label for={id}>
                    <input type="radio" {id} name="suggest-map" checked={self.show_today == today} {onchange} />
                    { t(lang, label) }
                </label>
            }
        };
        html! {
            <fieldset class="suggest-map-shows">
                <legend>{ t(lang, SuggestText::MapShows) }</legend>
                { choice(false, SuggestText::ShowProposed) }
                { choice(true, SuggestText::ShowToday) }
            </fieldset>
        }
    }

    /// The chosen sites (over capacity first, then new ones, then those kept), and the sites left.
    fn sites(&self) -> Html {
        let lang = self.lang;
        let suggestion = &self.answer.suggestion;
        let territory = &self.answer.on;
        let name = |site: SiteIx| {
            territory
                .sites
                .get(site.index())
                .map_or("", |s| s.name.as_str())
        };
        let today = &suggestion.current.sites;
        let mut loads: Vec<&SiteLoad> = suggestion.capacity.iter().collect();
        ordered::sort_by_key(&mut loads, |load| {
            (
                !load.over_capacity,
                today.contains(&load.site),
                load.site.index(),
            )
        });
        let places = |room: i64| match room {
            r if r <= 0 => t(lang, SuggestText::NoPlace).to_owned(),
            1 => t(lang, SuggestText::OnePlace).to_owned(),
            r => fill(t(lang, SuggestText::Places), &[("n", &format_int(lang, r))]),
        };
        let over: Vec<&str> = loads
            .iter()
            .filter(|load| load.over_capacity)
            .map(|load| name(load.site))
            .collect();
        let item = |load: &&SiteLoad| {
            let kept = today.contains(&load.site);
            let line = fill(
                t(lang, SuggestText::SiteLoad),
                &[
                    ("residents", &format_decimal(lang, load.residents, 0)),
                    ("agents", &agents(lang, load.agents_needed.into())),
                    ("places", &places(load.room)),
                ],
            );
            html! {
                <li class={classes!(load.over_capacity.then_some("over"))}>
                    <span class="site-name">{ name(load.site) }</span>
                    { " " }
                    <span class="tag">{ t(lang, if kept { SuggestText::Kept } else { SuggestText::New }) }</span>
                    <span class="site-load">{ line }</span>
                    if load.over_capacity {
                        <span class="site-short">{ short(lang, i64::from(load.agents_needed) - load.room) }</span>
                    }
                </li>
            }
        };
        let (first, rest) = loads.split_at(loads.len().min(SHOWN));
        let left: Vec<&str> = today
            .iter()
            .filter(|site| !suggestion.sites().contains(site))
            .map(|&site| name(site))
            .collect();
        let count = |n: usize| format_int(lang, n as i64);
        html! {
            <>
                <h4>{ fill(t(lang, SuggestText::ChosenSites), &[("count", &count(loads.len()))]) }</h4>
                if !over.is_empty() {
                    <p class="warning">{ fill(t(lang, SuggestText::OverCapacity), &[("sites", &over.join(", "))]) }</p>
                }
                <ul class="suggest-sites">{ for first.iter().map(item) }</ul>
                if !rest.is_empty() {
                    <details class="suggest-more">
                        <summary>{ fill(t(lang, SuggestText::MoreSites), &[("count", &count(rest.len()))]) }</summary>
                        <ul class="suggest-sites">{ for rest.iter().map(item) }</ul>
                    </details>
                }
                if !left.is_empty() {
                    <h4>{ fill(t(lang, SuggestText::LeftSites), &[("count", &count(left.len()))]) }</h4>
                    <p class="suggest-left">{ left.join(", ") }</p>
                }
            </>
        }
    }

    /// Residents nearer and further, by commune: the most changed first.
    fn changes(&self) -> Html {
        let lang = self.lang;
        let mut changed: Vec<&CommuneChange> = self
            .answer
            .changes
            .iter()
            .filter(|c| c.gain > 0.0 || c.lose > 0.0)
            .collect();
        ordered::sort_by(&mut changed, |a, b| {
            (b.gain + b.lose)
                .partial_cmp(&(a.gain + a.lose))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        let residents = |n: f64| format_decimal(lang, n, 0);
        let (first, rest) = changed.split_at(changed.len().min(SHOWN));
        let sum = |rows: &[&CommuneChange]| {
            rows.iter()
                .fold((0.0, 0.0), |(g, l), c| (g + c.gain, l + c.lose))
        };
        let sums = |label: String, (gain, lose): (f64, f64)| {
            html! {
                <tr>
                    <th scope="row">{ label }</th>
                    <td class="number">{ residents(gain) }</td>
                    <td class="number">{ residents(lose) }</td>
                </tr>
            }
        };
        let others = fill(
            t(lang, SuggestText::MoreCommunes),
            &[("count", &format_int(lang, rest.len() as i64))],
        );
        html! {
            <>
                <h4>{ t(lang, SuggestText::Changes) }</h4>
                if changed.is_empty() {
                    <p>{ t(lang, SuggestText::NoChange) }</p>
                } else {
                    <table class="suggest-changes">
                        <caption>{ t(lang, SuggestText::ChangesCaption) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, crate::ui::i18n::T::Commune) }</th>
                                <th scope="col" class="number">{ t(lang, SuggestText::Nearer) }</th>
                                <th scope="col" class="number">{ t(lang, SuggestText::Further) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for first.iter().map(|c| sums(c.commune.clone(), (c.gain, c.lose))) }
                            if !rest.is_empty() {
                                { sums(others, sum(rest)) }
                            }
                        </tbody>
                        if changed.len() > 1 {
                            <tfoot>{ sums(t(lang, SuggestText::Total).to_owned(), sum(&changed)) }</tfoot>
                        }
                    </table>
                }
            </>
        }
    }
}

/// « 4 sites », « 1 site ».
pub fn count_sites(lang: Lang, n: usize) -> String {
    if n == 1 {
        t(lang, SuggestText::QuestionOneSite).to_owned()
    } else {
        fill(
            t(lang, SuggestText::QuestionSites),
            &[("n", &format_int(lang, n as i64))],
        )
    }
}

/// A refusal right under the control it is about, announced at once.
pub fn refusal_note(id: &str, message: Option<String>) -> Html {
    note_html(
        id,
        message.map(|text| Note {
            text,
            refused: true,
        }),
    )
}
