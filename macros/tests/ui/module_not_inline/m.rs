// The out-of-line module of module_not_inline.rs.
