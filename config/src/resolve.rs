//! Loading a board: following `extends` from the leaf file to its ancestors (with cycle
//! detection), merging their layers, and checking the result into a [`Board`]: the level's
//! feature defaults with the files' settings, their requirements met.

use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Position};
use crate::features;
use crate::layer::{self, Layer};
use crate::{schema, Board, UserModule};

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
        user_modules.push(UserModule { crate_name, dir });
    }
    // BTreeMap iteration already sorts by crate name.

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
    })
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
