//! Native render tests of the interface's components, with Yew's server renderer (no browser needed).

mod app;
mod dashboard;
mod facilitator;
mod map;
mod operations;
mod org_chart;
mod scenarios;
mod simulation;
mod strip;
mod suggest;
mod training;

/// Renders a component with the given props to an HTML string.
/// `LocalServerRenderer` is `ServerRenderer` without the `Send` bound, which `Rc` props need.
pub fn render<C: yew::BaseComponent>(props: C::Properties) -> String {
    futures::executor::block_on(yew::LocalServerRenderer::<C>::with_props(props).render())
}
