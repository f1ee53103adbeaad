//! The built-in exercises, read and checked once, the first time the tab is opened.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::engine::exercise::{builtin, Exercise};

thread_local! {
    static BUILTIN: OnceCell<Rc<Vec<Rc<Exercise>>>> = const { OnceCell::new() };
}

/// The built-in exercises, read and checked on first use.
pub fn builtin_exercises() -> Rc<Vec<Rc<Exercise>>> {
    BUILTIN.with(|cell| {
        Rc::clone(cell.get_or_init(|| Rc::new(builtin().into_iter().map(Rc::new).collect())))
    })
}
