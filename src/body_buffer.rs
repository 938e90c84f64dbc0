//! The one body buffer a client keeps between responses ([`BodyBuffer`]):
//! client state ([`ClientState`](crate::ClientState) holds it) that the
//! transport reads bodies into.

use bytes::Bytes;

/// The largest body buffer a client keeps for the next response (see [`BodyBuffer`]).
const KEPT_BUFFER_MAX: usize = 2 * 1024 * 1024;

/// The smallest body buffer worth keeping: smaller ones are cheap to allocate
/// and come from the allocator's free lists anyway.
const KEPT_BUFFER_MIN: usize = 64 * 1024;

/// One body buffer a client keeps between responses.
///
/// A body that arrives in several chunks is copied into one contiguous
/// buffer for decoding. A page of runs is about a megabyte: allocating and
/// freeing a buffer that size for every page fragments the heap (with glibc,
/// freeing the first one raises the dynamic mmap threshold, later ones come
/// from the heap and leave holes the decoded pages fill), so a listing
/// streamed page by page peaked at over twice the memory of one page.
/// Keeping the buffer for the next response (at most one per client, at most
/// [`KEPT_BUFFER_MAX`] bytes; a response read meanwhile by another task gets
/// a buffer of its own) keeps the stream at about one page. A kept buffer
/// too small for the next body is let go and a new one allocated with some
/// room to spare, never grown: growing doubled it (`Vec::reserve`), and a
/// page a little larger than the last was read into twice its size.
#[derive(Default)]
pub(crate) struct BodyBuffer(std::sync::Mutex<Vec<u8>>);

impl BodyBuffer {
    /// The kept buffer (empty, with its capacity), or a new empty one.
    pub(crate) fn take(&self) -> Vec<u8> {
        match self.0.lock() {
            Ok(mut kept) => std::mem::take(&mut *kept),
            Err(_) => Vec::new(),
        }
    }

    /// Keeps `body`'s buffer for the next response if it is the only owner
    /// of a buffer worth keeping, larger than the one kept.
    pub(crate) fn give_back(&self, body: Bytes) {
        if body.len() < KEPT_BUFFER_MIN || body.len() > KEPT_BUFFER_MAX {
            return;
        }
        let Ok(body) = body.try_into_mut() else {
            return;
        };
        let mut buffer = Vec::from(body);
        if buffer.capacity() > KEPT_BUFFER_MAX {
            return;
        }
        buffer.clear();
        if let Ok(mut kept) = self.0.lock() {
            if buffer.capacity() > kept.capacity() {
                *kept = buffer;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(len: usize, capacity: usize) -> Bytes {
        let mut body = Vec::with_capacity(capacity);
        body.resize(len, b'x');
        Bytes::from(body)
    }

    #[test]
    fn a_kept_buffer_comes_back_empty_with_its_capacity() {
        let kept = BodyBuffer::default();
        kept.give_back(owned(100_000, 128 * 1024));
        let buffer = kept.take();
        assert!(buffer.is_empty());
        assert!(buffer.capacity() >= 128 * 1024);
        assert_eq!(kept.take().capacity(), 0, "taken: nothing kept meanwhile");
    }

    #[test]
    fn only_sole_buffers_within_bounds_are_kept_and_the_larger_wins() {
        let kept = BodyBuffer::default();
        kept.give_back(owned(1000, 1000));
        assert_eq!(kept.take().capacity(), 0, "too small to be worth keeping");
        kept.give_back(owned(3 << 20, 3 << 20));
        assert_eq!(kept.take().capacity(), 0, "larger than the bound");
        let shared = owned(100_000, 100_000);
        let other_owner = shared.clone();
        kept.give_back(shared);
        assert_eq!(kept.take().capacity(), 0, "another owner still reads it");
        drop(other_owner);
        kept.give_back(owned(200_000, 200_000));
        kept.give_back(owned(100_000, 100_000));
        assert!(kept.take().capacity() >= 200_000, "the larger one stays");
    }
}
