//! The summary line above the chart (layers, spans, posts outside the norm) and the norm the user sets.

use yew::prelude::*;

use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action, SpanNorm};

use super::field;
use super::figures::{decimal_with_change, whole_with_change};
use super::text::OrgText;

/// Layers, largest and mean span, posts outside the norm: each with its change since the start.
#[function_component(OrgSummary)]
pub fn org_summary() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let (now, base, norm) = (
        workspace.figures(),
        workspace.base_figures(),
        workspace.norm,
    );
    let item = |label: OrgText, value: Html| {
        html! {
            <div class="summary-item">
                <dt>{ t(lang, label) }</dt>
                <dd>{ value }</dd>
            </div>
        }
    };
    let outside = |figures: &crate::engine::metrics::Evaluation| {
        figures.posts_outside_norm(norm.min, norm.max) as i64
    };
    html! {
        <section class="org-summary" aria-labelledby="org-summary-title">
            <h3 id="org-summary-title">{ t(lang, OrgText::SummaryTitle) }</h3>
            <dl>
                { item(OrgText::Layers, whole_with_change(lang, now.layers.into(), Some(base.layers.into()))) }
                { item(OrgText::MaxSpan, whole_with_change(lang, now.max_span as i64, Some(base.max_span as i64))) }
                { item(OrgText::MeanSpan, decimal_with_change(lang, now.mean_span, base.mean_span)) }
                { item(OrgText::OutsideNorm, whole_with_change(lang, outside(now), Some(outside(base)))) }
            </dl>
            <NormControls />
        </section>
    }
}

/// Why a norm the user typed was not taken.
#[derive(Clone, Copy, PartialEq)]
enum NormProblem {
    NotNumber,
    Inverted,
}

/// Two number fields for the norm's minimum and maximum; a wrong entry is explained beside them and changes nothing.
#[function_component(NormControls)]
fn norm_controls() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let norm = workspace.norm;
    let problem = use_state(|| None::<NormProblem>);
    let onchange = |is_min: bool| {
        let workspace = workspace.clone();
        let problem = problem.clone();
        Callback::from(move |event: Event| {
            let Some(text) = field::value(&event) else {
                return;
            };
            let Ok(value) = text.trim().parse::<u64>() else {
                problem.set(Some(NormProblem::NotNumber));
                return;
            };
            let norm = workspace.norm;
            let next = if is_min {
                SpanNorm { min: value, ..norm }
            } else {
                SpanNorm { max: value, ..norm }
            };
            if next.min > next.max {
                problem.set(Some(NormProblem::Inverted));
                return;
            }
            problem.set(None);
            workspace.dispatch(Action::SetNorm(next));
        })
    };
    html! {
        <fieldset class="norm-controls" aria-describedby="norm-hint">
            <legend>{ t(lang, OrgText::NormTitle) }</legend>
            <span class="norm-field">
                <label for="norm-min">{ t(lang, OrgText::NormMin) }</label>
                <input id="norm-min" type="number" min="0" step="1" inputmode="numeric"
                    value={norm.min.to_string()} onchange={onchange(true)} />
            </span>
            <span class="norm-field">
                <label for="norm-max">{ t(lang, OrgText::NormMax) }</label>
                <input id="norm-max" type="number" min="0" step="1" inputmode="numeric"
                    value={norm.max.to_string()} onchange={onchange(false)} />
            </span>
            <span id="norm-hint" class="hint">{ t(lang, OrgText::NormHint) }</span>
            if let Some(problem) = *problem {
                <p class="refusal" role="alert">
                    { t(lang, match problem {
                        NormProblem::NotNumber => OrgText::NormNotNumber,
                        NormProblem::Inverted => OrgText::NormInverted,
                    }) }
                </p>
            }
        </fieldset>
    }
}
