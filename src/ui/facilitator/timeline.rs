//! The session's timeline: the scheduled events in order, each fired by the facilitator when
//! the time comes (`workspace::timeline`); a refused one says why beside the list.

use yew::prelude::*;

use super::texts::FacText;
use crate::engine::timeline::time_label;
use crate::ui::form::{self, note_html};
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action, Control};

/// The timeline and its buttons.
#[function_component(Timeline)]
pub fn timeline() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let send = |action: Action| {
        let workspace = workspace.clone();
        Callback::from(move |_: MouseEvent| workspace.dispatch(action.clone()))
    };
    let lines = workspace.timeline.iter().enumerate().map(|(position, event)| {
        // What the event does, in the journal's words, on the territory as it is now.
        let does = event.operation.describe(workspace.territory(), lang);
        html! {
            <li class={classes!(event.fired.then_some("fired"))}>
                <p>
                    <strong>{ time_label(lang, &event.time) }</strong>{ " — " }<bdi>{ event.text.clone() }</bdi>
                    if event.fired { { " " }<span class="fired-mark">{ format!("({})", t(lang, FacText::Fired)) }</span> }
                </p>
                <p class="form-help">{ does }</p>
                <button type="button" class={classes!((!event.fired).then_some("primary"))} onclick={send(Action::FireScheduled(position))}>
                    { t(lang, FacText::Fire) }
                </button>
                { " " }
                <button type="button" onclick={send(Action::Unschedule(position))}>{ t(lang, FacText::Unschedule) }</button>
            </li>
        }
    });
    html! {
        <section class="facilitator-timeline" aria-labelledby="timeline-title">
            <h3 id="timeline-title">{ t(lang, FacText::TimelineTitle) }</h3>
            <p class="form-help">{ t(lang, FacText::TimelineHelp) }</p>
            if workspace.timeline.is_empty() {
                <p>{ t(lang, FacText::TimelineEmpty) }</p>
            } else {
                <ol class="timeline-events">{ for lines }</ol>
            }
            { note_html("timeline-refusal", form::note(&workspace, Control::Timeline, None::<FacText>)) }
        </section>
    }
}
