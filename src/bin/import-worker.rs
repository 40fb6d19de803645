//! The topology import worker's entry point (built by Trunk as a module Web Worker; see
//! `ui::import_worker`). Natively it does nothing.

fn main() {
    lync_restore::ui::import_worker::serve();
}
