//! Object-model unit tests: sizes, tags, hashing, dicts, interned names.

use super::*;

#[test]
fn sizes_are_pinned() {
    let w = core::mem::size_of::<usize>();
    assert_eq!(core::mem::size_of::<Obj>(), w);
    assert_eq!(core::mem::size_of::<Exc>(), w);
    assert_eq!(core::mem::size_of::<Result<Obj, Exc>>(), 2 * w);
    assert_eq!(core::mem::size_of::<Option<Obj>>(), 2 * w);
}

#[test]
fn small_ints_round_trip_at_the_edges() {
    for v in [0, 1, -1, repr::SMALL_INT_MAX, repr::SMALL_INT_MIN] {
        let o = Obj::small_int(v);
        assert!(o.is_small_int());
        assert_eq!(o.small_int_value(), v);
    }
    assert!(!Obj::fits_small_int(repr::SMALL_INT_MAX as i64 + 1));
}

#[test]
fn tags_do_not_overlap() {
    let q = Obj::from_qstr(qstr!("sys"));
    assert!(q.is_qstr() && !q.is_small_int() && !q.is_immediate() && !q.is_ptr());
    for o in [Obj::NONE, Obj::TRUE, Obj::FALSE, Obj::ELLIPSIS] {
        assert!(o.is_immediate() && !o.is_qstr() && !o.is_ptr());
    }
    assert!(Obj::from_static(&tuple::EMPTY).is_ptr());
}

#[test]
fn heap_str_and_qstr_hash_alike_and_compare_equal() {
    crate::testing::with_runtime(|| {
        let heap = str::from_gcvec(crate::gc::GcVec::from_slice(b"sys").unwrap()).unwrap();
        let q = Obj::from_qstr(qstr!("sys"));
        assert!(!heap.is_qstr());
        assert_eq!(hash(heap).unwrap(), hash(q).unwrap());
        assert!(equal(heap, q).unwrap());
    });
}

#[test]
fn dict_set_get_remove_and_growth() {
    crate::testing::with_runtime(|| {
        let d = dict::new().unwrap();
        let dd = d.downcast::<dict::DictObj>().unwrap();
        for i in 0..100 {
            dd.set(Obj::small_int(i), Obj::small_int(i * 2)).unwrap();
        }
        crate::gc::collect();
        for i in 0..100 {
            assert_eq!(dd.get(Obj::small_int(i)).unwrap(), Some(Obj::small_int(i * 2)));
        }
        assert_eq!(dd.remove(Obj::small_int(5)).unwrap(), Some(Obj::small_int(10)));
        assert_eq!(dd.get(Obj::small_int(5)).unwrap(), None);
        assert_eq!(len(d).unwrap(), 99);
    });
}

#[test]
fn runtime_interned_names_are_found_again() {
    crate::testing::with_runtime(|| {
        let a = crate::qstr::intern("not_a_static_name_xyz").unwrap();
        let b = crate::qstr::intern("not_a_static_name_xyz").unwrap();
        assert_eq!(a, b);
        assert!(a.id() as usize >= crate::qstr::STATIC_COUNT);
        assert_eq!(a.as_str(), "not_a_static_name_xyz");
        for i in 0..200 {
            let mut s = *b"name_000";
            s[5] = b'0' + (i / 100) as u8;
            s[6] = b'0' + (i / 10 % 10) as u8;
            s[7] = b'0' + (i % 10) as u8;
            crate::qstr::intern(core::str::from_utf8(&s).unwrap()).unwrap();
        }
        crate::gc::collect();
        assert_eq!(crate::qstr::lookup("not_a_static_name_xyz"), Some(a));
        assert_eq!(crate::qstr::lookup("name_123").unwrap().as_str(), "name_123");
    });
}

#[test]
#[cfg(all(mp_longint = "mpz", not(mp_float = "none")))]
fn int_float_comparison_under_memory_failure_raises_not_lies() {
    // Found by tests/tools/fault_sweep.py: `2**80 + 1 > 2.0**80` answered False when making
    // the float's integer part a long int failed.
    use crate::bytecode::BinOp;
    for n in 1..40 {
        crate::testing::with_runtime(|| {
            let big = crate::obj::int::parse("1208925819614629174706177", 10).unwrap();
            let f = crate::obj::float::new(2f64.powi(80) as crate::obj::float::Float).unwrap();
            crate::gc::root::heap().fail_countdown.set(n);
            let r = crate::obj::binary_op(BinOp::Gt, big, f);
            crate::gc::root::heap().fail_countdown.set(0);
            match r {
                Ok(v) => assert_eq!(v, Obj::TRUE, "allocation {n}"),
                Err(e) => assert_eq!(e.ty().name(), "MemoryError", "allocation {n}"),
            }
        });
    }
}

#[test]
fn line_tables_round_trip_compactly() {
    use crate::obj::code::{push_line_entry, LineEntry};
    crate::testing::with_runtime(|| {
        let entries = [
            LineEntry { offset: 0, line: 1 },
            LineEntry { offset: 4, line: 2 },
            LineEntry { offset: 35, line: 8 },
            LineEntry { offset: 40, line: 3 },
            LineEntry { offset: 60_000, line: 65_000 },
            LineEntry { offset: 60_031, line: 65_006 },
        ];
        let mut bytes = crate::gc::GcVec::new();
        let mut prev = LineEntry { offset: 0, line: 0 };
        for e in entries {
            push_line_entry(&mut bytes, prev, e).unwrap();
            prev = e;
        }
        // Short, short, long (offset step 31 but line step 6: short), long (line back),
        // long, short.
        assert_eq!(bytes.len(), 1 + 1 + 1 + 5 + 5 + 1, "{:?}", bytes.as_slice());
        let code = code_with_lines(bytes.leak());
        assert_eq!(code.line_entries().collect::<std::vec::Vec<_>>(), entries);
        assert_eq!((code.line_at(0), code.line_at(34), code.line_at(35), code.line_at(59_999)), (1, 2, 8, 3));
        // A damaged table (a long entry cut short) ends where the damage starts.
        let cut = code_with_lines(&[0x21, 0xe0, 1, 0]);
        assert_eq!(cut.line_entries().count(), 1);
    });
}

fn code_with_lines(lines: &'static [u8]) -> &'static crate::obj::code::Code {
    use crate::obj::code::{Code, Parts};
    let header = Code::header(qstr!("f"), qstr!("<stdin>"), 0, 0, 0, 0, 0, 0, 0, 0);
    let parts = Parts { consts: &[], local_names: &[], cells: &[], bytecode: &[], lines };
    Code::alloc(header, &parts).unwrap()
}
