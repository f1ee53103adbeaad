//! The board of all groups: one projector page with every group's scenario side by side (at most
//! four) — its name, its number of changes, a still map of the service it affects most (the
//! sheet's map) and four figures of the decision strip — hidden until the facilitator reveals it,
//! so that the room sees every result at the same moment.

use yew::prelude::*;

use super::texts::FacText;
use crate::engine::decision::most_affected_service;
use crate::engine::model::ServiceIx;
use crate::ui::i18n::t;
use crate::ui::key_figures::PRESENTED;
use crate::ui::sheet::still_map::StillMap;
use crate::ui::state::{use_workspace, Action, NamedScenario};
use crate::ui::strip::{since_start, KeyFigures};

/// The board, in the workshop's place while `workspace.board` is set.
#[function_component(GroupBoard)]
pub fn group_board() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let revealed = workspace.board == Some(true);
    let heading = use_node_ref();
    {
        // Keyboard and screen-reader users land on the board's title when it opens or reveals.
        let heading = heading.clone();
        use_effect_with(revealed, move |_| crate::ui::sheet::focus(&heading));
    }
    let groups = workspace.board_scenarios();
    let back = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::ShowBoard(false)))
    };
    let reveal = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::RevealBoard))
    };
    let card = |scenario: &NamedScenario| {
        let (_, now) = workspace.columns(scenario);
        let changes = workspace.changes(scenario);
        let service = most_affected_service(&changes, &now)
            .or_else(|| now.territory.service_ix(&workspace.service))
            .unwrap_or(ServiceIx(0));
        let figures = workspace
            .key_figures(scenario)
            .into_iter()
            .filter(|key| PRESENTED.contains(&key.measure))
            .collect::<Vec<_>>();
        let base = workspace.base_by_id(&scenario.base);
        html! {
            <li class="board-group">
                <h3><bdi>{ scenario.name.clone() }</bdi></h3>
                <p class="board-changes">{ since_start(lang, scenario.scenario.operations().len()) }</p>
                if revealed {
                    if let Some(base) = base {
                        <StillMap {lang} atlas={base.atlas.clone()} start={base.territory.clone()}
                            now={scenario.scenario.current_rc()} figures={scenario.figures.clone()} {service} />
                    }
                    <KeyFigures {lang} {figures} />
                }
            </li>
        }
    };
    html! {
        <section class={classes!("board-view", revealed.then_some("revealed"))} aria-labelledby="board-title">
            <div class="sheet-actions">
                if !revealed && !groups.is_empty() {
                    <button type="button" class="primary" onclick={reveal}>{ t(lang, FacText::BoardReveal) }</button>
                }
                <button type="button" onclick={back}>{ t(lang, FacText::BoardBack) }</button>
            </div>
            <h2 id="board-title" tabindex="-1" ref={heading}>{ t(lang, FacText::BoardTitle) }</h2>
            if groups.is_empty() {
                <p>{ t(lang, FacText::BoardEmpty) }</p>
            } else if !revealed {
                <p class="board-waiting">{ t(lang, FacText::BoardHidden) }</p>
            }
            // As many columns as groups, so that two groups use the page as four do.
            <ul class="board-groups" style={format!("--groups: {}", groups.len().max(1))}>{ for groups.iter().map(|s| card(s)) }</ul>
        </section>
    }
}

/// Opens the board from the Facilitation tab.
#[function_component(BoardOpen)]
pub fn board_open() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let open = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::ShowBoard(true)))
    };
    html! {
        <section class="facilitator-board" aria-labelledby="board-open-title">
            <h3 id="board-open-title">{ t(lang, FacText::BoardTitle) }</h3>
            <p class="form-help">{ t(lang, FacText::BoardHelp) }</p>
            <button type="button" onclick={open}>{ t(lang, FacText::BoardOpen) }</button>
        </section>
    }
}
