//! Writes the generated files from `src/content/` (run from anywhere in the repository:
//! `cargo run -p lync-restore-content`); `--check` writes nothing and fails when one is stale.
//! Only files whose content changed are written, and a generated folder's files that nothing
//! generates any more are removed.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let check = std::env::args().any(|a| a == "--check");
    let outputs = match content::generate(&root) {
        Ok(outputs) => outputs,
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            return ExitCode::FAILURE;
        }
    };
    let stale = content::stale(&root, &outputs);
    if check {
        for path in &stale {
            eprintln!("stale: {path}");
        }
        return if stale.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    for o in &outputs {
        if stale.contains(&o.path) {
            let path = root.join(&o.path);
            let written = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, &o.text));
            if let Err(e) = written {
                eprintln!("{}: {e}", o.path);
                return ExitCode::FAILURE;
            }
            println!("wrote {}", o.path);
        }
    }
    for dir in content::GENERATED_DIRS {
        for entry in std::fs::read_dir(root.join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            let path = format!("{dir}/{}", entry.file_name().to_string_lossy());
            if !outputs.iter().any(|o| o.path == path) && std::fs::remove_file(entry.path()).is_ok()
            {
                println!("removed {path}");
            }
        }
    }
    ExitCode::SUCCESS
}
