//! The server in a separate process: `oz-bench serve --port 0 --stdin`, this
//! same binary, started by the benchmark for the out-of-process rows.
//!
//! A server sharing the client's process (even on its own thread and
//! runtime) shares its allocator and its scheduling; one in another process
//! shares only the kernel, like a real server does.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `oz-bench serve` child; dropping it stops it.
pub struct Remote {
    child: Child,
    /// `http://127.0.0.1:PORT/api/v1`.
    pub base_url: String,
}

impl Remote {
    /// Starts the child and waits for the base URL it prints once it listens.
    /// It stops when its stdin closes (this process ending, or [`Drop`]), or
    /// after `lifetime`.
    pub fn start(lifetime: Duration) -> Result<Remote, String> {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let mut child = Command::new(&exe)
            .args(["serve", "--port", "0", "--stdin", "--seconds"])
            .arg(lifetime.as_secs().max(1).to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start {} serve: {e}", exe.display()))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut line = String::new();
        let read = BufReader::new(stdout).read_line(&mut line);
        let base_url = line.trim().to_owned();
        if read.is_err() || !base_url.starts_with("http://") {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "oz-bench serve printed no base URL ({:?})",
                base_url
            ));
        }
        Ok(Remote { child, base_url })
    }

    /// The child's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Remote {
    fn drop(&mut self) {
        // Closing stdin asks the child to stop; it is killed if it has not
        // within two seconds.
        drop(self.child.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
