//! The Simulation tab: the months after a change, service by service, drawn from the engine's
//! month-by-month simulation run in a Web Worker, with its parameters and a reading in words.

mod chart;
pub mod params;
pub mod reading;
pub mod results;
pub mod runner;
pub mod texts;
pub mod worker;

use yew::prelude::*;

use crate::ui::i18n::{format_int, t};
use crate::ui::state::use_workspace;
pub use results::{DifferenceSaid, Results, ResultsProps};
pub use runner::{use_simulation, SimulationProvider, Status};
use runner::{SimAction, Target};
use texts::SimText;

/// The "Simulation" tab.
#[function_component(SimulationPanel)]
pub fn simulation_panel() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let simulation = use_simulation();
    {
        // Opening the tab is what starts the first simulation (and the worker).
        let simulation = simulation.clone();
        use_effect_with((), move |_| simulation.dispatch(SimAction::Want));
    }
    let target = Target::of(&workspace, simulation.chosen);
    let running = matches!(simulation.status, Status::Running { .. });
    let stale = simulation
        .outcome
        .as_ref()
        .is_some_and(|outcome| running || outcome.scenario_key != target.key);
    html! {
        <div class="simulation">
            <h2 id="sim-title">{ t(lang, SimText::Title) }</h2>
            // The difference the scenario makes comes first, where it is seen without scrolling.
            if let Some(outcome) = simulation.outcome.clone() {
                <DifferenceSaid {outcome} {lang} {stale} />
            }
            <p class="sim-intro">{ t(lang, SimText::Intro) }</p>
            <details class="how-computed">
                <summary>{ t(lang, SimText::HowComputed) }</summary>
                <p>{ t(lang, SimText::HowText) }</p>
            </details>
            <ScenarioChoice chosen={target.id} />
            <params::ParamsForm />
            <StatusBar />
            if let Some(outcome) = simulation.outcome.clone() {
                <Results {outcome} {lang} {stale} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ScenarioChoiceProps {
    chosen: u32,
}

/// Which scenario of the territory is simulated (the active one at first).
#[function_component(ScenarioChoice)]
fn scenario_choice(props: &ScenarioChoiceProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let simulation = use_simulation();
    let onchange = {
        let simulation = simulation.clone();
        let active = workspace.active;
        Callback::from(move |event: Event| {
            let chosen = crate::ui::dom::select_value(&event).and_then(|v| v.parse::<u32>().ok());
            simulation.dispatch(SimAction::Choose(chosen.filter(|id| *id != active)));
        })
    };
    html! {
        <div class="sim-scenario">
            <label for="sim-scenario">{ t(lang, SimText::ScenarioChoice) }</label>
            <select id="sim-scenario" {onchange}>
                { for workspace.scenarios_of_active_base().map(|s| html! {
                    <option value={s.id.to_string()} selected={s.id == props.chosen}>{ &s.name }</option>
                }) }
            </select>
        </div>
    }
}

/// The progress bar, the cancel and run-again buttons, and the simulation's state in words.
#[function_component(StatusBar)]
fn status_bar() -> Html {
    let lang = use_workspace().lang;
    let simulation = use_simulation();
    let cancel = {
        let simulation = simulation.clone();
        Callback::from(move |_: MouseEvent| simulation.dispatch(SimAction::Cancel))
    };
    let again = {
        let simulation = simulation.clone();
        Callback::from(move |_: MouseEvent| simulation.dispatch(SimAction::RunAgain))
    };
    let (done, total) = match &simulation.status {
        Status::Running { done, total } | Status::Cancelled { done, total } => (*done, *total),
        Status::Finished => (1, 1),
        _ => (0, 1),
    };
    let running = matches!(simulation.status, Status::Running { .. });
    let message = match &simulation.status {
        Status::Idle => None,
        Status::Running { .. } => Some(t(lang, SimText::Running)),
        Status::Finished => Some(t(lang, SimText::Finished)),
        Status::Cancelled { .. } => Some(t(lang, SimText::Cancelled)),
        Status::Failed(_) | Status::Unavailable => None,
    };
    let failure = match &simulation.status {
        Status::Failed(failure) => Some(format!(
            "{} {}",
            t(lang, SimText::Failed),
            failure.message(lang)
        )),
        Status::Unavailable => Some(t(lang, SimText::NoWorker).to_owned()),
        _ => None,
    };
    let counted = matches!(
        simulation.status,
        Status::Running { .. } | Status::Cancelled { .. }
    );
    html! {
        <div class="sim-status" aria-busy={running.to_string()}>
            <div class="sim-progress">
                <label for="sim-progress">{ t(lang, SimText::ProgressLabel) }</label>
                <progress id="sim-progress" max={total.to_string()} value={done.to_string()}></progress>
                if counted {
                    <span class="sim-count">
                        { format!("{} {} {}", format_int(lang, i64::from(done)), t(lang, SimText::RunsDone), format_int(lang, i64::from(total))) }
                    </span>
                }
            </div>
            <div class="sim-actions">
                <button type="button" onclick={cancel} disabled={!running}>{ t(lang, SimText::Cancel) }</button>
                if !running {
                    <button type="button" onclick={again}>{ t(lang, SimText::Restart) }</button>
                }
            </div>
            <p class="sim-state" role="status">{ message.unwrap_or_default() }</p>
            if let Some(failure) = failure {
                <p class="refusal" role="alert">{ failure }</p>
            }
        </div>
    }
}
