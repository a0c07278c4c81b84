//! A real SMTP server for the tests: Python's `aiosmtpd` (from PyPI; `scripts/test.sh`
//! installs it), writing every message it accepts into a Maildir that the test reads.
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Smtp {
    pub port: u16,
    pub maildir: PathBuf,
    child: Option<Child>,
}

impl Smtp {
    pub fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let maildir = std::env::temp_dir().join(format!("lentera-smtp-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&maildir);
        let mut s = Self { port, maildir, child: None };
        s.resume();
        s
    }

    /// `smtp://127.0.0.1:<port>`, for `LENTERA_SMTP_URL`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Stops the server (as an outage would): connections are refused.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts it (again) on the same port and Maildir.
    pub fn resume(&mut self) {
        let child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{}", self.port), "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&self.maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 -m aiosmtpd (pip install aiosmtpd)");
        self.child = Some(child);
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(start.elapsed() < Duration::from_secs(15), "aiosmtpd did not start (is it installed? pip install aiosmtpd)");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Every message received so far, as raw text.
    pub fn messages(&self) -> Vec<String> {
        let mut all = Vec::new();
        for sub in ["new", "cur"] {
            if let Ok(entries) = std::fs::read_dir(self.maildir.join(sub)) {
                for e in entries.flatten() {
                    all.push(std::fs::read_to_string(e.path()).unwrap_or_default());
                }
            }
        }
        all
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.maildir);
    }
}
