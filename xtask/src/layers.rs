//! The module graph of a crate, read from its source, and the import
//! circles in it: what the layering tests of the workspace check (the
//! client's `src/` in `tests/layering.rs`, the fake's and xtask's own in
//! `xtask/tests/layering.rs`, which include or link this one file).
//!
//! The graph is read from the text: every `use` (followed through the
//! re-exports it names, `crate::Error` to `error`, `super::WaitOptions` to
//! `wait::options`) and every `crate::…`/`super::…` path in the code
//! (comments, strings and `#[cfg(test)] mod tests { … }` blocks left out).
//! Two checks:
//!
//! * between the crate's modules (a directory module such as `wait/` is one
//!   module: its files are one module's parts, and a type may refer to
//!   another of its own module), no circle
//!   ([`Crate::circles_between_modules`]);
//! * inside a directory module, between its parts (`fleet::engine`,
//!   `fleet::sweep`, …; the directory's `mod.rs` is the module's face, which
//!   its parts may use), no circle either ([`Crate::circles_inside_modules`]).
//!
//! A module included from outside the crate's directory (`#[path = …]`) is
//! not read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A path of segments (`["crate", "wait", "WaitOptions"]`).
pub type Segments = Vec<String>;

/// One source file, read as a module.
pub struct Module {
    /// `wait::options`; the crate root is the empty path.
    pub path: String,
    /// Submodules declared with `mod name;` (in their own files).
    pub children: BTreeSet<String>,
    /// Names bound by `use` (re-exported or not), to the path they name.
    pub bindings: BTreeMap<String, Segments>,
    /// Every path the code names: the `use` paths and the inline
    /// `crate::…`/`super::…`/`self::…` ones.
    pub references: Vec<Segments>,
}

/// The module tree of a crate, from `(file path under src/, text)` pairs.
pub struct Crate {
    /// Every module, by path.
    pub modules: BTreeMap<String, Module>,
}

impl Crate {
    /// Reads the modules of a crate from its files.
    pub fn read(files: &[(String, String)]) -> Crate {
        let mut modules = BTreeMap::new();
        for (file, text) in files {
            let path = module_path(file);
            let code = without_tests(&strip(text));
            let mut module = Module {
                path: path.clone(),
                children: BTreeSet::new(),
                bindings: BTreeMap::new(),
                references: Vec::new(),
            };
            for statement in statements(&code) {
                let file_module = statement.ends_with(';');
                let statement = statement.trim_end_matches([';', '{']);
                let words: Vec<&str> = statement.split_whitespace().collect();
                let rest = match words.iter().position(|w| *w == "use" || *w == "mod") {
                    Some(i) if is_visibility(&words[..i]) => (words[i], words[i + 1..].join(" ")),
                    _ => continue,
                };
                match rest {
                    // `mod name;`, not an inline `mod name { … }`.
                    ("mod", name) if is_ident(&name) && file_module => {
                        module.children.insert(name);
                    }
                    ("use", tree) => {
                        let tree = tree.replace(" as ", "@as@").replace(' ', "");
                        for (segments, name) in use_tree(&tree) {
                            if let Some(name) = name {
                                module.bindings.insert(name, segments.clone());
                            }
                            module.references.push(segments);
                        }
                    }
                    _ => {}
                }
            }
            module.references.extend(inline_paths(&code));
            modules.insert(path, module);
        }
        Crate { modules }
    }

    fn child(&self, module: &str, name: &str) -> Option<String> {
        let m = self.modules.get(module)?;
        m.children.contains(name).then(|| join(module, name))
    }

    /// The module that defines what `segments` names from inside `module`,
    /// and the item (`None`: the module itself), following `use` bindings;
    /// `None` for a path outside the crate.
    pub fn resolve(
        &self,
        module: &str,
        segments: &[String],
        depth: usize,
    ) -> Option<(String, Option<String>)> {
        if depth > 32 {
            return None;
        }
        let (mut current, mut rest) = match segments.first().map(String::as_str) {
            Some("crate") => (String::new(), &segments[1..]),
            Some("self") => (module.to_owned(), &segments[1..]),
            Some("super") => {
                let mut current = parent(module);
                let mut rest = &segments[1..];
                while rest.first().map(String::as_str) == Some("super") {
                    current = parent(&current);
                    rest = &rest[1..];
                }
                (current, rest)
            }
            Some(first) if self.child(module, first).is_some() => (module.to_owned(), segments),
            Some(first) if self.modules.get(module)?.bindings.contains_key(first) => {
                (module.to_owned(), segments)
            }
            _ => return None,
        };
        while let Some(next) = rest.first().and_then(|s| self.child(&current, s)) {
            current = next;
            rest = &rest[1..];
        }
        let Some(name) = rest.first() else {
            return Some((current, None));
        };
        match self.modules.get(&current)?.bindings.get(name) {
            Some(target) => {
                let mut path = target.clone();
                path.extend(rest[1..].iter().cloned());
                self.resolve(&current, &path, depth + 1)
                    .or(Some((current, Some(name.clone()))))
            }
            None => Some((current, Some(name.clone()))),
        }
    }

    /// Every import: (importing module, imported module, the path written).
    pub fn edges(&self) -> Vec<(String, String, String)> {
        let mut edges = Vec::new();
        for module in self.modules.values() {
            for reference in &module.references {
                if let Some((target, _)) = self.resolve(&module.path, reference, 0) {
                    if target != module.path {
                        edges.push((module.path.clone(), target, reference.join("::")));
                    }
                }
            }
        }
        edges
    }

    /// The circles of the graph whose nodes are `node(module)` (edges whose
    /// ends are `None` or the same node are left out), each as its edges.
    fn circles(&self, node: impl Fn(&str) -> Option<String>) -> Vec<Vec<String>> {
        let mut graph: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for (from, to, via) in self.edges() {
            let (Some(a), Some(b)) = (node(&from), node(&to)) else {
                continue;
            };
            if a != b {
                graph
                    .entry(a)
                    .or_default()
                    .entry(b)
                    .or_insert(format!("{from} uses {via}"));
            }
        }
        let mut circles = Vec::new();
        let mut done = BTreeSet::new();
        for start in graph.keys() {
            let mut stack = vec![start.clone()];
            find_circles(&graph, &mut stack, &mut done, &mut circles);
        }
        circles
    }

    /// Circles between the crate's modules (a directory module is one node).
    pub fn circles_between_modules(&self) -> Vec<Vec<String>> {
        self.circles(|m| Some(m.split("::").next().unwrap_or("").to_owned()))
    }

    /// Circles between the parts of each directory module.
    pub fn circles_inside_modules(&self) -> Vec<Vec<String>> {
        let directories: BTreeSet<String> = self
            .modules
            .values()
            .filter(|m| !m.path.is_empty() && !m.children.is_empty())
            .map(|m| m.path.clone())
            .collect();
        let mut circles = Vec::new();
        for directory in directories {
            let prefix = format!("{directory}::");
            circles.extend(self.circles(|m| {
                let part = m.strip_prefix(&prefix)?.split("::").next()?;
                Some(format!("{prefix}{part}"))
            }));
        }
        circles
    }
}

fn find_circles(
    graph: &BTreeMap<String, BTreeMap<String, String>>,
    stack: &mut Vec<String>,
    done: &mut BTreeSet<String>,
    circles: &mut Vec<Vec<String>>,
) {
    let node = stack.last().unwrap().clone();
    if done.contains(&node) {
        return;
    }
    for (next, via) in graph.get(&node).into_iter().flatten() {
        if let Some(i) = stack.iter().position(|n| n == next) {
            let mut circle: Vec<String> = stack[i..]
                .windows(2)
                .map(|w| {
                    format!(
                        "{} -> {}: {}",
                        show(&w[0]),
                        show(&w[1]),
                        graph[&w[0]][&w[1]]
                    )
                })
                .collect();
            circle.push(format!("{} -> {}: {via}", show(&node), show(next)));
            circles.push(circle);
        } else {
            stack.push(next.clone());
            find_circles(graph, stack, done, circles);
            stack.pop();
        }
    }
    done.insert(node);
}

fn show(module: &str) -> &str {
    if module.is_empty() {
        "crate"
    } else {
        module
    }
}

fn join(module: &str, name: &str) -> String {
    if module.is_empty() {
        name.to_owned()
    } else {
        format!("{module}::{name}")
    }
}

fn parent(module: &str) -> String {
    module
        .rsplit_once("::")
        .map_or(String::new(), |(p, _)| p.to_owned())
}

/// `wait/options.rs` → `wait::options`; `wait/mod.rs` → `wait`; `lib.rs` → ``.
fn module_path(file: &str) -> String {
    let file = file.trim_end_matches(".rs");
    let parts: Vec<&str> = file
        .split('/')
        .filter(|p| *p != "mod" && *p != "lib")
        .collect();
    parts.join("::")
}

fn is_ident(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// `pub`, `pub(crate)`, `pub(super)`, `pub(in …)` or nothing, before `use`/`mod`.
fn is_visibility(words: &[&str]) -> bool {
    words.iter().all(|w| w.starts_with("pub"))
}

/// The text without comments, string and character literals (their
/// contents replaced by nothing), so paths are only looked for in code.
pub fn strip(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                while i < b.len() {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#'))
                && !b[..i]
                    .last()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_') =>
            {
                let hashes = b[i + 1..].iter().take_while(|c| **c == b'#').count();
                if b.get(i + 1 + hashes) != Some(&b'"') {
                    out.push('r');
                    i += 1;
                    continue;
                }
                let close: String = std::iter::once('"')
                    .chain("#".repeat(hashes).chars())
                    .collect();
                let start = i + 2 + hashes;
                let end = text[start..]
                    .find(&close)
                    .map_or(b.len(), |e| start + e + close.len());
                out.push_str("\"\"");
                i = end;
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                out.push_str("\"\"");
                i += 1;
            }
            b'\'' => {
                // A character literal ('x', '\n', '\u{1b}'), not a lifetime.
                let literal = if b.get(i + 1) == Some(&b'\\') {
                    text[i + 2..].find('\'').map(|e| i + 2 + e + 1)
                } else {
                    let c = text[i + 1..].chars().next();
                    c.map(|c| i + 1 + c.len_utf8())
                        .filter(|end| b.get(*end) == Some(&b'\''))
                        .map(|end| end + 1)
                };
                match literal {
                    Some(end) => {
                        out.push_str("' '");
                        i = end;
                    }
                    None => {
                        out.push('\'');
                        i += 1;
                    }
                }
            }
            _ => {
                let c = text[i..].chars().next().unwrap();
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// The code without its `#[cfg(test)] mod tests { … }` blocks.
fn without_tests(code: &str) -> String {
    let mut out = code.to_owned();
    while let Some(at) = out.find("#[cfg(test)]") {
        let after = &out[at + "#[cfg(test)]".len()..];
        let trimmed = after.trim_start();
        let Some(body) = trimmed.strip_prefix("mod ") else {
            // Another test-only item: drop the attribute, keep the item.
            out.replace_range(at..at + "#[cfg(test)]".len(), "");
            continue;
        };
        let Some(open) = body.find(['{', ';']) else {
            break;
        };
        let start = at + "#[cfg(test)]".len() + (after.len() - trimmed.len()) + 4 + open;
        if out.as_bytes()[start] == b';' {
            out.replace_range(at..=start, "");
            continue;
        }
        let mut depth = 0;
        let mut end = start;
        for (i, c) in out[start..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = start + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.replace_range(at..=end, "");
    }
    out
}

/// The `use`/`mod` statements of the code: text from a statement start to
/// its `;` included (or its `{` for an inline module, whose items are read
/// as the file's).
fn statements(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = find_word(rest, &["use", "mod"]) {
        let start = rest[..at]
            .rfind([';', '{', '}', ']', '\n'])
            .map_or(0, |p| p + 1);
        let tail = &rest[at..];
        let end = match tail.find([';', '{']) {
            Some(e) if tail.as_bytes()[e] == b'{' && tail.starts_with("mod") => e,
            _ => tail.find(';').unwrap_or(tail.len()),
        };
        out.push(rest[start..(at + end + 1).min(rest.len())].to_owned());
        rest = &rest[(at + end + 1).min(rest.len())..];
    }
    out
}

/// The position of the first of `words` standing as a word in `text`.
fn find_word(text: &str, words: &[&str]) -> Option<usize> {
    let b = text.as_bytes();
    let boundary = |i: usize| i >= b.len() || !(b[i].is_ascii_alphanumeric() || b[i] == b'_');
    (0..b.len()).find(|&i| {
        (i == 0 || boundary(i - 1))
            && words.iter().any(|w| {
                text[i..].starts_with(w)
                    && boundary(i + w.len())
                    && b.get(i + w.len()) == Some(&b' ')
            })
    })
}

/// A `use` tree (spaces removed, ` as ` written `@as@`) as full paths, each with the name it binds
/// (`None` for a glob).
fn use_tree(tree: &str) -> Vec<(Segments, Option<String>)> {
    fn walk(prefix: &[String], tree: &str, out: &mut Vec<(Segments, Option<String>)>) {
        let tree = tree.trim_start_matches("::");
        if let Some(open) = tree.find('{') {
            let mut base = prefix.to_vec();
            base.extend(
                tree[..open]
                    .split("::")
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            );
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let mut depth = 0;
            let mut from = 0;
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        walk(&base, &inner[from..i], out);
                        from = i + 1;
                    }
                    _ => {}
                }
            }
            walk(&base, &inner[from..], out);
            return;
        }
        if tree.is_empty() {
            return;
        }
        let (path, alias) = match tree.split_once("@as@") {
            Some((path, alias)) => (path, Some(alias.to_owned())),
            None => (tree, None),
        };
        let mut segments = prefix.to_vec();
        segments.extend(
            path.split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
        );
        match segments.last().map(String::as_str) {
            Some("*") => {
                segments.pop();
                out.push((segments, None));
            }
            Some("self") => {
                segments.pop();
                let name = alias.or_else(|| segments.last().cloned());
                out.push((segments, name));
            }
            Some(last) => {
                let name = alias.unwrap_or_else(|| last.to_owned());
                out.push((segments, (name != "_").then_some(name)));
            }
            None => {}
        }
    }
    let mut out = Vec::new();
    walk(&[], tree, &mut out);
    out
}

/// The `crate::…`, `super::…` and `self::…` paths written in the code.
pub fn inline_paths(code: &str) -> Vec<Segments> {
    let code = code.replace(" ::", "::").replace(":: ", "::");
    let mut out = Vec::new();
    for head in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(head).map(|a| from + a) {
            from = at + head.len();
            if code[..at]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
            {
                continue;
            }
            let end = code[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| at + e);
            let segments: Segments = code[at..end]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            // `crate::{…}` and `super::*` are `use` trees, read as such.
            if segments.len() > 1 {
                out.push(segments);
            }
        }
    }
    out
}

/// The `.rs` files under `root`, as (path relative to `root` with `/`,
/// text) pairs, sorted.
pub fn source_files(root: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                files.push((name, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

/// Every import circle of the crate whose files are under `root` (between
/// its modules and inside its directory modules), each as one line per
/// import that closes it.
pub fn circles_in(root: &Path) -> Vec<String> {
    let krate = Crate::read(&source_files(root));
    krate
        .circles_between_modules()
        .into_iter()
        .chain(krate.circles_inside_modules())
        .map(|edges| edges.join("\n    "))
        .collect()
}
