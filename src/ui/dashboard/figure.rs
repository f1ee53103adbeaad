//! One figure of the dashboard beside its starting value: the number formatted for the language,
//! and its change written with a sign, an arrow, a colour class and a word.

use yew::prelude::*;

use super::texts::DashText;
use crate::ui::i18n::{t, Lang};

pub use crate::engine::catalogue::{Change, Direction, Figure, Measure, Trend, Unit};

/// The CSS class of a change (blue better, orange worse; the words say it too).
pub fn trend_class(trend: Trend) -> &'static str {
    match trend {
        Trend::Same => "delta delta-same",
        Trend::Better => "delta delta-better",
        Trend::Worse => "delta delta-worse",
        Trend::Up | Trend::Down => "delta delta-neutral",
        Trend::Undefined => "delta delta-undefined",
    }
}

/// A change as its parts in spans, the arrow hidden from screen readers, which read the signed
/// amount and the word.
pub fn change_html(change: &Change) -> Html {
    html! {
        <span class={trend_class(change.trend)}>
            if !change.amount.is_empty() { <span>{ change.amount.clone() }</span>{ " " } }
            if !change.arrow.is_empty() { <span aria-hidden="true">{ change.arrow }</span>{ " " } }
            <span>{ change.word.clone() }</span>
        </span>
    }
}

/// The figure as a table cell's content: the value, and under it its change since the start;
/// an unchanged figure shows its value alone, so that what changed stands out.
pub fn figure_html(lang: Lang, figure: &Figure) -> Html {
    let change = figure.change(lang);
    let value = figure.value_text(lang);
    let value = if figure.now.is_none() {
        html! { <span class="figure-value"><span aria-hidden="true">{ value }</span><span class="sr-only">{ t(lang, DashText::NoValue) }</span></span> }
    } else {
        html! { <span class="figure-value">{ value }</span> }
    };
    html! {
        <>
            { value }
            if change.trend != Trend::Same { { change_html(&change) } }
        </>
    }
}

/// A table of figures, one named figure a row: the management and change impact sections.
pub fn figure_table(
    lang: Lang,
    class: &'static str,
    caption: &str,
    rows: &[(String, Figure)],
) -> Html {
    html! {
        <table class={classes!("figures", class)}>
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t(lang, DashText::Figure) }</th>
                    <th scope="col" class="number">{ t(lang, DashText::Value) }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|(label, figure)| html! {
                    <tr>
                        <th scope="row">{ label }</th>
                        <td class="number">{ figure_html(lang, figure) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// A table of figures by service, commune or team: `first` heads the column of names, `columns`
/// the columns of figures (the catalogue's names), `rows` one `<tr>` each.
pub fn figures_table(
    class: &'static str,
    caption: String,
    first: &str,
    columns: &[&str],
    rows: Html,
) -> Html {
    html! {
        <table class={classes!("figures", class)}>
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ first }</th>
                    { for columns.iter().map(|name| html! { <th scope="col" class="number">{ *name }</th> }) }
                </tr>
            </thead>
            <tbody>{ rows }</tbody>
        </table>
    }
}
