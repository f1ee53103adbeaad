//! Where everything drawn over the map goes for one view, in the box's pixels: the markers
//! (crowded sites grouped so that none hides another), the commune names that fit, and the labels
//! of the sites (name, counts, over capacity) where there is room. No interface code: tested natively.

use crate::engine::ordered;
use crate::ui::geo::clusters::{group, ring};
use crate::ui::geo::view::{View, Viewport, MAX_ZOOM};
use crate::ui::map::placement::{place, text_width, Rect};

/// Markers closer than this many pixels are grouped; drawn markers are at least this far apart.
pub const GAP: f64 = 26.0;
/// How far from its centre a marker takes the pointer: half the gap, so no two take the same point
/// and a click or a drop goes to the marker drawn under the pointer.
pub const HIT: f64 = GAP / 2.0;
/// Half the largest marker's extent, rings included: what a label keeps clear of.
pub const REACH: f64 = 12.0;

/// Type sizes in pixels (the overlay's unit), for the workshop screen or a projector.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TypeSizes {
    pub commune: f64,
    pub count: f64,
    pub site_name: f64,
}

pub const WORKSHOP: TypeSizes = TypeSizes {
    commune: 15.0,
    count: 14.0,
    site_name: 13.0,
};
/// Readable from the back of a room at 1280 × 720: commune names 20 px, counts 17 px.
pub const PROJECTOR: TypeSizes = TypeSizes {
    commune: 20.0,
    count: 17.0,
    site_name: 16.0,
};

/// One site, as the layout needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct Spot {
    /// Position in drawing units.
    pub at: (f64, f64),
    /// Hosts agents of the service shown: its name and counts are written where there is room.
    pub hosting: bool,
    /// Agents of the service shown: the larger sites are labelled first.
    pub weight: u64,
    pub selected: bool,
    /// Length of the texts that may be written beside it: name, counts, over capacity.
    pub name_chars: usize,
    pub count_chars: Option<usize>,
    pub over_chars: Option<usize>,
}

/// One commune's name, as the layout needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct CommuneSpot {
    /// Where the name goes, in drawing units (the middle of its baseline before raising).
    pub at: (f64, f64),
    /// The commune's east–west extent in drawing units: a name longer than that is not written.
    pub extent: f64,
    pub chars: usize,
    pub population: u32,
}

/// A marker as drawn: one site, or a group of sites too close to be told apart at this zoom.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Indices into the spots, the most important first.
    pub members: Vec<usize>,
    /// Position in pixels.
    pub at: (f64, f64),
}

impl Placed {
    /// Whether the marker stands for its first site: a site alone, or a site of the service shown
    /// with only other services' sites grouped under it (drawn as that site, with "+n").
    pub fn led(&self, hosting: impl Fn(usize) -> bool) -> bool {
        match self.members.split_first() {
            Some((_, [])) => true,
            Some((&first, rest)) => hosting(first) && !rest.iter().any(|&i| hosting(i)),
            None => false,
        }
    }
}

/// What a line of a label says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Name,
    Count,
    Over,
}

/// One line of a label: its text's start and baseline, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    pub kind: LineKind,
    pub x: f64,
    pub baseline: f64,
    pub size: f64,
}

/// A site's label: a box and its lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub site: usize,
    pub rect: Rect,
    pub lines: Vec<Line>,
}

/// A commune name written: which commune and the middle of its baseline, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Name {
    pub commune: usize,
    pub x: f64,
    pub y: f64,
    /// No place was clear of the markers: written over them, where it covers the fewest (the
    /// centre of a large city at a low zoom is all markers, and its name must still be read).
    pub on_top: bool,
}

/// Everything drawn over the map for one view.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub markers: Vec<Placed>,
    pub labels: Vec<Label>,
    pub names: Vec<Name>,
}

/// The sites in order of importance: the selected one, those of the service shown (the larger
/// first), then the others.
pub fn importance(spots: &[Spot]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..spots.len()).collect();
    ordered::sort_by_key(&mut order, |&i| {
        let spot = &spots[i];
        (
            !spot.selected,
            !spot.hosting,
            std::cmp::Reverse(spot.weight),
            i,
        )
    });
    order
}

/// The layout of `spots` and `communes` in this view.
pub fn layout(
    port: Viewport,
    view: View,
    spots: &[Spot],
    communes: &[CommuneSpot],
    sizes: TypeSizes,
) -> Layout {
    let screen: Vec<(f64, f64)> = spots.iter().map(|s| port.to_screen(view, s.at)).collect();
    let groups = group(&screen, &importance(spots), GAP);
    // At the deepest zoom, sites still grouped stand at one place: they are set around it instead.
    let spread = view.zoom >= MAX_ZOOM * 0.999;
    let mut markers = Vec::with_capacity(groups.len());
    for g in groups {
        if spread && g.members.len() > 1 {
            let spots = ring(screen[g.anchor], g.members.len(), GAP);
            markers.extend(g.members.into_iter().zip(spots).map(|(site, at)| Placed {
                members: vec![site],
                at,
            }));
        } else {
            markers.push(Placed {
                at: screen[g.anchor],
                members: g.members,
            });
        }
    }
    let (names, name_boxes) = commune_names(port, view, communes, &markers, sizes);
    let labels = labels(port, spots, &markers, &name_boxes, sizes);
    Layout {
        markers,
        labels,
        names,
    }
}

/// The view centred on `site` at the least zoom (from the current one, doubling) where it is a
/// marker of its own: what the site search shows.
pub fn reveal(port: Viewport, view: View, spots: &[Spot], site: usize) -> View {
    let Some(spot) = spots.get(site) else {
        return view;
    };
    let order = importance(spots);
    let mut zoom = view.zoom.max(2.0);
    loop {
        let candidate = port.clamp(View {
            centre: spot.at,
            zoom,
        });
        let screen: Vec<(f64, f64)> = spots
            .iter()
            .map(|s| port.to_screen(candidate, s.at))
            .collect();
        let alone = group(&screen, &order, GAP)
            .iter()
            .find(|g| g.members.contains(&site))
            .is_none_or(|g| g.members.len() == 1);
        if alone || zoom >= MAX_ZOOM {
            return candidate;
        }
        zoom = (zoom * 2.0).min(MAX_ZOOM);
    }
}

/// A commune whose name is to be placed: its index, its possible baselines and their boxes.
type NameChoice = (usize, Vec<(f64, f64)>, Vec<Rect>);

/// The commune names that fit inside their commune at this zoom and cover no larger commune's
/// name, the most populated first; each a little above its point, else under it, higher, or to a
/// side, wherever it covers no marker (else where it covers the fewest, written over them).
/// With their boxes.
fn commune_names(
    port: Viewport,
    view: View,
    communes: &[CommuneSpot],
    markers: &[Placed],
    sizes: TypeSizes,
) -> (Vec<Name>, Vec<Rect>) {
    let scale = port.scale(view);
    let mut order: Vec<usize> = (0..communes.len()).collect();
    ordered::sort_by_key(&mut order, |&i| std::cmp::Reverse(communes[i].population));
    let size = sizes.commune;
    let boxed = |x: f64, baseline: f64, width: f64| Rect {
        x: x - width / 2.0,
        y: baseline - size,
        width,
        height: size * 1.25,
    };
    // Each commune named: its index, where its name may go, and the boxes it would take there.
    let mut candidates: Vec<NameChoice> = Vec::new();
    for i in order {
        let commune = &communes[i];
        let width = text_width(commune.chars, size);
        if width > commune.extent * scale {
            continue;
        }
        let (x, y) = port.to_screen(view, commune.at);
        let inside = x + width / 2.0 > 0.0
            && x - width / 2.0 < port.frame.width
            && y > 0.0
            && y - size < port.frame.height;
        if !inside {
            continue;
        }
        // Raised a little by default: the main site of a commune often stands at its centre.
        let spots = vec![
            (x, y - size * 1.3),
            (x, y + size * 1.9),
            (x, y - size * 2.6),
            (x, y + size * 3.2),
            (x - width * 0.6, y - size * 0.3),
            (x + width * 0.6, y - size * 0.3),
            (x - width * 0.6, y - size * 2.0),
            (x + width * 0.6, y - size * 2.0),
            (x - width * 0.6, y + size * 1.6),
            (x + width * 0.6, y + size * 1.6),
            (x, y - size * 3.9),
            (x, y + size * 4.5),
            (x - width * 1.1, y - size * 0.3),
            (x + width * 1.1, y - size * 0.3),
        ];
        let rects = spots.iter().map(|&(x, y)| boxed(x, y, width)).collect();
        candidates.push((i, spots, rects));
    }
    let footprints: Vec<Rect> = markers
        .iter()
        .map(|m| Rect {
            x: m.at.0 - REACH,
            y: m.at.1 - REACH,
            width: 2.0 * REACH,
            height: 2.0 * REACH,
        })
        .collect();
    let covered = |rect: &Rect| {
        footprints
            .iter()
            .filter(|f| !rect.clears(std::slice::from_ref(f)))
            .count()
    };
    let mut names = Vec::new();
    let mut boxes: Vec<Rect> = Vec::new();
    for (commune, spots, rects) in &candidates {
        let clear = |rect: &Rect| rect.clears(&boxes);
        let chosen = rects
            .iter()
            .position(|r| clear(r) && covered(r) == 0)
            .map(|i| (i, false))
            .or_else(|| {
                let fewest = rects
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| clear(r))
                    .min_by_key(|(_, r)| covered(r));
                fewest.map(|(i, _)| (i, true))
            });
        if let Some((chosen, on_top)) = chosen {
            let (x, y) = spots[chosen];
            names.push(Name {
                commune: *commune,
                x,
                y,
                on_top,
            });
            boxes.push(rects[chosen]);
        }
    }
    (names, boxes)
}

/// The lines of a label in order, with their sizes: the name only on the full form.
fn lines_of(spot: &Spot, with_name: bool, sizes: TypeSizes) -> Vec<(LineKind, usize, f64)> {
    let mut lines = Vec::new();
    if with_name {
        lines.push((LineKind::Name, spot.name_chars, sizes.site_name));
    }
    if let Some(chars) = spot.count_chars {
        lines.push((LineKind::Count, chars, sizes.count));
    }
    if let Some(chars) = spot.over_chars {
        lines.push((LineKind::Over, chars, sizes.count));
    }
    lines
}

/// The box of a label with these lines, its top left corner at the origin.
fn label_size(lines: &[(LineKind, usize, f64)]) -> (f64, f64) {
    let width = lines
        .iter()
        .map(|&(_, chars, size)| text_width(chars, size))
        .fold(0.0, f64::max)
        + 8.0;
    let height = lines.iter().map(|&(_, _, size)| size * 1.3).sum::<f64>() + 4.0;
    (width, height)
}

/// Where the label of each marker standing for one site goes (see [`Placed::led`]), on a white box
/// so that it reads over any band: under its
/// marker, else above, right or left; kept inside the box and clear of the commune names, of the
/// markers of the service's sites and of groups, of the labels written before, and of the other
/// sites' markers where one of the places allows. The selected site is labelled first, then the
/// service's sites, the larger first. The name is written where there is room for it, else the
/// counts alone; a label with no clear place is left out (the marker's name and tip still say it).
fn labels(
    port: Viewport,
    spots: &[Spot],
    markers: &[Placed],
    names: &[Rect],
    sizes: TypeSizes,
) -> Vec<Label> {
    let footprint = |(x, y): (f64, f64)| Rect {
        x: x - REACH,
        y: y - REACH,
        width: 2.0 * REACH,
        height: 2.0 * REACH,
    };
    let single = |placed: &&Placed| placed.led(|i| spots.get(i).is_some_and(|s| s.hosting));
    let hard: Vec<Rect> = names
        .iter()
        .copied()
        .chain(
            markers
                .iter()
                .filter(|m| !single(m) || spots[m.members[0]].hosting)
                .map(|m| footprint(m.at)),
        )
        .collect();
    let soft: Vec<Rect> = markers
        .iter()
        .filter(|m| single(m) && !spots[m.members[0]].hosting)
        .map(|m| footprint(m.at))
        .collect();
    let mut labelled: Vec<(usize, (f64, f64))> = markers
        .iter()
        .filter(single)
        .map(|m| (m.members[0], m.at))
        .filter(|&(site, at)| {
            let spot = &spots[site];
            (spot.count_chars.is_some() || spot.over_chars.is_some()) && port.contains(at)
        })
        .collect();
    ordered::sort_by_key(&mut labelled, |&(site, _)| {
        let spot = &spots[site];
        (
            !spot.selected,
            spot.over_chars.is_none(),
            std::cmp::Reverse(spot.weight),
            site,
        )
    });
    let inside = |x: f64, y: f64, (w, h): (f64, f64)| Rect {
        x: x.clamp(4.0, (port.frame.width - 4.0 - w).max(4.0)),
        y: y.clamp(2.0, (port.frame.height - 2.0 - h).max(2.0)),
        width: w,
        height: h,
    };
    let mut forms: Vec<Vec<(LineKind, usize, f64)>> = Vec::new();
    let mut positions: Vec<Vec<Rect>> = Vec::new();
    let mut owners: Vec<(usize, Vec<usize>)> = Vec::new();
    for &(site, (x, y)) in &labelled {
        let spot = &spots[site];
        let mut choices = Vec::new();
        let mut form_of_choice = Vec::new();
        // The name only where the label fits the box.
        let full = spot
            .hosting
            .then(|| lines_of(spot, true, sizes))
            .filter(|lines| label_size(lines).0 <= port.frame.width - 8.0);
        let short = lines_of(spot, false, sizes);
        for lines in full.into_iter().chain([short]) {
            let size = label_size(&lines);
            let gap = REACH + 2.0;
            for rect in [
                inside(x - size.0 / 2.0, y + gap, size),
                inside(x - size.0 / 2.0, y - gap - size.1, size),
                inside(x + gap, y - size.1 / 2.0, size),
                inside(x - gap - size.0, y - size.1 / 2.0, size),
            ] {
                choices.push(rect);
                form_of_choice.push(forms.len());
            }
            forms.push(lines);
        }
        positions.push(choices);
        owners.push((site, form_of_choice));
    }
    let slices: Vec<&[Rect]> = positions.iter().map(Vec::as_slice).collect();
    let chosen = place(&slices, &hard, &soft);
    owners
        .into_iter()
        .zip(&positions)
        .zip(chosen)
        .filter_map(|(((site, form_of_choice), rects), chosen)| {
            let chosen = chosen?;
            let rect = rects[chosen];
            let mut baseline = rect.y + 2.0;
            let lines = forms[form_of_choice[chosen]]
                .iter()
                .map(|&(kind, _, size)| {
                    baseline += size * 1.3;
                    Line {
                        kind,
                        x: rect.x + 4.0,
                        baseline: baseline - size * 0.3,
                        size,
                    }
                })
                .collect();
            Some(Label { site, rect, lines })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::geo::view::Size;

    fn port() -> Viewport {
        Viewport {
            drawing: Size {
                width: 600.0,
                height: 600.0,
            },
            frame: Size {
                width: 600.0,
                height: 600.0,
            },
        }
    }

    fn spot(x: f64, y: f64, weight: u64) -> Spot {
        Spot {
            at: (x, y),
            hosting: true,
            weight,
            selected: false,
            name_chars: 12,
            count_chars: Some(6),
            over_chars: None,
        }
    }

    fn covers(rect: &Rect, (x, y): (f64, f64), reach: f64) -> bool {
        rect.x < x + reach
            && x - reach < rect.x + rect.width
            && rect.y < y + reach
            && y - reach < rect.y + rect.height
    }

    #[test]
    fn drawn_markers_never_overlap_and_every_site_is_in_one_of_them() {
        // A crowded centre (a grid 6 units apart) and two sites far out.
        let mut spots: Vec<Spot> = (0..64u32)
            .map(|i| {
                spot(
                    250.0 + f64::from(i % 8) * 6.0,
                    250.0 + f64::from(i / 8) * 6.0,
                    u64::from(i),
                )
            })
            .collect();
        spots.push(spot(40.0, 40.0, 1));
        spots.push(spot(560.0, 560.0, 1));
        let port = port();
        for zoom in [1.0, 2.0, 4.0, 8.0, MAX_ZOOM] {
            let view = port.zoom_centre(port.whole(), zoom);
            let layout = layout(port, view, &spots, &[], WORKSHOP);
            let mut seen: Vec<usize> = layout
                .markers
                .iter()
                .flat_map(|m| m.members.clone())
                .collect();
            seen.sort_unstable();
            assert_eq!(seen, (0..spots.len()).collect::<Vec<_>>(), "zoom {zoom}");
            for (i, a) in layout.markers.iter().enumerate() {
                for b in &layout.markers[i + 1..] {
                    let apart = (a.at.0 - b.at.0).hypot(a.at.1 - b.at.1);
                    // Hit areas (HIT around each) never overlap, nor then do markers (REACH < HIT).
                    assert!(apart >= 2.0 * HIT - 1e-9, "zoom {zoom}: {apart}");
                }
            }
        }
        let whole = layout(port, port.whole(), &spots, &[], WORKSHOP);
        let deep = layout(
            port,
            port.zoom_centre(port.whole(), 8.0),
            &spots,
            &[],
            WORKSHOP,
        );
        assert!(whole.markers.len() < deep.markers.len());
        // The heaviest site anchors the centre's group at the whole view.
        assert!(whole
            .markers
            .iter()
            .any(|m| m.members.len() > 1 && m.members[0] == 63));
    }

    #[test]
    fn a_selected_site_stands_alone_and_is_labelled_first() {
        let mut spots = vec![spot(300.0, 300.0, 50), spot(302.0, 301.0, 10)];
        spots[1].selected = true;
        let layout = layout(port(), port().whole(), &spots, &[], WORKSHOP);
        assert_eq!(layout.markers[0].members, vec![1, 0]);
        assert!(layout.labels.is_empty(), "a group has no label of its own");
        let apart = vec![
            spot(100.0, 100.0, 50),
            Spot {
                selected: true,
                ..spot(400.0, 400.0, 1)
            },
        ];
        let layout = super::layout(port(), port().whole(), &apart, &[], WORKSHOP);
        assert_eq!(layout.labels[0].site, 1);
        // With room, the name is written above the counts.
        let kinds: Vec<LineKind> = layout.labels[0].lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, vec![LineKind::Name, LineKind::Count]);
    }

    #[test]
    fn labels_keep_clear_of_names_markers_and_each_other_or_drop_the_name_first() {
        // Sites of the service on a grid 40 px apart: room for counts, rarely for names.
        let spots: Vec<Spot> = (0..16u32)
            .map(|i| {
                spot(
                    200.0 + f64::from(i % 4) * 40.0,
                    200.0 + f64::from(i / 4) * 40.0,
                    u64::from(i),
                )
            })
            .collect();
        let communes = [CommuneSpot {
            at: (260.0, 180.0),
            extent: 300.0,
            chars: 8,
            population: 1000,
        }];
        let layout = layout(port(), port().whole(), &spots, &communes, WORKSHOP);
        assert_eq!(layout.names.len(), 1);
        let name = Rect {
            x: layout.names[0].x - text_width(8, WORKSHOP.commune) / 2.0,
            y: layout.names[0].y - WORKSHOP.commune,
            width: text_width(8, WORKSHOP.commune),
            height: WORKSHOP.commune * 1.25,
        };
        for marker in &layout.markers {
            assert!(
                !covers(&name, marker.at, REACH),
                "the name covers no marker"
            );
        }
        assert!(!layout.labels.is_empty() && layout.labels.len() < spots.len());
        assert!(
            layout.labels.iter().any(|l| l.lines.len() == 1),
            "some have only their counts"
        );
        for (i, label) in layout.labels.iter().enumerate() {
            assert!(label.rect.clears(&[name]));
            for marker in &layout.markers {
                assert!(!covers(&label.rect, marker.at, REACH), "{label:?}");
            }
            assert!(layout.labels[..i]
                .iter()
                .all(|other| label.rect.clears(&[other.rect])));
        }
    }

    #[test]
    fn a_site_of_the_service_with_other_sites_close_by_keeps_its_label() {
        let mut spots = vec![
            spot(300.0, 300.0, 40),
            spot(305.0, 300.0, 0),
            spot(310.0, 303.0, 0),
        ];
        for other in &mut spots[1..] {
            other.hosting = false;
            other.count_chars = None;
        }
        let layout = layout(port(), port().whole(), &spots, &[], WORKSHOP);
        assert_eq!(layout.markers.len(), 1);
        assert!(layout.markers[0].led(|i| spots[i].hosting));
        assert_eq!(layout.labels.len(), 1);
        // A second site of the service in the group: a plain group, without a label.
        spots[2].hosting = true;
        let layout = super::layout(port(), port().whole(), &spots, &[], WORKSHOP);
        assert!(!layout.markers[0].led(|i| spots[i].hosting));
        assert!(layout.labels.is_empty());
    }

    #[test]
    fn revealing_a_site_zooms_until_it_stands_alone_and_centres_it() {
        let spots: Vec<Spot> = (0..5)
            .map(|i| spot(300.0 + f64::from(i) * 2.0, 300.0, 10))
            .collect();
        let port = port();
        let view = reveal(port, port.whole(), &spots, 3);
        // 2 units apart: alone from 15 px apart, that is zoom 16.
        assert_eq!(view.zoom, 16.0);
        let (x, y) = port.to_screen(view, spots[3].at);
        assert!((x - 300.0).abs() < 1e-9 && (y - 300.0).abs() < 1e-9);
        let layout = layout(port, view, &spots, &[], WORKSHOP);
        assert!(layout.markers.iter().any(|m| m.members == vec![3]));
        // A site already alone is centred at zoom 2 at least.
        let far = vec![spot(100.0, 100.0, 1), spot(500.0, 500.0, 1)];
        assert_eq!(reveal(port, port.whole(), &far, 0).zoom, 2.0);
    }

    #[test]
    fn a_commune_name_is_written_only_where_it_fits_at_this_zoom() {
        let communes = [
            CommuneSpot {
                at: (300.0, 300.0),
                extent: 60.0,
                chars: 12,
                population: 500,
            },
            CommuneSpot {
                at: (305.0, 302.0),
                extent: 400.0,
                chars: 4,
                population: 100,
            },
        ];
        // 12 characters at 15 px are 104 px: not in a commune 60 px wide; the other covers nothing.
        let layout = layout(port(), port().whole(), &[], &communes, WORKSHOP);
        assert_eq!(
            layout.names.iter().map(|n| n.commune).collect::<Vec<_>>(),
            vec![1]
        );
        // Zoomed in twice, the commune is 120 px wide: its name fits and, larger, comes first,
        // above its point; the other's goes under its own point, clear of it.
        let zoomed = port().zoom_centre(port().whole(), 2.0);
        let layout = super::layout(port(), zoomed, &[], &communes, WORKSHOP);
        assert_eq!(
            layout.names.iter().map(|n| n.commune).collect::<Vec<_>>(),
            vec![0, 1]
        );
        assert!(
            layout.names[0].y < 300.0 && layout.names[1].y > 304.0,
            "{:?}",
            layout.names
        );
        // A marker where the name would go sends it under the point.
        let marker = [Spot {
            hosting: false,
            count_chars: None,
            ..spot(300.0, 290.0, 1)
        }];
        let layout = super::layout(port(), port().whole(), &marker, &communes[1..], WORKSHOP);
        assert!(
            layout.names[0].y > 302.0 && !layout.names[0].on_top,
            "{:?}",
            layout.names
        );
        // Markers all around: the name is written over them, where it covers the fewest.
        let crowd: Vec<Spot> = (0..900u32)
            .map(|i| Spot {
                hosting: false,
                count_chars: None,
                ..spot(
                    90.0 + f64::from(i % 30) * 14.0,
                    90.0 + f64::from(i / 30) * 14.0,
                    1,
                )
            })
            .collect();
        let zoomed = port().zoom_centre(port().whole(), 2.0);
        let layout = super::layout(port(), zoomed, &crowd, &communes[1..], WORKSHOP);
        assert_eq!(layout.names.len(), 1);
        assert!(layout.names[0].on_top);
    }
}
