//! The list of scenarios of the active territory, each with its actions, and the trash.

use yew::prelude::*;

use super::texts::ScenText;
use crate::ui::i18n::{format_int, singular, t, Lang};
use crate::ui::import::input_value;
use crate::ui::sheet::texts::SheetText;
use crate::ui::state::{use_workspace, Action, NamedScenario, WorkspaceHandle, MAX_COMPARED};

/// « 3 modifications », singular for 0 and 1 in French, for 1 in English.
pub fn changes_text(lang: Lang, count: usize) -> String {
    let noun = if singular(lang, count as u64) {
        ScenText::OneChange
    } else {
        ScenText::Changes
    };
    format!("{} {}", format_int(lang, count as i64), t(lang, noun))
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    id: u32,
}

fn send(workspace: &WorkspaceHandle, action: Action) -> Callback<MouseEvent> {
    let workspace = workspace.clone();
    Callback::from(move |_| workspace.dispatch(action.clone()))
}

/// The rename form of one scenario.
#[derive(Properties, PartialEq)]
struct RenameProps {
    scenario: NamedScenario,
    onclose: Callback<()>,
}

#[function_component(RenameForm)]
fn rename_form(props: &RenameProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let draft = use_state(|| props.scenario.name.clone());
    let empty = use_state(|| false);
    let input_id = format!("rename-{}", props.scenario.id);
    let onsubmit = {
        let (workspace, draft, empty, onclose) = (
            workspace.clone(),
            draft.clone(),
            empty.clone(),
            props.onclose.clone(),
        );
        let id = props.scenario.id;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if draft.trim().is_empty() {
                empty.set(true);
                return;
            }
            workspace.dispatch(Action::RenameScenario {
                id,
                name: (*draft).clone(),
            });
            onclose.emit(());
        })
    };
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = input_value(&event) {
                draft.set(value);
            }
        })
    };
    let cancel = {
        let onclose = props.onclose.clone();
        Callback::from(move |_| onclose.emit(()))
    };
    html! {
        <form class="rename-form" {onsubmit}>
            <label for={input_id.clone()}>{ t(lang, ScenText::NewName) }</label>
            <input id={input_id} type="text" value={(*draft).clone()} {oninput} required=true
                aria-invalid={empty.to_string()} />
            <button type="submit">{ t(lang, ScenText::Save) }</button>
            <button type="button" onclick={cancel}>{ t(lang, ScenText::Cancel) }</button>
            if *empty { <p class="refusal" role="alert">{ t(lang, ScenText::EmptyName) }</p> }
        </form>
    }
}

#[function_component(Item)]
fn item(props: &ItemProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let renaming = use_state(|| false);
    let Some(scenario) = workspace
        .scenarios
        .iter()
        .find(|s| s.id == props.id)
        .cloned()
    else {
        return html! {};
    };
    let id = scenario.id;
    let active = workspace.active == id;
    let name_id = format!("scenario-name-{id}");
    let compared = workspace.compared.contains(&id);
    let full = workspace.compared_scenarios().len() >= MAX_COMPARED;
    let only_one = workspace.scenarios.len() <= 1;
    let toggle_rename = {
        let renaming = renaming.clone();
        Callback::from(move |_| renaming.set(!*renaming))
    };
    let close = {
        let renaming = renaming.clone();
        Callback::from(move |_| renaming.set(false))
    };
    let compare = {
        let workspace = workspace.clone();
        Callback::from(move |_: Event| workspace.dispatch(Action::ToggleCompared(id)))
    };
    let count = scenario.scenario.operations().len();
    html! {
        <li class={classes!("scenario-item", active.then_some("active"))} aria-current={active.then_some("true")}>
            <div class="scenario-head">
                <bdi id={name_id.clone()} class="scenario-name">{ &scenario.name }</bdi>
                if active { <span class="badge">{ t(lang, ScenText::Active) }</span> }
                <span class="scenario-count">{ changes_text(lang, count) }</span>
            </div>
            <div class="scenario-actions">
                <button type="button" onclick={send(&workspace, Action::SelectScenario(id))} disabled={active}
                    aria-describedby={name_id.clone()} title={t(lang, ScenText::ShowHint)}>{ t(lang, ScenText::Show) }</button>
                <button type="button" onclick={send(&workspace, Action::ShowSheet(Some(id)))}
                    aria-describedby={name_id.clone()} title={t(lang, SheetText::OpenHint)}>{ t(lang, SheetText::Open) }</button>
                <button type="button" onclick={send(&workspace, Action::CopyScenario(id))}
                    aria-describedby={name_id.clone()}>{ t(lang, ScenText::Copy) }</button>
                <button type="button" onclick={toggle_rename} aria-expanded={renaming.to_string()}
                    aria-describedby={name_id.clone()}>{ t(lang, ScenText::Rename) }</button>
                <button type="button" onclick={send(&workspace, Action::DeleteScenario(id))} disabled={only_one}
                    aria-describedby={name_id.clone()}
                    title={if only_one { t(lang, ScenText::DeleteLast) } else { "" }}>{ t(lang, ScenText::Delete) }</button>
                <label class="compare-tick">
                    <input type="checkbox" checked={compared} disabled={!compared && full} onchange={compare}
                        aria-describedby={name_id} />
                    { t(lang, ScenText::Compare) }
                </label>
            </div>
            if *renaming { <RenameForm {scenario} onclose={close} /> }
        </li>
    }
}

/// The scenarios of the active territory.
#[function_component(ScenarioList)]
pub fn scenario_list() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let ids: Vec<u32> = workspace.scenarios_of_active_base().map(|s| s.id).collect();
    let full = workspace.compared_scenarios().len() >= MAX_COMPARED;
    html! {
        <>
            <ul class="scenario-list" aria-label={t(lang, ScenText::ListLabel)}>
                { for ids.into_iter().map(|id| html! { <Item key={id} {id} /> }) }
            </ul>
            <button type="button" onclick={send(&workspace, Action::NewScenario)}>{ t(lang, ScenText::New) }</button>
            if full { <p class="hint">{ t(lang, ScenText::CompareFull) }</p> }
        </>
    }
}

/// Deleted scenarios, each with a button to restore it.
#[function_component(Trash)]
pub fn trash() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    if workspace.trash.is_empty() {
        return html! {};
    }
    html! {
        <div class="trash">
            <h3>{ t(lang, ScenText::TrashTitle) }</h3>
            <p class="hint">{ t(lang, ScenText::TrashIntro) }</p>
            <ul>
                { for workspace.trash.iter().rev().map(|s| {
                    let name_id = format!("trash-name-{}", s.id);
                    html! {
                        <li>
                            <bdi id={name_id.clone()} class="scenario-name">{ &s.name }</bdi>
                            { " " }
                            <button type="button" onclick={send(&workspace, Action::RestoreScenario(s.id))}
                                aria-describedby={name_id}>{ t(lang, ScenText::Restore) }</button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
