//! Management load: spans and layers, and the posts outside the span norm set in the org chart.

use std::collections::BTreeMap;

use yew::prelude::*;

use super::disclosure::{disclosure, Opened};
use super::explain::how_computed;
use super::figure::{figure_html, figure_table, Direction, Figure, Measure, Unit};
use super::texts::DashText;
use crate::engine::metrics::SpanStanding;
use crate::engine::ordered;
use crate::ui::i18n::{format_int, t, Lang};
use crate::ui::state::{use_workspace, Workspace};

/// The management section.
#[function_component(ManagementSection)]
pub fn management_section() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let opened: Opened = use_state(Default::default);
    let (now, start) = (workspace.figures(), workspace.base_figures());
    let norm = workspace.norm;
    let outside = Figure::measured(
        Measure::PostsOutsideNorm,
        Some(now.posts_outside_norm(norm.min, norm.max) as f64),
        Some(start.posts_outside_norm(norm.min, norm.max) as f64),
    );
    let norm_text = format!(
        "{} {} {} {}",
        t(lang, DashText::NormRange),
        format_int(lang, norm.min as i64),
        t(lang, DashText::To),
        format_int(lang, norm.max as i64)
    );
    let rows = [
        (
            Measure::MaxSpan.name(lang).to_owned(),
            Figure::measured(
                Measure::MaxSpan,
                Some(now.max_span as f64),
                Some(start.max_span as f64),
            ),
        ),
        (
            Measure::MeanSpan.name(lang).to_owned(),
            Figure::measured(Measure::MeanSpan, now.mean_span, start.mean_span),
        ),
        (
            Measure::Layers.name(lang).to_owned(),
            Figure::measured(
                Measure::Layers,
                Some(f64::from(now.layers)),
                Some(f64::from(start.layers)),
            ),
        ),
        (
            format!("{} ({norm_text})", Measure::PostsOutsideNorm.name(lang)),
            outside,
        ),
    ];
    html! {
        <section class="dash-section" aria-labelledby="dash-management">
            <h2 id="dash-management">{ t(lang, DashText::ManagementTitle) }</h2>
            { how_computed(lang, DashText::ManagementTitle, DashText::HowManagement) }
            <div id={super::source_id(Measure::PostsOutsideNorm)} tabindex="-1">
                { figure_table(lang, "management-table", t(lang, DashText::ManagementCaption), &rows) }
            </div>
            { disclosure(&opened, "posts-outside-norm", format!("{} ({norm_text})", t(lang, DashText::OutsideList)), || outside_table(&workspace, lang)) }
        </section>
    }
}

/// The posts outside the norm, with their span against the same post at the start.
fn outside_table(workspace: &Workspace, lang: Lang) -> Html {
    let norm = workspace.norm;
    let base_span: BTreeMap<&str, u64> = ordered::map_of(
        workspace
            .base_figures()
            .managers
            .iter()
            .map(|m| (m.id.as_str(), m.span)),
    );
    let territory = workspace.territory();
    let rows = workspace
        .figures()
        .managers
        .iter()
        .enumerate()
        .filter_map(|(ix, post)| {
            let standing = SpanStanding::of(post.span, norm.min, norm.max);
            let word = match standing {
                SpanStanding::Within => return None,
                SpanStanding::Below => DashText::BelowNorm,
                SpanStanding::Above => DashText::AboveNorm,
            };
            let name = territory
                .managers
                .get(ix)
                .map_or(post.id.as_str(), |m| m.name.as_str());
            let span = Figure {
                now: Some(post.span as f64),
                base: base_span.get(post.id.as_str()).map(|&s| s as f64),
                unit: Unit::Count,
                better: Direction::Neither,
            };
            Some(html! {
                <tr>
                    <th scope="row">{ name }</th>
                    <td class="number">{ figure_html(lang, &span) }</td>
                    <td>{ t(lang, word) }</td>
                </tr>
            })
        });
    html! {
        <table class="figures outside-table">
            <caption>{ t(lang, DashText::OutsideCaption) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t(lang, DashText::Post) }</th>
                    <th scope="col" class="number">{ t(lang, DashText::Span) }</th>
                    <th scope="col">{ t(lang, DashText::Standing) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
