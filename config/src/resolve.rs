//! Loading a board: following `extends` from the leaf file to its ancestors (with cycle
//! detection), merging their layers, and checking the result into a [`Board`]: the level's
//! feature defaults with the files' settings, their requirements met.

use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Position};
use crate::features;
use crate::layer::{self, FrozenEntry, Layer};
use crate::{schema, Board, FrozenModule, UserModule};

/// The files read so far: `canonical` identifies them (cycle detection), `display` is
/// the path as given or joined, for messages.
struct Chain {
    canonical: Vec<PathBuf>,
    display: Vec<PathBuf>,
}

/// `path` made absolute (against the current directory) and, when it exists, canonical.
fn identity(path: &Path) -> PathBuf {
    path.canonicalize().or_else(|_| std::path::absolute(path)).unwrap_or_else(|_| path.to_path_buf())
}

/// Loads the board whose leaf file `path` has the contents `text`.
pub fn board(text: &str, path: &Path) -> Result<Board, Error> {
    let leaf = identity(path);
    let mut chain = Chain { canonical: vec![leaf.clone()], display: vec![path.to_path_buf()] };
    let layer = layers(text, path, &mut chain)?;
    finish(layer, path, leaf, chain.canonical)
}

/// The merged layer of `path` (contents `text`) over everything it extends.
fn layers(text: &str, path: &Path, chain: &mut Chain) -> Result<Layer, Error> {
    let mut raw = schema::parse(text, path)?;
    let extends = raw.extends.take();
    let layer = layer::check(raw, text, path)?;
    let Some(extends) = extends else {
        return Ok(layer);
    };
    let position = Some(Position::of_offset(text, extends.span().start));
    let base_path = path.parent().unwrap_or(Path::new("")).join(extends.get_ref());
    let base_id = identity(&base_path);
    if let Some(i) = chain.canonical.iter().position(|p| *p == base_id) {
        let cycle: Vec<String> =
            chain.display[i..].iter().chain([&base_path]).map(|p| p.display().to_string()).collect();
        return Err(Error::new(
            ErrorKind::ExtendsCycle,
            path,
            position,
            format!("`extends` makes a cycle: {}", cycle.join(" -> ")),
        ));
    }
    let base_text = std::fs::read_to_string(&base_path).map_err(|e| {
        Error::new(
            ErrorKind::Unreadable,
            path,
            position,
            format!("cannot read `{}` named by `extends`: {e}", base_path.display()),
        )
    })?;
    chain.canonical.push(base_id);
    chain.display.push(base_path.clone());
    let base = layers(&base_text, &base_path, chain)?;
    Ok(layer.over(base))
}

/// Checks that the merged `layer` is complete, that its features' requirements are met and
/// that its user module directories exist.
fn finish(layer: Layer, path: &Path, leaf: PathBuf, files: Vec<PathBuf>) -> Result<Board, Error> {
    let (Some(level), Some(heap_size), Some(name), Some(mcu), Some(platform)) =
        (layer.level, layer.heap_size, layer.name.clone(), layer.mcu.clone(), layer.platform.clone())
    else {
        return Err(missing(&layer, path));
    };

    let features = features::resolve(level, &layer.features)?;
    if let Some(names) = &layer.builtin {
        for (name, origin) in names.iter().zip(&layer.builtin_at) {
            module_needs(name, &features, origin)?;
        }
    }
    let machine = layer.machine.clone().unwrap_or_else(|| format!("{name} with {mcu}"));
    let build = layer.build.clone().unwrap_or_else(|| name.clone());

    let mut user_modules = Vec::with_capacity(layer.user.len());
    for (crate_name, entry) in layer.user {
        let fail = |why: String| {
            Error::new(
                ErrorKind::UserModuleDir,
                &entry.origin.path,
                Some(entry.origin.position),
                format!("user module `{crate_name}`: {why}"),
            )
        };
        let dir = entry.dir.canonicalize().map_err(|e| {
            fail(format!("cannot find its crate directory {:?} ({}): {e}", entry.written, entry.dir.display()))
        })?;
        if !dir.join("src").is_dir() {
            return Err(fail(format!("crate directory {:?} ({}) has no src/ directory", entry.written, dir.display())));
        }
        user_modules.push(UserModule {
            crate_name,
            dir,
            listed_in: entry.origin.path,
            listed_at: entry.origin.position,
        });
    }
    // BTreeMap iteration already sorts by crate name.

    let mut frozen = Vec::new();
    for (key, entry) in &layer.frozen {
        frozen_entry(key, entry, &mut frozen)?;
    }
    frozen.sort_by(|a: &FrozenModule, b: &FrozenModule| a.rel.cmp(&b.rel));
    if let Some(first) = frozen.first().filter(|_| !features.is_on("external_import")) {
        let message = format!(
            "[frozen] module `{}` needs feature `external_import` (frozen modules are imported from `.frozen` on sys.path), which is off here; turn it on or remove the [frozen] entries",
            first.name
        );
        return Err(Error::new(ErrorKind::UnmetRequirement, &first.listed_in, Some(first.listed_at), message));
    }
    if let Some(w) = frozen.windows(2).find(|w| w[0].rel == w[1].rel) {
        let message = format!("[frozen] module `{}` is listed twice (by `{}` and `{}`)", w[1].name, w[0].key, w[1].key);
        return Err(Error::new(ErrorKind::FrozenModule, &w[1].listed_in, Some(w[1].listed_at), message));
    }

    Ok(Board {
        path: leaf,
        files,
        name,
        machine,
        build,
        mcu,
        platform,
        level,
        heap_size,
        features,
        builtin_modules: layer.builtin.unwrap_or_default(),
        user_modules,
        frozen,
    })
}

/// A builtin module whose feature is off (`math` without floats, `cmath` without complex)
/// would not compile: say so at the line that lists it.
fn module_needs(name: &str, features: &crate::features::Features, origin: &crate::layer::Origin) -> Result<(), Error> {
    let float = features.choice("float") != "none";
    let missing = match name {
        "math" if !float => "float` other than `\"none\"",
        "cmath" if !float => "float` other than `\"none\"` and `complex",
        "cmath" if !features.is_on("complex") => "complex",
        _ => return Ok(()),
    };
    let message = format!(
        "builtin module `{name}` needs feature `{missing}`, which is off here; turn it on or remove `{name}` from [modules] builtin"
    );
    Err(Error::new(ErrorKind::UnmetRequirement, &origin.path, Some(origin.position), message))
}

/// The modules of one `[frozen]` entry: a `.py` file, or a package directory and every
/// module and subpackage in it.
fn frozen_entry(key: &str, entry: &FrozenEntry, out: &mut Vec<FrozenModule>) -> Result<(), Error> {
    let fail = |why: String| {
        Error::new(
            ErrorKind::FrozenModule,
            &entry.origin.path,
            Some(entry.origin.position),
            format!("[frozen] `{key}`: {why}"),
        )
    };
    let rel_base = key.replace('.', "/");
    let module = |name: String, file: PathBuf, rel: String, package: bool| FrozenModule {
        name,
        file,
        rel,
        package,
        listed_in: entry.origin.path.clone(),
        listed_at: entry.origin.position,
        key: key.to_string(),
    };
    if entry.path.is_file() {
        if entry.path.extension().is_none_or(|e| e != "py") {
            return Err(fail(format!("{:?} is not a .py file", entry.written)));
        }
        let file = entry.path.canonicalize().map_err(|e| fail(format!("cannot read {:?}: {e}", entry.written)))?;
        out.push(module(key.to_string(), file, format!("{rel_base}.py"), false));
        return Ok(());
    }
    if !entry.path.is_dir() {
        return Err(fail(format!("{:?} ({}) does not exist", entry.written, entry.path.display())));
    }
    if !entry.path.join("__init__.py").is_file() {
        return Err(fail(format!("directory {:?} is not a package (it has no __init__.py)", entry.written)));
    }
    package_modules(&entry.path, key, &rel_base, out, &module)
        .map_err(|e| fail(format!("reading {:?}: {e}", entry.written)))
}

/// Every module of the package in `dir` named `name` (at `rel` under `.frozen`).
fn package_modules(
    dir: &Path,
    name: &str,
    rel: &str,
    out: &mut Vec<FrozenModule>,
    module: &dyn Fn(String, PathBuf, String, bool) -> FrozenModule,
) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let Some(file_name) = path.file_name().and_then(|n| n.to_str()).map(str::to_string) else { continue };
        if path.is_dir() {
            if path.join("__init__.py").is_file() && is_identifier(&file_name) {
                package_modules(&path, &format!("{name}.{file_name}"), &format!("{rel}/{file_name}"), out, module)?;
            }
            continue;
        }
        let Some(stem) = file_name.strip_suffix(".py") else { continue };
        let file = path.canonicalize()?;
        if stem == "__init__" {
            out.push(module(name.to_string(), file, format!("{rel}/__init__.py"), true));
        } else if is_identifier(stem) {
            out.push(module(format!("{name}.{stem}"), file, format!("{rel}/{stem}.py"), false));
        }
    }
    Ok(())
}

fn is_identifier(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some_and(|f| f.is_ascii_alphabetic() || f == '_') && c.all(|x| x.is_ascii_alphanumeric() || x == '_')
}

/// The error for a merged layer that lacks required keys, naming all of them.
fn missing(layer: &Layer, path: &Path) -> Error {
    let keys: Vec<&str> = [
        ("`level`", layer.level.is_none()),
        ("`heap_size`", layer.heap_size.is_none()),
        ("`name` in [board]", layer.name.is_none()),
        ("`mcu` in [board]", layer.mcu.is_none()),
        ("`platform` in [board]", layer.platform.is_none()),
    ]
    .into_iter()
    .filter(|(_, absent)| *absent)
    .map(|(key, _)| key)
    .collect();
    let (s, them) = if keys.len() == 1 { ("", "it") } else { ("s", "them") };
    Error::new(
        ErrorKind::MissingKey,
        path,
        None,
        format!("missing required key{s} {}: set {them} in this file or in a file it extends", keys.join(", ")),
    )
}
