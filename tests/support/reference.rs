//! The pinned command reference (`src/content/cmdlets.toml`, its schema in `build/`).

pub use content::schema::cmdlets::*;

/// The reference pinned in the repository.
pub fn pinned() -> Reference {
    content::schema::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        "cmdlets.toml",
    )
    .expect("src/content/cmdlets.toml")
}
