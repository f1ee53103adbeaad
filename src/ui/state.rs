//! The workspace as the interface holds it: a Yew reducer over `crate::workspace`, shared by a
//! context. Everything else about the state is plain Rust, in `crate::workspace`.

use std::rc::Rc;

use yew::prelude::*;

pub use crate::workspace::*;

impl Reducible for Workspace {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Workspace::reduce(&self, action))
    }
}

/// The handle every component uses to read the state and send actions.
pub type WorkspaceHandle = UseReducerHandle<Workspace>;

/// The workspace shared by the app through a context.
#[hook]
pub fn use_workspace() -> WorkspaceHandle {
    use_context::<WorkspaceHandle>()
        .expect("components are rendered inside the App's WorkspaceProvider")
}
