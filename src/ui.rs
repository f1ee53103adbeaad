//! The Yew user interface: a thin layer that sends actions to the engine and draws what it returns.
