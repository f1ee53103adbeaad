//! The messages under the header: a storage failure or a refused link as an alert (with a way
//! out: export to a file), and what the last action on the scenarios did (with "restore" after
//! a deletion), as a status.

use yew::prelude::*;

use super::texts::ScenText;
use crate::engine::lang::Lang;
use crate::ui::facilitator::texts::FacText;
use crate::ui::i18n::{format_int, t};
use crate::ui::state::{use_workspace, Action, Notice, Problem, StorageFailure, WorkspaceHandle};
use crate::ui::storage::download_scenarios;

/// A name in the language's quotes, isolated so that right-to-left marks inside stay inside.
pub fn quoted(lang: Lang, name: &str) -> Html {
    let (open, close) = match lang {
        Lang::Fr => ("«\u{a0}", "\u{a0}»"),
        Lang::En => ("“", "”"),
    };
    html! { <>{ open }<bdi>{ name.to_string() }</bdi>{ close }</> }
}

fn notice_html(lang: Lang, notice: &Notice) -> Html {
    let said =
        |key: ScenText, name: &str| html! { <>{ t(lang, key) }{ " " }{ quoted(lang, name) }</> };
    match notice {
        Notice::Created { name } => said(ScenText::Created, name),
        Notice::Copied { name, from } => html! {
            <>{ said(ScenText::Copied, name) }{ " " }{ t(lang, ScenText::CopiedFrom) }{ " " }{ quoted(lang, from) }</>
        },
        Notice::Deleted { name, .. } => said(ScenText::Deleted, name),
        Notice::Restored { name } => said(ScenText::Restored, name),
        Notice::ImportedScenarios { count } => {
            html! { <>{ t(lang, ScenText::ImportedScenarios) }{ " " }{ format_int(lang, *count as i64) }</> }
        }
        Notice::ImportedTerritory { name, warnings } => html! {
            <>
                { said(ScenText::ImportedTerritory, name) }
                { for warnings.iter().map(|w| html! {
                    <span class="notice-warning">{ " " }{ t(lang, ScenText::Warning) }{ " " }{ w.message(lang) }</span>
                }) }
            </>
        },
        Notice::LinkOpened { name } => said(ScenText::LinkOpened, name),
        Notice::GroupsCollected { names } => html! {
            <>
                { t(lang, FacText::GroupsCollected) }
                { for names.iter().enumerate().map(|(i, name)| html! {
                    <>{ if i == 0 { " " } else { ", " } }{ quoted(lang, name) }</>
                }) }
            </>
        },
    }
}

fn storage_text(lang: Lang, failure: &StorageFailure) -> String {
    match failure {
        StorageFailure::Full => t(lang, ScenText::StorageFull).to_string(),
        StorageFailure::Unavailable => t(lang, ScenText::StorageUnavailable).to_string(),
        StorageFailure::Other(detail) => format!("{} {detail}", t(lang, ScenText::StorageOther)),
    }
}

/// What the last action on the scenarios did, with "restore" after a deletion and a button to
/// close it; `None` when there is nothing to say. The workshop says it in the strip's status line,
/// the comparison and the sheet in the corner of the page.
pub fn notice_line(workspace: &WorkspaceHandle) -> Option<Html> {
    let lang = workspace.lang;
    let notice = workspace.notice.as_ref()?;
    let dismiss_notice = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::DismissNotice))
    };
    let restore = match notice {
        Notice::Deleted { id, .. } if workspace.trash.iter().any(|s| s.id == *id) => {
            let (workspace, id) = (workspace.clone(), *id);
            Some(Callback::from(move |_| {
                workspace.dispatch(Action::RestoreScenario(id))
            }))
        }
        _ => None,
    };
    Some(html! {
        <div class="message notice">
            <p>{ notice_html(lang, notice) }</p>
            if let Some(restore) = restore {
                <button type="button" onclick={restore}>{ t(lang, ScenText::Restore) }</button>
            }
            <button type="button" onclick={dismiss_notice}>{ t(lang, ScenText::Dismiss) }</button>
        </div>
    })
}

/// Everything said about keeping work: alerts float over the page's corner; the last action's
/// notice too, unless the workshop's strip says it.
#[function_component(Messages)]
pub fn messages() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let export = {
        let workspace = workspace.clone();
        Callback::from(move |_| download_scenarios(&workspace))
    };
    let dismiss_problem = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::DismissProblem))
    };
    let strip_shown = !workspace.comparing
        && workspace.sheet.is_none()
        && workspace.board.is_none()
        && !workspace.presentation;
    // Link and saved-work problems concern the whole page; file problems sit by their controls.
    let problem = match &workspace.problem {
        Some(Problem::Link(error)) => Some(error.message(lang)),
        Some(Problem::SavedWork(error)) => Some(format!(
            "{} {}",
            t(lang, ScenText::SavedWorkRefused),
            error.message(lang)
        )),
        _ => None,
    };
    html! {
        <div class="messages">
            if let Some(failure) = &workspace.storage_failure {
                <div class="message storage-alert" role="alert">
                    <p>{ storage_text(lang, failure) }{ " " }{ t(lang, ScenText::StorageKeep) }</p>
                    <button type="button" onclick={export}>{ t(lang, ScenText::ExportAll) }</button>
                </div>
            }
            if let Some(problem) = problem {
                <div class="message problem-alert" role="alert">
                    <p>{ problem }</p>
                    <button type="button" onclick={dismiss_problem}>{ t(lang, ScenText::Dismiss) }</button>
                </div>
            }
            if !strip_shown {
                <div class="notice-region" role="status">{ for notice_line(&workspace) }</div>
            }
        </div>
    }
}
