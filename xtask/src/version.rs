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
