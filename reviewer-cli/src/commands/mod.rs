//! One module per command family: arguments in, a service called, the view
//! printed as text or JSON.

pub mod airgap;
pub mod annotate;
pub mod backup;
pub mod cases;
pub mod due;
pub mod key;
pub mod purge;
pub mod reply;
pub mod report;
pub mod share;
pub mod sync;
pub mod team;
pub mod ui;
