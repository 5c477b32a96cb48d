//! The per-minute request budget, shared by all concurrent requests: one task owns the
//! schedule and hands out start times over a bounded channel. A 429's `Retry-After` pauses
//! every request, not only the one that got it.

use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

enum Msg {
    /// Wait for a slot; answered when the request may start.
    Acquire(oneshot::Sender<()>),
    /// Nothing starts before this instant.
    PauseUntil(Instant),
}

/// A handle to the budget's owner task (cheap to clone).
#[derive(Clone)]
pub struct Budget {
    tx: mpsc::Sender<Msg>,
}

impl Budget {
    /// `per_minute` = 0: no spacing, only pauses.
    pub fn spawn(per_minute: u32) -> Budget {
        let (tx, mut rx) = mpsc::channel::<Msg>(256);
        let spacing = if per_minute == 0 { Duration::ZERO } else { Duration::from_secs_f64(60.0 / per_minute as f64) };
        tokio::spawn(async move {
            let mut next = Instant::now();
            while let Some(msg) = rx.recv().await {
                match msg {
                    Msg::PauseUntil(t) => next = next.max(t),
                    Msg::Acquire(reply) => {
                        let now = Instant::now();
                        if next > now {
                            tokio::time::sleep_until(next).await;
                        }
                        next = next.max(now) + spacing;
                        let _ = reply.send(());
                    }
                }
            }
        });
        Budget { tx }
    }

    pub async fn acquire(&self) {
        let (tx, rx) = oneshot::channel();
        if self.tx.send(Msg::Acquire(tx)).await.is_ok() {
            let _ = rx.await;
        }
    }

    pub async fn pause_until(&self, t: Instant) {
        let _ = self.tx.send(Msg::PauseUntil(t)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn requests_are_spaced_and_a_pause_holds_everyone() {
        let b = Budget::spawn(120); // one every 500 ms
        let t0 = Instant::now();
        for _ in 0..3 {
            b.acquire().await;
        }
        assert_eq!(t0.elapsed(), Duration::from_millis(1000), "0, 500, 1000 ms");
        b.pause_until(Instant::now() + Duration::from_secs(5)).await;
        b.acquire().await;
        assert!(t0.elapsed() >= Duration::from_millis(6000), "{:?}", t0.elapsed());
        let free = Budget::spawn(0);
        let t1 = Instant::now();
        for _ in 0..100 {
            free.acquire().await;
        }
        assert_eq!(t1.elapsed(), Duration::ZERO);
    }
}
