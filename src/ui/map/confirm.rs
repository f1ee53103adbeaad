//! "Move team X to site Y?": what choosing a site does while a team is chosen. It stands beside
//! the map, takes the focus (Enter moves, Escape cancels) and can open the site's panel instead.

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::ui::i18n::t;
use crate::ui::map::dom;
use crate::ui::map::texts::{fill, MapText};

#[derive(Properties, PartialEq)]
pub struct MoveConfirmProps {
    pub lang: Lang,
    pub team: AttrValue,
    pub site: AttrValue,
    /// The site's room once the team is there, in words.
    pub room: AttrValue,
    pub onconfirm: Callback<()>,
    pub onshow: Callback<()>,
    pub oncancel: Callback<()>,
}

/// A non-modal dialog at the top of the column beside the map.
#[function_component(MoveConfirm)]
pub fn move_confirm(props: &MoveConfirmProps) -> Html {
    let lang = props.lang;
    let button = use_node_ref();
    {
        let button = button.clone();
        use_effect_with((), move |_| dom::focus(&button));
    }
    let onkeydown = {
        let oncancel = props.oncancel.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                event.stop_propagation();
                oncancel.emit(());
            }
        })
    };
    let question = fill(
        t(lang, MapText::ConfirmMove),
        &[("team", &props.team), ("site", &props.site)],
    );
    let room = fill(t(lang, MapText::ConfirmRoom), &[("room", &props.room)]);
    html! {
        <dialog open=true class="move-confirm" aria-labelledby="move-confirm-question" aria-describedby="move-confirm-room" {onkeydown}>
            <p id="move-confirm-question" class="move-confirm-question">{ question }</p>
            <p id="move-confirm-room">{ room }</p>
            <div class="form-actions">
                <button type="button" ref={button} onclick={props.onconfirm.reform(|_: MouseEvent| ())}>{ t(lang, MapText::Move) }</button>
                <button type="button" onclick={props.onshow.reform(|_: MouseEvent| ())}>{ t(lang, MapText::ShowSite) }</button>
                <button type="button" onclick={props.oncancel.reform(|_: MouseEvent| ())}>{ t(lang, MapText::Cancel) }</button>
            </div>
        </dialog>
    }
}
