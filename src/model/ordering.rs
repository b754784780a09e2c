//! Sorting the short lists the model ranks: at most a few dozen items (16 competencies, 9
//! topics, a page's objects in the PDF).
//!
//! Why not `sort_by`: the standard library's stable sort is built for large inputs, and each
//! call site gets its own copy of its quicksort and driftsort, a large share of the wasm for five
//! call sites (docs/performance.md, the price list). An insertion sort is a few dozen bytes per call site, and
//! for lists this short it is as fast.

use std::cmp::Ordering;

/// Sorts `items` by `order`, keeping equal items in their original order, as `sort_by` does.
pub fn sort_small<T>(items: &mut [T], mut order: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && order(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_small;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // A small linear congruential generator: many lists, with ties, reproducibly.
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as u32
        };
        for length in 0..60 {
            for _ in 0..20 {
                let list: Vec<(u32, usize)> = (0..length).map(|i| (next() % 7, i)).collect();
                let mut ours = list.clone();
                let mut standard = list;
                sort_small(&mut ours, |a, b| a.0.cmp(&b.0));
                standard.sort_by_key(|a| a.0);
                assert_eq!(ours, standard, "ties keep their order too");
            }
        }
    }
}
