//! Scanning: `qstr!` literals anywhere, `#[mp_module]` items, module paths, errors.

use std::path::{Path, PathBuf};

use qstrgen::{scan_dir, scan_source, Found, ModuleDef};

fn scan(file: &str, text: &str) -> Found {
    scan_source(text, Path::new(file), Path::new("src")).unwrap()
}

fn names(found: &Found) -> Vec<&str> {
    found.names.iter().map(String::as_str).collect()
}

#[test]
fn qstr_literals_anywhere() {
    let text = r#"
        //! qstr!("inner_doc") is a comment
        // qstr!("comment")
        /// qstr!("doc")
        fn f() {
            let v = vec![qstr!("inside")];
            let w = format!("{}", runtime::qstr!{"braced"});
            let s = "qstr!(\"in_string\")";
            let t = [qstr!["bracketed"], qstr ! ("spaced"), qstr!(r"raw")];
            println!("{:?}", other!(deeper!(qstr!("nested"))));
        }
        macro_rules! m {
            ($x:literal) => { $crate::qstr!("dollar_crate") };
            ($x:ident) => { qstr!($x) };
        }
        #[attr(qstr!("in_attr"))]
        const C: Qstr = qstr!("a\"b");
        static S: [Qstr; 3] = [qstr!("utf-8"), qstr!("\n"), qstr!("é")];
        fn not_these() { qstr!("a", "b"); qstr!(b"bytes"); qstr!(1); qstr!(); qstrx!("x"); }
    "#;
    let found = scan("src/lib.rs", text);
    assert_eq!(
        names(&found),
        [
            "\n",
            "a\"b",
            "braced",
            "bracketed",
            "dollar_crate",
            "in_attr",
            "inside",
            "nested",
            "raw",
            "spaced",
            "utf-8",
            "é",
        ]
    );
    assert!(found.modules.is_empty());
}

#[test]
fn nested_modules_paths_and_names() {
    let text = r#"
        mod a {
            #[mp_module]
            mod b {
                #[mp_function]
                fn f(x: i32) {}
            }
        }
    "#;
    let found = scan("src/lib.rs", text);
    assert_eq!(
        found.modules,
        [ModuleDef {
            py_name: "b".into(),
            rust_path: vec!["a".into(), "b".into()],
            file: PathBuf::from("src/lib.rs"),
            line: 4,
        }]
    );
    assert_eq!(names(&found), ["__doc__", "__name__", "b", "f", "x"]);
}

#[test]
fn module_items_and_overrides() {
    let text = r#"
        /// The port.
        #[macros::mp_module(name = "port")]
        pub mod r#impl {
            #[mp_function(name = "py_info", signature = (a, b = 1))]
            pub fn info(a: i32, r#type: i32, (c, d): (i32, i32)) {}
            #[mp_function]
            fn r#match(&self) {}
            #[mp_const]
            const ANSWER: i32 = 42;
            #[mp_const(name = "pi")]
            pub const PI: f32 = 3.14;
            #[mp_const]
            static TABLE: [u8; 0] = [];
            fn plain(not_interned: i32) {}
            const NOT_INTERNED: i32 = 0;
            #[mp_module(name = "sub")]
            mod child {}
            impl Thing {
                #[mp_function]
                fn method(&self, arg: i32) {}
                #[mp_const]
                const K: i32 = 0;
            }
        }
    "#;
    let found = scan("src/ports/mod.rs", text);
    let py: Vec<(&str, String)> = found.modules.iter().map(|m| (m.py_name.as_str(), m.rust_path.join("::"))).collect();
    // The nested `#[mp_module]` is the submodule `port.sub`, not an entry of the table.
    assert_eq!(py, [("port", "ports::r#impl".to_string())]);
    assert_eq!(
        names(&found),
        [
            "ANSWER", "K", "TABLE", "__doc__", "__name__", "a", "arg", "b", "match", "method", "pi", "port",
            "port.sub", "py_info", "sub", "type",
        ]
    );
}

#[test]
fn signature_names_and_string_defaults() {
    let text = r#"
        #[mp_module]
        mod m {
            #[mp_function(signature = (pin, /, value=None, *args, pull="up", r#type=-1, mode = "a\"b", **opts,))]
            fn f() {}
            #[runtime::mp_function(name = "g", signature = (*, key, reverse=False, default=b"bytes", n=1))]
            fn g_impl() {}
            #[mp_function(signature = ())]
            fn h() {}
            // Malformed signatures are the macro's to report: what is readable is interned.
            #[mp_function(signature = (ok, &bad, *, =x, "lit", also_ok=other()))]
            fn i() {}
            #[mp_function(signature = "not a group")]
            fn j() {}
            // Not a function: no signature is read.
            #[mp_const(signature = (never))]
            const K: i32 = 0;
        }
    "#;
    let found = scan("src/lib.rs", text);
    assert_eq!(
        names(&found),
        [
            "K", "__doc__", "__name__", "a\"b", "also_ok", "args", "default", "f", "g", "h", "i", "j", "key", "m",
            "mode", "n", "ok", "opts", "pin", "pull", "reverse", "type", "up", "value",
        ]
    );
}

#[test]
fn module_path_from_file_path() {
    let text = "#[mp_module] mod m {}";
    let cases: &[(&str, &[&str])] = &[
        ("src/lib.rs", &["m"]),
        ("src/main.rs", &["m"]),
        ("src/a.rs", &["a", "m"]),
        ("src/a/mod.rs", &["a", "m"]),
        ("src/a/b.rs", &["a", "b", "m"]),
        ("src/a/lib.rs", &["a", "lib", "m"]),
    ];
    for (file, path) in cases {
        let found = scan(file, text);
        assert_eq!(found.modules[0].rust_path, *path, "{file}");
    }
}

#[test]
fn syntax_error_reports_file_line_col() {
    let text = "fn ok() {}\nfn main() {\n    let x = ;\n}\n";
    let err = scan_source(text, Path::new("src/bad.rs"), Path::new("src")).unwrap_err();
    assert_eq!(err.file(), Some(Path::new("src/bad.rs")));
    assert_eq!(err.line_col(), Some((3, 13)));
    assert!(err.to_string().starts_with("src/bad.rs:3:13: "), "{err}");

    let text = "fn ok() {}\n\n  fn s() { \"unterminated }\n";
    let err = scan_source(text, Path::new("src/lex.rs"), Path::new("src")).unwrap_err();
    let shown = err.to_string();
    assert!(shown.starts_with("src/lex.rs:3:"), "{shown}");
    assert!(shown.contains("unterminated literal"), "{shown}");

    // syn has no position for the end of input: the end of the file is reported.
    let err = scan_source("fn main() {}\nstruct", Path::new("src/eof.rs"), Path::new("src")).unwrap_err();
    assert_eq!(err.line_col(), Some((2, 7)), "{err}");
}

#[test]
fn mp_module_misuse_is_an_error() {
    let err = scan_source("\n#[mp_module]\nmod outline;", Path::new("src/lib.rs"), Path::new("src")).unwrap_err();
    assert_eq!(err.line_col(), Some((3, 5)));
    assert!(err.message().contains("inline"), "{err}");

    let err = scan_source("fn f() {\n    #[mp_module] mod hidden {}\n}", Path::new("src/lib.rs"), Path::new("src"))
        .unwrap_err();
    assert_eq!(err.line_col(), Some((2, 22)));

    let err = scan_source("#[mp_module] mod m {}", Path::new("elsewhere/x.rs"), Path::new("src")).unwrap_err();
    assert!(err.to_string().starts_with("elsewhere/x.rs:1:18: "), "{err}");
    // Without an #[mp_module], a file outside the root is fine.
    let found = scan_source("fn f() { qstr!(\"x\"); }", Path::new("elsewhere/x.rs"), Path::new("src")).unwrap();
    assert_eq!(names(&found), ["x"]);
}

/// A fresh directory under the test target's temporary directory.
fn temp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("scan-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn scan_dir_is_recursive_sorted_and_computes_paths() {
    let root = temp_dir("dir");
    let src = root.join("src");
    write(&src.join("lib.rs"), "#[mp_module] mod top {}");
    write(&src.join("z/mod.rs"), "#[mp_module] mod zed {} fn f() { qstr!(\"zz\"); }");
    write(&src.join("b/c.rs"), "#[mp_module(name = \"cee\")] mod c {}");
    write(&src.join("notes.txt"), "qstr!(\"not rust\")");
    write(&src.join(".#lib.rs"), "not rust at all (");
    write(&src.join(".hidden/x.rs"), "not rust at all (");
    let (found, files) = scan_dir(&src).unwrap();
    let rel: Vec<_> = files.iter().map(|f| f.strip_prefix(&src).unwrap()).collect();
    assert_eq!(rel, [Path::new("b/c.rs"), Path::new("lib.rs"), Path::new("z/mod.rs")]);
    let mods: Vec<(&str, String)> =
        found.modules.iter().map(|m| (m.py_name.as_str(), m.rust_path.join("::"))).collect();
    assert_eq!(mods, [("cee", "b::c::c".to_string()), ("top", "top".to_string()), ("zed", "z::zed".to_string())]);
    assert!(found.names.contains("zz"));
    assert!(!found.names.contains("not rust"));

    // A single file: paths relative to its directory.
    let (found, files) = scan_dir(&src.join("lib.rs")).unwrap();
    assert_eq!(files, [src.join("lib.rs")]);
    assert_eq!(found.modules[0].rust_path, ["top"]);

    // A parse error names the file on disk.
    write(&src.join("b/c.rs"), "fn (");
    let err = scan_dir(&src).unwrap_err();
    assert_eq!(err.file(), Some(src.join("b/c.rs").as_path()));
    assert!(err.line_col().is_some());

    let err = scan_dir(&root.join("missing")).unwrap_err();
    assert!(err.to_string().starts_with(&root.join("missing").display().to_string()));
}

#[test]
fn msg_literals_are_messages_not_names() {
    let text = r#"
        // msg!("comment")
        fn f() -> Exc {
            let a = exc::value_error(msg!("bad value"));
            let b = exc::new_msg_fmt(&exc::TYPE_ERROR, runtime::msg!("'{}' object isn't callable"), &[n]);
            let c = if x { msg!("one") } else { crate::msg!("two") };
            let d = msg!(not_a_literal);
            qstr!("a_name")
        }
    "#;
    let found = scan("src/lib.rs", text);
    let messages: Vec<&str> = found.messages.iter().map(String::as_str).collect();
    assert_eq!(messages, ["'{}' object isn't callable", "bad value", "one", "two"]);
    assert_eq!(names(&found), ["a_name"]);
}
