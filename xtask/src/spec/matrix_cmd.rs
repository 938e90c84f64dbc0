//! `spec matrix -o DIR`: writes the construct matrix's specs
//! (`xtask/src/spec/matrix.rs`) into `DIR`, one `NAME.json` per group, and
//! `DIR/index.txt` listing them.

use crate::cli::MatrixArgs;
use crate::spec::matrix;
use crate::{EXIT_CANNOT_CHECK, EXIT_OK};

/// Runs `spec matrix`.
pub fn run_matrix(args: &MatrixArgs) -> u8 {
    match write(&args.out) {
        Ok(summary) => {
            println!("{summary}");
            EXIT_OK
        }
        Err(e) => {
            eprintln!("error: spec matrix: {e}");
            EXIT_CANNOT_CHECK
        }
    }
}

fn write(dir: &std::path::Path) -> Result<String, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut index = String::new();
    let mut summary = String::new();
    let mut total = 0;
    for (name, spec) in matrix::specs() {
        let file = format!("{name}.json");
        let path = dir.join(&file);
        let text = serde_json::to_string_pretty(&spec).map_err(|e| e.to_string())?;
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        let operations = spec["paths"].as_object().map_or(0, serde_json::Map::len);
        total += operations;
        index.push_str(&file);
        index.push('\n');
        summary.push_str(&format!(
            "wrote {} ({operations} operations)\n",
            path.display()
        ));
    }
    let path = dir.join("index.txt");
    std::fs::write(&path, index).map_err(|e| format!("{}: {e}", path.display()))?;
    summary.push_str(&format!(
        "the matrix: {} kinds x {} places = {total} operations in {} specs",
        matrix::kinds().len(),
        matrix::PLACES.len(),
        matrix::GROUPS.len()
    ));
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_one_spec_per_group_and_an_index() {
        let dir = tempfile::tempdir().unwrap();
        let summary = write(dir.path()).unwrap();
        let index = std::fs::read_to_string(dir.path().join("index.txt")).unwrap();
        assert_eq!(index.lines().count(), matrix::GROUPS.len());
        for file in index.lines() {
            let spec: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(dir.path().join(file)).unwrap())
                    .unwrap();
            assert_eq!(spec["openapi"], "3.0.3");
        }
        assert!(summary.ends_with(&format!(
            "= {} operations in {} specs",
            matrix::kinds().len() * matrix::PLACES.len(),
            matrix::GROUPS.len()
        )));
    }
}
