//! The round timer: a countdown the facilitator starts, pauses and lengthens by a minute, shown
//! in the Facilitation tab and on the projector's header. It is the interface's own state, ticked
//! by a browser interval (gloo); the engine and the workspace know no clock. At the end it changes
//! colour quietly (no sound, no flashing) and says so once to assistive technologies.

use yew::prelude::*;

use super::texts::FacText;
use crate::ui::i18n::t;
use crate::ui::import::input_value;
use crate::ui::state::use_workspace;

/// The countdown: seconds left, whether it runs, whether it has reached the end.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoundTimer {
    pub left: u32,
    pub running: bool,
    pub ended: bool,
}

/// What the facilitator (or the interval) does to the timer.
pub enum TimerAction {
    /// Run: from these seconds when nothing is left, else from where it was paused.
    Start(u32),
    Pause,
    AddMinute,
    /// One second has passed.
    Tick,
}

impl Reducible for RoundTimer {
    type Action = TimerAction;

    fn reduce(self: std::rc::Rc<Self>, action: TimerAction) -> std::rc::Rc<Self> {
        let mut next = (*self).clone();
        match action {
            TimerAction::Start(seconds) => {
                if next.left == 0 {
                    next.left = seconds;
                }
                next.running = next.left > 0;
                next.ended = false;
            }
            TimerAction::Pause => next.running = false,
            TimerAction::AddMinute => {
                next.left += 60;
                next.ended = false;
            }
            TimerAction::Tick if next.running => {
                next.left = next.left.saturating_sub(1);
                if next.left == 0 {
                    next.running = false;
                    next.ended = true;
                }
            }
            TimerAction::Tick => {}
        }
        next.into()
    }
}

/// `754` → `12:34`.
pub fn clock_text(seconds: u32) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

pub type TimerHandle = UseReducerHandle<RoundTimer>;

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    pub children: Html,
}

/// Keeps the timer for the whole page and ticks it every second while it runs.
#[function_component(TimerProvider)]
pub fn timer_provider(props: &ProviderProps) -> Html {
    let timer = use_reducer(RoundTimer::default);
    {
        let dispatcher = timer.dispatcher();
        use_effect_with(timer.running, move |&running| {
            let interval = running
                .then(|| browser::every_second(move || dispatcher.dispatch(TimerAction::Tick)));
            // Dropping the interval stops it.
            move || {
                let _stopped = interval;
            }
        });
    }
    html! {
        <ContextProvider<TimerHandle> context={timer}>{ props.children.clone() }</ContextProvider<TimerHandle>>
    }
}

/// The time left, large; quiet colour at the end, and the end said once (role="status").
#[function_component(TimerDisplay)]
pub fn timer_display() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let Some(timer) = use_context::<TimerHandle>() else {
        return html! {};
    };
    if timer.left == 0 && !timer.ended && !timer.running {
        // Not started: nothing on the projector.
        return html! { <div class="timer-status sr-only" role="status"></div> };
    }
    html! {
        <div class={classes!("round-timer", timer.ended.then_some("timer-ended"), (!timer.running).then_some("timer-paused"))}>
            <span class="timer-label">{ t(lang, FacText::TimerLabel) }</span>{ " " }
            <span class="timer-time" data-testid="timer-time">{ clock_text(timer.left) }</span>
            <div class="timer-status" role="status">
                if timer.ended { { t(lang, FacText::TimerEnded) } }
            </div>
        </div>
    }
}

/// The timer's buttons in the Facilitation tab.
#[function_component(TimerControls)]
pub fn timer_controls() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let minutes = use_state(|| 10u32);
    let Some(timer) = use_context::<TimerHandle>() else {
        return html! {};
    };
    let act = |make: fn(u32) -> TimerAction| {
        let (timer, minutes) = (timer.clone(), *minutes);
        Callback::from(move |_: MouseEvent| timer.dispatch(make(minutes * 60)))
    };
    let set_minutes = {
        let minutes = minutes.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(m) = input_value(&event).and_then(|v| v.trim().parse().ok()) {
                minutes.set(m);
            }
        })
    };
    let (label, action): (FacText, fn(u32) -> TimerAction) = if timer.running {
        (FacText::TimerPause, |_| TimerAction::Pause)
    } else if timer.left > 0 {
        (FacText::TimerResume, TimerAction::Start)
    } else {
        (FacText::TimerStart, TimerAction::Start)
    };
    html! {
        <section class="facilitator-timer" aria-labelledby="timer-title">
            <h3 id="timer-title">{ t(lang, FacText::TimerTitle) }</h3>
            <p class="form-help">{ t(lang, FacText::TimerHelp) }</p>
            <div class="timer-controls">
                <label for="timer-minutes">{ t(lang, FacText::TimerMinutes) }</label>
                <input id="timer-minutes" type="number" min="1" max="180" value={minutes.to_string()} oninput={set_minutes} />
                <button type="button" class="primary" onclick={act(action)}>{ t(lang, label) }</button>
                <button type="button" onclick={act(|_| TimerAction::AddMinute)}>{ t(lang, FacText::TimerAddMinute) }</button>
            </div>
            <TimerDisplay />
        </section>
    }
}

mod browser {
    /// Calls `tick` every second until the returned value is dropped.
    #[cfg(target_arch = "wasm32")]
    pub fn every_second(tick: impl FnMut() + 'static) -> gloo::timers::callback::Interval {
        gloo::timers::callback::Interval::new(1_000, tick)
    }

    /// Natively (the render tests) nothing ticks.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn every_second(_tick: impl FnMut() + 'static) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    fn after(timer: RoundTimer, actions: impl IntoIterator<Item = TimerAction>) -> RoundTimer {
        let mut timer = Rc::new(timer);
        for action in actions {
            timer = timer.reduce(action);
        }
        (*timer).clone()
    }

    #[test]
    fn the_timer_counts_down_pauses_takes_a_minute_and_ends_once() {
        use TimerAction::*;
        let running = after(RoundTimer::default(), [Start(120), Tick, Tick]);
        assert_eq!((running.left, running.running), (118, true));
        let paused = after(running, [Pause, Tick, AddMinute]);
        assert_eq!((paused.left, paused.running), (178, false));
        let resumed = after(paused, [Start(600)]);
        assert_eq!(
            resumed.left, 178,
            "resumes where it was, not from the start"
        );
        let ended = after(resumed, (0..200).map(|_| Tick));
        assert_eq!((ended.left, ended.running, ended.ended), (0, false, true));
        assert_eq!(clock_text(754), "12:34");
        assert!(!after(ended, [AddMinute]).ended);
    }
}
