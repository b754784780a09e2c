//! The wasm's memory allocator: power-of-two size classes, each with a free list, carved
//! from memory grown at the end.
//!
//! Why not Rust's default for wasm (dlmalloc): it is 8.4 KB of code, about 4% of the
//! compressed widget, and the widget's allocations do not need its cleverness. They are small
//! virtual-DOM nodes and strings that come and go in the same few sizes on every render, plus a
//! handful of buffers (the PDF, language packs) that grow by doubling, which is a power-of-two
//! class already. What this trades away: a block may be up to twice the size asked for, and
//! freed blocks are never merged, so memory use can be higher than dlmalloc's (measured:
//! README, Performance). WebAssembly memory never shrinks anyway.
//!
//! The logic is generic over where new memory comes from ([`Grow`]), so the native tests run
//! it over an ordinary buffer; only [`WasmMemory`] and the `#[global_allocator]` line are
//! wasm-only.

use std::alloc::Layout;

/// The smallest block: room for the free list's link, and the alignment every block keeps.
const MIN_BLOCK: usize = 16;
/// One class per power of two up to the whole 32-bit address space.
const CLASSES: usize = usize::BITS as usize;

/// Where fresh memory comes from: at least `bytes` more at the end, returned as the start
/// and the length of what was added (whole pages, in wasm).
pub trait Grow {
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)>;
}

/// Blocks of `2^class` bytes. A freed block holds the address of the next free block of its
/// class in its first word, so the free lists cost no memory of their own.
pub struct SizeClasses<G> {
    free: [usize; CLASSES],
    /// The unused memory between the last block carved and the end of what was grown.
    next: usize,
    end: usize,
    source: G,
}

impl<G: Grow> SizeClasses<G> {
    pub const fn new(source: G) -> SizeClasses<G> {
        SizeClasses { free: [0; CLASSES], next: 0, end: 0, source }
    }

    /// The class of a layout, or `None` for a size no address space could hold.
    fn class(layout: Layout) -> Option<usize> {
        let size = layout.size().max(layout.align()).max(MIN_BLOCK);
        Some(size.checked_next_power_of_two()?.trailing_zeros() as usize)
    }

    /// # Safety
    /// As `GlobalAlloc::alloc`; the memory `source` hands out must be writable and unused.
    pub unsafe fn alloc(&mut self, layout: Layout) -> *mut u8 {
        let Some(class) = Self::class(layout) else { return std::ptr::null_mut() };
        // Every block is MIN_BLOCK-aligned; a stricter request takes the head only if it fits.
        let head = self.free[class];
        if head != 0 && head.is_multiple_of(layout.align()) {
            // SAFETY: `head` is a freed block of this class, whose first word holds the link.
            self.free[class] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        self.carve(1 << class, layout.align().max(MIN_BLOCK)).map_or(std::ptr::null_mut(), |at| at as *mut u8)
    }

    /// A new block of `size` bytes at an `align`ed address, growing memory when needed.
    fn carve(&mut self, size: usize, align: usize) -> Option<usize> {
        let mut start = self.next.checked_next_multiple_of(align)?;
        if start.checked_add(size)? > self.end {
            let (region, added) = self.source.grow(size.checked_add(align)?)?;
            // Memory grown by someone else leaves a gap; the old tail is then abandoned.
            if region != self.end {
                self.next = region;
            }
            self.end = region.checked_add(added)?;
            start = self.next.checked_next_multiple_of(align)?;
        }
        self.next = start + size;
        Some(start)
    }

    /// # Safety
    /// As `GlobalAlloc::dealloc`: `ptr` came from `alloc` with this `layout`.
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, layout: Layout) {
        let Some(class) = Self::class(layout) else { return };
        // SAFETY: the block is at least MIN_BLOCK bytes, aligned, and no longer in use.
        unsafe { *(ptr as *mut usize) = self.free[class] };
        self.free[class] = ptr as usize;
    }

    /// # Safety
    /// As `GlobalAlloc::realloc`.
    pub unsafe fn realloc(&mut self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        // Growing within the block's class (a String pushing a few bytes) needs no copy.
        if Self::class(layout) == Self::class(new_layout) {
            return ptr;
        }
        // SAFETY: as in GlobalAlloc's default realloc: a new block, a copy, the old one freed.
        unsafe {
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            moved
        }
    }
}

/// The wasm module's own memory, grown a 64 KiB page at a time.
#[cfg(target_arch = "wasm32")]
pub struct WasmMemory;

#[cfg(target_arch = "wasm32")]
impl Grow for WasmMemory {
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
        const PAGE: usize = 65536;
        let pages = bytes.div_ceil(PAGE);
        let previous = core::arch::wasm32::memory_grow(0, pages);
        (previous != usize::MAX).then(|| (previous * PAGE, pages * PAGE))
    }
}

/// The global allocator's handle. wasm32-unknown-unknown without the atomics feature runs
/// one thread, so the cell is never touched from two places at once.
#[cfg(target_arch = "wasm32")]
pub struct Global(std::cell::UnsafeCell<SizeClasses<WasmMemory>>);

// SAFETY: single-threaded target (see above).
#[cfg(target_arch = "wasm32")]
unsafe impl Sync for Global {}

#[cfg(target_arch = "wasm32")]
unsafe impl std::alloc::GlobalAlloc for Global {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: one thread, and no allocation re-enters the allocator.
        unsafe { (*self.0.get()).alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { (*self.0.get()).dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        unsafe { (*self.0.get()).realloc(ptr, layout, new_size) }
    }
}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: Global = Global(std::cell::UnsafeCell::new(SizeClasses::new(WasmMemory)));

#[cfg(test)]
mod tests {
    use super::*;

    /// A 16 MiB buffer handed out in pieces, like wasm memory.
    struct Arena {
        memory: Vec<u128>,
        used: usize,
    }

    impl Grow for Arena {
        fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
            let bytes = bytes.checked_next_multiple_of(65536)?;
            let base = self.memory.as_mut_ptr() as usize;
            if self.used.checked_add(bytes)? > self.memory.len() * 16 {
                return None;
            }
            self.used += bytes;
            Some((base + self.used - bytes, bytes))
        }
    }

    fn arena() -> SizeClasses<Arena> {
        SizeClasses::new(Arena { memory: vec![0; 1 << 20], used: 0 })
    }

    /// A small deterministic generator, so a failure replays exactly.
    fn next(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    #[test]
    fn blocks_are_aligned_disjoint_keep_their_bytes_and_are_reused() {
        let mut heap = arena();
        let mut seed = 0x2545_f491_4f6c_dd1d;
        // (address, layout, the byte it was filled with)
        let mut live: Vec<(usize, Layout, u8)> = Vec::new();
        let mut asked = 0;
        for step in 0..20_000_u32 {
            let roll = next(&mut seed);
            if live.is_empty() || roll.is_multiple_of(2) {
                let size = match roll % 10 {
                    0 => 1 + (next(&mut seed) % 70_000) as usize,
                    _ => 1 + (next(&mut seed) % 200) as usize,
                };
                let align = 1 << (next(&mut seed) % 7);
                let layout = Layout::from_size_align(size, align).expect("a layout");
                let at = unsafe { heap.alloc(layout) } as usize;
                assert_ne!(at, 0, "step {step}: out of memory");
                assert_eq!(at % align, 0, "step {step}: misaligned");
                for &(other, other_layout, _) in &live {
                    let disjoint = at + size <= other || other + other_layout.size() <= at;
                    assert!(disjoint, "step {step}: overlaps a live block");
                }
                let tag = (step % 251) as u8;
                unsafe { std::ptr::write_bytes(at as *mut u8, tag, size) };
                live.push((at, layout, tag));
                asked += size;
            } else {
                let (at, layout, tag) = live.swap_remove((roll / 2) as usize % live.len());
                let bytes = unsafe { std::slice::from_raw_parts(at as *const u8, layout.size()) };
                assert!(bytes.iter().all(|&b| b == tag), "step {step}: a block's bytes changed");
                unsafe { heap.dealloc(at as *mut u8, layout) };
            }
        }
        // Freed blocks are reused: far less is grown than was ever asked for.
        let grown = heap.source.used;
        assert!(grown * 4 < asked, "grew {grown} bytes for {asked} asked");
    }

    #[test]
    fn a_freed_block_is_handed_out_again_for_its_class() {
        let mut heap = arena();
        let layout = Layout::from_size_align(40, 8).expect("a layout");
        let first = unsafe { heap.alloc(layout) };
        unsafe { heap.dealloc(first, layout) };
        let again = unsafe { heap.alloc(Layout::from_size_align(64, 4).expect("a layout")) };
        assert_eq!(first, again, "40 and 64 bytes share the 64-byte class");
    }

    #[test]
    fn realloc_keeps_the_block_within_its_class_and_moves_the_bytes_beyond_it() {
        let mut heap = arena();
        let layout = Layout::from_size_align(20, 1).expect("a layout");
        let block = unsafe { heap.alloc(layout) };
        unsafe { std::ptr::copy_nonoverlapping(b"twenty bytes of text".as_ptr(), block, 20) };
        let same = unsafe { heap.realloc(block, layout, 30) };
        assert_eq!(same, block, "20 and 30 bytes are both in the 32-byte class");
        let moved = unsafe { heap.realloc(same, Layout::from_size_align(30, 1).expect("a layout"), 100) };
        assert_ne!(moved, block);
        let bytes = unsafe { std::slice::from_raw_parts(moved, 20) };
        assert_eq!(bytes, b"twenty bytes of text");
    }

    #[test]
    fn an_impossible_size_or_an_exhausted_source_gives_null_not_a_panic() {
        let mut heap = arena();
        let huge = Layout::from_size_align(isize::MAX as usize, 1).expect("a layout");
        assert!(unsafe { heap.alloc(huge) }.is_null());
        let big = Layout::from_size_align(32 << 20, 16).expect("a layout");
        assert!(unsafe { heap.alloc(big) }.is_null(), "more than the 16 MiB arena");
    }
}
