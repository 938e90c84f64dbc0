//! A small, fast HTTP/1.1 server on 127.0.0.1 answering with precomputed bodies.
//!
//! It runs on its own thread with its own single-threaded tokio runtime, so
//! the client under test has the other core. Connections are kept alive.
//! It stops when [`Server`] is dropped, or by itself after `max_lifetime`.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::sync::oneshot;

use crate::fixtures::Fixtures;

/// The running server; dropping it stops it.
pub struct Server {
    /// `http://127.0.0.1:PORT/api/v1`.
    pub base_url: String,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Starts serving `fixtures` on an ephemeral loopback port.
    pub fn start(fixtures: Arc<Fixtures>, max_lifetime: Duration) -> std::io::Result<Server> {
        Server::start_on(fixtures, 0, max_lifetime)
    }

    /// Starts serving `fixtures` on loopback port `port` (0: an ephemeral one).
    pub fn start_on(
        fixtures: Arc<Fixtures>,
        port: u16,
        max_lifetime: Duration,
    ) -> std::io::Result<Server> {
        let listener = std::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port)))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("bench-server".into())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("server runtime");
                runtime.block_on(serve(listener, fixtures, stopped, max_lifetime));
            })?;
        Ok(Server {
            base_url: format!("http://{addr}/api/v1"),
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

async fn serve(
    listener: std::net::TcpListener,
    fixtures: Arc<Fixtures>,
    mut stopped: oneshot::Receiver<()>,
    max_lifetime: Duration,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    let deadline = tokio::time::sleep(max_lifetime);
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            _ = &mut stopped => break,
            () = &mut deadline => {
                eprintln!("bench server: lifetime of {max_lifetime:?} reached, stopping");
                break;
            }
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                let fixtures = fixtures.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let fixtures = fixtures.clone();
                        async move { Ok::<_, Infallible>(handle(&fixtures, request).await) }
                    });
                    let _ = http1::Builder::new()
                        .keep_alive(true)
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        }
    }
    // Returning drops the runtime, which ends every open connection.
}

fn json(body: Bytes) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(body));
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

fn status(code: StatusCode) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::new()));
    *response.status_mut() = code;
    response
}

async fn handle(fixtures: &Fixtures, request: Request<Incoming>) -> Response<Full<Bytes>> {
    let (parts, body) = request.into_parts();
    // Read the request body in full, as a real server would.
    if body.collect().await.is_err() {
        return status(StatusCode::BAD_REQUEST);
    }
    let Some(path) = parts.uri.path().strip_prefix("/api/v1/agent/runs") else {
        return status(StatusCode::NOT_FOUND);
    };
    match (&parts.method, path) {
        (&Method::GET, "") => {
            let page = parts
                .uri
                .query()
                .unwrap_or("")
                .split('&')
                .find_map(|pair| pair.strip_prefix("cursor="))
                .map_or(Some(0), |cursor| {
                    cursor.strip_prefix('p').and_then(|n| n.parse().ok())
                });
            match page.and_then(|n: usize| fixtures.pages.get(n)) {
                Some(page) => json(page.clone()),
                None => status(StatusCode::BAD_REQUEST),
            }
        }
        (&Method::POST, "") => json(fixtures.created.clone()),
        (&Method::GET, rest) if rest.ends_with("/conversation") => {
            json(fixtures.conversation.clone())
        }
        (&Method::GET, rest) if rest.len() > 1 && !rest[1..].contains('/') => {
            json(fixtures.run.clone())
        }
        _ => status(StatusCode::NOT_FOUND),
    }
}
