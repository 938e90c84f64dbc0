//! Version bumps: choosing the bump from a diff and editing manifests in place.

use semver::Version;

use crate::classify::Class;

/// Which part of the version to bump.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bump {
    /// `X.0.0`
    Major,
    /// `x.Y.0`
    Minor,
    /// `x.y.Z`
    Patch,
}

impl Bump {
    /// `major`, `minor` or `patch`.
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::Major => "major",
            Bump::Minor => "minor",
            Bump::Patch => "patch",
        }
    }
}

/// The bump a change of class `worst` needs: 0.x — breaking -> minor,
/// otherwise patch; >= 1.0 — breaking -> major, additive -> minor, cosmetic -> patch.
pub fn bump_for(current: &Version, worst: Class) -> Bump {
    match (current.major, worst) {
        (0, Class::Breaking) => Bump::Minor,
        (0, _) => Bump::Patch,
        (_, Class::Breaking) => Bump::Major,
        (_, Class::Additive) => Bump::Minor,
        (_, Class::Cosmetic) => Bump::Patch,
    }
}

/// `current` bumped; pre-release and build metadata are dropped.
pub fn apply(current: &Version, bump: Bump) -> Version {
    match bump {
        Bump::Major => Version::new(current.major + 1, 0, 0),
        Bump::Minor => Version::new(current.major, current.minor + 1, 0),
        Bump::Patch => Version::new(current.major, current.minor, current.patch + 1),
    }
}

/// Byte range of the version string's contents (inside the quotes) of the
/// `[package]` table's `version = "..."` line.
fn package_version_span(manifest: &str) -> Result<(usize, usize), String> {
    let mut offset = 0;
    let mut in_package = false;
    for line in manifest.split_inclusive('\n') {
        let t = line.trim();
        if t.starts_with('[') {
            let header = t.split('#').next().unwrap_or("").trim();
            in_package = header == "[package]";
        } else if in_package {
            if let Some(rest) = t.strip_prefix("version") {
                let rest = rest.trim_start();
                if rest.starts_with('.') {
                    return Err(
                        "the root package's version is inherited from the workspace (`version.workspace`); bump it there by hand"
                            .into(),
                    );
                }
                if let Some(value) = rest.strip_prefix('=') {
                    let value = value.trim_start();
                    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'');
                    let Some(q) = quote else {
                        return Err("`[package] version` is not a string".into());
                    };
                    let start_in_line = line.find(value).unwrap_or(0) + 1;
                    let len = value[1..]
                        .find(q)
                        .ok_or("unterminated `[package] version` string")?;
                    let start = offset + start_in_line;
                    return Ok((start, start + len));
                }
            }
        }
        offset += line.len();
    }
    Err("no `version` in the `[package]` table of Cargo.toml".into())
}

/// The root package's version.
pub fn read_package_version(manifest: &str) -> Result<Version, String> {
    let (a, b) = package_version_span(manifest)?;
    Version::parse(&manifest[a..b]).map_err(|e| format!("bad `[package] version`: {e}"))
}

/// The `[package]` table's `name`.
pub fn read_package_name(manifest: &str) -> Option<String> {
    let mut in_package = false;
    for line in manifest.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            in_package = t.split('#').next().unwrap_or("").trim() == "[package]";
        } else if in_package {
            if let Some(rest) = t.strip_prefix("name") {
                let v = rest.trim_start().strip_prefix('=')?.trim();
                return Some(v.trim_matches(|c| c == '"' || c == '\'').to_string());
            }
        }
    }
    None
}

/// The manifest with the `[package]` version replaced; every other byte kept.
pub fn set_package_version(manifest: &str, new: &Version) -> Result<String, String> {
    let (a, b) = package_version_span(manifest)?;
    Ok(format!("{}{new}{}", &manifest[..a], &manifest[b..]))
}

/// The lock file with `package`'s version replaced, or `None` when the lock
/// file has no entry for it.
pub fn set_lock_version(lock: &str, package: &str, new: &Version) -> Option<String> {
    let name_line = format!("name = \"{package}\"");
    let mut out = String::with_capacity(lock.len());
    let mut lines = lock.split_inclusive('\n').peekable();
    let mut found = false;
    while let Some(line) = lines.next() {
        out.push_str(line);
        if !found && line.trim_end() == name_line {
            if let Some(next) = lines.peek() {
                if next.trim_start().starts_with("version = \"") {
                    let eol = if next.ends_with("\r\n") {
                        "\r\n"
                    } else if next.ends_with('\n') {
                        "\n"
                    } else {
                        ""
                    };
                    out.push_str(&format!("version = \"{new}\"{eol}"));
                    lines.next();
                    found = true;
                }
            }
        }
    }
    found.then_some(out)
}

/// A workspace member's manifest with its requirement on `package`
/// (`package = { path = "…", version = "X", … }`) set to `new`, or `None`
/// when it has no such requirement with a version. Every other byte is kept.
pub fn set_dependency_requirement(manifest: &str, package: &str, new: &Version) -> Option<String> {
    let prefix = format!("{package} = {{");
    let mut changed = false;
    let out: String = manifest
        .split_inclusive('\n')
        .map(|line| {
            if !line.trim_start().starts_with(&prefix) {
                return line.to_owned();
            }
            let Some(at) = line.find("version = \"") else {
                return line.to_owned();
            };
            let start = at + "version = \"".len();
            let Some(len) = line[start..].find('"') else {
                return line.to_owned();
            };
            changed = true;
            format!("{}{new}{}", &line[..start], &line[start + len..])
        })
        .collect();
    changed.then_some(out)
}

/// The requirement a doc's usage names for `version`: `major.minor`
/// (`"0.3"` for 0.3.0, `"1.2"` for 1.2.5), the range of versions with this
/// one's API.
pub fn doc_requirement(version: &Version) -> String {
    format!("{}.{}", version.major, version.minor)
}

/// Byte range of the requirement (inside the quotes) that `line` names for
/// `package`: `package = "X"` or `package = { version = "X", … }`, as a TOML
/// line or in a doc comment (`//! package = "X"`).
fn requirement_span(line: &str, package: &str) -> Option<(usize, usize)> {
    let mut rest = line.trim_start();
    for prefix in ["//!", "///"] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r.trim_start();
            break;
        }
    }
    let rest = rest.strip_prefix(package)?.trim_start().strip_prefix('=')?;
    let rest = rest.trim_start();
    let value = match rest.strip_prefix('"') {
        Some(value) => value,
        None => rest
            .strip_prefix('{')?
            .trim_start()
            .strip_prefix("version")?
            .trim_start()
            .strip_prefix('=')?
            .trim_start()
            .strip_prefix('"')?,
    };
    let start = line.len() - value.len();
    let len = value.find('"')?;
    Some((start, start + len))
}

/// The requirements a text names for `package`, as (line number from 1,
/// requirement) pairs.
pub fn doc_requirements(text: &str, package: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let (a, b) = requirement_span(line, package)?;
            Some((i + 1, line[a..b].to_owned()))
        })
        .collect()
}

/// The text with every requirement it names for `package` set to
/// [`doc_requirement`]`(new)`, or `None` when it names none. Every other
/// byte is kept.
pub fn set_doc_requirements(text: &str, package: &str, new: &Version) -> Option<String> {
    let requirement = doc_requirement(new);
    let mut found = false;
    let out: String = text
        .split_inclusive('\n')
        .map(|line| match requirement_span(line, package) {
            Some((a, b)) => {
                found = true;
                format!("{}{requirement}{}", &line[..a], &line[b..])
            }
            None => line.to_owned(),
        })
        .collect();
    found.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_members_path_requirement_follows_the_new_version() {
        let m = "[dependencies]\noz-agent-api = { path = \"..\", version = \"0.1.0\", default-features = false }\noz-agent-api-fake = { path = \"../fake\" }\n";
        let new = Version::parse("0.2.0").unwrap();
        assert_eq!(
            set_dependency_requirement(m, "oz-agent-api", &new).unwrap(),
            m.replace("\"0.1.0\"", "\"0.2.0\"")
        );
        assert_eq!(
            set_dependency_requirement(
                "[dependencies]\noz-agent-api = { path = \"..\" }\n",
                "oz-agent-api",
                &new
            ),
            None
        );
    }

    #[test]
    fn a_docs_requirement_is_found_and_set_in_toml_and_in_doc_comments() {
        let text = "```toml\n[dependencies]\noz-agent-api = \"0.1\"\noz-agent-api-fake = \"0.1\"\ntokio = \"1\"\n```\n//! oz-agent-api = { version = \"0.1\", features = [\"httpmock\"] }\nThe oz-agent-api = crate.\n";
        assert_eq!(
            doc_requirements(text, "oz-agent-api"),
            vec![(3, "0.1".to_owned()), (7, "0.1".to_owned())]
        );
        assert_eq!(
            doc_requirements(text, "oz-agent-api-fake"),
            vec![(4, "0.1".to_owned())]
        );
        let out = set_doc_requirements(text, "oz-agent-api", &v("0.3.0")).unwrap();
        assert_eq!(
            out,
            text.replace("oz-agent-api = \"0.1\"", "oz-agent-api = \"0.3\"")
                .replace("{ version = \"0.1\"", "{ version = \"0.3\"")
        );
        assert_eq!(doc_requirement(&v("1.2.5")), "1.2");
        assert_eq!(
            set_doc_requirements("tokio = \"1\"\n", "oz-agent-api", &v("1.0.0")),
            None
        );
    }

    #[test]
    fn package_name_reads_the_package_table() {
        let m = "[workspace]\nname = \"no\"\n[package]\nname = \"oz-agent-api\"\n";
        assert_eq!(read_package_name(m).as_deref(), Some("oz-agent-api"));
    }

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn zero_major_bumps_minor_for_breaking_and_patch_otherwise() {
        assert_eq!(
            apply(&v("0.1.3"), bump_for(&v("0.1.3"), Class::Breaking)),
            v("0.2.0")
        );
        assert_eq!(
            apply(&v("0.1.3"), bump_for(&v("0.1.3"), Class::Additive)),
            v("0.1.4")
        );
        assert_eq!(
            apply(&v("0.1.3"), bump_for(&v("0.1.3"), Class::Cosmetic)),
            v("0.1.4")
        );
    }

    #[test]
    fn stable_versions_follow_semver() {
        assert_eq!(
            apply(&v("1.2.3"), bump_for(&v("1.2.3"), Class::Breaking)),
            v("2.0.0")
        );
        assert_eq!(
            apply(&v("1.2.3"), bump_for(&v("1.2.3"), Class::Additive)),
            v("1.3.0")
        );
        assert_eq!(
            apply(&v("1.2.3"), bump_for(&v("1.2.3"), Class::Cosmetic)),
            v("1.2.4")
        );
    }

    #[test]
    fn manifest_edit_touches_only_the_package_version() {
        let m = "[package]\nname = \"x\"\nversion = \"0.1.0\" # keep\n\n[dependencies]\nfoo = { version = \"1\" }\n[workspace.package]\nversion = \"9.9.9\"\n";
        assert_eq!(read_package_version(m).unwrap(), v("0.1.0"));
        let out = set_package_version(m, &v("0.2.0")).unwrap();
        assert_eq!(out, m.replace("\"0.1.0\" # keep", "\"0.2.0\" # keep"));
    }

    #[test]
    fn workspace_inherited_version_is_an_error() {
        let m = "[package]\nname = \"x\"\nversion.workspace = true\n";
        assert!(read_package_version(m).unwrap_err().contains("workspace"));
    }

    #[test]
    fn lock_edit_touches_only_the_named_package() {
        let l = "[[package]]\nname = \"a\"\nversion = \"0.1.0\"\n\n[[package]]\nname = \"oz-agent-api\"\nversion = \"0.1.0\"\ndependencies = []\n";
        let out = set_lock_version(l, "oz-agent-api", &v("0.2.0")).unwrap();
        assert_eq!(
            out,
            l.replacen(
                "oz-agent-api\"\nversion = \"0.1.0\"",
                "oz-agent-api\"\nversion = \"0.2.0\"",
                1
            )
        );
        assert!(set_lock_version(l, "missing", &v("1.0.0")).is_none());
    }
}
