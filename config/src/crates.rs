//! The two halves of adding a module crate agree: `[modules] user` in board.toml (which
//! makes it importable: its names are interned and it enters the module table) and the
//! dependency in the board's Cargo.toml (which builds and links it). MicroPython's most
//! common porting complaint is a module compiled but not enabled, or enabled but not
//! compiled; here either half missing is a build error that says exactly what to add.
//!
//! Only `Cargo.toml` files are read (with `toml`), never `cargo metadata`: a build script
//! must not run cargo. A dependency is found by its path (`path = "..."`, or
//! `workspace = true` resolved in the enclosing workspace's `[workspace.dependencies]`),
//! in `[dependencies]` and `[target.'cfg(...)'.dependencies]`; optional ones count (a board
//! gates the whole Python build behind one feature, as netduinoplus2 does).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::{Board, Error, ErrorKind, UserModule};

/// A dependency of the board package that lives at a path.
#[derive(Debug)]
struct PathDep {
    /// The name the board uses for it (the key in `[dependencies]`).
    name: String,
    /// `package = "..."` when renamed.
    package: Option<String>,
    /// Absolute, canonical when it exists.
    dir: PathBuf,
}

impl Board {
    /// Checks that every `[modules] user` crate is a dependency of the board package whose
    /// `Cargo.toml` is in `manifest_dir`, under its own name, and that every dependency of
    /// it that is a Python module crate (it depends on `runtime` and uses `#[mp_module]`)
    /// is listed. `cargo::rerun-if-changed` lines for the files read are the caller's
    /// (see [`Board::module_crate_files`]).
    pub fn check_module_crates(&self, manifest_dir: &Path) -> Result<(), Error> {
        let manifest = manifest_dir.join("Cargo.toml");
        let deps = path_dependencies(&manifest)?;
        for module in &self.user_modules {
            check_listed_is_dependency(module, &deps, &manifest, manifest_dir)?;
        }
        for dep in &deps {
            if self.user_modules.iter().any(|m| m.dir == dep.dir) || !is_module_crate(&dep.dir) {
                continue;
            }
            let listed_in = self.files.last().unwrap_or(&self.path);
            let rel = relative(&dep.dir, listed_in.parent().unwrap_or(Path::new(".")));
            let crate_name = dep.package.as_deref().unwrap_or(&dep.name).replace('-', "_");
            return Err(Error::new(
                ErrorKind::UserModuleDir,
                &manifest,
                None,
                format!(
                    "dependency `{}` ({}) is a Python module crate (it uses #[mp_module]), but the \
                     board's configuration {} does not list it, so it would be compiled but not \
                     importable: add `{crate_name} = {rel:?}` to `user` under [modules] in {}",
                    dep.name,
                    dep.dir.display(),
                    self.path.display(),
                    listed_in.display(),
                ),
            ));
        }
        Ok(())
    }
}

fn check_listed_is_dependency(
    module: &UserModule,
    deps: &[PathDep],
    manifest: &Path,
    manifest_dir: &Path,
) -> Result<(), Error> {
    let fail =
        |message: String| Error::new(ErrorKind::UserModuleDir, &module.listed_in, Some(module.listed_at), message);
    let Some(dep) = deps.iter().find(|d| d.dir == module.dir) else {
        let rel = relative(&module.dir, manifest_dir);
        return Err(fail(format!(
            "user module `{0}` is listed here but is not a dependency of {1}, so it would not be \
             built: add `{0} = {{ path = {rel:?} }}` under [dependencies] in {1}",
            module.crate_name,
            manifest.display(),
        )));
    };
    // The module table names the crate as `::<crate_name>::...`: the board must use it by
    // that name.
    if dep.name.replace('-', "_") != module.crate_name {
        return Err(fail(format!(
            "user module `{}` is the dependency `{}` of {}: list it under that name, or rename \
             the dependency to `{}`",
            module.crate_name,
            dep.name,
            manifest.display(),
            module.crate_name,
        )));
    }
    Ok(())
}

/// Whether the crate in `dir` is a Python module crate: it depends on `runtime` and some
/// file under its `src/` uses `#[mp_module`.
fn is_module_crate(dir: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(dir.join("Cargo.toml")) else { return false };
    let Ok(doc) = text.parse::<toml::Table>() else { return false };
    let depends_on_runtime = dependency_tables(&doc).any(|t| {
        t.iter()
            .any(|(name, spec)| name == "runtime" || spec.get("package").and_then(|p| p.as_str()) == Some("runtime"))
    });
    depends_on_runtime && uses_mp_module(&dir.join("src"))
}

fn uses_mp_module(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    entries.flatten().any(|e| {
        let path = e.path();
        if path.is_dir() {
            uses_mp_module(&path)
        } else {
            path.extension().is_some_and(|x| x == "rs")
                && std::fs::read_to_string(&path).is_ok_and(|t| t.contains("#[mp_module"))
        }
    })
}

/// `[dependencies]` and every `[target.*.dependencies]` of a parsed manifest.
fn dependency_tables(doc: &toml::Table) -> impl Iterator<Item = &toml::Table> {
    let top = doc.get("dependencies").and_then(|d| d.as_table());
    let targets = doc.get("target").and_then(|t| t.as_table()).into_iter().flat_map(|t| t.values());
    let per_target = targets.filter_map(|t| t.get("dependencies").and_then(|d| d.as_table()));
    top.into_iter().chain(per_target)
}

/// The path dependencies of the package whose manifest is `manifest`.
fn path_dependencies(manifest: &Path) -> Result<Vec<PathDep>, Error> {
    let doc = read_manifest(manifest)?;
    let dir = manifest.parent().unwrap_or(Path::new("."));
    let mut workspace: Option<(PathBuf, BTreeMap<String, toml::Value>)> = None;
    let mut deps = Vec::new();
    for table in dependency_tables(&doc) {
        for (name, spec) in table {
            let (base, spec) = if spec.get("workspace").and_then(|w| w.as_bool()) == Some(true) {
                if workspace.is_none() {
                    workspace = Some(workspace_dependencies(dir)?);
                }
                let (root, table) = workspace.as_ref().expect("just set");
                match table.get(name) {
                    Some(s) => (root.clone(), s.clone()),
                    None => continue,
                }
            } else {
                (dir.to_path_buf(), spec.clone())
            };
            let Some(path) = spec.get("path").and_then(|p| p.as_str()) else { continue };
            let joined = base.join(path);
            let dir = joined.canonicalize().unwrap_or(joined);
            let package = spec.get("package").and_then(|p| p.as_str()).map(String::from);
            deps.push(PathDep { name: name.clone(), package, dir });
        }
    }
    Ok(deps)
}

/// The `[workspace.dependencies]` of the nearest enclosing workspace root above `dir`,
/// with that root's directory (paths in it are relative to it).
fn workspace_dependencies(dir: &Path) -> Result<(PathBuf, BTreeMap<String, toml::Value>), Error> {
    for ancestor in dir.ancestors() {
        let manifest = ancestor.join("Cargo.toml");
        if !manifest.is_file() {
            continue;
        }
        let doc = read_manifest(&manifest)?;
        if let Some(ws) = doc.get("workspace").and_then(|w| w.as_table()) {
            let deps = ws.get("dependencies").and_then(|d| d.as_table()).cloned().unwrap_or_default();
            return Ok((ancestor.to_path_buf(), deps.into_iter().collect()));
        }
    }
    Ok((dir.to_path_buf(), BTreeMap::new()))
}

fn read_manifest(manifest: &Path) -> Result<toml::Table, Error> {
    let text = std::fs::read_to_string(manifest).map_err(|e| {
        Error::new(ErrorKind::Unreadable, manifest, None, format!("cannot read the board's manifest: {e}"))
    })?;
    text.parse::<toml::Table>()
        .map_err(|e| Error::new(ErrorKind::Syntax, manifest, None, format!("not valid TOML: {}", e.message())))
}

/// `target` relative to `base` when they share more than the root (with `..` as needed),
/// else absolute. Both are absolute.
fn relative(target: &Path, base: &Path) -> String {
    let base = base.canonicalize().unwrap_or_else(|_| base.to_path_buf());
    let (t, b): (Vec<_>, Vec<_>) = (target.components().collect(), base.components().collect());
    let common = t.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if common <= 1 {
        return target.display().to_string();
    }
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c);
    }
    out.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::relative;
    use std::path::Path;

    #[test]
    fn relative_paths() {
        assert_eq!(relative(Path::new("/a/b/modules/x"), Path::new("/a/b/host")), "../modules/x");
        assert_eq!(relative(Path::new("/a/b/x"), Path::new("/a/b")), "x");
    }
}
