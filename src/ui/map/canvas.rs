//! The map's box: the picture seen through the current view, the markers, names and labels laid
//! out for it, and every way to move the view (wheel, pinch, drag, buttons, keys) or to find a
//! site. Each territory keeps its own view.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::ui::geo::gesture::{Gesture, Step};
use crate::ui::geo::steering::{nearest_in_direction, reading_order, Direction};
use crate::ui::geo::view::{Size, View, Viewport, PAN_STEP, ZOOM_STEP};
use crate::ui::i18n::{format_decimal, t};
use crate::ui::map::base::BaseMap;
use crate::ui::map::dom;
use crate::ui::map::drawing::{Drawing, Shared, HEIGHT};
use crate::ui::map::layout::{layout, reveal, Layout, Spot, PROJECTOR, WORKSHOP};
use crate::ui::map::overlay::{tip, Marker, MarkerEvent, Overlay};
use crate::ui::map::shading::ZoneShade;
use crate::ui::map::texts::{fill, MapText};

/// How long a dragged team hovers over a group before the map zooms in on it.
const SPRING_MS: u32 = 700;
/// How long the wheel rests before the map is drawn for the zoom it reached.
const SETTLE_MS: u32 = 150;

#[derive(Properties, PartialEq)]
pub struct MapCanvasProps {
    pub lang: Lang,
    pub drawing: Shared<Drawing>,
    pub shades: Shared<Vec<ZoneShade>>,
    pub description: AttrValue,
    pub markers: Shared<Vec<Marker>>,
    /// Which territory is shown: each keeps its own view.
    pub territory: AttrValue,
    /// The projector's larger type.
    pub large: bool,
    /// Where a new site would open (drawing units), while its form is shown.
    #[prop_or_default]
    pub draft: Option<(f64, f64)>,
    /// A new site is being placed: Enter on the map places it at the centre of the view, marked
    /// with a cross until a place is chosen.
    #[prop_or_default]
    pub placing: bool,
    pub dragging: bool,
    /// Choosing a site locks or frees it for a suggestion (the markers say which are locked).
    #[prop_or_default]
    pub locking: bool,
    /// A click on the map away from the sites, as (longitude, latitude).
    pub onpick: Callback<[f64; 2]>,
    /// A site chosen by a click or Enter.
    pub onchoose: Callback<String>,
    /// A team dropped on a site: (team id if the browser gave it, site id).
    pub ondrop: Callback<(Option<String>, String)>,
    /// Escape on the map.
    pub onescape: Callback<()>,
    /// A site found by the search (its index, and a count that tells one search from the next):
    /// the map centres on it and its marker takes the focus.
    #[prop_or_default]
    pub found: Option<(usize, u32)>,
}

/// What the event handlers read: the state of the last render.
struct Now {
    port: Viewport,
    view: View,
    territory: String,
    layout: Rc<Layout>,
    spots: Rc<Vec<Spot>>,
    markers: Shared<Vec<Marker>>,
    drawing: Shared<Drawing>,
    lang: Lang,
    onchoose: Callback<String>,
    ondrop: Callback<(Option<String>, String)>,
    onpick: Callback<[f64; 2]>,
    onescape: Callback<()>,
    placing: bool,
}

/// Everything the map's box, its buttons and its markers report, handled in one place (one
/// handler rather than one closure per event keeps the page lighter).
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    /// The + and − buttons: zoom by this factor at the centre.
    Zoom(f64),
    Whole,
    Key(KeyboardEvent),
    Wheel(WheelEvent),
    Click(MouseEvent),
    PointerDown(PointerEvent),
    PointerMove(PointerEvent),
    PointerUp(PointerEvent),
    Marker(MarkerEvent),
}

/// The map's controller: the views kept per territory and what changes them. Cloned into every
/// handler, made once, so that the markers' props stay equal and a hover redraws only the tip.
#[derive(Clone)]
struct Map {
    now: Rc<RefCell<Option<Now>>>,
    views: Rc<RefCell<BTreeMap<String, View>>>,
    redraw: UseForceUpdateHandle,
    /// The site whose marker takes the focus after the next render (its marker may be new).
    pending_focus: Rc<RefCell<Option<String>>>,
    /// The site under the pointer (or a dragged team), and the site with the focus: their tip shows.
    hover: Rc<RefCell<Option<String>>>,
    focused: Rc<RefCell<Option<String>>>,
    /// What the live region last said.
    said: Rc<RefCell<String>>,
    gesture: Rc<RefCell<Gesture>>,
    spring: Rc<RefCell<Option<dom::Timer>>>,
    /// The pending focus, given once every component has drawn (a marker split from a group is
    /// drawn by the markers' own component, after this one).
    focus_timer: Rc<RefCell<Option<dom::Timer>>>,
    /// The box: where events fall and the pointer is captured.
    node: NodeRef,
    /// The view a drag, a pinch or a wheel turn has reached: until it ends, the picture and the
    /// markers drawn for the last view are only moved there (a CSS transform, nothing drawn
    /// again), then everything is drawn for it.
    live: Rc<RefCell<Option<View>>>,
    /// Draws the wheel's view once the wheel rests.
    settle_timer: Rc<RefCell<Option<dom::Timer>>>,
}

impl Map {
    fn handle(&self, input: Input) {
        let offset = |event: &MouseEvent| dom::offset_in(&self.node, event).map(|(at, _)| at);
        match input {
            Input::Zoom(factor) => self.zoom(factor, None, true),
            Input::Whole => self.whole(),
            Input::Key(event) => self.map_key(&event, dom::on_itself(&event, &self.node)),
            Input::Wheel(event) => {
                if let Some(at) = offset(&event) {
                    self.wheel(&event, at);
                }
            }
            Input::Click(event) => {
                if let Some(at) = offset(&event) {
                    self.click(&event, at);
                }
            }
            Input::PointerDown(event) => {
                if let Some(at) = offset(&event) {
                    self.pointer_down(&event, at);
                }
            }
            Input::PointerMove(event) => {
                if let Some(at) = offset(&event) {
                    if self.pointer_move(&event, at) {
                        dom::capture_pointer(&self.node, &event);
                    }
                }
            }
            Input::PointerUp(event) => self.pointer_up(&event),
            Input::Marker(event) => match event {
                MarkerEvent::Choose(index) => self.choose(index, false),
                MarkerEvent::Key(event, index) => self.key(&event, index),
                MarkerEvent::Focus(index) => self.focus(index),
                MarkerEvent::Hover(index) => self.hover(index),
                MarkerEvent::DragEnter(index) => self.drag_enter(index),
                MarkerEvent::DragLeave(index) => self.drag_leave(index),
                MarkerEvent::Drop(team, index) => self.drop(team, index),
            },
        }
    }

    fn with<R>(&self, read: impl FnOnce(&Now) -> R) -> Option<R> {
        self.now.borrow().as_ref().map(read)
    }

    fn set_view(&self, view: View) {
        let Some((port, key, old)) = self.with(|now| (now.port, now.territory.clone(), now.view))
        else {
            return;
        };
        let view = port.clamp(view);
        let moving = self.live.borrow_mut().take().is_some();
        if view != old {
            self.views.borrow_mut().insert(key, view);
        }
        if view != old || moving {
            self.redraw.force_update();
        }
    }

    /// The view now: the one a gesture has reached, else the one drawn.
    fn current(&self) -> Option<(Viewport, View)> {
        let live = *self.live.borrow();
        self.with(|now| (now.port, live.unwrap_or(now.view)))
    }

    /// A gesture reached this view: the drawing is moved there, not drawn again.
    fn live_view(&self, view: View) {
        if let Some((port, _)) = self.current() {
            *self.live.borrow_mut() = Some(port.clamp(view));
            self.redraw.force_update();
        }
    }

    /// The gesture ended: everything is drawn for the view it reached.
    fn settle(&self) {
        *self.settle_timer.borrow_mut() = None;
        let live = *self.live.borrow();
        if let Some(view) = live {
            self.set_view(view);
        }
    }

    /// Zooms by `factor` at a pixel of the box (the pointer), or at its centre; says the new zoom.
    fn zoom(&self, factor: f64, at: Option<(f64, f64)>, say: bool) {
        let (Some((port, view)), Some(lang)) = (self.current(), self.with(|now| now.lang)) else {
            return;
        };
        let next = match at {
            Some(at) => port.zoom_at(view, factor, at),
            None => port.zoom_centre(view, factor),
        };
        self.set_view(next);
        if say {
            self.say_zoom(lang, next.zoom);
        }
    }

    fn whole(&self) {
        if let Some((port, lang)) = self.with(|now| (now.port, now.lang)) {
            self.set_view(port.whole());
            self.say_zoom(lang, 1.0);
        }
    }

    fn say_zoom(&self, lang: Lang, zoom: f64) {
        self.say(fill(
            t(lang, MapText::ViewNow),
            &[("zoom", &format_decimal(lang, zoom, 1))],
        ));
    }

    fn say(&self, text: String) {
        *self.said.borrow_mut() = text;
        self.redraw.force_update();
    }

    fn pan(&self, by: (f64, f64)) {
        if let Some((port, view)) = self.current() {
            self.set_view(port.pan(view, by));
        }
    }

    /// The id of the site a marker is drawn at.
    fn anchor(&self, index: usize) -> Option<String> {
        self.with(|now| {
            let first = *now.layout.markers.get(index)?.members.first()?;
            now.markers.get(first).map(|m| m.id.clone())
        })
        .flatten()
    }

    /// A marker chosen: a group zooms in on its sites; a site goes to the workshop.
    fn choose(&self, index: usize, by_key: bool) {
        let Some((members, port, view)) = self
            .with(|now| {
                let placed = now.layout.markers.get(index)?;
                let points: Vec<(f64, f64)> = placed
                    .members
                    .iter()
                    .filter_map(|&i| now.spots.get(i))
                    .map(|s| s.at)
                    .collect();
                Some((points, now.port, now.view))
            })
            .flatten()
        else {
            return;
        };
        let Some(anchor) = self.anchor(index) else {
            return;
        };
        if members.len() > 1 {
            let framed = port.framing(&members, 60.0, view.zoom * ZOOM_STEP);
            // Never less than one step in: sites at one place are then set around it.
            let zoom = framed.zoom.max(view.zoom * ZOOM_STEP);
            self.set_view(View { zoom, ..framed });
            if by_key {
                *self.pending_focus.borrow_mut() = Some(anchor);
            }
        } else if let Some(onchoose) = self.with(|now| now.onchoose.clone()) {
            onchoose.emit(anchor);
        }
    }

    /// A key on a marker: Enter chooses, the arrows go to the nearest marker that way (moving the
    /// view when it lies outside), Home and End to the first and the last in reading order.
    fn key(&self, event: &KeyboardEvent, index: usize) {
        let key = event.key();
        if key == "Enter" || key == " " {
            event.prevent_default();
            event.stop_propagation();
            self.choose(index, true);
            return;
        }
        let Some((points, port, view)) = self.with(|now| {
            let points: Vec<(f64, f64)> = now.layout.markers.iter().map(|m| m.at).collect();
            (points, now.port, now.view)
        }) else {
            return;
        };
        let target = match key.as_str() {
            "Home" => reading_order(&points, 40.0).first().copied(),
            "End" => reading_order(&points, 40.0).last().copied(),
            _ => match Direction::of_key(&key) {
                Some(direction) => nearest_in_direction(&points, index, direction),
                None => return,
            },
        };
        event.prevent_default();
        event.stop_propagation();
        let Some(target) = target else {
            return;
        };
        let Some(site) = self.anchor(target) else {
            return;
        };
        if !port.contains(points[target]) {
            let drawing_point = port.to_drawing(view, points[target]);
            self.set_view(port.showing(view, drawing_point, 60.0));
        }
        *self.pending_focus.borrow_mut() = Some(site);
        self.redraw.force_update();
    }

    /// A search result chosen: the map centres on the site, zoomed in until it stands alone, and
    /// its marker takes the focus.
    fn reveal(&self, site: usize) {
        let Some((port, view, spots, markers, lang)) = self.with(|now| {
            (
                now.port,
                now.view,
                now.spots.clone(),
                now.markers.clone(),
                now.lang,
            )
        }) else {
            return;
        };
        let Some(marker) = markers.get(site) else {
            return;
        };
        self.set_view(reveal(port, view, &spots, site));
        *self.pending_focus.borrow_mut() = Some(marker.id.clone());
        self.say(fill(t(lang, MapText::Centred), &[("site", &marker.title)]));
    }

    fn hover(&self, index: Option<usize>) {
        let anchor = index.and_then(|i| self.anchor(i));
        if *self.hover.borrow() != anchor {
            *self.hover.borrow_mut() = anchor;
            self.redraw.force_update();
        }
    }

    fn focus(&self, index: Option<usize>) {
        let anchor = index.and_then(|i| self.anchor(i));
        if *self.focused.borrow() != anchor {
            *self.focused.borrow_mut() = anchor;
            self.redraw.force_update();
        }
    }

    /// A dragged team over a marker: its tip shows; over a group, the map zooms in on it after a moment.
    fn drag_enter(&self, index: usize) {
        self.hover(Some(index));
        let group = self.with(|now| {
            now.layout
                .markers
                .get(index)
                .is_some_and(|m| m.members.len() > 1)
        });
        *self.spring.borrow_mut() = None;
        if group == Some(true) {
            let map = self.clone();
            *self.spring.borrow_mut() = dom::after(SPRING_MS, move || map.choose(index, false));
        }
    }

    fn drag_leave(&self, index: usize) {
        if *self.hover.borrow() == self.anchor(index) {
            self.hover(None);
        }
        *self.spring.borrow_mut() = None;
    }

    fn drop(&self, team: Option<String>, index: usize) {
        *self.spring.borrow_mut() = None;
        self.hover(None);
        let group = self.with(|now| {
            now.layout
                .markers
                .get(index)
                .is_some_and(|m| m.members.len() > 1)
        });
        if group == Some(true) {
            self.choose(index, false);
        } else if let (Some(site), Some(ondrop)) =
            (self.anchor(index), self.with(|now| now.ondrop.clone()))
        {
            ondrop.emit((team, site));
        }
    }

    /// A click on the map away from the markers picks that point (for a new site).
    fn pick(&self, at: (f64, f64)) {
        if let Some((point, onpick)) = self.with(|now| {
            let (x, y) = now.port.to_drawing(now.view, at);
            (now.drawing.projection.unproject((x, y)), now.onpick.clone())
        }) {
            onpick.emit(point);
        }
    }

    /// Keys on the map (and on a marker, where they bubble up to it): + and − zoom (at the focused
    /// marker, which keeps the focus), 0 shows the whole territory, the arrows pan when the map
    /// itself has the focus, Escape goes to the workshop.
    fn map_key(&self, event: &KeyboardEvent, on_map: bool) {
        let focused_site = self.focused.borrow().clone();
        let at = if on_map {
            None
        } else {
            self.with(|now| {
                let site = focused_site.as_ref()?;
                let index = now.markers.iter().position(|m| &m.id == site)?;
                Some(now.port.to_screen(now.view, now.spots.get(index)?.at))
            })
            .flatten()
        };
        let placing = self.with(|now| now.placing).unwrap_or(false);
        match event.key().as_str() {
            "Enter" | " " if on_map && placing => {
                if let Some(centre) =
                    self.with(|now| (now.port.frame.width / 2.0, now.port.frame.height / 2.0))
                {
                    self.pick(centre);
                }
            }
            "+" | "=" => self.zoom(ZOOM_STEP, at, true),
            "-" | "_" | "−" => self.zoom(1.0 / ZOOM_STEP, at, true),
            "0" => self.whole(),
            "Escape" => {
                if let Some(onescape) = self.with(|now| now.onescape.clone()) {
                    onescape.emit(());
                }
                return;
            }
            key => {
                let step = self.with(|now| {
                    (
                        now.port.frame.width * PAN_STEP,
                        now.port.frame.height * PAN_STEP,
                    )
                });
                let (Some(direction), true, Some((dx, dy))) =
                    (Direction::of_key(key), on_map, step)
                else {
                    return;
                };
                let by = match direction {
                    Direction::Left => (dx, 0.0),
                    Direction::Right => (-dx, 0.0),
                    Direction::Up => (0.0, dy),
                    Direction::Down => (0.0, -dy),
                };
                self.pan(by);
            }
        }
        event.prevent_default();
        if !on_map {
            *self.pending_focus.borrow_mut() = focused_site;
        }
    }
}

impl Map {
    fn wheel(&self, event: &WheelEvent, at: (f64, f64)) {
        event.prevent_default();
        // A trackpad's pinch comes as a wheel with Ctrl: it turns less, so it counts more.
        let sensitivity = if event.ctrl_key() { 0.01 } else { 0.002 };
        let factor = (-dom::wheel_pixels(event) * sensitivity).exp();
        if let Some((port, view)) = self.current() {
            self.live_view(port.zoom_at(view, factor, at));
            let map = self.clone();
            *self.settle_timer.borrow_mut() = dom::after(SETTLE_MS, move || map.settle());
        }
    }

    fn pointer_down(&self, event: &PointerEvent, at: (f64, f64)) {
        let primary = event.pointer_type() != "mouse" || event.button() == 0;
        if primary && !dom::from_marker(event) {
            self.gesture.borrow_mut().down(event.pointer_id(), at);
        }
    }

    /// Returns whether the move starts or continues a pan (the pointer is then captured).
    fn pointer_move(&self, event: &PointerEvent, at: (f64, f64)) -> bool {
        let step = self.gesture.borrow_mut().move_to(event.pointer_id(), at);
        let Some((port, view)) = self.current() else {
            return false;
        };
        match step {
            Step::Nothing => return false,
            Step::Pan(by) => self.live_view(port.pan(view, by)),
            Step::Pinch { factor, at, pan } => {
                let moved = port.pan(view, pan);
                self.live_view(port.zoom_at(moved, factor, at));
            }
        }
        self.gesture.borrow().panning()
    }

    fn pointer_up(&self, event: &PointerEvent) {
        self.gesture.borrow_mut().up(event.pointer_id());
        if !self.gesture.borrow().panning() {
            self.settle();
        }
    }

    fn click(&self, event: &MouseEvent, at: (f64, f64)) {
        let moved = std::mem::take(&mut self.gesture.borrow_mut().moved);
        if !moved && !dom::from_marker(event) {
            self.pick(at);
        }
    }
}

/// The map's controller, made once per mounted map.
#[hook]
fn use_map(node: &NodeRef) -> Map {
    let now = use_mut_ref(|| None);
    let views = use_mut_ref(BTreeMap::new);
    let redraw = use_force_update();
    let pending_focus = use_mut_ref(|| None);
    let hover = use_mut_ref(|| None);
    let focused = use_mut_ref(|| None);
    let said = use_mut_ref(String::new);
    let gesture = use_mut_ref(Gesture::default);
    let spring = use_mut_ref(|| None);
    let focus_timer = use_mut_ref(|| None);
    let live = use_mut_ref(|| None);
    let settle_timer = use_mut_ref(|| None);
    Map {
        now,
        views,
        redraw,
        pending_focus,
        hover,
        focused,
        said,
        gesture,
        spring,
        focus_timer,
        node: node.clone(),
        live,
        settle_timer,
    }
}

/// The map's box with its controls, search and tip.
#[function_component(MapCanvas)]
pub fn map_canvas(props: &MapCanvasProps) -> Html {
    let lang = props.lang;
    let drawing_size = Size {
        width: props.drawing.width,
        height: HEIGHT,
    };
    // Natively (render tests) the box is the drawing's size; in the browser, what it measures.
    let size = use_state(|| drawing_size);
    let viewport_node = use_node_ref();
    let map = use_map(&viewport_node);
    // Made once, so that the markers' props stay equal and a hover redraws only the tip.
    let input = {
        let map = map.clone();
        (*use_memo((), move |_| {
            Callback::from(move |input: Input| map.handle(input))
        }))
        .clone()
    };
    let marker_events = (*use_memo((), {
        let input = input.clone();
        move |_| input.reform(Input::Marker)
    }))
    .clone();
    {
        let size = size.clone();
        use_effect_with(viewport_node.clone(), move |node| {
            let watch = dom::watch_size(
                node,
                Callback::from(move |(width, height): (f64, f64)| {
                    let next = Size { width, height };
                    if width > 0.0 && height > 0.0 && *size != next {
                        size.set(next);
                    }
                }),
            );
            // Dropping the watch stops it.
            move || {
                let _stopped = watch;
            }
        });
    }
    let port = Viewport {
        drawing: drawing_size,
        frame: *size,
    };
    let territory = props.territory.to_string();
    let view = port.clamp(
        map.views
            .borrow()
            .get(&territory)
            .copied()
            .unwrap_or_else(|| port.whole()),
    );
    let sizes = if props.large { PROJECTOR } else { WORKSHOP };
    let spots = use_memo(props.markers.clone(), |markers| {
        markers.iter().map(Marker::spot).collect::<Vec<_>>()
    });
    let placed = use_memo(
        (spots.clone(), props.drawing.clone(), port, view, sizes),
        |(spots, drawing, port, view, sizes)| {
            let communes: Vec<_> = drawing.communes.iter().map(|c| c.spot.clone()).collect();
            layout(*port, *view, spots, &communes, *sizes)
        },
    );
    *map.now.borrow_mut() = Some(Now {
        port,
        view,
        territory,
        layout: placed.clone(),
        spots: spots.clone(),
        markers: props.markers.clone(),
        drawing: props.drawing.clone(),
        lang,
        onchoose: props.onchoose.clone(),
        ondrop: props.ondrop.clone(),
        onpick: props.onpick.clone(),
        onescape: props.onescape.clone(),
        placing: props.placing,
    });
    {
        let map = map.clone();
        use_effect_with(props.found, move |found| {
            if let Some((site, _)) = found {
                map.reveal(*site);
            }
        });
    }
    // After each render, the marker waiting for the focus takes it.
    {
        let (pending, timer) = (map.pending_focus.clone(), map.focus_timer.clone());
        use_effect(move || {
            if let Some(site) = pending.borrow_mut().take() {
                let selector = format!(".site-marker[data-members~=\"{site}\"]");
                *timer.borrow_mut() = dom::after(0, move || dom::focus_selector(&selector));
            }
        });
    }
    let index_of = |site: &Option<String>| {
        let site = site.as_ref()?;
        placed.markers.iter().position(|m| {
            m.members.iter().any(|&i| {
                props
                    .markers
                    .get(i)
                    .is_some_and(|marker| &marker.id == site)
            })
        })
    };
    let selected = props
        .markers
        .iter()
        .find(|m| m.selected)
        .map(|m| m.id.clone());
    let focused = map.focused.borrow().clone();
    let hovered = map.hover.borrow().clone();
    let tab_stop = index_of(&selected)
        .or_else(|| index_of(&focused))
        .or_else(|| {
            let points: Vec<(f64, f64)> = placed.markers.iter().map(|m| m.at).collect();
            reading_order(&points, 40.0).first().copied()
        })
        .unwrap_or(0);
    let shown_tip = index_of(&hovered)
        .or_else(|| index_of(&focused))
        .and_then(|i| placed.markers.get(i))
        .map(|p| {
            tip(
                lang,
                &props.markers,
                p,
                (port.frame.width, port.frame.height),
                props.dragging,
            )
        });

    let draft = props.draft.map(|at| {
        let (x, y) = port.to_screen(view, at);
        html! {
            <g class="site-draft" transform={format!("translate({x:.1} {y:.1})")} aria-hidden="true">
                <circle r="9" />
                <path d="M-13,0H13M0,-13V13" />
            </g>
        }
    });
    // Placing with no place chosen yet: a cross at the centre, where Enter would put the site.
    let aim = (props.placing && props.draft.is_none()).then(|| {
        let (x, y) = (port.frame.width / 2.0, port.frame.height / 2.0);
        html! {
            <g class="site-draft aim" transform={format!("translate({x:.1} {y:.1})")} aria-hidden="true">
                <path d="M-18,0H-6M6,0H18M0,-18V-6M0,6V18" />
                <circle r="3" />
            </g>
        }
    });
    let unit = 1.0 / port.scale(view);
    let view_box = port.view_box(view);
    // A gesture under way: what was drawn for the view moves to the view it reached.
    let live = map
        .live
        .borrow()
        .map(|v| port.clamp(v))
        .filter(|v| *v != view);
    let moved = live.map(|to| {
        let (k, x, y) = port.transform(view, to);
        format!("transform: translate({x:.2}px, {y:.2}px) scale({k:.5})")
    });
    let view = live.unwrap_or(view);
    let whole = view.zoom <= 1.0;
    let deepest = view.zoom >= crate::ui::geo::view::MAX_ZOOM;
    let zoom_text = format!(
        "×{}",
        format_decimal(lang, view.zoom, if view.zoom < 10.0 { 1 } else { 0 })
    );
    html! {
        <div class={classes!("map-canvas", props.large.then_some("large"), props.placing.then_some("placing"))}>
            <div class="map-stack">
                <div class={classes!("map-viewport", props.locking.then_some("locking"))} ref={viewport_node.clone()} tabindex="0" role="group"
                    aria-label={t(lang, if props.placing { MapText::PlacingKeys } else { MapText::MapKeys })}
                    style={format!("--map-aspect: {} / {HEIGHT}", props.drawing.width)}
                    onkeydown={input.reform(Input::Key)} onwheel={input.reform(Input::Wheel)} onclick={input.reform(Input::Click)}
                    onpointerdown={input.reform(Input::PointerDown)} onpointermove={input.reform(Input::PointerMove)}
                    onpointerup={input.reform(Input::PointerUp)} onpointercancel={input.reform(Input::PointerUp)}>
                    <div class="map-layers" style={moved}>
                        <BaseMap {lang} drawing={props.drawing.clone()} shades={props.shades.clone()}
                            description={props.description.clone()} {view_box} {unit} />
                        <svg class="map-overlay" viewBox={format!("0 0 {:.1} {:.1}", port.frame.width, port.frame.height)}
                            role="group" aria-label={t(lang, MapText::SitesLayer)}>
                            <Overlay {lang} drawing={props.drawing.clone()} markers={props.markers.clone()} layout={Shared(placed.clone())}
                                commune_size={sizes.commune} {tab_stop} dragging={props.dragging} locking={props.locking} onevent={marker_events} />
                            // In elements of their own, so that appearing never disturbs the markers.
                            <g class="draft-layer">{ for draft }{ for aim }</g>
                            <g class="tip-layer">{ for shown_tip }</g>
                        </svg>
                    </div>
                </div>
                // Over the map's top right corner: no row of its own above the map.
                <div class="zoom-controls" role="group" aria-label={t(lang, MapText::ZoomGroup)}>
                    <button type="button" class="zoom-in" aria-label={t(lang, MapText::ZoomIn)} title={t(lang, MapText::ZoomIn)}
                        disabled={deepest} onclick={input.reform(|_| Input::Zoom(ZOOM_STEP))}>{ "+" }</button>
                    <span class="zoom-level" aria-hidden="true">{ zoom_text }</span>
                    <button type="button" class="zoom-out" aria-label={t(lang, MapText::ZoomOut)} title={t(lang, MapText::ZoomOut)}
                        disabled={whole} onclick={input.reform(|_| Input::Zoom(1.0 / ZOOM_STEP))}>{ "−" }</button>
                    <button type="button" class="zoom-whole" aria-label={t(lang, MapText::ZoomWhole)} title={t(lang, MapText::ZoomWhole)}
                        disabled={whole} onclick={input.reform(|_| Input::Whole)}>
                        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M1,5V1H5M11,1H15V5M15,11V15H11M5,15H1V11" /></svg>
                    </button>
                </div>
            </div>
            // A polite live region, not a second "status" of the page: what a key or the search did to the view.
            <p class="map-sr-only" aria-live="polite">{ map.said.borrow().clone() }</p>
        </div>
    }
}
