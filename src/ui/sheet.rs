//! The scenario sheet: one scenario on one A4 landscape page (and as a 16:9 slide), what people
//! otherwise rebuild by hand in a slide deck — the territory and the date, the decision strip, the
//! map of the service the scenario affects most, the changes in plain language and the figures
//! that moved most. Everything on it is the engine's (`engine::decision`) for that scenario, which
//! need not be the active one.

pub mod still_map;
pub mod texts;

use yew::prelude::*;

use crate::engine::decision::most_affected_service;
use crate::engine::lang::Lang;
use crate::engine::model::ServiceIx;
use crate::ui::dashboard::changes_table;
use crate::ui::i18n::{format_int, t};
use crate::ui::scenarios::messages::quoted;
use crate::ui::state::{use_workspace, Action};
use crate::ui::strip::{since_start, KeyFigures};
use still_map::StillMap;
use texts::SheetText;

/// Changes listed on the sheet; more would not fit its one page (the rest are counted).
const CHANGES_SHOWN: usize = 10;
/// Changed figures listed on the sheet, the largest first.
const FIGURES_SHOWN: usize = 5;

#[derive(Properties, PartialEq)]
pub struct ScenarioSheetProps {
    /// The scenario, by id.
    pub id: u32,
}

/// The sheet of one scenario, with its print, slide and back buttons.
#[function_component(ScenarioSheet)]
pub fn scenario_sheet(props: &ScenarioSheetProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let slide = use_state(|| false);
    let heading = use_node_ref();
    {
        // Keyboard and screen-reader users land on the sheet's title when it opens.
        let heading = heading.clone();
        use_effect_with(props.id, move |_| page::focus(&heading));
    }
    let Some(scenario) = workspace.scenarios.iter().find(|s| s.id == props.id) else {
        return html! {};
    };
    let (_, now) = workspace.columns(scenario);
    let Some(base) = workspace.base_by_id(&scenario.base) else {
        return html! {};
    };
    let changes = workspace.changes(scenario);
    let territory = now.territory;
    // The service the scenario affects most, else the one the map shows.
    let service = most_affected_service(&changes, &now)
        .or_else(|| territory.service_ix(&workspace.service))
        .unwrap_or(ServiceIx(0));
    let journal = scenario.scenario.journal(lang);
    let base_name = base.name.clone();
    let back = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::ShowSheet(None)))
    };
    let toggle_slide = {
        let slide = slide.clone();
        Callback::from(move |_| slide.set(!*slide))
    };
    let hidden_changes = journal.len().saturating_sub(CHANGES_SHOWN);
    let figures: Vec<_> = changes.into_iter().take(FIGURES_SHOWN).collect();
    html! {
        <section class={classes!("sheet-view", slide.then_some("sliding"))} aria-labelledby="sheet-title">
            <div class="sheet-actions no-print">
                <button type="button" onclick={Callback::from(|_| page::print())}>{ t(lang, SheetText::Print) }</button>
                <button type="button" aria-pressed={slide.to_string()} onclick={toggle_slide}>{ t(lang, SheetText::Slide) }</button>
                <button type="button" class="primary" onclick={back}>{ t(lang, SheetText::Back) }</button>
            </div>
            <article class={classes!("scenario-sheet", slide.then_some("slide"))}>
                <header class="sheet-head">
                    <p class="sheet-kicker">{ t(lang, SheetText::Title) }</p>
                    <h2 id="sheet-title" tabindex="-1" ref={heading}>{ quoted(lang, &scenario.name) }</h2>
                    <p class="sheet-where">
                        <bdi>{ base_name }</bdi>{ " — " }{ page::today(lang) }{ " — " }{ since_start(lang, journal.len()) }
                    </p>
                </header>
                <KeyFigures {lang} figures={workspace.key_figures(scenario)} />
                <div class="sheet-body">
                    <StillMap {lang} atlas={base.atlas.clone()} start={base.territory.clone()}
                        now={scenario.scenario.current_rc()} figures={scenario.figures.clone()} {service} />
                    <div class="sheet-text">
                        <h3>{ t(lang, SheetText::ChangesTitle) }</h3>
                        if journal.is_empty() {
                            <p>{ t(lang, SheetText::NoChange) }</p>
                        } else {
                            <ol class="sheet-journal">
                                { for journal.iter().take(CHANGES_SHOWN).map(|line| html! { <li>{ line }</li> }) }
                            </ol>
                            if hidden_changes > 0 {
                                <p class="hint">{ more(lang, hidden_changes) }</p>
                            }
                        }
                        if !figures.is_empty() {
                            <div class="sheet-figures">{ changes_table(lang, territory, &figures) }</div>
                        }
                    </div>
                </div>
            </article>
        </section>
    }
}

/// Moves the keyboard's focus to `node` (a view's title when the view opens).
pub fn focus(node: &NodeRef) {
    page::focus(node);
}

/// « … et 4 autres modifications (voir le journal) ».
fn more(lang: Lang, count: usize) -> String {
    format!(
        "{} {} {}",
        t(lang, SheetText::And),
        format_int(lang, count as i64),
        t(lang, SheetText::MoreChanges)
    )
}

mod page {
    use crate::engine::lang::Lang;
    use yew::NodeRef;

    #[cfg(target_arch = "wasm32")]
    pub fn focus(node: &NodeRef) {
        if let Some(element) = node.cast::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }

    #[cfg(target_arch = "wasm32")]
    pub fn print() {
        let _ = gloo::utils::window().print();
    }

    /// Today's date in the browser, as a sentence writes it.
    #[cfg(target_arch = "wasm32")]
    pub fn today(lang: Lang) -> String {
        let now = js_sys::Date::new_0();
        crate::engine::lang::format_date(
            lang,
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        )
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn focus(_node: &NodeRef) {}

    #[cfg(not(target_arch = "wasm32"))]
    pub fn print() {}

    /// Natively (the render tests) there is no browser clock: a fixed day.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today(lang: Lang) -> String {
        crate::engine::lang::format_date(lang, 2026, 1, 15)
    }
}
