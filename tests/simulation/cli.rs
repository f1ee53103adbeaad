//! `maillage simulate`: written later, once the command exists.
