use runtime::{mp_function, mp_module, Obj};

#[mp_module]
pub mod m {
    use super::*;

    // `*args` (or a bare `*`) at most once.
    #[mp_function(signature = (a, *args, *more))]
    fn two_stars(a: i32, args: Obj, more: Obj) {
        let _ = (a, args, more);
    }

    // `**kwargs` comes last.
    #[mp_function(signature = (**kwargs, a))]
    fn kwargs_first(kwargs: Obj, a: i32) {
        let _ = (kwargs, a);
    }

    // `*args` gets a tuple and `**kwargs` a dict: `Obj` parameters.
    #[mp_function(signature = (*args, **kwargs))]
    fn typed(args: &[i32], kwargs: Option<Obj>) -> usize {
        args.len() + usize::from(kwargs.is_some())
    }
}

fn main() {}
