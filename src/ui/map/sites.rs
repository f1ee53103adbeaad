//! The sites drawn over the map: focusable markers (arrow keys go from one to the next) that take a dropped team.

use yew::prelude::*;

use crate::engine::ordered;
use crate::ui::map::dom;
use crate::ui::map::drawing::{Drawing, Shared, HEIGHT};
use crate::ui::map::placement::{keep_clear, text_width, Rect};

/// One site as the map shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub id: String,
    /// Position in SVG user units.
    pub x: f64,
    pub y: f64,
    /// The site hosts agents of the service shown: drawn as a square, with its count written.
    pub hosting: bool,
    /// "2 éq. · 13 ag.", for sites hosting the service shown.
    pub label: Option<AttrValue>,
    /// Agents of the service shown there: the larger sites' labels are written first.
    pub weight: u64,
    /// The site's name and its teams and agents, for the tooltip and assistive technologies.
    pub name: AttrValue,
    pub selected: bool,
}

#[derive(Properties, PartialEq)]
pub struct SitesLayerProps {
    /// The map under the layer: its size and the commune names the labels keep clear of.
    pub drawing: Shared<Drawing>,
    /// Accessible name of the group of markers.
    pub label: AttrValue,
    pub markers: Vec<Marker>,
    /// Where a new site would open, while the form is shown.
    #[prop_or_default]
    pub draft: Option<(f64, f64)>,
    /// A team is being dragged: the markers show they take drops.
    pub dragging: bool,
    pub onselect: Callback<String>,
    /// A drop on a site: (team id from the drag data if the browser gave it, site id).
    pub ondrop: Callback<(Option<String>, String)>,
}

/// The count written under a marker on a white box, so that it reads over any band; kept inside
/// the map. Where labels would overlap, the selected site's and then the larger sites' are
/// written; every count stays in the markers' names.
fn labels(markers: &[Marker], drawing: &Drawing) -> Html {
    let mut placed: Vec<(&Marker, &AttrValue, Rect)> = markers
        .iter()
        .filter_map(|marker| {
            let label = marker.label.as_ref()?;
            let width = text_width(label.chars().count(), 16.0) + 8.0;
            let left = (marker.x - width / 2.0).clamp(4.0, (drawing.width - 4.0 - width).max(4.0));
            Some((
                marker,
                label,
                Rect {
                    x: left,
                    y: marker.y + 10.0,
                    width,
                    height: 21.0,
                },
            ))
        })
        .collect();
    ordered::sort_by_key(&mut placed, |(marker, _, _)| {
        (!marker.selected, std::cmp::Reverse(marker.weight))
    });
    let boxes: Vec<Rect> = placed.iter().map(|(_, _, rect)| *rect).collect();
    let kept = keep_clear(&boxes, &drawing.name_boxes);
    let written = placed.iter().zip(kept).filter(|(_, keep)| *keep).map(|((_, label, rect), _)| {
        html! {
            <g class="site-label">
                <rect x={format!("{:.1}", rect.x)} y={format!("{:.1}", rect.y)} width={format!("{:.1}", rect.width)} height="21" rx="3" />
                <text x={format!("{:.1}", rect.x + 4.0)} y={format!("{:.1}", rect.y + 16.0)}>{ (*label).clone() }</text>
            </g>
        }
    });
    html! { <g class="site-labels" aria-hidden="true">{ for written }</g> }
}

/// A transparent SVG laid over the map, so that the map itself stays one picture (`role="img"`)
/// while the markers are controls; only the markers take the pointer.
#[function_component(SitesLayer)]
pub fn sites_layer(props: &SitesLayerProps) -> Html {
    // One tab stop for all the sites (roving tabindex): the selected site, or the first.
    let current = props.markers.iter().position(|m| m.selected).unwrap_or(0);
    let count = props.markers.len();
    // Smaller shapes where sites are many (the Métropole has about 200): they cover less of the map.
    let half = if count > 40 { 5.0 } else { 7.0 };
    let markers = props.markers.iter().enumerate().map(|(index, marker)| {
        let select = {
            let onselect = props.onselect.clone();
            let id = marker.id.clone();
            move || onselect.emit(id.clone())
        };
        let onclick = {
            let select = select.clone();
            Callback::from(move |_: MouseEvent| select())
        };
        let onkeydown = Callback::from(move |event: KeyboardEvent| {
            let next = match event.key().as_str() {
                "Enter" | " " => {
                    event.prevent_default();
                    select();
                    return;
                }
                "ArrowRight" | "ArrowDown" => (index + 1) % count,
                "ArrowLeft" | "ArrowUp" => (index + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            event.prevent_default();
            dom::focus_selector(&format!(".site-marker[data-index=\"{next}\"]"));
        });
        let ondragover = Callback::from(|event: DragEvent| dom::allow_drop(&event));
        let ondrop = {
            let ondrop = props.ondrop.clone();
            let id = marker.id.clone();
            Callback::from(move |event: DragEvent| {
                ondrop.emit((dom::dropped_team(&event), id.clone()))
            })
        };
        let class = classes!(
            "site-marker",
            marker.hosting.then_some("hosting"),
            marker.selected.then_some("selected")
        );
        html! {
            <g {class} transform={format!("translate({:.1} {:.1})", marker.x, marker.y)}
                role="button" tabindex={if index == current { "0" } else { "-1" }}
                aria-label={marker.name.clone()} aria-pressed={marker.selected.to_string()}
                data-site={marker.id.clone()} data-index={index.to_string()}
                {onclick} {onkeydown} {ondragover} {ondrop}>
                <title>{ marker.name.clone() }</title>
                <circle class="drop-area" r="18" />
                <circle class="focus-ring" r="13" />
                if marker.hosting {
                    <rect class="site-shape hosting" x={format!("{:.1}", -half)} y={format!("{:.1}", -half)}
                        width={format!("{:.1}", 2.0 * half)} height={format!("{:.1}", 2.0 * half)} />
                } else {
                    <circle class="site-shape" r={format!("{:.1}", half * 0.7)} />
                }
            </g>
        }
    });
    let draft = props.draft.map(|(x, y)| {
        html! {
            <g class="site-draft" transform={format!("translate({x:.1} {y:.1})")} aria-hidden="true">
                <circle r="9" />
                <path d="M-13,0H13M0,-13V13" />
            </g>
        }
    });
    html! {
        <svg viewBox={format!("0 0 {} {HEIGHT}", props.drawing.width)} class={classes!("map-overlay", props.dragging.then_some("dragging"))}
            role="group" aria-label={props.label.clone()}>
            // Under the markers: a box never hides a neighbouring site.
            { labels(&props.markers, &props.drawing) }
            { for markers }
            { for draft }
        </svg>
    }
}
