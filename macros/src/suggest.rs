//! "Did you mean ...?" for a misspelt attribute argument: the nearest valid name by edit
//! distance. The same rule as `config`'s board.toml keys (a copy: this proc-macro crate
//! depends on nothing but syn, quote and proc-macro2).

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
/// most 3 edits, and at most a third of the candidate's length (at least 1). Ties go to the
/// first candidate.
pub fn nearest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (distance(name, c), *c))
        .filter(|(d, c)| *d <= 3 && *d <= (c.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_picks_close_names_only() {
        let keys = ["name", "signature"];
        assert_eq!(nearest("nmae", &keys), Some("name"));
        assert_eq!(nearest("signatur", &keys), Some("signature"));
        assert_eq!(nearest("sigature", &keys), Some("signature"));
        assert_eq!(nearest("sig", &keys), None);
        assert_eq!(nearest("doc", &keys), None);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("ab", "ba"), 1);
    }
}
