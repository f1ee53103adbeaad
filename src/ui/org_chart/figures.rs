//! How a figure and its change against the starting territory are written, and the norm badge.

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::engine::metrics::SpanStanding;
use crate::ui::i18n::{format_decimal, format_int, t};
use crate::ui::state::SpanNorm;

use super::text::OrgText;

/// A whole number followed by its change since the start: `14 (+3 ▲)`, `9 (=)`, or `0 (nouveau poste)`.
pub fn whole_with_change(lang: Lang, now: i64, before: Option<i64>) -> Html {
    let change = match before {
        None => html! {
            <span class="change new">{ format!("({})", t(lang, OrgText::NewPost)) }</span>
        },
        Some(before) => change(
            lang,
            (now - before) as f64,
            format_int(lang, (now - before).abs()),
        ),
    };
    html! { <>{ format_int(lang, now) }{ " " }{ change }</> }
}

/// A decimal (one digit) followed by its change since the start; `—` where there is no figure.
pub fn decimal_with_change(lang: Lang, now: Option<f64>, before: Option<f64>) -> Html {
    let Some(now) = now else {
        return html! { "—" };
    };
    let change = match before {
        // Compare what is written, so that `8,4 (=)` never hides a visible difference nor shows a hidden one.
        Some(before) => {
            let rounded = |v: f64| (v * 10.0).round() / 10.0;
            let difference = rounded(now) - rounded(before);
            change(lang, difference, format_decimal(lang, difference.abs(), 1))
        }
        None => html! {},
    };
    html! { <>{ format_decimal(lang, now, 1) }{ " " }{ change }</> }
}

/// `(+3 ▲)`, `(−2 ▼)` or `(=)`: sign, arrow and words for assistive technologies, never colour alone.
fn change(lang: Lang, difference: f64, magnitude: String) -> Html {
    if difference.abs() < 1e-9 {
        return html! {
            <span class="change same" title={t(lang, OrgText::UnchangedHint)}>
                { format!("({})", t(lang, OrgText::Unchanged)) }
                <span class="visually-hidden">{ format!(" {}", t(lang, OrgText::UnchangedHint)) }</span>
            </span>
        };
    }
    let (class, sign, arrow) = if difference > 0.0 {
        ("change up", "+", "▲")
    } else {
        ("change down", "−", "▼")
    };
    html! {
        <span class={class} title={t(lang, OrgText::ChangeHint)}>
            { format!("({sign}{magnitude} ") }<span aria-hidden="true">{ arrow }</span>{ ")" }
        </span>
    }
}

/// The CSS class of a standing, which sets the colour and the icon's shape.
pub fn standing_class(standing: SpanStanding) -> &'static str {
    match standing {
        SpanStanding::Below => "below",
        SpanStanding::Within => "within",
        SpanStanding::Above => "above",
    }
}

/// The badge text: « au-dessus de la norme (14 > 12) », « sous la norme (3 < 5) », « dans la norme (5–12) ».
pub fn standing_text(lang: Lang, span: u64, norm: SpanNorm) -> String {
    let n = |v: u64| format_int(lang, v as i64);
    match SpanStanding::of(span, norm.min, norm.max) {
        SpanStanding::Above => format!(
            "{} ({} > {})",
            t(lang, OrgText::Above),
            n(span),
            n(norm.max)
        ),
        SpanStanding::Below => format!(
            "{} ({} < {})",
            t(lang, OrgText::Below),
            n(span),
            n(norm.min)
        ),
        SpanStanding::Within => format!(
            "{} ({}–{})",
            t(lang, OrgText::Within),
            n(norm.min),
            n(norm.max)
        ),
    }
}

/// The norm badge of a post: an icon whose shape differs per standing, and the words.
pub fn norm_badge(lang: Lang, span: u64, norm: SpanNorm) -> Html {
    let class = standing_class(SpanStanding::of(span, norm.min, norm.max));
    html! {
        <p class={classes!("norm-badge", class)}>
            <span class="norm-icon" aria-hidden="true"></span>
            { standing_text(lang, span, norm) }
        </p>
    }
}

/// A name between the language's quotation marks.
pub fn quoted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{202F}{name}\u{202F}»"),
        Lang::En => format!("“{name}”"),
    }
}
