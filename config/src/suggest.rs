//! "Did you mean ...?": the nearest valid name to a misspelt one, by edit distance.

/// The optimal-string-alignment (restricted Damerau–Levenshtein) distance between `a` and
/// `b`, in characters: insertions, deletions, substitutions and swaps of adjacent
/// characters each cost 1.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // d[i][j] = distance between a[..i] and b[..j], kept as three rolling rows.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The candidate nearest to `name`, if it is close enough to be a likely misspelling: at
/// most 3 edits, and at most a third of the candidate's length (at least 1), so that a
/// short unrelated word such as `foo` does not "mean" `mcu`. Ties go to the first candidate.
pub fn nearest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (distance(name, c), *c))
        .filter(|(d, c)| *d <= 3 && *d <= (c.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The tail of an error message about an unknown `name`: `; did you mean `x`?` when one
/// candidate is near, otherwise the list of every valid name.
pub fn hint(name: &str, candidates: &[&str], what: &str) -> String {
    match nearest(name, candidates) {
        Some(c) => format!("; did you mean `{c}`?"),
        None => format!("; {what}: {}", candidates.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("attrtuple", "attrtuple"), 0);
        assert_eq!(distance("attrtupel", "attrtuple"), 1); // swap
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("medium", "minimum"), 3); // near, but not within a third of 7
        assert_eq!(distance("platfrom", "platform"), 1);
    }

    #[test]
    fn nearest_picks_close_names_only() {
        let keys = ["name", "mcu", "platform"];
        assert_eq!(nearest("nmae", &keys), Some("name"));
        assert_eq!(nearest("mcuu", &keys), Some("mcu"));
        assert_eq!(nearest("foo", &keys), None);
        assert_eq!(nearest("plat", &keys), None);
        assert_eq!(nearest("platfor", &keys), Some("platform"));
        let levels = ["minimum", "core", "basic", "extra", "full", "everything"];
        assert_eq!(nearest("medium", &levels), None);
        assert_eq!(nearest("minimun", &levels), Some("minimum"));
    }

    #[test]
    fn hint_lists_when_nothing_is_near() {
        let keys = ["sys", "gc"];
        assert_eq!(hint("sis", &keys, "known modules"), "; did you mean `sys`?");
        assert_eq!(hint("network", &keys, "known modules"), "; known modules: sys, gc");
    }
}
